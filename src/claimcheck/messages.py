"""The words: what judges found, said in English, in one place.

A judge reports in figures (`model.judgement.Said`: a key and the values that fill its
wording); the rules and the report turn them into text here, as pyflakes' `messages`
does, so that wording changes in one place and another language could be added.
Numbers (floats) are written to three significant figures unless the wording asks for
`{value:2}` (two) or `{value:x}` (a ratio: "21x"); whole numbers as they are. A writer's
words are `{words:w}` (mid-sentence: a sentence's capital dropped) or `{words:q}` (the same,
in quotation marks).
"""

from __future__ import annotations

import string
from typing import Any

from claimcheck import formatting
from claimcheck.model.judgement import Said

WORDING: dict[str, str] = {
    "list.items": "{items}",  # several things said, one after another
    # where a period was read from
    "period.sentence": "{label} (named in the sentence)",
    "period.paragraph": "{label} (named in the paragraph)",
    "period.document": "{label} (the publication date)",
    "period.stated": "{label} (the date given with the conversion)",
    "period.default": "{label} (latest full year; the text names no period)",
    # currency conversions (judges/fx.py)
    "fx.same-currency": "both amounts are in the same currency",
    "fx.not-positive": "an amount of zero or less implies no exchange rate",
    "fx.no-rate": "no reference rate for {currency} in {periods}",
    "fx.document-rate": "the document's rate ({stated})",
    "fx.reference": "{source} for {period}",
    "fx.arithmetic": (
        "{source} / {target} = {rate} {a} per {b} (from {low} to {high} with the figures' rounding)"
    ),
    "fx.arithmetic-basis": "{implied}; {basis}: {low}–{high} {a} per {b}, mean {mean}",
    "fx.rate": "implied rate {rate} {a}/{b}",
    "fx.range": "the {a}/{b} range of {low}–{high}",
    "fx.range-for": "the {a}/{b} range of {low}–{high} for {period}",
    "fx.mean-only": "{range}, a range from IMF annual averages only",
    "fx.above": "{percent:2}% above",
    "fx.below": "{percent:2}% below",
    "fx.off-stated-rate": "{rate} is {off} the document's own rate {stated}",
    "fx.magnitude": "{rate} is {ratio:x} {where}; off by a factor of {factor:2}: {fixed} would fit",
    "fx.inverted": "{rate} is the inverse of {where}: the rate was applied upside down",
    "fx.mislabel": "{rate} is {apart:x} off {where}; it matches {currency} ({mean})",
    "fx.off-reference": (
        "{rate} is {off} {where}; at the mean rate the amount would be about {amount}"
    ),
    "fx.fits-year": (
        "{rate} is {off} {where}; it fits the {a}/{b} rate of {year} ({mean}): is the period"
        " right, or the rate stale? At the mean rate the amount would be about {amount}"
    ),
    "fx.undated-fits-year": (
        "{rate} fits the {a}/{b} rate of {year} ({mean}), and neither the text nor its"
        " metadata says when it was written"
    ),
    "fx.conflicting": (
        "implied rate {rate} {a}/{b} cannot agree with {other} {a}/{b} implied by {text:q}"
    ),
    # shares, fractions and breakdowns (judges/shares.py)
    "share.division": "{part} / {whole} = {percent}%",
    "share.converted": "{part} ({converted})",
    "share.not": "{computed}, not {stated}",
    "share.currencies": "part and whole are in different currencies ({part}, {whole})",
    "share.money-and-unit": "money cannot be a share of {unit}, nor {unit} of money",
    "share.units": "part and whole are in units that do not convert ({part}, {whole})",
    "share.whole-not-positive": "the whole is not a positive amount",
    "share.restated": "{first} = {first_range}; {second} = {second_range}",
    "share.fraction-not-percent": (
        "{fraction} is {value}% ({range} as a writer rounds it), not {percentage};"
        " {percent}% is about {nearest}"
    ),
    "share.sum": "{terms} = {total}%",
    "share.over": "{sum}, more than 100%",
    "share.short": "{sum}, though the shares are said to cover the whole",
    # unit conversions (judges/units.py)
    "unit.unreadable": "the unit {unit:q} is not one claimcheck can convert",
    "unit.inconvertible": "{a} cannot be converted to {b}",
    "unit.is-not": "{source} {a} is {correct}, not {target}",
    "unit.same": "{target} restates {source} {a} in the same unit",
    "unit.slip": "{stated}: {explanation}",
    "unit.linear-area": (
        "{target} is {source} × {factor}, the factor for {length} to {target_length},"
        " applied to an area ({a} to {b} is × {right})"
    ),
    "unit.linear-volume": (
        "{target} is {source} × {factor}, the factor for {length} to {target_length},"
        " applied to a volume ({a} to {b} is × {right})"
    ),
    "unit.squared-volume": (
        "{target} is {source} × {factor}, the square of the factor for {length} to"
        " {target_length}, applied to a volume ({a} to {b} is × {right})"
    ),
    "unit.unconverted": "{target} is the figure not converted",
    "unit.swapped": "the units look swapped ({source} {b} is {fixed})",
    "unit.target-fits": "{target} fits {unit} ({source} {a} is {converted})",
    "unit.source-fits": "{target} fits {source} {unit} ({converted})",
    "unit.wrong-target": "{how}; the target's unit looks wrong",
    "unit.wrong-source": "{how}; the source's unit looks wrong",
    "unit.power-of-ten": "off by a factor of {factor}",
    "unit.arithmetic": (
        "{a} to {b}: × {factor}; {source} {a} is {converted} {b} with its rounding, stated {stated}"
    ),
    # changes, totals, differences and restated figures (judges/arithmetic.py)
    "change.basis": "the values are not compared as stated ({basis})",
    "change.units": "the two values are in different units or currencies",
    "change.negative": "a change of negative values may be stated in size",
    "change.difference": "{new} − {old} = {change}",
    "change.relative": (
        "{difference}; {percent} of {old} (from {low} to {high} with the figures' rounding)"
    ),
    "change.points-as-percent": (
        "{old} → {new} is a change of {points} percentage points ({percent}), not {stated}:"
        " the writer probably meant percentage points"
    ),
    "change.percent": "{old} → {new} is {percent}, not {stated}",
    "change.points-of-an-amount": (
        "{old} → {new} is {percent}; an amount changes in percent, not by {stated}"
    ),
    "change.points": "{old} → {new} is {points} percentage points, not {stated}",
    "change.points-in-percent": (
        "{old} → {new} is {points} percentage points, not {stated}"
        " ({value} is the change in percent)"
    ),
    "change.rise-of": "{old} → {new} is a rise of {change}, not {stated}",
    "change.fall-of": "{old} → {new} is a fall of {change}, not {stated}",
    "change.times": "{old} → {new} is {times} times, not {stated:w} ({stated_times} times)",
    "change.times-smaller": (
        "{old} → {new} is {times} times smaller, not {stated:w} ({stated_times} times smaller)"
    ),
    "change.times-unworded": "{old} → {new} is {times} times, not {stated_times} times",
    "change.times-smaller-unworded": (
        "{old} → {new} is {times} times smaller, not {stated_times} times smaller"
    ),
    "change.from-zero": "a change from zero has no percentage",
    "change.from-maybe-zero": "a change from a value that may be zero has no percentage",
    "change.from-negative": "a change from a negative value has no percentage",
    "change.from-open-ended": "a change from an open-ended figure has no percentage",
    "change.to-zero-multiple": "a change to zero or below is no multiple",
    "change.rise": "{old} → {new} is a rise, but the text says {wording:q}",
    "change.fall": "{old} → {new} is a fall, but the text says {wording:q}",
    "change.rise-sized": "{old} → {new} is a rise ({size}), but the text says {wording:q}",
    "change.fall-sized": "{old} → {new} is a fall ({size}), but the text says {wording:q}",
    "total.units": "the parts and the total are in different units",
    "total.arithmetic": "{parts} = {total} ({range} with the figures' rounding)",
    "total.mismatch": "the parts add up to {total}, not {stated}: {parts}",
    "total.open": "{arithmetic}; the list ({wording}) may leave parts out",
    "total.open-exceeded": (
        "the parts listed ({wording}) add up to {total}, more than the total of {stated}: {parts}"
    ),
    "per-capita.units": "the total and the figure per member are in different units",
    "per-capita.no-population": "the population may be zero",
    "per-capita.arithmetic": (
        "{total} / {count} = {per} {wording} ({range} with the figures' rounding)"
    ),
    "per-capita.mismatch": "{total} over {count} is {per} {wording}, not {stated}",
    "per-capita.open": "{arithmetic}; the shares may fall short of the pool",
    "per-capita.open-exceeded": (
        "{stated} {wording} {count} add up to more than the {total} they come out of: at most {per}"
    ),
    "difference.units": "the values are in different units or currencies",
    "difference.arithmetic": "{a} − {b} = {difference} ({range} with the figures' rounding)",
    "difference.size": "{a} − {b} is {difference}, not {stated}",
    "difference.surplus": "it is a surplus, not a {stated}",
    "difference.deficit": "it is a deficit, not a {stated}",
    "difference.placed": "{a} is {placed} {b}, not {stated} it",
    "restated.arithmetic": "{first} allows {first_range}, {second} allows {second_range}",
    "restated.apart": "{allowed}: they cannot meet within the {tolerance}% tolerance",
    "restated.count": "{first} is {correct}, not {stated}",
    "restated.mismatch": "{metric} for {period} is {first} earlier in the text but {second} here",
    # figures and shares against a facts sheet (judges/facts.py)
    "facts.none": "no {metric} of {names} for {labels} or earlier in the facts sheet",
    "facts.and": "{first} and {second}",
    "facts.no-rate": "no reference rate to compare with the {metric} facts",
    "facts.no-share-rate": "no reference rate to compare the {metric} facts",
    "facts.off": "{stated} is off the facts: {metric} of {entity}{when} was {fact} ({source})",
    "facts.off-converted": "{off}, {converted}",
    "facts.mislabelled": (
        "{off}; the figure matches the fact in {currency}: the currency looks mislabelled"
    ),
    "facts.arithmetic": (
        "{metric} of {entity}{when}: {fact} ({source}); stated {stated} allows {low} to {high}"
    ),
    "facts.arithmetic-converted": (
        "{metric} of {entity}{when}: {fact} ({source}) = {converted} {unit};"
        " stated {stated} allows {low} to {high}"
    ),
    "facts.share-off": (
        "{share} of {whole}'s {metric} is off the facts: {part}'s {metric} is {correct}"
        " of {whole}'s{when} ({part_fact} of {whole_fact})"
    ),
    "facts.share-arithmetic": (
        "{part} ({part_source}) / {whole} ({whole_source}) = {ratio} percent{when};"
        " stated {stated} allows {low} to {high} percent"
    ),
    "facts.nearest": (
        "{label} figures: the sheet has none for {period}, {label} is the nearest earlier"
    ),
    "facts.names": "“{written}” names {entity}",
    "facts.refers": (
        "“{written}” refers to {entity}, the last {kind} named before it (“{named}”, line {line})"
    ),
    "facts.link": "{metric} of {entity}: {how}",
    "facts.link-nearest": "{link}; {note}",
    "facts.standing": "",
    "facts.in": " in {label}",
    "facts.in-nearest": " in {label} (nearest to {period})",
}


class _Wording(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Said):
            return text(value)
        if isinstance(value, tuple):
            return "; ".join(self.format_field(item, format_spec) for item in value)
        if isinstance(value, str) and format_spec in ("w", "q"):
            words = formatting.written(value)  # a writer's words, mid-sentence
            return formatting.quoted(words) if format_spec == "q" else words
        if isinstance(value, float):
            if format_spec == "x":
                return formatting.ratio(value)
            if format_spec.isdigit():
                return formatting.number(value, int(format_spec))
            if not format_spec:
                return formatting.number(value)
        return str(super().format_field(value, format_spec))


_WORDING = _Wording()


def text(said: Said) -> str:
    """What a judge said, in words."""
    return _WORDING.format(WORDING[said.key], **said.values)


def optional(said: Said | None) -> str | None:
    """`text(said)`, or None when nothing was said."""
    return None if said is None else text(said)
