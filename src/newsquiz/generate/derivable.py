"""Figures a reader could work out from the rest of their sentence.

"Profit rose 44% to $205.4m from $142m": blank any one of the three and the other two give
it back by arithmetic, so the card tests sums on figures the prompt prints (judged blind:
given away, or F 0). The same holds for "a 145 basis point range ... a low of 1.7940 and a
high of 1.8085". Such figures are not blanked.
"""

import re
from collections.abc import Sequence

from newsquiz.generate.quantities import Quantity, find_quantities, same_unit

_YEARS = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d%])")
_NEAR_YEARS = 2
_STOCK_PHRASE = re.compile(r"\b(?:out of|in) every $")
_SPAN = re.compile(
    r"\b(?:over|within|in|for|after) (?:the next |the following |a |another )?"
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years\b"
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10}


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


# how far a stated change may be from the computed one: "rose 4.7%" from 48.8 to 51.2 is 4.9%
# computed (0.6 points); "44%" from 142 to 205.4 is 44.65% (a 2% relative slack)
_PERCENT_SLACK = 0.6
_RELATIVE_SLACK = 0.02
_BASIS_POINT = 1e-4


def _amounts(found: Sequence[Quantity], text: str) -> list[Quantity]:
    """Money and counts, with share prices in pence that `find_quantities` leaves out ("up 8
    pence, or _____, at 605 pence": judged blind, the percentage follows from them)."""
    pence = [
        Quantity("money", m.group(), m.start(), m.end(), float(m.group(1)), currency="pence")
        for m in _PENCE.finditer(text)
    ]
    return [q for q in [*found, *pence] if q.kind in {"money", "count"} and q.value > 0]


_PENCE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) ?(?:p|pence)\b")


def _one_currency(*found: Quantity) -> bool:
    """All money in one currency, or all counts of one thing."""
    kinds = {(x.kind, x.currency, x.noun) for x in found}
    return len(kinds) == 1


def _comparable(a: Quantity, b: Quantity) -> bool:
    return a is not b and same_unit(a, b)


def _one_measure(a: Quantity, b: Quantity) -> bool:
    """Comparable, or money of one currency in two scales ("1.33bn rupees", "874.2m rupees")."""
    return _comparable(a, b) or (a is not b and a.kind == b.kind == "money" and _one_currency(a, b))


_FACTORS = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "three times": 3.0, "tripled": 3.0}
_FACTORS |= {"four times": 4.0, "quadrupled": 4.0}
_MULTIPLE = re.compile(
    r"\b(twice|double|doubled|three times|tripled|four times|quadrupled)\b", re.I
)


def derivable(q: Quantity, found: Sequence[Quantity], text: str) -> bool:
    """Whether `q` follows from two other figures of its sentence (`found`, all of them), or
    is a year next to another year of it ("returned to profit in _____ after losses in
    2003": the order of events gives 2004 away)."""
    if _STOCK_PHRASE.search(text, 0, q.start):
        return True  # "six out of every _____ planes": ten, by the idiom
    if q.kind == "date" and q.granularity == "year":
        others = {int(y) for y in _YEARS.findall(text[: q.start] + text[q.end :])}
        if any(0 < abs(year - q.value) <= _NEAR_YEARS for year in others):
            return True
        # "a 1985 provision ... to rise over three years to 75 pct in _____": 1988
        years_on = {_number(m.group(1)) for m in _SPAN.finditer(text)}
        return any(abs(year - q.value) in years_on for year in others)
    amounts = _amounts(found, text)
    changes = [p for p in found if p.kind == "percent"]
    for change in changes:
        slack = max(_PERCENT_SLACK, _RELATIVE_SLACK * change.value)
        for new in amounts:
            for old in amounts:
                if not _one_measure(new, old):
                    continue
                moved = abs(new.scaled / old.scaled - 1) * 100
                # "up 56 pence, or 5.3%, at 797p": a move and where it ended give the rest
                step = (
                    old.scaled / (new.scaled - old.scaled) * 100 if new.scaled > old.scaled else 0
                )
                fits = abs(moved - change.value) <= slack or abs(step - change.value) <= slack
                if fits and q in (change, new, old):
                    return True
    for times in _MULTIPLE.finditer(text):  # "twice the _____ forecast" beside 337,000
        factor = _FACTORS[times.group(1)]
        for a in amounts:
            for b in amounts:
                close = abs(a.scaled - factor * b.scaled) <= _RELATIVE_SLACK * a.scaled
                if q in (a, b) and _one_measure(a, b) and close:
                    return True
    # "slid 300 stg to 1,279 from 1,580": a move and both its ends give each other away; so
    # do two parts and their total ("200 mln ... and 800 mln ... one billion dlrs")
    for move in amounts:
        for a in amounts:
            for b in amounts:
                if len({id(move), id(a), id(b)}) < 3 or q not in (move, a, b):
                    continue
                if _one_currency(move, a, b) and abs(a.scaled + b.scaled - move.scaled) <= (
                    _RELATIVE_SLACK * move.scaled
                ):
                    return True  # two parts and their total, in any scale
                if not (_comparable(move, a) and _comparable(move, b) and _comparable(a, b)):
                    continue
                gap = abs(a.value - b.value)
                joins = gap and abs(gap - move.value) <= _RELATIVE_SLACK * move.value
                big_enough = move.value >= 0.01 * max(a.value, b.value)
                if joins and big_enough:
                    return True
    if "basis point" in text:
        spans = [b for b in found if b.kind == "count" and text[b.end :].startswith(" basis")]
        for span in spans:
            for low in amounts:
                for high in amounts:
                    gap = (high.value - low.value) / _BASIS_POINT
                    if (
                        _comparable(low, high)
                        and abs(gap - span.value) < 1
                        and q
                        in (
                            span,
                            low,
                            high,
                        )
                    ):
                        return True
    return False


def given_back_by(context: str, text: str) -> frozenset[int]:
    """Where the figures of `text` start that the sentence shown before it (`context`) gives
    back ("a 40% drop in profits. ... £75m compared with _____ a year earlier")."""
    whole = context + text
    everything = find_quantities(whole)
    shift = len(context)
    return frozenset(
        q.start - shift for q in everything if q.start >= shift and derivable(q, everything, whole)
    )
