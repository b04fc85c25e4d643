"""Which currencies a text's places, demonyms and currency mentions point to.

Names match case-sensitively as whole words ("China", not "china" the porcelain), the longest at
each place ("New Mexico" is a US state, not Mexico).  A dateline place ("WUHAN - ", "SEOUL,
March 3 (Reuters) -") weighs 3, every other mention 1.  Some names map to None: they are matched
only so that a shorter name inside them is not ("Indian Ocean" is not India).

Bulgaria maps to BGN, as in the ECB's reference set, although it joined the euro in 2026.
Georgia is left out: the US state and the country are equally likely.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claimcheck.extract.currencies import CurrencyMark, find_currency_marks
from claimcheck.extract.lexicon import Lexicon, Starts, any_of
from claimcheck.reference.currencies import PLACED_SYMBOLS

_PLACES: dict[str, str | None] = {
    # Australia
    "Australia": "AUD",
    "Australian": "AUD",
    "Australians": "AUD",
    "Canberra": "AUD",
    "Sydney": "AUD",
    "Melbourne": "AUD",
    "Brisbane": "AUD",
    "Perth": "AUD",
    "Adelaide": "AUD",
    "New South Wales": "AUD",
    "Queensland": "AUD",
    "Tasmania": "AUD",
    # Bulgaria
    "Bulgaria": "BGN",
    "Bulgarian": "BGN",
    "Bulgarians": "BGN",
    "Plovdiv": "BGN",
    "Varna": "BGN",
    # Brazil
    "Brazil": "BRL",
    "Brazilian": "BRL",
    "Brazilians": "BRL",
    "Brasilia": "BRL",
    "Brasília": "BRL",
    "Sao Paulo": "BRL",
    "São Paulo": "BRL",
    "Rio de Janeiro": "BRL",
    # Canada
    "Canada": "CAD",
    "Canadian": "CAD",
    "Canadians": "CAD",
    "Ottawa": "CAD",
    "Toronto": "CAD",
    "Montreal": "CAD",
    "Montréal": "CAD",
    "Vancouver": "CAD",
    "Calgary": "CAD",
    "Quebec": "CAD",
    "Québec": "CAD",
    "Ontario": "CAD",
    "Alberta": "CAD",
    "British Columbia": "CAD",
    # Switzerland
    "Switzerland": "CHF",
    "Swiss": "CHF",
    "Zurich": "CHF",
    "Zürich": "CHF",
    "Geneva": "CHF",
    "Bern": "CHF",
    "Berne": "CHF",
    "Basel": "CHF",
    "Lausanne": "CHF",
    "Davos": "CHF",
    # China (mainland)
    "China": "CNY",
    "Chinese": "CNY",
    "PRC": "CNY",
    "Beijing": "CNY",
    "Shanghai": "CNY",
    "Pudong": "CNY",
    "Tianjin": "CNY",
    "Chongqing": "CNY",
    "Guangdong": "CNY",
    "Guangzhou": "CNY",
    "Shenzhen": "CNY",
    "Dongguan": "CNY",
    "Foshan": "CNY",
    "Zhuhai": "CNY",
    "Jiangsu": "CNY",
    "Nanjing": "CNY",
    "Suzhou": "CNY",
    "Wuxi": "CNY",
    "Zhejiang": "CNY",
    "Hangzhou": "CNY",
    "Ningbo": "CNY",
    "Anhui": "CNY",
    "Hefei": "CNY",
    "Hebei": "CNY",
    "Shijiazhuang": "CNY",
    "Xiong'an": "CNY",
    "Xiongan": "CNY",
    "Sichuan": "CNY",
    "Chengdu": "CNY",
    "Hubei": "CNY",
    "Wuhan": "CNY",
    "Hunan": "CNY",
    "Changsha": "CNY",
    "Henan": "CNY",
    "Zhengzhou": "CNY",
    "Shandong": "CNY",
    "Qingdao": "CNY",
    "Jinan": "CNY",
    "Fujian": "CNY",
    "Xiamen": "CNY",
    "Fuzhou": "CNY",
    "Shaanxi": "CNY",
    "Xi'an": "CNY",
    "Shanxi": "CNY",
    "Taiyuan": "CNY",
    "Liaoning": "CNY",
    "Shenyang": "CNY",
    "Dalian": "CNY",
    "Jilin": "CNY",
    "Changchun": "CNY",
    "Heilongjiang": "CNY",
    "Harbin": "CNY",
    "Jiangxi": "CNY",
    "Nanchang": "CNY",
    "Yunnan": "CNY",
    "Kunming": "CNY",
    "Guizhou": "CNY",
    "Guiyang": "CNY",
    "Guangxi": "CNY",
    "Nanning": "CNY",
    "Hainan": "CNY",
    "Haikou": "CNY",
    "Sanya": "CNY",
    "Inner Mongolia": "CNY",
    "Hohhot": "CNY",
    "Xinjiang": "CNY",
    "Urumqi": "CNY",
    "Tibet": "CNY",
    "Lhasa": "CNY",
    "Ningxia": "CNY",
    "Gansu": "CNY",
    "Lanzhou": "CNY",
    "Qinghai": "CNY",
    "Yangtze": "CNY",
    "Yangtze River Delta": "CNY",
    "Pearl River Delta": "CNY",
    "Greater Bay Area": "CNY",
    "Jing-Jin-Ji": "CNY",
    "Zhongguancun": "CNY",
    "Zhongnanhai": "CNY",
    # Czech Republic
    "Czech Republic": "CZK",
    "Czechia": "CZK",
    "Czech": "CZK",
    "Czechs": "CZK",
    "Prague": "CZK",
    "Brno": "CZK",
    # Denmark
    "Denmark": "DKK",
    "Danish": "DKK",
    "Dane": "DKK",
    "Danes": "DKK",
    "Copenhagen": "DKK",
    "Aarhus": "DKK",
    "Greenland": "DKK",
    # Euro area
    "eurozone": "EUR",
    "Eurozone": "EUR",
    "European Central Bank": "EUR",
    "ECB": "EUR",
    "EU": "EUR",
    "European Union": "EUR",
    "Germany": "EUR",
    "German": "EUR",
    "Germans": "EUR",
    "Berlin": "EUR",
    "Frankfurt": "EUR",
    "Munich": "EUR",
    "Hamburg": "EUR",
    "Cologne": "EUR",
    "Stuttgart": "EUR",
    "Düsseldorf": "EUR",
    "France": "EUR",
    "French": "EUR",
    "Paris": "EUR",
    "Marseille": "EUR",
    "Lyon": "EUR",
    "Italy": "EUR",
    "Italian": "EUR",
    "Italians": "EUR",
    "Rome": "EUR",
    "Milan": "EUR",
    "Naples": "EUR",
    "Turin": "EUR",
    "Spain": "EUR",
    "Spanish": "EUR",
    "Spaniards": "EUR",
    "Madrid": "EUR",
    "Barcelona": "EUR",
    "Netherlands": "EUR",
    "Dutch": "EUR",
    "Amsterdam": "EUR",
    "Rotterdam": "EUR",
    "The Hague": "EUR",
    "Belgium": "EUR",
    "Belgian": "EUR",
    "Brussels": "EUR",
    "Antwerp": "EUR",
    "Austria": "EUR",
    "Austrian": "EUR",
    "Vienna": "EUR",
    "Ireland": "EUR",
    "Irish": "EUR",
    "Dublin": "EUR",
    "Portugal": "EUR",
    "Portuguese": "EUR",
    "Lisbon": "EUR",
    "Porto": "EUR",
    "Finland": "EUR",
    "Finnish": "EUR",
    "Helsinki": "EUR",
    "Greece": "EUR",
    "Greek": "EUR",
    "Athens": "EUR",
    "Slovakia": "EUR",
    "Slovak": "EUR",
    "Bratislava": "EUR",
    "Slovenia": "EUR",
    "Slovenian": "EUR",
    "Ljubljana": "EUR",
    "Estonia": "EUR",
    "Estonian": "EUR",
    "Tallinn": "EUR",
    "Latvia": "EUR",
    "Latvian": "EUR",
    "Riga": "EUR",
    "Lithuania": "EUR",
    "Lithuanian": "EUR",
    "Vilnius": "EUR",
    "Luxembourg": "EUR",
    "Malta": "EUR",
    "Maltese": "EUR",
    "Valletta": "EUR",
    "Cyprus": "EUR",
    "Cypriot": "EUR",
    "Nicosia": "EUR",
    "Croatia": "EUR",
    "Croatian": "EUR",
    "Zagreb": "EUR",
    # United Kingdom
    "United Kingdom": "GBP",
    "UK": "GBP",
    "U.K.": "GBP",
    "Britain": "GBP",
    "Great Britain": "GBP",
    "British": "GBP",
    "Briton": "GBP",
    "Britons": "GBP",
    "England": "GBP",
    "Scotland": "GBP",
    "Scottish": "GBP",
    "Wales": "GBP",
    "Welsh": "GBP",
    "Northern Ireland": "GBP",
    "London": "GBP",
    "Westminster": "GBP",
    "Downing Street": "GBP",
    "Manchester": "GBP",
    "Birmingham": "GBP",
    "Liverpool": "GBP",
    "Leeds": "GBP",
    "Bristol": "GBP",
    "Edinburgh": "GBP",
    "Glasgow": "GBP",
    "Cardiff": "GBP",
    "Belfast": "GBP",
    "Oxford": "GBP",
    "Cambridge": "GBP",
    # Hong Kong
    "Hong Kong": "HKD",
    "Hongkonger": "HKD",
    "Hongkongers": "HKD",
    "HKSAR": "HKD",
    "Kowloon": "HKD",
    "South China Morning Post": "HKD",
    # Hungary
    "Hungary": "HUF",
    "Hungarian": "HUF",
    "Hungarians": "HUF",
    "Budapest": "HUF",
    # Indonesia
    "Indonesia": "IDR",
    "Indonesian": "IDR",
    "Indonesians": "IDR",
    "Jakarta": "IDR",
    "Surabaya": "IDR",
    "Bali": "IDR",
    "Sumatra": "IDR",
    # Israel
    "Israel": "ILS",
    "Israeli": "ILS",
    "Israelis": "ILS",
    "Jerusalem": "ILS",
    "Tel Aviv": "ILS",
    # India
    "India": "INR",
    "Indian": "INR",
    "Indians": "INR",
    "New Delhi": "INR",
    "Delhi": "INR",
    "Mumbai": "INR",
    "Bombay": "INR",
    "Bengaluru": "INR",
    "Bangalore": "INR",
    "Chennai": "INR",
    "Kolkata": "INR",
    "Hyderabad": "INR",
    "Pune": "INR",
    "Ahmedabad": "INR",
    "Gujarat": "INR",
    "Maharashtra": "INR",
    "Karnataka": "INR",
    "Tamil Nadu": "INR",
    "Kerala": "INR",
    "Uttar Pradesh": "INR",
    # Iceland
    "Iceland": "ISK",
    "Icelandic": "ISK",
    "Icelander": "ISK",
    "Icelanders": "ISK",
    "Reykjavik": "ISK",
    "Reykjavík": "ISK",
    # Japan
    "Japan": "JPY",
    "Japanese": "JPY",
    "Tokyo": "JPY",
    "Osaka": "JPY",
    "Yokohama": "JPY",
    "Nagoya": "JPY",
    "Kyoto": "JPY",
    "Kobe": "JPY",
    "Fukuoka": "JPY",
    "Sapporo": "JPY",
    "Hiroshima": "JPY",
    "Sendai": "JPY",
    "Kawasaki": "JPY",
    "Okinawa": "JPY",
    "Hokkaido": "JPY",
    "Kyushu": "JPY",
    # Korea
    "South Korea": "KRW",
    "Korea": "KRW",
    "Korean": "KRW",
    "Koreans": "KRW",
    "South Korean": "KRW",
    "South Koreans": "KRW",
    "Seoul": "KRW",
    "Busan": "KRW",
    "Incheon": "KRW",
    "Daegu": "KRW",
    "North Korea": "KPW",
    "North Korean": "KPW",
    "North Koreans": "KPW",
    "Pyongyang": "KPW",
    # Mexico
    "Mexico": "MXN",
    "Mexican": "MXN",
    "Mexicans": "MXN",
    "Mexico City": "MXN",
    "Monterrey": "MXN",
    "Guadalajara": "MXN",
    "Tijuana": "MXN",
    "Cancun": "MXN",
    "Cancún": "MXN",
    "Gulf of Mexico": None,
    # Malaysia
    "Malaysia": "MYR",
    "Malaysian": "MYR",
    "Malaysians": "MYR",
    "Kuala Lumpur": "MYR",
    "Putrajaya": "MYR",
    "Penang": "MYR",
    "Johor": "MYR",
    "Sabah": "MYR",
    "Sarawak": "MYR",
    # Norway
    "Norway": "NOK",
    "Norwegian": "NOK",
    "Norwegians": "NOK",
    "Oslo": "NOK",
    "Bergen": "NOK",
    "Stavanger": "NOK",
    # New Zealand
    "New Zealand": "NZD",
    "New Zealander": "NZD",
    "New Zealanders": "NZD",
    "Wellington": "NZD",
    "Auckland": "NZD",
    "Christchurch": "NZD",
    # Philippines
    "Philippines": "PHP",
    "Philippine": "PHP",
    "Filipino": "PHP",
    "Filipinos": "PHP",
    "Manila": "PHP",
    "Cebu": "PHP",
    "Davao": "PHP",
    "Makati": "PHP",
    "Quezon City": "PHP",
    # Poland
    "Poland": "PLN",
    "Polish": "PLN",
    "Warsaw": "PLN",
    "Krakow": "PLN",
    "Kraków": "PLN",
    "Gdansk": "PLN",
    "Gdańsk": "PLN",
    "Wroclaw": "PLN",
    "Wrocław": "PLN",
    # Romania
    "Romania": "RON",
    "Romanian": "RON",
    "Romanians": "RON",
    "Bucharest": "RON",
    "Cluj": "RON",
    # Sweden
    "Sweden": "SEK",
    "Swedish": "SEK",
    "Swede": "SEK",
    "Swedes": "SEK",
    "Stockholm": "SEK",
    "Gothenburg": "SEK",
    "Malmo": "SEK",
    "Malmö": "SEK",
    # Singapore
    "Singapore": "SGD",
    "Singaporean": "SGD",
    "Singaporeans": "SGD",
    # Thailand
    "Thailand": "THB",
    "Thai": "THB",
    "Thais": "THB",
    "Bangkok": "THB",
    "Phuket": "THB",
    "Chiang Mai": "THB",
    "Pattaya": "THB",
    # Turkey
    "Turkey": "TRY",
    "Türkiye": "TRY",
    "Turkiye": "TRY",
    "Turkish": "TRY",
    "Turks": "TRY",
    "Ankara": "TRY",
    "Istanbul": "TRY",
    "Izmir": "TRY",
    "İzmir": "TRY",
    # United States
    "United States": "USD",
    "United States of America": "USD",
    "USA": "USD",
    "U.S.A.": "USD",
    "US": "USD",
    "U.S.": "USD",
    "America": "USD",
    "American": "USD",
    "Americans": "USD",
    "Washington": "USD",
    "Washington, D.C.": "USD",
    "White House": "USD",
    "Capitol Hill": "USD",
    "Pentagon": "USD",
    "Federal Reserve": "USD",
    "Wall Street": "USD",
    "Silicon Valley": "USD",
    "New York": "USD",
    "New York City": "USD",
    "Manhattan": "USD",
    "Brooklyn": "USD",
    "Los Angeles": "USD",
    "San Francisco": "USD",
    "San Diego": "USD",
    "Chicago": "USD",
    "Houston": "USD",
    "Dallas": "USD",
    "San Antonio": "USD",
    "Phoenix": "USD",
    "Philadelphia": "USD",
    "Seattle": "USD",
    "Boston": "USD",
    "Miami": "USD",
    "Atlanta": "USD",
    "Detroit": "USD",
    "Denver": "USD",
    "Las Vegas": "USD",
    "Pittsburgh": "USD",
    "Minneapolis": "USD",
    "Baltimore": "USD",
    "New Orleans": "USD",
    "Alabama": "USD",
    "Alaska": "USD",
    "Arizona": "USD",
    "Arkansas": "USD",
    "California": "USD",
    "Colorado": "USD",
    "Connecticut": "USD",
    "Delaware": "USD",
    "Florida": "USD",
    "Hawaii": "USD",
    "Idaho": "USD",
    "Illinois": "USD",
    "Indiana": "USD",
    "Iowa": "USD",
    "Kansas": "USD",
    "Kentucky": "USD",
    "Louisiana": "USD",
    "Maine": "USD",
    "Maryland": "USD",
    "Massachusetts": "USD",
    "Michigan": "USD",
    "Minnesota": "USD",
    "Mississippi": "USD",
    "Missouri": "USD",
    "Montana": "USD",
    "Nebraska": "USD",
    "Nevada": "USD",
    "New Hampshire": "USD",
    "New Jersey": "USD",
    "New Mexico": "USD",
    "North Carolina": "USD",
    "North Dakota": "USD",
    "Ohio": "USD",
    "Oklahoma": "USD",
    "Oregon": "USD",
    "Pennsylvania": "USD",
    "Rhode Island": "USD",
    "South Carolina": "USD",
    "South Dakota": "USD",
    "Tennessee": "USD",
    "Texas": "USD",
    "Utah": "USD",
    "Vermont": "USD",
    "Virginia": "USD",
    "West Virginia": "USD",
    "Wisconsin": "USD",
    "Wyoming": "USD",
    "American Indian": None,
    "Native American": None,
    "Native Americans": None,
    "Latin America": None,
    "Latin American": None,
    "South America": None,
    "South American": None,
    "Central America": None,
    "Central American": None,
    "North America": None,
    "North American": None,
    "Indian Ocean": None,
    "West Indies": None,
    "West Indian": None,
    # South Africa
    "South Africa": "ZAR",
    "South African": "ZAR",
    "South Africans": "ZAR",
    "Pretoria": "ZAR",
    "Johannesburg": "ZAR",
    "Cape Town": "ZAR",
    "Durban": "ZAR",
    "Soweto": "ZAR",
    # Macao
    "Macao": "MOP",
    "Macau": "MOP",
    "Macanese": "MOP",
    # United Arab Emirates
    "United Arab Emirates": "AED",
    "UAE": "AED",
    "U.A.E.": "AED",
    "Emirati": "AED",
    "Emiratis": "AED",
    "Abu Dhabi": "AED",
    "Dubai": "AED",
    "Sharjah": "AED",
    # Morocco
    "Morocco": "MAD",
    "Moroccan": "MAD",
    "Moroccans": "MAD",
    "Rabat": "MAD",
    "Casablanca": "MAD",
    "Marrakesh": "MAD",
    "Tangier": "MAD",
    # Saudi Arabia
    "Saudi Arabia": "SAR",
    "Saudi": "SAR",
    "Saudis": "SAR",
    "Riyadh": "SAR",
    "Jeddah": "SAR",
    "Mecca": "SAR",
    "Dhahran": "SAR",
    # Qatar
    "Qatar": "QAR",
    "Qatari": "QAR",
    "Qataris": "QAR",
    "Doha": "QAR",
    # Taiwan
    "Taiwan": "TWD",
    "Taiwanese": "TWD",
    "Taipei": "TWD",
    "Kaohsiung": "TWD",
    "Taichung": "TWD",
    "Tainan": "TWD",
    "Hsinchu": "TWD",
    # Vietnam
    "Vietnam": "VND",
    "Viet Nam": "VND",
    "Vietnamese": "VND",
    "Hanoi": "VND",
    "Ho Chi Minh City": "VND",
    "Saigon": "VND",
    "Da Nang": "VND",
    "Haiphong": "VND",
    # Pakistan
    "Pakistan": "PKR",
    "Pakistani": "PKR",
    "Pakistanis": "PKR",
    "Islamabad": "PKR",
    "Karachi": "PKR",
    "Lahore": "PKR",
    "Rawalpindi": "PKR",
    "Peshawar": "PKR",
    # Egypt
    "Egypt": "EGP",
    "Egyptian": "EGP",
    "Egyptians": "EGP",
    "Cairo": "EGP",
    "Alexandria": "EGP",
    "Giza": "EGP",
    "Suez": "EGP",
    # Nigeria
    "Nigeria": "NGN",
    "Nigerian": "NGN",
    "Nigerians": "NGN",
    "Abuja": "NGN",
    "Lagos": "NGN",
    "Kano": "NGN",
    # Argentina
    "Argentina": "ARS",
    "Argentine": "ARS",
    "Argentines": "ARS",
    "Argentinian": "ARS",
    "Argentinians": "ARS",
    "Buenos Aires": "ARS",
    # Colombia
    "Colombia": "COP",
    "Colombian": "COP",
    "Colombians": "COP",
    "Bogotá": "COP",
    "Bogota": "COP",
    "Medellín": "COP",
    "Medellin": "COP",
    "Barranquilla": "COP",
    "Cartagena": "COP",
    # Chile
    "Chile": "CLP",
    "Chilean": "CLP",
    "Chileans": "CLP",
    "Valparaíso": "CLP",
    "Valparaiso": "CLP",
    # Uruguay
    "Uruguay": "UYU",
    "Uruguayan": "UYU",
    "Uruguayans": "UYU",
    "Montevideo": "UYU",
    # Dominican Republic
    "Dominican Republic": "DOP",
    "Santo Domingo": "DOP",
    # Bangladesh
    "Bangladesh": "BDT",
    "Bangladeshi": "BDT",
    "Bangladeshis": "BDT",
    "Dhaka": "BDT",
    "Chittagong": "BDT",
    "Chattogram": "BDT",
    # Kenya
    "Kenya": "KES",
    "Kenyan": "KES",
    "Kenyans": "KES",
    "Nairobi": "KES",
    "Mombasa": "KES",
    "Kisumu": "KES",
    # Uganda
    "Uganda": "UGX",
    "Ugandan": "UGX",
    "Ugandans": "UGX",
    "Kampala": "UGX",
    # Tanzania
    "Tanzania": "TZS",
    "Tanzanian": "TZS",
    "Tanzanians": "TZS",
    "Dar es Salaam": "TZS",
    "Dodoma": "TZS",
    # Ukraine
    "Ukraine": "UAH",
    "Ukrainian": "UAH",
    "Ukrainians": "UAH",
    "Kyiv": "UAH",
    "Kiev": "UAH",
    "Kharkiv": "UAH",
    "Odesa": "UAH",
    "Odessa": "UAH",
    "Lviv": "UAH",
    "Dnipro": "UAH",
    # Sri Lanka
    "Sri Lanka": "LKR",
    "Sri Lankan": "LKR",
    "Sri Lankans": "LKR",
    "Colombo": "LKR",
    # Nepal
    "Nepal": "NPR",
    "Nepalese": "NPR",
    "Nepali": "NPR",
    "Kathmandu": "NPR",
    # Mauritius
    "Mauritius": "MUR",
    "Mauritian": "MUR",
    "Port Louis": "MUR",
    # Jamaica
    "Jamaica": "JMD",
    "Jamaican": "JMD",
    "Jamaicans": "JMD",
    # Trinidad and Tobago
    "Trinidad and Tobago": "TTD",
    "Trinidad": "TTD",
    "Port of Spain": "TTD",
    # Lebanon
    "Lebanon": "LBP",
    "Lebanese": "LBP",
    "Beirut": "LBP",
    # Sudan
    "Sudan": "SDG",
    "Sudanese": "SDG",
    "Khartoum": "SDG",
    # South Sudan
    "South Sudan": "SSP",
    "South Sudanese": "SSP",
    "Juba": "SSP",
    # Zambia
    "Zambia": "ZMW",
    "Zambian": "ZMW",
    "Lusaka": "ZMW",
    # Malawi
    "Malawi": "MWK",
    "Malawian": "MWK",
    "Lilongwe": "MWK",
    "Blantyre": "MWK",
    # Ghana
    "Ghana": "GHS",
    "Ghanaian": "GHS",
    "Ghanaians": "GHS",
    "Accra": "GHS",
    "Kumasi": "GHS",
    # Peru
    "Peru": "PEN",
    "Peruvian": "PEN",
    "Peruvians": "PEN",
    "Lima": "PEN",
}

_NAMES = Lexicon({name: (code, r"(?!\w)") for name, code in _PLACES.items()})


def _name_starts(reach: int = 3) -> str:
    """A name's first character where the rest of its first `reach` follow, as a pattern."""
    rests: dict[str, set[str]] = {}
    for name in _PLACES:
        rests.setdefault(name[0], set()).add(name[1:reach])
    return "|".join(
        f"{re.escape(first)}(?={any_of(rest)})" for first, rest in sorted(rests.items())
    )


# The first character of a name, after a non-word character (the lookbehind reads both).
_NAME_START = Starts(
    f"[{''.join(sorted({re.escape(name[0]) for name in _PLACES}))}]" + r"(?<!\w.)",
    lambda: rf"(?:{_name_starts()})(?<!\w.)",
)

# A dateline: place(s) at the start of the text or of one of its first lines, then an optional
# date and agency, then a dash or colon ("SEOUL, March 3 (Reuters) -", "LONDON —", "WUHAN - ").
_DATELINE = re.compile(
    r"^[ \t]*(?P<places>[^\W\d_][^\W_]*(?:[ '’./-]+[^\W_]+)*\.?)"
    r"(?:[ \t]*,[^\n,()–—]{1,40}){0,2}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:[–—]|--|\s-(?!\S)|:\s)",
    re.MULTILINE,
)
_DATELINE_REACH = 1000
_DATELINE_WEIGHT = 3.0
_UPPER = {name.upper(): code for name, code in _PLACES.items()}


def _normalise(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


def _dateline(text: str) -> tuple[list[str], tuple[int, int]]:
    """Currencies of the first dateline's places, and the span of those place names."""
    for m in _DATELINE.finditer(text, 0, _DATELINE_REACH):
        names = [_normalise(name) for name in m.group("places").split("/")]
        codes = [_PLACES.get(name) or _UPPER.get(name.upper()) for name in names]
        found = [code for code in codes if code]
        if found:
            return found, m.span("places")
    return [], (0, 0)


def currencies_in_context(
    text: str, marks: Sequence[CurrencyMark] | None = None
) -> dict[str, float]:
    """ISO code -> weight, from the places, demonyms and unambiguous currency marks in `text`.

    `marks` are the text's currency marks, if already found.
    """
    weights: dict[str, float] = {}

    def add(code: str, weight: float) -> None:
        weights[code] = weights.get(code, 0.0) + weight

    codes, dateline = _dateline(text)
    for code in codes:
        add(code, _DATELINE_WEIGHT)
    if marks is None:
        marks = find_currency_marks(text)
    for mark in marks:
        if len(mark.candidates) == 1 and mark.text not in PLACED_SYMBOLS:
            add(mark.candidates[0], 1.0)
    # Place names inside the dateline or inside a currency mark ("Hong Kong dollars") are
    # already counted.
    taken = [dateline, *((mark.start, mark.end) for mark in marks)]
    taken.sort()
    i = 0
    for start, end, place_code in _places(text):
        while i < len(taken) and taken[i][1] <= start:
            i += 1
        if i < len(taken) and taken[i][0] < end:
            continue
        if place_code:
            add(place_code, 1.0)
    return weights


def _places(text: str) -> Iterator[tuple[int, int, str | None]]:
    """Start, end and currency of each place name in `text`, in order, the longest at each place."""
    last = 0
    for candidate in _NAME_START.finditer(text):
        start = candidate.start()
        if start < last:
            continue
        found = _NAMES.match(text, start)
        if found is not None:
            last, code = found
            yield start, last, code
