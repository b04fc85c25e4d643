"""Changes whose verb a conjunct leaves out ("Exports rose to $5.2 billion from $4.8
billion and imports to $6.1 billion from $5.9 billion"), and verbs whose manner is graded
before their values ("quickened more, to 2.34% from 2.16%", "rose more than expected, to")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


def test_a_conjunct_without_its_verb_is_a_change_of_its_own() -> None:
    clean = (
        "Exports rose to $5.24 billion from $4.81 billion in March and imports to "
        "$6.13 billion from $5.92 billion."
    )
    assert change_pairs(clean) == [
        ("$4.81 billion", "$5.24 billion"),
        ("$5.92 billion", "$6.13 billion"),
    ]
    assert_caught(clean, clean.replace("$5.92 billion", "$6.32 billion"), "CC302")


def test_each_conjunct_of_a_list_takes_the_verb() -> None:
    clean = (
        "The jobless rate fell to 4.1% from 4.4% for men, for women to 3.9% from 4.2% "
        "and for young people to 11.3% from 12.6%."
    )
    assert change_pairs(clean) == [("4.4%", "4.1%"), ("4.2%", "3.9%"), ("12.6%", "11.3%")]
    assert_caught(clean, clean.replace("12.6%", "10.6%"), "CC302")


def test_a_conjunct_with_a_verb_of_its_own_is_not_gapped() -> None:
    """ "while imports fell" has its own verb: the pair is that verb's, not "rose"'s."""
    text = (
        "Exports rose to $5.24 billion from $4.81 billion, while imports fell to "
        "$6.13 billion from $5.92 billion."
    )
    assert rules(text) == ["CC302"]  # only imports: "fell" from 5.92 to 6.13


def test_a_conjunct_with_one_value_is_no_change() -> None:
    text = "Exports rose to $5.24 billion from $4.81 billion and imports to $6.13 billion."
    assert change_pairs(text) == [("$4.81 billion", "$5.24 billion")]


def test_a_graded_manner_leaves_the_pair_to_its_verb() -> None:
    for manner in ("more", "more sharply", "more than expected", "even further", "less"):
        clean = f"Core inflation quickened {manner}, to 2.34% from 2.16%, the bank said."
        assert change_pairs(clean) == [("2.16%", "2.34%")], manner
        assert_caught(clean, clean.replace("2.16%", "2.46%"), "CC302")


def test_more_than_a_figure_is_still_a_hedge() -> None:
    text = "Core inflation rose more than 5% to 2.34% in May."
    assert change_pairs(text) == []
    assert rules(text) == []


UP = ["rose", "climbed", "increased", "jumped"]
DOWN = ["fell", "declined", "dropped", "slipped"]
LABELS = ["imports", "services", "non-food prices", "the rate for women", "Germany's"]


@settings(max_examples=60, deadline=None)
@given(
    up=st.booleans(),
    verb=st.integers(min_value=0, max_value=3),
    label=st.sampled_from(LABELS),
    first=st.tuples(st.integers(200, 490), st.integers(3, 90), st.booleans()),
    second=st.tuples(st.integers(600, 900), st.integers(3, 90), st.booleans()),
    joiner=st.sampled_from([" and ", ", and ", ", "]),
    order=st.booleans(),
)
def test_the_gapped_change_is_judged_by_the_verb_before_it(
    up: bool,
    verb: int,
    label: str,
    first: tuple[int, int, bool],
    second: tuple[int, int, bool],
    joiner: str,
    order: bool,
) -> None:
    """Whatever the verb, the label and the figures (the two pairs apart), the gapped pair
    moves the way the verb says, and is a finding exactly when its figures move the other
    way."""

    def pair(old: int, step: int, rises: bool) -> tuple[str, str]:
        new = old + step if rises else old - step
        return f"{old / 10:.1f}%", f"{new / 10:.1f}%"

    (old1, new1), (old2, new2) = pair(*first), pair(*second)
    said = (UP if up else DOWN)[verb]
    second_part = f"to {new2} from {old2}" if order else f"from {old2} to {new2}"
    text = f"Growth {said} to {new1} from {old1} in May{joiner}{label} {second_part}."
    assert change_pairs(text) == [(old1, new1), (old2, new2)]
    expected = ["CC302"] * ((first[2] != up) + (second[2] != up))
    assert rules(text) == expected
