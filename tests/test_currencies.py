"""Currency marks in text, and the currencies a text's places point to."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import currencies, places
from claimcheck.extract.currencies import CurrencyMark, find_currency_marks, rank_candidates
from claimcheck.extract.places import currencies_in_context
from claimcheck.reference.currencies import currency_name, shares_mark


def marks(text: str) -> list[tuple[str, str, str]]:
    """(text[start:end], first candidate, kind) of each mark."""
    return [(text[m.start : m.end], m.candidates[0], m.kind) for m in find_currency_marks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reached RMB48.2 billion last year", [("RMB", "CNY", "code")]),
        ("revenue of USD 4.12 billion", [("USD", "USD", "code")]),
        ("a budget of 2.1 trillion THB", [("THB", "THB", "code")]),
        ("worth INR 640.5 Cr", [("INR", "INR", "code")]),
        (
            "11.5 trillion JPY (approximately 1.6 trillion USD)",
            [("JPY", "JPY", "code"), ("USD", "USD", "code")],
        ),
        ("priced at 1,200EUR each", [("EUR", "EUR", "code")]),
        ("the offshore CNH rate", [("CNH", "CNY", "code")]),
        ("a Rmb48bn stimulus", [("Rmb", "CNY", "code")]),
        ("US$5bn in bonds", [("US$", "USD", "symbol")]),
        ("a U.S.$2 billion loan", [("U.S.$", "USD", "symbol")]),
        ("HK$3.5 billion", [("HK$", "HKD", "symbol")]),
        ("S$1.2 billion and SG$3m", [("S$", "SGD", "symbol"), ("SG$", "SGD", "symbol")]),
        (
            "A$40 million, C$2bn, NZ$7m",
            [("A$", "AUD", "symbol"), ("C$", "CAD", "symbol"), ("NZ$", "NZD", "symbol")],
        ),
        ("NT$400 billion", [("NT$", "TWD", "symbol")]),
        ("R$ 10 bilhões", [("R$", "BRL", "symbol")]),
        ("CN¥5 and JP¥300", [("CN¥", "CNY", "symbol"), ("JP¥", "JPY", "symbol")]),
        ("¥1.5 trillion", [("¥", "JPY", "symbol")]),
        ("予算は100億円", [("円", "JPY", "symbol")]),
        ("投资50亿元", [("元", "CNY", "symbol")]),
        ("€2.3bn and £400m", [("€", "EUR", "symbol"), ("£", "GBP", "symbol")]),
        (
            "₹640.5 crore, Rs 500 crore and Rs.20",
            [("₹", "INR", "symbol"), ("Rs", "INR", "symbol"), ("Rs.", "INR", "symbol")],
        ),
        (
            "₩3 trillion, ₱50bn, ฿2bn, ₫1tn",
            [
                ("₩", "KRW", "symbol"),
                ("₱", "PHP", "symbol"),
                ("฿", "THB", "symbol"),
                ("₫", "VND", "symbol"),
            ],
        ),
        (
            "₺10bn, ₽5bn, ₪2bn, ₦1tn",
            [
                ("₺", "TRY", "symbol"),
                ("₽", "RUB", "symbol"),
                ("₪", "ILS", "symbol"),
                ("₦", "NGN", "symbol"),
            ],
        ),
        (
            "costs 500 zł or 300kr or 200 kr",
            [("zł", "PLN", "symbol"), ("kr", "SEK", "symbol"), ("kr", "SEK", "symbol")],
        ),
        ("Rp5 trillion and RM1.2 billion", [("Rp", "IDR", "symbol"), ("RM", "MYR", "symbol")]),
        ("a R10 billion plan", [("R", "ZAR", "symbol")]),
        (
            "Fr. 5 million, SFr. 3m, CHF 4bn",
            [("Fr.", "CHF", "symbol"), ("SFr.", "CHF", "symbol"), ("CHF", "CHF", "code")],
        ),
        ("Dh5 billion and Dhs300", [("Dh", "AED", "symbol"), ("Dhs", "AED", "symbol")]),
        ("4.5 billion yuan", [("yuan", "CNY", "name")]),
        ("in yuan renminbi terms", [("yuan renminbi", "CNY", "name")]),
        ("1 trillion Chinese yuan renminbi", [("Chinese yuan renminbi", "CNY", "name")]),
        ("3 trillion renminbi", [("renminbi", "CNY", "name")]),
        ("200 billion Japanese yen", [("Japanese yen", "JPY", "name")]),
        ("5 trillion South Korean won", [("South Korean won", "KRW", "name")]),
        ("12 lakh Indian rupees", [("Indian rupees", "INR", "name")]),
        ("9 billion Pakistani rupees", [("Pakistani rupees", "PKR", "name")]),
        (
            "6bn rupiah, 2bn ringgit, 3bn baht",
            [("rupiah", "IDR", "name"), ("ringgit", "MYR", "name"), ("baht", "THB", "name")],
        ),
        ("78.0 million ringgits", [("ringgits", "MYR", "name")]),
        ("700 Mexican pesos", [("Mexican pesos", "MXN", "name")]),
        ("50 billion Brazilian reais", [("Brazilian reais", "BRL", "name")]),
        ("20bn South African rand", [("South African rand", "ZAR", "name")]),
        ("8 million pounds sterling", [("pounds sterling", "GBP", "name")]),
        ("40 million Swiss francs", [("Swiss francs", "CHF", "name")]),
        ("30 billion U.S. dollars", [("U.S. dollars", "USD", "name")]),
        ("10 billion Hong Kong dollars", [("Hong Kong dollars", "HKD", "name")]),
        ("15bn New Taiwan dollars", [("New Taiwan dollars", "TWD", "name")]),
        ("2 billion patacas", [("patacas", "MOP", "name")]),
        (
            "9bn UAE dirhams and 4bn Saudi riyals",
            [("UAE dirhams", "AED", "name"), ("Saudi riyals", "SAR", "name")],
        ),
        ("500 Turkish lira", [("Turkish lira", "TRY", "name")]),
        ("80 billion roubles", [("roubles", "RUB", "name")]),
        (
            "3bn Swedish kronor, 2bn Norwegian kroner, 1bn Danish kroner",
            [
                ("Swedish kronor", "SEK", "name"),
                ("Norwegian kroner", "NOK", "name"),
                ("Danish kroner", "DKK", "name"),
            ],
        ),
        (
            "10 billion forints and 5bn zlotys",
            [("forints", "HUF", "name"), ("zlotys", "PLN", "name")],
        ),
        (
            "2 billion shekels and 900bn naira",
            [("shekels", "ILS", "name"), ("naira", "NGN", "name")],
        ),
        ("50 EUROS", [("EUROS", "EUR", "name")]),
        ("10 US\xa0dollars", [("US\xa0dollars", "USD", "name")]),
    ],
)
def test_marks_in_news_phrasing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert marks(text) == expected


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("US$5", "US$"),
        ("USD$5", "USD$"),
        ("RMB¥5", "RMB¥"),
        ("SGD$5", "SGD$"),
        ("AUS$5", "AUS$"),
        ("5 Hong Kong dollars", "Hong Kong dollars"),
        ("5 Chinese yuan renminbi", "Chinese yuan renminbi"),
        ("5 pounds sterling", "pounds sterling"),
        ("RMB48", "RMB"),
    ],
)
def test_longest_match_wins(text: str, mark: str) -> None:
    (found,) = find_currency_marks(text)
    assert found.text == mark


def test_whole_words_only() -> None:
    assert find_currency_marks("I wonder who won") == [
        CurrencyMark(13, 16, "won", ("KRW", "KPW"), "name")
    ]
    assert marks("a realistic, surreal plan; the euros") == [("euros", "EUR", "name")]
    assert marks("BUSD and EURO-zone, THBX") == [("EURO", "EUR", "name")]


def test_ordinary_words_are_still_marks() -> None:
    assert [m for _, m, _ in marks("5 real, 6 rand, 7 pounds, 8 dong")] == [
        "BRL",
        "ZAR",
        "GBP",
        "VND",
    ]


def test_conditional_marks() -> None:
    # R only glued to a digit; 円/元 only after a number; SAR not after Hong Kong/Macao.
    assert marks("R 5 and R&D and R10") == [("R", "ZAR", "symbol")]
    assert marks("美元 and 日本円") == []
    assert marks("Hong Kong SAR 2024, Macao SAR, SAR 5bn") == [("SAR", "SAR", "code")]


def test_excluded_codes_are_not_marks() -> None:
    assert find_currency_marks("ALL TOP CUP AMD NIO TMT SOS CVE-2024-1234 IRR") == []


def test_dollar_runs_are_not_marks() -> None:
    assert find_currency_marks("$$x$$ costs $$$") == []


def test_ambiguous_marks_keep_several_candidates() -> None:
    by_text = {m.text: m.candidates for m in find_currency_marks("$1, ¥2, £3, Rs 4, 5 kr, 6 pesos")}
    assert by_text["$"][:7] == ("USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD")
    assert by_text["¥"] == ("JPY", "CNY")
    assert by_text["£"][:2] == ("GBP", "EGP")
    assert by_text["Rs"][:4] == ("INR", "PKR", "LKR", "NPR")
    assert by_text["kr"] == ("SEK", "NOK", "DKK", "ISK")
    assert by_text["pesos"][:2] == ("MXN", "PHP")


def test_rank_candidates() -> None:
    (dollar,) = find_currency_marks("$5 billion")
    context = currencies_in_context("HONG KONG, May 2 (Reuters) - The Hong Kong government said")
    assert rank_candidates(dollar.candidates, context)[0] == "HKD"
    assert rank_candidates(("USD", "HKD", "SGD"), {}) == ("USD", "HKD", "SGD")
    assert rank_candidates(("JPY", "CNY"), {"CNY": 1.0, "JPY": 1.0}) == ("JPY", "CNY")
    assert rank_candidates(("JPY",), {"CNY": 9.0}) == ("JPY",)


def test_currency_names_and_sharing() -> None:
    assert currency_name("CNY") == "Chinese yuan"
    assert currency_name("USD") == "US dollar"
    assert currency_name("XYZ") == "XYZ"
    assert shares_mark("JPY", "CNY")
    assert shares_mark("USD", "HKD")
    assert shares_mark("GBP", "EGP")
    assert shares_mark("INR", "PKR")
    assert shares_mark("SEK", "NOK")
    assert shares_mark("MXN", "PHP")
    assert not shares_mark("JPY", "EUR")


def test_context_from_places() -> None:
    assert currencies_in_context("Factories in Guangdong and Shenzhen") == {"CNY": 2.0}
    assert currencies_in_context("Tokyo and Osaka; Japanese exporters") == {"JPY": 3.0}
    assert currencies_in_context("Hong Kong and Macau") == {"HKD": 1.0, "MOP": 1.0}
    assert currencies_in_context("the Swiss bank in Zurich") == {"CHF": 2.0}
    assert currencies_in_context("Mumbai and New Delhi") == {"INR": 2.0}
    assert currencies_in_context("the U.S. and the UK") == {"USD": 1.0, "GBP": 1.0}


def test_context_is_case_sensitive_and_whole_word() -> None:
    assert currencies_in_context("fine china, a roast turkey, Chinatowns, Indiana") == {"USD": 1.0}


def test_context_longest_name_wins() -> None:
    assert currencies_in_context("New Mexico") == {"USD": 1.0}
    assert currencies_in_context("the Indian Ocean and Latin America") == {}
    assert currencies_in_context("North Korea") == {"KPW": 1.0}
    assert currencies_in_context("Mexico City and the Gulf of Mexico") == {"MXN": 1.0}
    assert currencies_in_context("officials in Washington, D.C. said") == {"USD": 1.0}


def test_context_names_in_running_text() -> None:
    # At the start, after punctuation, across a line break, with a typographic apostrophe.
    assert currencies_in_context("Zurich-based banks") == {"CHF": 1.0}
    assert currencies_in_context("flights (New\nYork–São Paulo)") == {"USD": 1.0, "BRL": 1.0}
    assert currencies_in_context("Xi’an and Xi'an") == {"CNY": 2.0}
    assert currencies_in_context("Parisian cafés and 5Paris") == {}


def test_context_counts_currency_names_once() -> None:
    # "Hong Kong dollars" counts once, not again as "Hong Kong"; ambiguous "$" counts nothing.
    assert currencies_in_context("10 Hong Kong dollars and $5") == {"HKD": 1.0}
    assert currencies_in_context("11.5 trillion JPY") == {"JPY": 1.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WUHAN - The city said", {"CNY": 3.0}),
        ("SEOUL, March 3 (Reuters) - Samsung said", {"KRW": 3.0}),
        ("LONDON — Shares fell in London", {"GBP": 4.0}),
        ("Beijing, Jan 5 (Xinhua) -- officials said", {"CNY": 3.0}),
        ("Rates rise\n\nNEW DELHI: The central bank", {"INR": 3.0}),
        ("HONG KONG/SHANGHAI, Jan 5 (Reuters) - Stocks", {"HKD": 3.0, "CNY": 3.0}),
    ],
)
def test_datelines_weigh_more(text: str, expected: dict[str, float]) -> None:
    assert currencies_in_context(text) == expected


def test_dateline_outweighs_other_mentions() -> None:
    context = currencies_in_context("TOKYO (Reuters) - Chinese buyers in Shanghai")
    assert context == {"JPY": 3.0, "CNY": 2.0}
    assert rank_candidates(("CNY", "JPY"), context)[0] == "JPY"


def test_hyphenated_region_is_not_a_dateline() -> None:
    assert currencies_in_context("Beijing-Tianjin-Hebei region - growth") == {"CNY": 3.0}


def test_founding_example_context() -> None:
    text = (
        "the Beijing-Tianjin-Hebei region, the Yangtze River Delta, and the Greater Bay Area. "
        "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024. "
        "Laboratories span Guangdong, Hong Kong, and Macao; Xiong’an New Area."
    )
    context = currencies_in_context(text)
    assert rank_candidates(("JPY", "CNY"), context)[0] == "CNY"
    assert context["CNY"] == 7.0


def check_marks(text: str) -> None:
    """Marks are in range, ordered, non-overlapping and carry their own text."""
    found = find_currency_marks(text)
    previous_end = 0
    for mark in found:
        assert previous_end <= mark.start < mark.end <= len(text)
        assert mark.text == text[mark.start : mark.end]
        assert mark.candidates
        previous_end = mark.end


@given(st.text())
def test_marks_never_raise_and_are_ordered(text: str) -> None:
    check_marks(text)


@given(st.text(alphabet="$¥€£₹USDHKRMBYNsr. 0123456789yuanwdolrs元円億", max_size=60))
def test_marks_on_mark_heavy_text(text: str) -> None:
    check_marks(text)


def test_marks_keep_their_place_where_lower_casing_lengthens_the_text() -> None:
    text = "İzmir'de 5 milyar TRY, İSTANBUL 10 US dollars"
    assert marks(text) == [("TRY", "TRY", "code"), ("US dollars", "USD", "name")]


@pytest.mark.parametrize("read_before", [0, 10**9])
def test_the_first_text_read_is_read_like_the_others(
    monkeypatch: pytest.MonkeyPatch, read_before: int
) -> None:
    # A short first text is searched with a broader pattern; the findings are the same.
    monkeypatch.setattr(currencies._WORD_START, "_searched", read_before)
    monkeypatch.setattr(places._NAME_START, "_searched", read_before)
    text = "RMB5bn, R10bn, 3 Swiss Francs; NEW YORK, New Mexico, the Indian Ocean: 5 DOLLARS"
    assert marks(text) == [
        ("RMB", "CNY", "code"),
        ("R", "ZAR", "symbol"),
        ("Swiss Francs", "CHF", "name"),
        ("DOLLARS", "USD", "name"),
    ]
    assert currencies_in_context(text) == {"CNY": 1.0, "ZAR": 1.0, "CHF": 1.0, "USD": 1.0}


@given(st.text(alphabet="$¥€£₹USDHKRMBYNsr. 0123456789yuanwdolrs元円億İ", max_size=60))
def test_a_mark_at_the_start_of_a_text_is_found_as_anywhere_else(text: str) -> None:
    found = [(m.start + 1, m.text, m.candidates) for m in find_currency_marks(text)]
    assert [(m.start, m.text, m.candidates) for m in find_currency_marks(" " + text)] == found


@given(st.text())
def test_context_never_raises(text: str) -> None:
    assert all(weight > 0 for weight in currencies_in_context(text).values())


def test_adversarial_inputs() -> None:
    assert find_currency_marks("$" * 1_000_000) == []
    us = find_currency_marks("US$" * 100_000)
    assert len(us) == 100_000
    assert us[-1] == CurrencyMark(299_997, 300_000, "US$", ("USD",), "symbol")
    yen = find_currency_marks("¥" * 100_000)
    assert len(yen) == 100_000
    assert {m.candidates for m in yen} == {("JPY", "CNY")}
    assert find_currency_marks("dollar" * 100_000) == []
    assert currencies_in_context("Hong Kong" * 100_000) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("revenue of LE 3 billion", [("LE", "EGP", "symbol")]),
        ("exports of Tk 500 crore", [("Tk", "BDT", "symbol")]),
        ("a ৳500 fee", [("৳", "BDT", "symbol")]),
        ("borrowed GH¢8.3 billion", [("GH¢", "GHS", "symbol")]),
        ("a KShs 2 billion loan", [("KShs", "KES", "symbol")]),
        ("S/ 120 million in taxes", [("S/", "PEN", "symbol")]),
        ("RD$5 billion", [("RD$", "DOP", "symbol")]),
        ("1.2 trillion kwanzas", [("kwanzas", "AOA", "name")]),
        ("40 billion Nigerian nairas", [("Nigerian nairas", "NGN", "name")]),
    ],
)
def test_spellings_from_cldr_and_the_press(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert marks(text) == expected


def test_letter_symbols_from_data_count_only_before_a_number() -> None:
    assert marks("LE MONDE reported") == []
    assert marks("Br. Smith said Tk was") == []
    assert marks("at KM 25 of the road") == []  # two capitals alone are left out


def test_every_hand_kept_place_names_a_currency_code() -> None:
    """vocabulary/places.txt: each entry is `spellings = ISO code`."""
    from claimcheck import vocabulary
    from claimcheck.reference.currencies import ISO_CODES

    entries = vocabulary.section("places", "places")
    assert entries
    assert {entry.value for entry in entries} <= ISO_CODES
