"""Which side of another figure a blanked figure must lie on: "rose to _____ from 4.6%".

A sentence that moves a value "from X to Y" and says which way ("rose", "revised down")
tells the reader whether the blank is above or below the other figure. Wrong options on
the other side would be ruled out by the sentence itself, so they are weak options.
"""

import re

from newsquiz.generate.frames import Fact
from newsquiz.generate.quantities import Quantity, find_quantities

_UP = (
    r"up|rose|risen|rise|rising|increased?|increasing|raised|climbed|grew|grown|jumped|"
    r"surged|soared|gained|improved|revised up|boosted"
)
_DOWN = (
    r"down|fell|fallen|fall|falling|cut|lowered|dropped|declined|decreased|slipped|slid|"
    r"shrank|shrunk|eased|revised down|reduced|trimmed"
)
_MOVE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:[^,;.]|\.(?=\d)){{0,60}}$")


_LATER_FROM = re.compile(r"(?:\s(?:in|on|at|during|by)\s[^,;\d]{1,25}?)?\sfrom\s")


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.scale.strip().lower() == b.scale.strip().lower()


def direction_bounds(fact: Fact) -> tuple[float | None, float | None]:
    """(above, below): the blanked value must be above `above` and below `below` (either
    None when the sentence does not say)."""
    q = fact.quantity
    if q is None or q.kind not in {"money", "percent", "count"}:
        return None, None
    text = fact.text
    before, after = text[: fact.start], text[fact.end :]
    others = {x.start: x for x in find_quantities(text) if _same_unit(x, q)}
    other: Quantity | None = None
    blank_is_start = False
    if before.endswith(" from ") and after.startswith(" to "):
        other, blank_is_start = others.get(fact.end + 4), True  # from _____ to Y
    elif before.endswith(" to ") and (later := _LATER_FROM.match(after)) is not None:
        other = others.get(fact.end + later.end())  # to _____ (in March) from Y
    else:
        start = re.search(r" from (\S+) to $", before)
        if start is not None:  # from X to _____
            other = others.get(start.start(1))
    if other is None:
        return None, None
    clause = before[: before.rfind(" from ")] if blank_is_start else before
    move = _MOVE.search(clause)
    if move is None:
        return None, None
    rising = move.group("up") is not None
    if rising != blank_is_start:  # rose to _____ / fell from _____: above the other figure
        return other.value, None
    return None, other.value
