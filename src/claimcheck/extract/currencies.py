"""Currency marks in text: ISO codes, symbols and names, with the currencies each may mean.

Marks are found by walking tries of their literal forms from the places where one may begin,
so matching is linear in the text and the longest mark at a place wins ("US$" over "$", "Hong
Kong dollars" over "dollars").

ISO codes are matched uppercase as whole words (digits may touch them: "RMB48.2 billion").
Codes that are not treated as marks because in news copy they are far more often something else:
ALL, CUP, TOP (English words), AMD (the chipmaker), CVE (vulnerability ids), IRR (internal rate of
return), NIO (the carmaker), SOS (distress call), TMT (technology, media and telecom); fund codes,
metals and test codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XAU, XAG, XPD, XPT, XB*, XSU,
XTS, XUA, XXX) are not marks either.  "SAR" right after "Hong Kong" or "Macao"/"Macau" is the
Special Administrative Region, not the Saudi riyal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from claimcheck.extract.figures import NOT_LETTER_AFTER
from claimcheck.extract.lexicon import Lexicon, Starts, any_of
from claimcheck.extract.scan import folded

MarkKind = Literal["code", "symbol", "name"]


@dataclass(frozen=True, slots=True)
class CurrencyMark:
    """A currency mark found in text, with the ISO 4217 codes it may stand for."""

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    kind: MarkKind


_CODE_NAMES: dict[str, str] = {
    "AED": "UAE dirham",
    "AFN": "Afghan afghani",
    "ALL": "Albanian lek",
    "AMD": "Armenian dram",
    "ANG": "Netherlands Antillean guilder",
    "AOA": "Angolan kwanza",
    "ARS": "Argentine peso",
    "AUD": "Australian dollar",
    "AWG": "Aruban florin",
    "AZN": "Azerbaijani manat",
    "BAM": "Bosnia and Herzegovina convertible mark",
    "BBD": "Barbados dollar",
    "BDT": "Bangladeshi taka",
    "BGN": "Bulgarian lev",
    "BHD": "Bahraini dinar",
    "BIF": "Burundian franc",
    "BMD": "Bermudian dollar",
    "BND": "Brunei dollar",
    "BOB": "Bolivian boliviano",
    "BRL": "Brazilian real",
    "BSD": "Bahamian dollar",
    "BTN": "Bhutanese ngultrum",
    "BWP": "Botswana pula",
    "BYN": "Belarusian ruble",
    "BZD": "Belize dollar",
    "CAD": "Canadian dollar",
    "CDF": "Congolese franc",
    "CHF": "Swiss franc",
    "CLP": "Chilean peso",
    "CNY": "Chinese yuan",
    "COP": "Colombian peso",
    "CRC": "Costa Rican colon",
    "CUP": "Cuban peso",
    "CVE": "Cape Verdean escudo",
    "CZK": "Czech koruna",
    "DJF": "Djiboutian franc",
    "DKK": "Danish krone",
    "DOP": "Dominican peso",
    "DZD": "Algerian dinar",
    "EGP": "Egyptian pound",
    "ERN": "Eritrean nakfa",
    "ETB": "Ethiopian birr",
    "EUR": "euro",
    "FJD": "Fiji dollar",
    "FKP": "Falkland Islands pound",
    "GBP": "pound sterling",
    "GEL": "Georgian lari",
    "GHS": "Ghanaian cedi",
    "GIP": "Gibraltar pound",
    "GMD": "Gambian dalasi",
    "GNF": "Guinean franc",
    "GTQ": "Guatemalan quetzal",
    "GYD": "Guyanese dollar",
    "HKD": "Hong Kong dollar",
    "HNL": "Honduran lempira",
    "HTG": "Haitian gourde",
    "HUF": "Hungarian forint",
    "IDR": "Indonesian rupiah",
    "ILS": "Israeli new shekel",
    "INR": "Indian rupee",
    "IQD": "Iraqi dinar",
    "IRR": "Iranian rial",
    "ISK": "Icelandic krona",
    "JMD": "Jamaican dollar",
    "JOD": "Jordanian dinar",
    "JPY": "Japanese yen",
    "KES": "Kenyan shilling",
    "KGS": "Kyrgyzstani som",
    "KHR": "Cambodian riel",
    "KMF": "Comorian franc",
    "KPW": "North Korean won",
    "KRW": "South Korean won",
    "KWD": "Kuwaiti dinar",
    "KYD": "Cayman Islands dollar",
    "KZT": "Kazakhstani tenge",
    "LAK": "Lao kip",
    "LBP": "Lebanese pound",
    "LKR": "Sri Lankan rupee",
    "LRD": "Liberian dollar",
    "LSL": "Lesotho loti",
    "LYD": "Libyan dinar",
    "MAD": "Moroccan dirham",
    "MDL": "Moldovan leu",
    "MGA": "Malagasy ariary",
    "MKD": "Macedonian denar",
    "MMK": "Myanmar kyat",
    "MNT": "Mongolian tugrik",
    "MOP": "Macanese pataca",
    "MRU": "Mauritanian ouguiya",
    "MUR": "Mauritian rupee",
    "MVR": "Maldivian rufiyaa",
    "MWK": "Malawian kwacha",
    "MXN": "Mexican peso",
    "MYR": "Malaysian ringgit",
    "MZN": "Mozambican metical",
    "NAD": "Namibian dollar",
    "NGN": "Nigerian naira",
    "NIO": "Nicaraguan cordoba",
    "NOK": "Norwegian krone",
    "NPR": "Nepalese rupee",
    "NZD": "New Zealand dollar",
    "OMR": "Omani rial",
    "PAB": "Panamanian balboa",
    "PEN": "Peruvian sol",
    "PGK": "Papua New Guinean kina",
    "PHP": "Philippine peso",
    "PKR": "Pakistani rupee",
    "PLN": "Polish zloty",
    "PYG": "Paraguayan guarani",
    "QAR": "Qatari riyal",
    "RON": "Romanian leu",
    "RSD": "Serbian dinar",
    "RUB": "Russian ruble",
    "RWF": "Rwandan franc",
    "SAR": "Saudi riyal",
    "SBD": "Solomon Islands dollar",
    "SCR": "Seychelles rupee",
    "SDG": "Sudanese pound",
    "SEK": "Swedish krona",
    "SGD": "Singapore dollar",
    "SHP": "Saint Helena pound",
    "SLE": "Sierra Leonean leone",
    "SOS": "Somali shilling",
    "SRD": "Surinamese dollar",
    "SSP": "South Sudanese pound",
    "STN": "Sao Tome and Principe dobra",
    "SVC": "Salvadoran colon",
    "SYP": "Syrian pound",
    "SZL": "Swazi lilangeni",
    "THB": "Thai baht",
    "TJS": "Tajikistani somoni",
    "TMT": "Turkmenistan manat",
    "TND": "Tunisian dinar",
    "TOP": "Tongan pa'anga",
    "TRY": "Turkish lira",
    "TTD": "Trinidad and Tobago dollar",
    "TWD": "New Taiwan dollar",
    "TZS": "Tanzanian shilling",
    "UAH": "Ukrainian hryvnia",
    "UGX": "Ugandan shilling",
    "USD": "US dollar",
    "UYU": "Uruguayan peso",
    "UZS": "Uzbekistani som",
    "VED": "Venezuelan digital bolivar",
    "VES": "Venezuelan bolivar",
    "VND": "Vietnamese dong",
    "VUV": "Vanuatu vatu",
    "WST": "Samoan tala",
    "XAF": "Central African CFA franc",
    "XCD": "East Caribbean dollar",
    "XCG": "Caribbean guilder",
    "XDR": "special drawing right",
    "XOF": "West African CFA franc",
    "XPF": "CFP franc",
    "YER": "Yemeni rial",
    "ZAR": "South African rand",
    "ZMW": "Zambian kwacha",
    "ZWG": "Zimbabwe gold",
}

ISO_CODES: frozenset[str] = frozenset(_CODE_NAMES)

# Codes left out of marking; see the module docstring.
_NOT_MARKED = frozenset({"ALL", "CUP", "TOP", "AMD", "CVE", "IRR", "NIO", "SOS", "TMT"})

_MAIN_DOLLARS = ("USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD")
_OTHER_DOLLARS = (
    "JMD", "TTD", "BSD", "BBD", "BZD", "BMD", "BND", "FJD", "GYD", "KYD", "LRD", "NAD", "SBD",
    "SRD", "XCD",
)  # fmt: skip
_DOLLARS = _MAIN_DOLLARS + _OTHER_DOLLARS
_PESOS = ("MXN", "PHP", "ARS", "CLP", "COP", "UYU", "DOP", "CUP")
_DOLLAR_SIGN = (*_MAIN_DOLLARS, "MXN", *_OTHER_DOLLARS, "ARS", "CLP", "COP", "UYU", "DOP")
_YEN_SIGN = ("JPY", "CNY")
_POUNDS = ("GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "GIP", "FKP", "SHP")
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
_KR = ("SEK", "NOK", "DKK", "ISK")
_KRONA = ("SEK", "ISK")
_KRONE = ("NOK", "DKK")
_FRANCS = ("CHF", "XOF", "XAF", "XPF", "RWF", "BIF", "CDF", "GNF", "DJF", "KMF")
_DINARS = ("KWD", "BHD", "JOD", "IQD", "DZD", "LYD", "TND", "RSD")
_RIYALS = ("SAR", "QAR", "OMR", "YER")
_RIALS = ("OMR", "IRR", "YER")
_DIRHAMS = ("AED", "MAD")
_SHILLINGS = ("KES", "UGX", "TZS", "SOS")
_RUBLES = ("RUB", "BYN")
_LEI = ("RON", "MDL")

# Case-sensitive codes that are not ISO codes but stand for one currency.
_CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "Rmb": "CNY", "CNH": "CNY", "NTD": "TWD"}

# Symbols, matched case-sensitively.  A symbol starting or ending with a letter must not touch
# another letter; digits may touch it ("Rs500", "500kr").
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "$": _DOLLAR_SIGN,
    "US$": ("USD",),
    "US $": ("USD",),
    "U.S.$": ("USD",),
    "USD$": ("USD",),
    "HK$": ("HKD",),
    "S$": ("SGD",),
    "SG$": ("SGD",),
    "SGD$": ("SGD",),
    "A$": ("AUD",),
    "AU$": ("AUD",),
    "AUS$": ("AUD",),
    "AUD$": ("AUD",),
    "C$": ("CAD", "NIO"),
    "CA$": ("CAD",),
    "CAD$": ("CAD",),
    "Can$": ("CAD",),
    "NZ$": ("NZD",),
    "NT$": ("TWD",),
    "R$": ("BRL",),
    "MX$": ("MXN",),
    "Mex$": ("MXN",),
    "MOP$": ("MOP",),
    "¥": _YEN_SIGN,
    "￥": _YEN_SIGN,
    "CN¥": ("CNY",),
    "RMB¥": ("CNY",),
    "JP¥": ("JPY",),
    "円": ("JPY",),
    "元": ("CNY", "TWD", "HKD", "MOP"),
    "€": ("EUR",),
    "£": _POUNDS,
    "UK£": ("GBP",),
    "GB£": ("GBP",),
    "E£": ("EGP",),
    "₹": ("INR",),
    "₨": _RUPEES,
    "Rs": _RUPEES,
    "Rs.": _RUPEES,
    "Re.": _RUPEES,
    "NRs": ("NPR",),
    "₩": ("KRW", "KPW"),
    "₱": ("PHP",),
    "฿": ("THB",),
    "₫": ("VND",),
    "₺": ("TRY",),
    "₽": ("RUB",),
    "₪": ("ILS",),
    "₦": ("NGN",),
    "₴": ("UAH",),
    "₸": ("KZT",),
    "₾": ("GEL",),
    "₼": ("AZN",),
    "₡": ("CRC",),
    "₲": ("PYG",),
    "₵": ("GHS",),
    "GH₵": ("GHS",),
    "₭": ("LAK",),
    "៛": ("KHR",),
    "₮": ("MNT",),
    "৳": ("BDT",),
    "zł": ("PLN",),
    "Kč": ("CZK",),
    "Ft": ("HUF",),
    "kr": _KR,
    "kr.": _KR,
    "Kr": _KR,
    "Kr.": _KR,
    "Rp": ("IDR",),
    "Rp.": ("IDR",),
    "RM": ("MYR",),
    "R": ("ZAR",),
    "Fr.": _FRANCS,
    "SFr": ("CHF",),
    "SFr.": ("CHF",),
    "Dh": _DIRHAMS,
    "Dhs": _DIRHAMS,
    "DH": ("MAD", "AED"),
    "QR": ("QAR",),
    "SR": ("SAR",),
    "KSh": ("KES",),
    "Ksh": ("KES",),
    "USh": ("UGX",),
    "TSh": ("TZS",),
}

# Extra conditions on some marks, checked at the end of the match.
_AFTER_NUMBER = r"[\d万萬億亿兆千百十]"
_GUARDS: dict[str, str] = {
    "$": r"(?<!\$\$)(?!\$)",  # a run of dollar signs ("$$", TeX math) is not money
    "R": r"(?=\d)",  # "R10 billion", never a bare R
    "QR": r"(?=\s?\d)",
    "SR": r"(?=\s?\d)",
    "円": rf"(?<={_AFTER_NUMBER}円)",
    "元": rf"(?<={_AFTER_NUMBER}元)",
    "SAR": r"(?<!Kong SAR)(?<!Macao SAR)(?<!Macau SAR)",
}

# Names, matched case-insensitively as whole words.  A trailing "(s)" means an optional plural.
_NAMES: dict[str, tuple[str, ...]] = {
    "yuan": ("CNY",),
    "renminbi": ("CNY",),
    "yuan renminbi": ("CNY",),
    "Chinese yuan": ("CNY",),
    "Chinese yuan renminbi": ("CNY",),
    "Chinese renminbi": ("CNY",),
    "offshore yuan": ("CNY",),
    "onshore yuan": ("CNY",),
    "yen": ("JPY",),
    "Japanese yen": ("JPY",),
    "won": ("KRW", "KPW"),
    "Korean won": ("KRW",),
    "South Korean won": ("KRW",),
    "North Korean won": ("KPW",),
    "rupee(s)": _RUPEES,
    "Indian rupee(s)": ("INR",),
    "Pakistani rupee(s)": ("PKR",),
    "Pakistan rupee(s)": ("PKR",),
    "Sri Lankan rupee(s)": ("LKR",),
    "Sri Lanka rupee(s)": ("LKR",),
    "Nepalese rupee(s)": ("NPR",),
    "Nepali rupee(s)": ("NPR",),
    "Mauritian rupee(s)": ("MUR",),
    "rupiah": ("IDR",),
    "Indonesian rupiah": ("IDR",),
    "ringgit": ("MYR",),
    "Malaysian ringgit": ("MYR",),
    "baht": ("THB",),
    "Thai baht": ("THB",),
    "dong": ("VND",),
    "Vietnamese dong": ("VND",),
    "Vietnam dong": ("VND",),
    "peso(s)": _PESOS,
    "Mexican peso(s)": ("MXN",),
    "Philippine peso(s)": ("PHP",),
    "Argentine peso(s)": ("ARS",),
    "Argentinian peso(s)": ("ARS",),
    "Chilean peso(s)": ("CLP",),
    "Colombian peso(s)": ("COP",),
    "Uruguayan peso(s)": ("UYU",),
    "Dominican peso(s)": ("DOP",),
    "real": ("BRL",),
    "reais": ("BRL",),
    "reals": ("BRL",),
    "Brazilian real": ("BRL",),
    "Brazilian reais": ("BRL",),
    "Brazilian reals": ("BRL",),
    "rand": ("ZAR",),
    "South African rand": ("ZAR",),
    "euro(s)": ("EUR",),
    "pound(s)": _POUNDS,
    "sterling": ("GBP",),
    "pound sterling": ("GBP",),
    "pounds sterling": ("GBP",),
    "British pound(s)": ("GBP",),
    "Egyptian pound(s)": ("EGP",),
    "Lebanese pound(s)": ("LBP",),
    "Syrian pound(s)": ("SYP",),
    "Sudanese pound(s)": ("SDG",),
    "franc(s)": _FRANCS,
    "Swiss franc(s)": ("CHF",),
    "CFA franc(s)": ("XOF", "XAF"),
    "Rwandan franc(s)": ("RWF",),
    "Congolese franc(s)": ("CDF",),
    "Guinean franc(s)": ("GNF",),
    "dollar(s)": _DOLLARS,
    "greenback(s)": ("USD",),
    "U.S. dollar(s)": ("USD",),
    "US dollar(s)": ("USD",),
    "American dollar(s)": ("USD",),
    "Hong Kong dollar(s)": ("HKD",),
    "HK dollar(s)": ("HKD",),
    "Singapore dollar(s)": ("SGD",),
    "Singaporean dollar(s)": ("SGD",),
    "Australian dollar(s)": ("AUD",),
    "Aussie dollar(s)": ("AUD",),
    "Canadian dollar(s)": ("CAD",),
    "New Zealand dollar(s)": ("NZD",),
    "Kiwi dollar(s)": ("NZD",),
    "Taiwan dollar(s)": ("TWD",),
    "Taiwanese dollar(s)": ("TWD",),
    "New Taiwan dollar(s)": ("TWD",),
    "Jamaican dollar(s)": ("JMD",),
    "Namibian dollar(s)": ("NAD",),
    "Brunei dollar(s)": ("BND",),
    "Fiji dollar(s)": ("FJD",),
    "Fijian dollar(s)": ("FJD",),
    "East Caribbean dollar(s)": ("XCD",),
    "pataca(s)": ("MOP",),
    "Macao pataca(s)": ("MOP",),
    "Macau pataca(s)": ("MOP",),
    "Macanese pataca(s)": ("MOP",),
    "dirham(s)": _DIRHAMS,
    "UAE dirham(s)": ("AED",),
    "Emirati dirham(s)": ("AED",),
    "Moroccan dirham(s)": ("MAD",),
    "riyal(s)": _RIYALS,
    "Saudi riyal(s)": ("SAR",),
    "Qatari riyal(s)": ("QAR",),
    "rial(s)": _RIALS,
    "Omani rial(s)": ("OMR",),
    "Iranian rial(s)": ("IRR",),
    "Yemeni rial(s)": ("YER",),
    "dinar(s)": _DINARS,
    "Kuwaiti dinar(s)": ("KWD",),
    "Bahraini dinar(s)": ("BHD",),
    "Jordanian dinar(s)": ("JOD",),
    "Iraqi dinar(s)": ("IQD",),
    "Algerian dinar(s)": ("DZD",),
    "Libyan dinar(s)": ("LYD",),
    "Tunisian dinar(s)": ("TND",),
    "Serbian dinar(s)": ("RSD",),
    "ruble(s)": _RUBLES,
    "rouble(s)": _RUBLES,
    "Russian ruble(s)": ("RUB",),
    "Russian rouble(s)": ("RUB",),
    "Belarusian ruble(s)": ("BYN",),
    "Belarusian rouble(s)": ("BYN",),
    "lira": ("TRY",),
    "liras": ("TRY",),
    "lire": ("TRY",),
    "Turkish lira": ("TRY",),
    "Turkish liras": ("TRY",),
    "zloty(s)": ("PLN",),
    "zlotych": ("PLN",),
    "złoty(s)": ("PLN",),
    "Polish zloty(s)": ("PLN",),
    "Polish złoty(s)": ("PLN",),
    "krona": _KRONA,
    "kronor": ("SEK",),
    "kronur": ("ISK",),
    "Swedish krona": ("SEK",),
    "Swedish kronor": ("SEK",),
    "Swedish crown(s)": ("SEK",),
    "Icelandic krona": ("ISK",),
    "Icelandic kronur": ("ISK",),
    "krone": _KRONE,
    "kroner": _KRONE,
    "Norwegian krone": ("NOK",),
    "Norwegian kroner": ("NOK",),
    "Norwegian crown(s)": ("NOK",),
    "Danish krone": ("DKK",),
    "Danish kroner": ("DKK",),
    "Danish crown(s)": ("DKK",),
    "forint(s)": ("HUF",),
    "Hungarian forint(s)": ("HUF",),
    "koruna": ("CZK",),
    "korunas": ("CZK",),
    "koruny": ("CZK",),
    "Czech koruna": ("CZK",),
    "Czech korunas": ("CZK",),
    "Czech koruny": ("CZK",),
    "Czech crown(s)": ("CZK",),
    "shekel(s)": ("ILS",),
    "new shekel(s)": ("ILS",),
    "Israeli shekel(s)": ("ILS",),
    "new Israeli shekel(s)": ("ILS",),
    "Israeli new shekel(s)": ("ILS",),
    "naira": ("NGN",),
    "Nigerian naira": ("NGN",),
    "cedi(s)": ("GHS",),
    "Ghanaian cedi(s)": ("GHS",),
    "shilling(s)": _SHILLINGS,
    "Kenyan shilling(s)": ("KES",),
    "Ugandan shilling(s)": ("UGX",),
    "Tanzanian shilling(s)": ("TZS",),
    "leu": _LEI,
    "lei": _LEI,
    "Romanian leu": ("RON",),
    "Romanian lei": ("RON",),
    "Moldovan leu": ("MDL",),
    "Moldovan lei": ("MDL",),
    "lev": ("BGN",),
    "leva": ("BGN",),
    "Bulgarian lev": ("BGN",),
    "Bulgarian leva": ("BGN",),
    "hryvnia(s)": ("UAH",),
    "hryvnas": ("UAH",),
    "Ukrainian hryvnia(s)": ("UAH",),
    "tenge": ("KZT",),
    "lari": ("GEL",),
    "taka": ("BDT",),
    "kyat(s)": ("MMK",),
    "riel(s)": ("KHR",),
    "birr": ("ETB",),
    "kwacha": ("ZMW", "MWK"),
    "manat": ("AZN", "TMT"),
    "afghani(s)": ("AFN",),
    "bolivar(s)": ("VES", "VED"),
    "bolivares": ("VES", "VED"),
}


def _expand(key: str) -> list[str]:
    """'dollar(s)' -> ['dollar', 'dollars']; other keys unchanged."""
    if key.endswith("(s)"):
        return [key[:-3], key[:-3] + "s"]
    return [key]


def _norm(text: str) -> str:
    """Collapse whitespace runs to one space, as mark keys are written."""
    return " ".join(text.split())


def _is_letter(ch: str) -> bool:
    """A letter that words are made of (CJK characters stand alone and do not count)."""
    return ch.isalpha() and ord(ch) < 0x2E80


Found = tuple[tuple[str, ...], MarkKind]  # a mark's candidates and kind

_CASED: dict[str, Found] = {
    **{code: ((code,), "code") for code in _CODE_NAMES if code not in _NOT_MARKED},
    **{alias: ((code,), "code") for alias, code in _CODE_ALIASES.items()},
    **{symbol: (codes, "symbol") for symbol, codes in _SYMBOLS.items()},
}
_NAMED: dict[str, Found] = {
    _norm(word.lower()): (codes, "name") for key, codes in _NAMES.items() for word in _expand(key)
}


def _guard(key: str) -> str:
    if key in _GUARDS:
        return _GUARDS[key]
    return NOT_LETTER_AFTER if _is_letter(key[-1]) else ""


# Signs match anywhere; codes, symbols that begin with a letter, and names after a non-letter
# (names first, as in "US dollars").
_SIGNED = {key: (found, _guard(key)) for key, found in _CASED.items() if not _is_letter(key[0])}
_LETTERED = {key: (found, _guard(key)) for key, found in _CASED.items() if _is_letter(key[0])}
_WORDED = {key: (found, NOT_LETTER_AFTER) for key, found in _NAMED.items()}
_SIGN_MARKS = Lexicon(_SIGNED)
_LETTERED_MARKS = Lexicon(_LETTERED)
_NAME_MARKS = Lexicon(_WORDED, fold=True)


def _word_starts(reach: int = 4) -> str:
    """How a code, symbol or name may begin in lower-cased text, as a pattern.

    Its first `reach` characters, or all of a shorter one and what its guard allows;
    grouped by the first character, which `re` then tests once.
    """
    groups: dict[str, dict[str, set[str]]] = {}  # first character -> guard -> the rest
    for key, (_, guard) in (*_LETTERED.items(), *_WORDED.items()):
        lowered = key.lower()
        start, after = (lowered[:reach], "") if len(lowered) > reach else (lowered, guard)
        groups.setdefault(start[0], {}).setdefault(after, set()).add(start[1:])
    return "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(any_of(rest) + after for after, rest in sorted(by.items()))
        + ")"
        for first, by in sorted(groups.items())
    )


_SIGN_START = re.compile("[" + "".join(sorted({re.escape(key[0]) for key in _SIGNED})) + "]")
# In lower-cased text, a non-letter and then how a code, symbol or name may begin: wherever one
# begins in the text, as lower-casing keeps each character a letter, digit or space if it was.
_AFTER_NON_LETTER = r"[^a-z](?<![^\W\d_])"
_FIRSTS = "".join(sorted({re.escape(key[0].lower()) for key in (*_LETTERED, *_WORDED)}))
_WORD_START = Starts(
    rf"{_AFTER_NON_LETTER}(?=[{_FIRSTS}])", lambda: rf"{_AFTER_NON_LETTER}(?={_word_starts()})"
)
_AT_SIGN: tuple[Lexicon[Found], ...] = (_SIGN_MARKS,)
_AT_WORD: tuple[Lexicon[Found], ...] = (_NAME_MARKS, _LETTERED_MARKS)


def _lower(text: str) -> str:
    """`text` lower-cased character by character, so that each keeps its place.

    The scans' lower-cased copy of the text, if it has one: it is made once per text.
    """
    lowered = folded(text)
    if lowered is not None:
        return lowered
    return "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in text)  # "İ" -> "i̇"


def _starts(text: str) -> list[tuple[int, tuple[Lexicon[Found], ...]]]:
    """Where a mark may begin, in order, with the lexicons that may have it."""
    signs = [(match.start(), _AT_SIGN) for match in _SIGN_START.finditer(text)]
    # A space before the text, so that a word at its start follows a non-letter too.
    words = [(match.end() - 1, _AT_WORD) for match in _WORD_START.finditer(" " + _lower(text))]
    return sorted(signs + words, key=itemgetter(0))


def find_currency_marks(text: str) -> list[CurrencyMark]:
    """All currency marks in `text`, in order and non-overlapping, the longest at each place."""
    marks = []
    end = 0
    for at, lexicons in _starts(text):
        if at < end:
            continue
        for lexicon in lexicons:
            found = lexicon.match(text, at)
            if found is not None:
                end, (candidates, kind) = found
                marks.append(CurrencyMark(at, end, text[at:end], candidates, kind))
                break
    return marks


def rank_candidates(candidates: tuple[str, ...], context: Mapping[str, float]) -> tuple[str, ...]:
    """`candidates` by descending context weight; ties keep the mark's own order."""
    if len(candidates) < 2:
        return candidates
    return tuple(sorted(candidates, key=lambda code: -context.get(code, 0.0)))


def currency_name(code: str) -> str:
    """English name of an ISO 4217 code ("CNY" -> "Chinese yuan"); unknown codes unchanged."""
    return _CODE_NAMES.get(code, code)


def _sharing(groups: Iterable[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    shared: dict[str, set[str]] = {}
    for codes in groups:
        for code in codes:
            shared.setdefault(code, set()).update(codes)
    return {code: frozenset(others) for code, others in shared.items()}


_SHARED = _sharing([*_SYMBOLS.values(), *_NAMES.values()])


def shares_mark(a: str, b: str) -> bool:
    """True when one written mark can mean both codes (¥: JPY and CNY), or when a == b."""
    return a == b or b in _SHARED.get(a, frozenset())
