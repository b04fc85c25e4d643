"""Lists closed by a rest, read as all of their total wherever the list and the total
stand: the rest named a few words before its figure ("the other regions together
accounted for"), alone in the sentence after its list, or after parts that point back to
a total in the sentence before; and the readings a rest must not make."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged

# Each clean text, the figure a slip changes and what to, and the total the slip is
# reported on.
RESTS = [
    (  # the rest alone in the sentence after its list, the total in the sentence before
        "The tenants' association collected $61,847 over the winter, its treasurer said on"
        " Tuesday. Membership dues brought in $28,316 and the spring raffle another $19,085."
        " The remaining $14,446 came from a bake sale and private gifts.",
        "$19,085",
        "$21,085",
        "$61,847",
    ),
    (  # parts pointing back ("of them"), the rest named before a verb after a semicolon
        "Hospitals treated 4,683 cases of heat stroke in July, the health ministry said."
        " Seville reported 1,209 of them and Córdoba, where temperatures passed 44C on three"
        " days, 876; the other provinces together accounted for 2,598.",
        "876",
        "786",
        "4,683",
    ),
    (  # the rest named as the list's last item, after "and all other"
        "The regional cabinet approved spending of 48.7 billion pesos for 2026. Health takes"
        " 17.9 billion pesos, education 14.2 billion pesos and transport 6.3 billion pesos;"
        " security gets 3.8 billion pesos and all other departments 6.5 billion pesos.",
        "14.2 billion",
        "12.4 billion",
        "48.7 billion pesos",
    ),
    (  # "the balance of" after a part in the sentence after the total
        "Kestrel Foods reported revenue of £913.4 million for the half year. Its UK stores"
        " brought in £702.6 million; wholesale and export customers made up the balance of"
        " £210.8 million.",
        "£702.6 million",
        "£720.6 million",
        "£913.4 million",
    ),
    (  # the rest in its parts' sentence after "with"; a preposition after it counts nothing
        "The road toll rose to 1,487 deaths last year, the safety agency reported. The capital"
        " region accounted for 538 of them and the port city for 207, with the remaining 742"
        " spread across the other regions.",
        "207",
        "270",
        "1,487",
    ),
    (  # "Of that number" points back to the total, "the remaining" closes the list
        "The agency removed 5,823 foreign nationals last year. Of that number, 3,916 had"
        " overstayed their visas; the remaining 1,907 had worked without permits.",
        "3,916",
        "3,961",
        "5,823",
    ),
    (  # a part pointing back "of the total", the rest in the sentence after it
        "Farmers in the province harvested 3.42 million tonnes of grain this season. Wheat"
        " accounted for 2.07 million tonnes of the total. Barley and oats, grown mostly in"
        " the north, made up the other 1.35 million tonnes.",
        "2.07 million",
        "2.70 million",
        "3.42 million tonnes",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), RESTS)
def test_a_list_closed_by_a_rest_is_all_of_its_total(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    slipped = text.replace(find, replace, 1)
    assert ("CC303", total) in flagged(slipped)


@pytest.mark.parametrize(
    "text",
    [
        # the rest counts seats, the figures before it votes
        "The Liberals won nine of the 17 seats with 25,892 votes, while the Labour Party"
        " took the other eight seats with 18,889 votes.",
        # parts written without their unit: which figures are parts is unsure
        "Output rose to 26.85 million bpd in June. Saudi Arabia pumped 9.00 million bpd,"
        " while Iraq, the UAE and Kuwait produced 4.21 million, 2.97 million and 2.41 million"
        " bpd respectively; the remaining eight members accounted for 8.26 million bpd.",
        # "with" names a part ("and Hlas with 27"), it does not open a total's list
        "Smer won 42 of the 150 seats, ahead of Progressive Slovakia with 32 and Hlas with"
        " 27, final results showed. The remaining 49 seats went to four smaller parties.",
        # the total is last year's, the list and its rest this year's
        "The council spent $84,350 on parks last year. This year, mowing got $37,900 and"
        " planting $21,480. The remaining $14,970 went on new benches.",
        # "other" inside an earlier part's name ("fares and other services") is no rest
        "Households spent £517.30 a week. Transport came to £70.40, of which £21.10 went on"
        " vehicles, £15.30 on fares and other transport services and £34.00 on running"
        " costs.",
    ],
)
def test_a_rest_makes_no_reading_it_does_not_state(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=1_001, max_value=89_999), min_size=2, max_size=3),
    rest=st.integers(min_value=1_001, max_value=89_999),
    slip=st.integers(min_value=2, max_value=50),
    place=st.integers(min_value=0, max_value=2),
)
def test_a_rest_in_the_next_sentence_completes_the_list(
    parts: list[int], rest: int, slip: int, place: int
) -> None:
    """A total, its parts in the next sentence and the rest alone in the one after: clean
    when they add up, flagged on the total when one part is off by more than its rounding."""
    # figures written to the unit: "20,000" may be rounded to the thousand
    assume(all(figure % 10 for figure in (*parts, rest, sum(parts) + rest)))
    names = ["ticket sales", "sponsors", "a grant from the city"][: len(parts)]
    listed = [f"{name} ${part:,}" for name, part in zip(names, parts, strict=False)]
    body = ", ".join(listed[:-1]) + f" and {listed[-1]}"

    def text(figures: str) -> str:
        return (
            f"The festival took in ${sum(parts) + rest:,} this summer, its organisers said."
            f" It drew {figures}. The remaining ${rest:,} came from food stalls."
        )

    assert flagged(text(body)) == []
    at = place % len(parts)
    wrong = listed[at].replace(f"${parts[at]:,}", f"${parts[at] + slip * 100:,}")
    slipped = text(body.replace(listed[at], wrong))
    assert ("CC303", f"${sum(parts) + rest:,}") in flagged(slipped)


def test_the_rest_after_one_part_of_a_whole_named_at_length() -> None:
    """The whole's name runs past a period and a figure-free aside: the one part after its
    comma and the rest named after it still make the whole."""
    text = (
        "Of the 3,214 appeals the tribunal received in 2021-22, 1,906 concerned housing"
        " and the remaining 1,308 other matters."
    )
    assert flagged(text) == []
    assert [rule for rule, _ in flagged(text.replace("1,308", "1,380"))] == ["CC303"]
