"""A synthetic news corpus of any size, with a known set of seeded errors.

Half of the articles (`realcopy_share`) are passages of the real-copy corpus's
development documents (`realcopy/forms.py`): their sentences as published, their
figures moved to new values that keep every marked relation, one of their slips made
in a tenth of the relations; a dated passage is written as Markdown with its date in
front matter, as a newsroom's system would store it. The other articles are written in
the forms below, which are the forms claimcheck's extractors were written for, so the
benchmark reports recall for the two kinds of article apart.

Generated articles read like wire copy: a dateline, paragraphs of prose, and figures of every
kind claimcheck reads: amounts in many currencies and formats with their conversion
into dollars (or euros), shares of a whole, percentage changes, totals, areas in km²
and square miles, fractions restated as percentages, and plain counts and years.

Every checkable statement is either correct by construction or carries one seeded
slip, and the generator records which, so a run can report recall and precision:

- conversions use the bundled reference rates (`RateTable.bundled()`, the yearly mean),
  never hand-typed ones; a slip is a mislabelled currency (yuan written as yen), a
  wrong scale word, a rate used upside down, or a rate far outside the year's range;
- areas use pint's factor for km² to square miles; the slip is the length factor;
- shares, changes, totals and fractions are computed from the figures as written.

Usage: `python benchmarks/corpus.py --size 5MB --out /tmp/corpus` writes one .txt (or
.md) file per article and a `seeded.json` listing the statements and slips.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from realcopy.forms import Form, fill, load_forms
from realcopy.score import DOCS

from claimcheck.period import Period
from claimcheck.reference.rates import RateTable

YEARS = (2022, 2023, 2024, 2025)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")


@dataclass(frozen=True)
class Currency:
    """A currency as a newsroom writes it, with the places whose stories use it."""

    code: str
    cities: tuple[str, ...]
    country: str
    name: str  # "yuan", "Swiss francs": written after the number
    marks: tuple[str, ...] = ()  # "RMB", "€": written before it
    dollar: str = "$"  # how its stories mark US dollars

    def write(self, number: str, rng: random.Random) -> str:
        """An amount in this currency, in one of the ways the press writes it."""
        mark = rng.choice((None, *self.marks))
        return f"{number} {self.name}" if mark is None else f"{mark}{number}"


CURRENCIES: tuple[Currency, ...] = (
    Currency("CNY", ("BEIJING", "SHANGHAI", "SHENZHEN", "WUHAN"), "China", "yuan", ("RMB",)),
    Currency("JPY", ("TOKYO", "OSAKA"), "Japan", "yen", ("JPY ",)),
    Currency("KRW", ("SEOUL", "BUSAN"), "South Korea", "won", ("₩",)),
    Currency("INR", ("NEW DELHI", "MUMBAI"), "India", "rupees", ("Rs ", "₹")),
    Currency("EUR", ("FRANKFURT", "BERLIN", "MUNICH"), "Germany", "euros", ("€",)),
    Currency("GBP", ("LONDON", "MANCHESTER"), "Britain", "pounds", ("£",)),
    Currency("CHF", ("ZURICH", "GENEVA"), "Switzerland", "Swiss francs", ("CHF ",)),
    Currency("HKD", ("HONG KONG",), "Hong Kong", "Hong Kong dollars", ("HK$",), "US$"),
    Currency("SGD", ("SINGAPORE",), "Singapore", "Singapore dollars", ("S$",), "US$"),
    Currency("AUD", ("SYDNEY", "MELBOURNE"), "Australia", "Australian dollars", ("A$",), "US$"),
    Currency("CAD", ("TORONTO", "OTTAWA"), "Canada", "Canadian dollars", ("C$",), "US$"),
    Currency("BRL", ("SAO PAULO", "BRASILIA"), "Brazil", "reais", ("R$",), "US$"),
    Currency("MXN", ("MEXICO CITY",), "Mexico", "pesos", (), "US$"),
    Currency("IDR", ("JAKARTA",), "Indonesia", "rupiah", ("Rp",)),
    Currency("THB", ("BANGKOK",), "Thailand", "baht"),
    Currency("SEK", ("STOCKHOLM",), "Sweden", "Swedish crowns", ("SEK ",)),
    Currency("ZAR", ("JOHANNESBURG",), "South Africa", "rand"),
    Currency("PLN", ("WARSAW",), "Poland", "zlotys"),
    Currency("TRY", ("ISTANBUL", "ANKARA"), "Turkey", "lira"),
)
_MISLABEL = {"CNY": "yen", "JPY": "yuan"}  # the seed article's slip
_INVERTIBLE = frozenset({"EUR", "GBP", "CHF"})  # rates near 1: the upside-down slip is natural
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

COMPANIES = (
    "Northwind Holdings", "Harbour Energy", "Pacific Rail", "Meridian Foods", "Crestline Motors",
    "Blue Delta Logistics", "Sunridge Power", "Atlas Semiconductor", "Greenfield Agri",
    "Kestrel Airlines", "Orion Telecom", "Silverlake Steel", "Aurora Pharma", "Summit Cement",
)  # fmt: skip
PROJECTS = (
    "battery plants", "a new chip fab", "port upgrades", "a high-speed rail line",
    "data centres", "offshore wind farms", "a copper smelter", "water treatment works",
    "a new airport terminal", "hydrogen pilot projects", "5G networks", "affordable housing",
)  # fmt: skip
REGIONS = (
    "the northern province", "the coastal region", "the capital region", "the delta",
    "the western provinces", "the industrial belt", "the free-trade zone", "the new district",
)  # fmt: skip
PEOPLE = ("Li Wei", "Maria Santos", "Kenji Sato", "Anna Kowalska", "David Okafor", "Priya Nair")
FILLER = (
    "The ministry did not respond to a request for comment.",
    "Analysts said the figures pointed to a slower recovery than officials had forecast.",
    "The company declined to comment on the timing of the deal.",
    "Investors have grown wary of the sector after a string of profit warnings.",
    "Officials said the plan would be reviewed at the end of the year.",
    "Critics argue that the subsidies distort competition and favour large incumbents.",
    "The central bank is expected to keep interest rates on hold at its next meeting.",
    "Local media reported that talks had stalled over the price.",
    "The project still needs approval from the competition regulator.",
    "Demand from overseas buyers has been weaker than expected this year.",
    "Executives told analysts on a conference call that margins would improve as input costs"
    " eased and new capacity came on line.",
    "The government has made the sector a priority in its industrial strategy, promising"
    " cheaper land, faster permits and tax breaks for companies that build plants locally.",
    "Environmental groups have questioned whether the region has enough water and power to"
    " support the expansion, and have called for an independent review.",
    '"This is a long-term bet on the region, and we are comfortable with the risks," the chief'
    " executive said in a statement.",
    "The deal, which still needs shareholder approval, is expected to close in the second half"
    " of next year.",
    "Rating agencies have warned that heavy borrowing by local governments could weigh on"
    " growth if property sales fail to recover.",
    "Labour unions welcomed the plan but said they wanted guarantees on wages and working"
    " hours before the new lines start production.",
    "The company's shares have outperformed the broader market since the start of the year,"
    " helped by strong demand from electric-vehicle makers.",
    "Officials did not say how the programme would be funded or when construction would begin.",
    "Several rivals are planning similar projects, raising concerns about overcapacity in an"
    " industry that is already struggling with falling prices.",
)


GENERATED = "generated"  # the form of a statement written by `_Writer`


@dataclass(frozen=True)
class Seeded:
    """One checkable statement in an article: its kind, its slip (None if correct), its
    figures' spans, and its form: GENERATED or the real-copy document its words are from."""

    kind: str  # conversion, share, change, total, area, fraction; or a real-copy relation kind
    slip: str | None
    phrase: str  # from the first figure to the last
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    form: str = GENERATED

    def touches(self, start: int, end: int) -> bool:
        """Whether the text from `start` to `end` overlaps one of the statement's figures."""
        return any(start < stop and begin < end for begin, stop in self.spans)


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    seeded: tuple[Seeded, ...]

    @property
    def errors(self) -> tuple[Seeded, ...]:
        return tuple(s for s in self.seeded if s.slip is not None)

    @property
    def form(self) -> str:
        """GENERATED, or the real-copy document whose words the article is in."""
        return next((s.form for s in self.seeded if s.form != GENERATED), GENERATED)


def parse_size(text: str) -> int:
    """'5MB' -> 5_000_000 bytes; also KB, GB, or a plain number of bytes."""
    match = re.fullmatch(r"\s*([\d.]+)\s*([KMG]?)B?\s*", text.upper())
    if match is None:
        raise ValueError(f"not a size: {text!r} (e.g. 500KB, 5MB)")
    factor = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}[match.group(2)]
    return int(float(match.group(1)) * factor)


def generate(
    size: int, *, seed: int = 0, error_rate: float = 0.1, realcopy_share: float = 0.5
) -> Iterator[Article]:
    """Articles totalling at least `size` bytes of UTF-8, a fraction `realcopy_share` of
    them in the real-copy corpus's forms; a fraction `error_rate` of the checkable
    statements carry a seeded slip. The same seed gives the same corpus."""
    rng = random.Random(seed)
    total = index = 0
    deck: list[Form] = []  # forms not yet used in this round: every one is used in turn
    while total < size:
        name = f"story-{index:06d}"
        if realcopy_share and rng.random() < realcopy_share:  # 0: the corpus as before
            if not deck:
                deck = rng.sample(_forms(), len(_forms()))
            article = _realcopy_article(deck.pop(), rng, error_rate, name)
        else:
            article = _Writer(rng, error_rate).article(f"{name}.txt")
        total += len(article.text.encode())
        index += 1
        yield article


@cache
def _forms() -> tuple[Form, ...]:
    forms = tuple(load_forms())
    if not forms:
        raise FileNotFoundError(
            f"{DOCS}: no development documents to draw wordings from;"
            " restore benchmarks/realcopy/docs or pass --realcopy-share 0"
        )
    return forms


def _realcopy_article(form: Form, rng: random.Random, error_rate: float, name: str) -> Article:
    """A passage in `form`'s words, then a paragraph of prose; a dated one as Markdown."""
    slips = form.document.slips
    slip = None
    if slips and rng.random() < error_rate * len(form.document.relations):
        slip = rng.randrange(len(slips))
    passage = fill(form, rng, slip)
    head = f"---\ndate: {passage.date}\n---\n\n" if passage.date else ""
    prose = " ".join(rng.sample(FILLER, rng.randint(1, 3)))
    text = f"{head}{passage.text}\n\n{prose}\n"
    seeded = []
    for index, (kind, spans) in enumerate(passage.relations):
        moved = tuple((start + len(head), end + len(head)) for start, end in spans)
        start, end = min(s for s, _ in moved), max(e for _, e in moved)
        label = f"slip {slip} of {form.id}" if index == passage.slipped else None
        seeded.append(Seeded(kind, label, text[start:end], start, end, moved, form.id))
    return Article(f"{name}.md" if head else f"{name}.txt", text, tuple(seeded))


def write(articles: Iterator[Article], folder: Path) -> list[Article]:
    """Write each article to `folder` and the seeded statements to `folder/seeded.json`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article in articles:
        (folder / article.name).write_text(article.text, encoding="utf-8")
        written.append(article)
    seeded = {a.name: [asdict(s) for s in a.seeded] for a in written}
    (folder / "seeded.json").write_text(json.dumps(seeded, indent=1), encoding="utf-8")
    return written


@cache
def _rates() -> RateTable:
    return RateTable.bundled()


@cache
def _range_of_years(code: str) -> tuple[float, float]:
    """The lowest and highest daily rate of a currency per US dollar over all of YEARS."""
    ranges = [r for y in YEARS if (r := _rates().per_usd(code, Period.year(y))) is not None]
    return min(r.low for r in ranges), max(r.high for r in ranges)


@cache
def _square_miles_per_km2() -> float:
    from claimcheck.model.units import registry

    return float(registry().Quantity(1, "kilometer ** 2").to("mile ** 2").magnitude)


@cache
def _miles_per_km() -> float:
    from claimcheck.model.units import registry

    return float(registry().Quantity(1, "kilometer").to("mile").magnitude)


def _round_sig(value: float, digits: int) -> float:
    return float(f"{value:.{digits - 1}e}")


def _two_digits(value: float) -> float:
    """Rounded to two significant figures that stay written: 2.0 billion becomes 2.2 billion."""
    rounded = _round_sig(value, 2)
    if rounded == _round_sig(value, 1):  # "2 billion" would state only one figure
        rounded = _round_sig(rounded * 1.1, 2)
    return rounded


def _half_unit(value: float) -> float:
    """Half a unit in the second significant figure: the rounding of a two-figure amount."""
    return 0.5 * 10 ** (math.floor(math.log10(value)) - 1)


def _plain(value: float) -> str:
    """A rounded number as a reporter writes it: 4.6, 650, 1.28, 12,400."""
    if value >= 1000 and value == int(value):
        return f"{int(value):,}"
    text = f"{value:f}".rstrip("0").rstrip(".")
    return text


def _scaled(value: float, digits: int) -> str:
    """An amount with a scale word, to `digits` significant figures: '1.28 billion'."""
    value = _round_sig(value, digits)
    for factor, word in _SCALES:
        if value >= factor:
            return f"{_plain(_round_sig(value / factor, digits))} {word}"
    return _plain(value)


class _Writer:
    """Writes one article, recording the span of every checkable statement."""

    def __init__(self, rng: random.Random, error_rate: float) -> None:
        self.rng = rng
        self.error_rate = error_rate
        self.currency = rng.choice(CURRENCIES)
        self.year = rng.choice(YEARS[:-1])
        self.parts: list[str] = []
        self.length = 0
        self.seeded: list[Seeded] = []
        self.filler: list[str] = []  # prose sentences not yet used in this article

    def article(self, name: str) -> Article:
        rng = self.rng
        city = rng.choice(self.currency.cities)
        month = rng.choice(MONTHS)
        dated = f", {self.year + 1}" if rng.random() < 0.5 else ""
        self._add(f"{rng.choice(COMPANIES)} bets on {rng.choice(PROJECTS)}\n\n")
        self._add(f"{city}, {month} {rng.randint(1, 28)}{dated} (Reuters) - ")
        for paragraph in range(rng.randint(5, 10)):
            if paragraph:
                self._add("\n\n")
            for sentence in range(rng.randint(2, 4)):
                if sentence:
                    self._add(" ")
                self._sentence()
        self._add("\n")
        return Article(name, "".join(self.parts), tuple(self.seeded))

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _statement(self, kind: str, slip: str | None, before: str, phrase: str, after: str) -> None:
        self._add(before)
        start = self.length
        self._add(phrase)
        self.seeded.append(Seeded(kind, slip, phrase, start, self.length, ((start, self.length),)))
        self._add(after)

    def _sentence(self) -> None:
        roll = self.rng.random()
        if roll < 0.12:
            self._conversion()
        elif roll < 0.15:
            self._share()
        elif roll < 0.19:
            self._change()
        elif roll < 0.215:
            self._total()
        elif roll < 0.24:
            self._area()
        elif roll < 0.26:
            self._fraction()
        elif roll < 0.36:
            self._count()
        else:
            if not self.filler:
                self.filler = self.rng.sample(FILLER, len(FILLER))
            self._add(self.filler.pop())

    def _slip(self, choices: tuple[str, ...]) -> str | None:
        return self.rng.choice(choices) if self.rng.random() < self.error_rate else None

    def _money(self, value: float, digits: int = 2) -> str:
        return self.currency.write(_scaled(value, digits), self.rng)

    def _conversion(self) -> None:
        rng, cur, year = self.rng, self.currency, self.year
        rate = _rates().per_usd(cur.code, Period.year(year))
        assert rate is not None, cur.code
        local = _two_digits(10 ** rng.uniform(7.5, 11) * rate.mean)
        usd = local / rate.mean
        slips = ("magnitude", "off-reference")
        if cur.code in _MISLABEL:
            slips += ("mislabel", "mislabel")
        low, high = _range_of_years(cur.code)
        if cur.code in _INVERTIBLE and not low / 1.15 < 1 / rate.mean < high * 1.15:
            slips += ("inverted",)  # the inverse rate must fit no year (not so for EUR in 2022)
        slip = self._slip(slips)
        local_text = cur.write(_scaled(local, 2), rng)
        written_usd = _scaled(usd, 3)
        if slip == "mislabel":
            local_text = f"{_scaled(local, 2)} {_MISLABEL[cur.code]}"
        elif slip == "magnitude":
            written_usd = _scaled(usd * 1000, 3) if usd < 5e8 else _scaled(usd / 1000, 3)
        elif slip == "inverted":
            written_usd = _scaled(local * rate.mean, 3)
        elif slip == "off-reference":
            written_usd = _scaled(usd * self._off_factor(), 3)
        hedge = rng.choice(("", "", "about ", "approximately ", "around ", "some "))
        phrase = f"{local_text} ({hedge}{cur.dollar}{written_usd})"
        subject = rng.choice(COMPANIES)
        before, after = rng.choice(
            (
                (f"{subject} will invest ", f" in {rng.choice(PROJECTS)} in {year}, it said."),
                (f"Output in {rng.choice(REGIONS)} reached ", f" in {year}."),
                ("The government set aside ", f" for {rng.choice(PROJECTS)} in {year}."),
                (f"In {year}, {subject} booked revenue of ", ", up from a year earlier."),
            )
        )
        self._statement("conversion", slip, before, phrase, after)

    def _off_factor(self) -> float:
        """A factor that takes a conversion well outside every year's range of rates."""
        code = self.currency.code
        lows, highs = _range_of_years(code)
        mean = _rates().per_usd(code, Period.year(self.year)).mean  # type: ignore[union-attr]
        # The written dollars are `factor` times too many, so the implied rate is mean/factor.
        up = 1.5 * mean / lows  # implied rate at 2/3 of the lowest low
        down = 0.6 * mean / highs  # implied rate at 1.67 times the highest high
        return max(up, 1.3) if self.rng.random() < 0.5 else min(down, 0.75)

    def _share(self) -> None:
        rng, year = self.rng, self.year
        whole = _round_sig(10 ** rng.uniform(9, 13) * 5, 4)
        part = _round_sig(whole * rng.uniform(0.04, 0.4), 3)
        percent = round(100 * part / whole, 1)
        slip = self._slip(("wrong-share",))
        if slip:
            percent = round(percent * rng.choice((1.5, 0.6)), 1)
        region = rng.choice(REGIONS)
        phrase = (
            f"{self._money(part, 3)} was {_plain(percent)} percent of"
            f" {self.currency.country}'s {self._money(whole, 4)}"
        )
        self._statement("share", slip, f"In {year}, output in {region} of ", phrase, " economy.")

    def _change(self) -> None:
        rng, year = self.rng, self.year
        old = _two_digits(10 ** rng.uniform(8, 11))
        new = _two_digits(old * rng.uniform(0.6, 1.5))
        if new == old:
            new = _two_digits(old * 1.25)
        percent = round(100 * abs(new - old) / old, 1)
        slip = self._slip(("wrong-change",))
        if slip:
            # Past the change the figures' rounding allows (half a unit in their second
            # digit), so that the slip is one no rounding explains.
            worst = max(
                abs(n - o) / o
                for n in (new - _half_unit(new), new + _half_unit(new))
                for o in (old - _half_unit(old), old + _half_unit(old))
            )
            percent = round(100 * worst + rng.choice((8.0, 12.0)), 1)
        verb = "rose" if new > old else "fell"
        phrase = (
            f"{verb} {_plain(percent)} percent to {self._money(new)} in {year}"
            f" from {self._money(old)} in {year - 1}"
        )
        self._statement("change", slip, "Net profit ", phrase, ", the company said.")

    def _total(self) -> None:
        rng, year = self.rng, self.year
        parts = [rng.randint(2, 40) for _ in range(rng.randint(2, 4))]
        total = sum(parts)
        slip = self._slip(("wrong-total",))
        if slip:
            total += rng.choice(parts) + 3
        listed = ", ".join(f"{p} billion" for p in parts[:-1]) + f" and {parts[-1]} billion"
        unit = self.currency.name
        phrase = f"{listed} {unit} in {year}, a combined {total} billion {unit}"
        self._statement("total", slip, "The city issued bonds of ", phrase, ".")

    def _area(self) -> None:
        rng = self.rng
        km2 = _round_sig(10 ** rng.uniform(1.5, 4), 3)
        slip = self._slip(("length-factor",))
        factor = _miles_per_km() if slip else _square_miles_per_km2()
        miles = _round_sig(km2 * factor, 3)
        phrase = f"{_plain(km2)} square kilometres ({_plain(miles)} square miles)"
        zone = rng.choice(REGIONS).capitalize()
        self._statement("area", slip, f"{zone} covers ", phrase, ".")

    def _fraction(self) -> None:
        rng = self.rng
        words, value = rng.choice(
            (("a quarter", 25), ("a third", 33), ("half", 50), ("a fifth", 20), ("a tenth", 10))
        )
        slip = self._slip(("wrong-fraction",))
        percent = value + (rng.choice((10, 15)) if slip else rng.choice((0, 0, 1, -1)))
        phrase = f"{words} of national output, or about {percent} percent"
        self._statement(
            "fraction", slip, f"{rng.choice(REGIONS).capitalize()} produces ", phrase, "."
        )

    def _count(self) -> None:
        rng = self.rng
        template = rng.choice(
            (
                "The company employs {n:,} people in {k} countries.",
                "Shares rose {p} percent in early trading on {day}.",
                "The plant, which opened in {y}, makes {n:,} vehicles a year.",
                "Analysts polled by Reuters had expected growth of {p} percent.",
                '"We expect to hire {k}00 engineers by {y2}," {who} told reporters.',
                "About {n:,} households were affected, up from {m:,} in {y}.",
                "The index closed at {x} points, its highest since {y}.",
                "Unemployment stood at {p} percent in the {q} quarter.",
            )
        )
        n = rng.randint(2, 900) * 100
        self._add(
            template.format(
                n=n,
                m=rng.randint(1, n // 100 - 1) * 100,  # "up from" a smaller number
                k=rng.randint(2, 60),
                p=round(rng.uniform(0.2, 9.9), 1),
                x=f"{rng.uniform(1000, 40000):,.2f}",
                y=rng.randint(1990, 2021),
                y2=self.year + rng.randint(1, 5),
                day=rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
                who=rng.choice(PEOPLE),
                q=rng.choice(("first", "second", "third", "fourth")),
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1MB", help="total size, e.g. 500KB, 5MB")
    parser.add_argument("--out", type=Path, required=True, help="folder to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.1)
    parser.add_argument(
        "--realcopy-share", type=float, default=0.5, help="share of real-copy articles (0.5)"
    )
    args = parser.parse_args()
    corpus = generate(
        parse_size(args.size),
        seed=args.seed,
        error_rate=args.error_rate,
        realcopy_share=args.realcopy_share,
    )
    articles = write(corpus, args.out)
    errors = sum(len(a.errors) for a in articles)
    seeded = sum(len(a.seeded) for a in articles)
    print(f"{len(articles)} articles, {seeded} checkable statements, {errors} seeded slips")


if __name__ == "__main__":
    main()
