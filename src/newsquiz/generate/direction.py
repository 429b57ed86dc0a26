"""Which side of another figure a blanked figure must lie on: "rose to _____ from 4.6%".

A sentence that moves a value "from X to Y" and says which way ("rose", "revised down")
tells the reader whether the blank is above or below the other figure. Wrong options on
the other side would be ruled out by the sentence itself, so they are weak options.
"""

import re

from newsquiz.generate.frames import Fact
from newsquiz.generate.quantities import Quantity, find_quantities, same_unit

_UP = (
    r"up|rose|risen|rise|rising|increased?|increasing|raised|climbed|grew|grown|jumped|"
    r"surged|soared|gained|improved|revised up|boosted|widened|widening|expanded|climbed"
)
_DOWN = (
    r"down|fell|fallen|fall|falling|cut|lowered|dropped|declined|decreased|slipped|slid|"
    r"shrank|shrunk|eased|revised down|reduced|trimmed|scaled back|narrowed|narrowing|"
    r"lower|lowering|slashed|sank|plunged|tumbled"
)
_MOVE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:[^,;.]|\.(?=\d)){{0,90}}$")


_LATER_FROM = re.compile(
    # "risen to _____ dinars ($2.77) per canister from 170 dinars": its unit, a conversion
    r"(?: [a-z]+s)?(?: \([^()]{1,30}\))?"
    r"(?:,? or [\d.]+ (?:cts|cents|dlrs|p|pence) (?:a |per )?share,?| (?:a|per) [a-z]+)?"
    r"(?:\s(?:in|on|at|during|by)\s[^,;\d]{1,25}?)?,?\sfrom\s(?:(?:a|an|its|the)\s)?"
)


_APPROX = r"(?: (?:about|around|roughly|some|nearly|almost|just|only|just over|just under))?"
_TO_BEFORE = re.compile(rf" to{_APPROX} $")
_THEN_FROM = re.compile(
    # "raised its offer to 92.50 dlrs per share from _____" (judged blind E 1, round 109)
    r"^(?: (?:a|per) [a-z]+)?(?: (?:in|on|at|during|by|projected|forecast|expected)[^,;\d]{0,25}?)?"
    r",? from $"  # "edged up in January to 102.5, from _____ in October" (judged E 1, round 137)
)


def _to_then_from(text: str, start: int, others: dict[int, Quantity]) -> Quantity | None:
    """The Y of "to (about) Y (in March) from _____"."""
    before = [o for o in others.values() if o.end <= start]
    if not before:
        return None
    last = max(before, key=lambda o: o.end)
    if _TO_BEFORE.search(text, 0, last.start) and _THEN_FROM.match(text[last.end : start]):
        return last
    return None


# "down from _____", "up from a close of _____"
# "down from the third quarter of 2004's _____" (judged blind E 1, round 119)
_MOVED_FROM = re.compile(
    r"\b(up|down) (?:from|on) (?:(?:a|an|the|its) )?"
    r"(?:(?:[a-z]+ ){0,2}(?:of )?|(?:[\w-]+ ){0,4}[\w-]+'s )$"
)
# "a quota of 1.466 mln bpd, rising to _____": the blank moves on from the figure before
# "was $124bn in 2003, and is expected to rise to about _____" (judged blind E, round 123)
_AUX = (
    r"(?: (?:is|are|was|were|will|would|could|may|might|should)(?: be)?"
    r"(?: (?:expected|forecast|projected|set|likely|seen|due))?(?: to)?)?"
)
_UP_TO = r"rising|climbing|increasing|growing|rise|climb|increase|grow|rose|climbed|increased|grew"
_DOWN_TO = r"falling|dropping|declining|easing|fall|drop|decline|ease|fell|dropped|declined|eased"
_RISING_TO = re.compile(rf"(?:,| and){_AUX} (?:(?P<up>{_UP_TO})|(?P<down>{_DOWN_TO})) to $")
# "a quota of _____ mln bpd, rising to 1.54 mln": the blank is where the figure moves from
_THEN_MOVING = re.compile(
    r"^(?: (?:in|for|during) (?:[a-z]+ )?\d{4})?[^,;\d]{0,20}?,?(?: and)?"
    rf"{_AUX} (?:(?P<up>{_UP_TO})|(?P<down>{_DOWN_TO})) to (?:about |around )?"
)
_LATER_MOVE = re.compile(
    r"(?: (?:in|on|at|for|during) [^,;\d]{0,25}?(?:\d{4})?)?,?"
    # "rose by _____ in January, marginally up on the £7.1bn rise in December"
    r" (?:(?:marginally|slightly|sharply|well|just|only|little) )?(up|down) (?:from|on) "
    r"(?:(?:the|a|an|its) )?"
)
_RANGE_GAP = re.compile(r"^ (?:to|and) $")
_RANGE_GAP_AFTER = re.compile(r" (?:to|and) ")
_BARE_START = re.compile(r"(?<![\w.,$£€¥])(\d[\d,]*(?:\.\d+)?) (?:to|and) $")
_RANGE_WIDTH = 2.0  # wrong ends lie within this many widths of the answer's range


def _range_bounds(
    text: str, start: int, end: int, q: Quantity, others: dict[int, Quantity]
) -> tuple[float | None, float | None]:
    """ "between 4.7% and _____", "22.20 dlrs to _____", "a range of _____ and 3,805 dlrs":
    the blank is one end of a range, on the side of the other end where the answer lies."""
    before = [o for o in others.values() if o.end <= start]
    bare = _BARE_START.search(text, 0, start)
    gap_after = _RANGE_GAP_AFTER.match(text, end)
    if bare is not None:  # "30 to _____": the first figure leaves its unit to the second
        value = float(bare.group(1).replace(",", ""))
        other = Quantity(q.kind, bare.group(1), bare.start(1), bare.end(1), value)
    elif gap_after is not None and gap_after.end() in others:  # "_____ and 3,805"
        other = others[gap_after.end()]
    elif before:
        other = max(before, key=lambda o: o.end)
    else:
        return None, None
    gap = text[other.end : start] if other.end <= start else text[end : other.start]
    if not _RANGE_GAP.match(gap) or other.value == q.value:
        return None, None
    # a wrong end far wider than the range the sentence gives stands out ("$4.2bn to $10.9bn")
    width = _RANGE_WIDTH * abs(q.value - other.value)
    if q.value > other.value:
        return other.value, q.value + width
    return q.value - width, other.value


# "more than _____": a smaller wrong value would still make the sentence true
# "topping $40 a barrel": judged blind (round 56, C), "topping $40" stays true at $50
LOWER_BOUND_WORDS = (
    r"more than|over|at least|in excess of|upwards of|exceeding|above|greater than"
    r"|topping|topped|surpassing|surpassed|breaking|broke|crossing|crossed"
)
UPPER_BOUND_WORDS = r"less than|fewer than|under|up to|at most|below|no more than"
_LOWER_BOUND = re.compile(rf"\b(?:{LOWER_BOUND_WORDS})\s$")
_INCLUDING = re.compile(r",? including (?:about |some )?")
_UPPER_BOUND = re.compile(rf"\b(?:{UPPER_BOUND_WORDS})\s$")


def bounded(fact: Fact) -> bool:
    """The sentence gives the value as a bound ("more than _____", "up to _____"): another
    value may leave it true, so no true/false statement swaps it."""
    before = fact.text[: fact.start]
    return bool(_LOWER_BOUND.search(before) or _UPPER_BOUND.search(before))


def direction_bounds(fact: Fact) -> tuple[float | None, float | None]:
    """(above, below): the blanked value must be above `above` and below `below` (either
    None when the sentence does not say). "More than _____" needs wrong values above the
    answer, "up to _____" below it: the other side would leave the statement true."""
    above, below = _moved_bounds(fact)
    q = fact.quantity
    if q is None:
        return above, below
    if (above is not None and q.value <= above) or (below is not None and q.value >= below):
        # "The rupee climbed to 43.305 per dollar, up from 43.41": a quote written the other
        # way round; bounds the answer itself breaks are no bounds
        above, below = None, None
    before = fact.text[: fact.start]
    if _LOWER_BOUND.search(before):
        above = max(above, q.value) if above is not None else q.value
    elif _UPPER_BOUND.search(before):
        below = min(below, q.value) if below is not None else q.value
    ordered = _list_bounds(fact.text, q)
    if ordered is not None:
        low, high = ordered
        above = max(above, low) if above is not None else low
        below = min(below, high) if below is not None else high
    within = _WITHIN.search(fact.text, fact.end)
    if within is not None and within.start() - fact.end <= _CLAUSE_LIMIT:
        low, high = float(within.group("low")), float(within.group("high"))
        if low <= q.value <= high:  # "_____, inflation remains within the 2-3% target range"
            above = max(above, low) if above is not None else low
            below = min(below, high) if below is not None else high
    carried = _CARRIED_TO.match(fact.text[fact.end :]) if _BARE_LEVEL.fullmatch(q.text) else None
    if carried is not None and above is None and below is None:
        level = float(carried.group(1))
        if 0.5 < level / q.value < 2:  # the same kind of level, not a rate beside a price
            above, below = (level, None) if q.value > level else (None, level)
    part = _INCLUDING.match(fact.text, fact.end)
    if part is not None:  # "about _____, including 200 mln dlrs for scrubbers": above the part
        included = [x for x in find_quantities(fact.text) if x.start == part.end()]
        if included and same_unit(included[0], q):
            above = max(above or 0.0, included[0].value)
    return above, below


def keeping_direction(fact: Fact, values: list[str]) -> list[str]:
    """The `values` that, in the fact's place, leave the sentence's own direction words true:
    "cut from 2% to 3%" says itself that it is false (judged blind, rounds 71 and 72)."""
    above, below = direction_bounds(fact)
    if above is None and below is None:
        return values

    def keeps(value: str) -> bool:
        found = find_quantities(value)
        number = found[0].value if found else None
        if number is None:
            return True
        return (above is None or number > above) and (below is None or number < below)

    return [value for value in values if keeps(value)]


_FROM_THE = re.compile(r" from (?:the|a|an|its) $")
_LATER_TO = re.compile(r"(?: [a-z][^,;\d]{0,30}?)? to ")
_FROM_X_TO = re.compile(r" from (?:(?:the|a|an|its) )?(\S+)(?: [a-z][^,;\d]{0,30}?)? to $")


def _moved_bounds(fact: Fact) -> tuple[float | None, float | None]:
    """The bounds "rose to _____ from 4.6%", "down from _____" and ranges set."""
    q = fact.quantity
    if q is None or q.kind not in {"money", "percent", "count"}:
        return None, None
    text = fact.text
    before, after = text[: fact.start], text[fact.end :]
    others = {x.start: x for x in find_quantities(text) if same_unit(x, q)}
    other: Quantity | None = None
    blank_is_start = False
    before = re.sub(rf"(?<= to){_APPROX} $", " ", before)  # "to about _____"
    before = _FROM_THE.sub(" from ", before)  # "down from the _____ estimated in November"
    later_to = _LATER_TO.match(after)  # "from _____ estimated in November to Y"
    if before.endswith(" from ") and later_to is not None:
        other, blank_is_start = others.get(fact.end + later_to.end()), True  # from _____ to Y
    elif before.endswith(" to ") and (later := _LATER_FROM.match(after)) is not None:
        other = others.get(fact.end + later.end())  # to _____ (in March) from Y
    elif (target := _to_then_from(text, fact.start, others)) is not None:
        other, blank_is_start = target, True  # to Y from _____
    else:
        start = _FROM_X_TO.search(before)
        if start is not None:  # from X to _____, "from the 5.9% estimated in November to _____"
            other = others.get(start.start(1))
    if other is None and (later := _LATER_MOVE.match(after)) is not None:
        moved_from = others.get(fact.end + later.end())
        if moved_from is not None:  # "earned _____ in 2004, down from $4.1bn"
            up = later.group(1) == "up"
            return (moved_from.value, None) if up else (None, moved_from.value)
    if other is None and (moved := _MOVED_FROM.search(before)) is not None:
        earlier = [o for o in others.values() if o.end <= moved.start()]
        if earlier:  # "earned $3.7bn, down from _____": the blank is where it moved from
            last = max(earlier, key=lambda o: o.end)
            up = moved.group(1) == "up"
            return (None, last.value) if up else (last.value, None)
    if other is None and (moving_on := _RISING_TO.search(before)) is not None:
        earlier = [o for o in others.values() if o.end <= moving_on.start()]
        if earlier:
            last = max(earlier, key=lambda o: o.end)
            return (last.value, None) if moving_on.group("up") else (None, last.value)
    if other is None and (moving := _THEN_MOVING.match(after)) is not None:
        target = others.get(fact.end + moving.end())
        if target is not None:
            return (None, target.value) if moving.group("up") else (target.value, None)
    if other is None and (compared := _compared_after(text, fact.end, others)) != (None, None):
        return compared
    if other is None and (expected := _expectation(text, fact.start, fact.end, others)):
        return (expected.value, None) if q.value > expected.value else (None, expected.value)
    if other is None:
        return _range_bounds(text, fact.start, fact.end, q, others)
    clause = before[: before.rfind(" from ")].rstrip(",") if blank_is_start else before
    move = _MOVE.search(clause)
    if move is None:
        return None, None
    rising = move.group("up") is not None
    if rising != blank_is_start:  # rose to _____ / fell from _____: above the other figure
        return other.value, None
    return None, other.value


# "profit was _____ a share, but analysts had expected 34 cents": the figure set against a
# forecast keeps to its side of it, a miss or a beat (judged blind E 1, twice in round 104)
_EXPECTED = re.compile(
    r"^[^.;\d]{0,60}?\b(?:but|while|whereas|against|versus|compared with)\b[^.;\d]{0,40}?"
    r"\b(?:expected|expectations? of|forecasts? of|forecast|predicted|estimated|anticipated"
    r"|consensus of)(?: (?:about|around|some|an average of|of))? $"
)
# "a close above _____ would signal a breakout ... and extend its advance to near the 0.7800
# level": where the move would carry a bare level (judged blind E 1, rounds 103 and 108)
_BARE_LEVEL = re.compile(r"\d+\.\d+")
_CARRIED_TO = re.compile(
    r"^[^.;]{0,160}?\b(?:extend|carry|take|push|lift|drive|send|propel)\w*\b[^.;\d]{0,40}?"
    r" to (?:near |around |about |the |a )*(\d+\.\d+)(?= level|[,.;]| in\b| by\b)"
)


# "grow by 5.7% in 2005, rather than _____ as forecast before tsunamis hit": options on the
# other side of the figure it replaces read as ruled out (judged blind E 1, rounds 120, 122)
_INSTEAD = re.compile(
    r"^(?: (?:in|for|during|by) [^,;.]{0,20}?)?,? (?:rather than|instead of)"
    r"(?: (?:the|a|an|about|around))* $"
)


def _expectation(text: str, start: int, end: int, others: dict[int, Quantity]) -> Quantity | None:
    """The forecast the blank is set against ("_____, but analysts had expected 34 cents"),
    or the result a blanked forecast is set against ("33 cents, but ... expected _____");
    the figure a blank replaces or is replaced by ("5.7%, rather than _____")."""
    for at, other in others.items():
        if at >= end and _set_against(text[end:at]):
            return other
        if other.end <= start and _set_against(text[other.end : start]):
            return other
    return None


def _set_against(gap: str) -> bool:
    """Do the words between two figures set one against the other?"""
    return bool(_EXPECTED.match(gap) or _INSTEAD.match(gap))


# "_____ during 2004, well above 2003's 9.1%", "a margin of _____, less than the 47.3%
# forecast ... and down from 47.1%": a comparison right before a figure later in the clause
_ABOVE_WORDS = (
    r"above|higher than|more than|greater than|ahead of|up from"
    r"|surpassing|exceeding|topping|beating|eclipsing"  # "_____, surpassing the high of 47 pct"
)
_BELOW_WORDS = r"below|lower than|less than|short of|down from"
_COMPARED = re.compile(
    rf"\b(?:(?P<above>{_ABOVE_WORDS})|(?P<below>{_BELOW_WORDS}))"
    r"(?: (?:the|its|their|a|an|previous|prior|record|all-time|high|low|level|peak|of"
    r"|[\w-]+'s?))*\s*$"
)
_CLAUSE_LIMIT = 90  # characters after the blank a comparison may reach
# a range the value is said to lie in (judged blind: options outside it gave the answer away)
_WITHIN = re.compile(
    r"\bwithin (?:the |its |a |an )?(?:[\w'-]+ ){0,3}?"
    r"(?P<low>\d+(?:\.\d+)?)%?\s?(?:-|to)\s?(?P<high>\d+(?:\.\d+)?)%?"
)


def _compared_after(
    text: str, end: int, others: dict[int, Quantity]
) -> tuple[float | None, float | None]:
    """The bounds comparisons after the blank set: above the highest figure it is said to be
    above, below the lowest it is said to be below."""
    above: float | None = None
    below: float | None = None
    for start, other in sorted(others.items()):
        between = text[end:start]
        if start < end or len(between) > _CLAUSE_LIMIT or re.search(r"[.;]\s", between):
            continue
        compared = _COMPARED.search(between)
        if compared is None:
            continue
        if compared.group("above"):
            above = max(above, other.value) if above is not None else other.value
        else:
            below = min(below, other.value) if below is not None else other.value
    return above, below


_MIN_LISTED = 3  # other figures a list needs before its order says where the blank goes


def _list_bounds(text: str, q: Quantity) -> tuple[float, float] | None:
    """ "38.4% in Argentina, 15.6% in Italy, _____ in Switzerland, 9.1% in the US, 5.1% in
    Germany": a list written in order puts the blank between its neighbours."""
    listed = sorted((x for x in find_quantities(text) if same_unit(x, q)), key=lambda x: x.start)
    at = next((i for i, x in enumerate(listed) if x.start == q.start), None)
    if at is None or not 0 < at < len(listed) - 1 or len(listed) - 1 < _MIN_LISTED:
        return None
    gaps = [text[a.end : b.start] for a, b in zip(listed, listed[1:], strict=False)]
    if not all("," in gap or " and " in gap for gap in gaps):
        return None  # not one list
    others = [x.value for i, x in enumerate(listed) if i != at]
    pairs = list(zip(others, others[1:], strict=False))
    before, after = listed[at - 1].value, listed[at + 1].value
    if all(a > b for a, b in pairs):
        return after, before
    if all(a < b for a, b in pairs):
        return before, after
    return None
