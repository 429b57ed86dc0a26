"""Literal text for card and article content: markup in a deck never styles or acts."""

import re
from collections.abc import Iterable

from rich.text import Text

from newsquiz.models import Card, NumericCard
from newsquiz.printable import printable


def literal(text: str, style: str = "") -> Text:
    """`text` exactly as written: `[bold]`, `[link=...]` and `[@click=...]` stay characters,
    and escape sequences show as `\\u001b...` instead of acting on the terminal."""
    return Text(printable(text), style=style, end="")


def _needles(card: Card) -> list[str]:
    needles = [card.answer, *card.accepted]
    if isinstance(card, NumericCard):
        needles.append(f"{card.value:g}")
        needles.append(f"{card.value:,.0f}" if card.value == int(card.value) else "")
    words = re.sub(r"^(about|around|approximately|roughly)\s+", "", card.answer, flags=re.I)
    needles.append(words)
    return sorted({n for n in needles if len(n.strip()) >= 2}, key=len, reverse=True)


def emphasize(sentence: str, needles: Iterable[str], style: str = "bold reverse") -> Text:
    """The sentence, literal, with the first occurrence of the longest matching needle styled."""
    text = literal(sentence)
    folded = text.plain.casefold()  # found in the text as shown: escapes change offsets
    for needle in map(printable, needles):
        start = folded.find(needle.casefold())
        if start >= 0:
            text.stylize(style, start, start + len(needle))
            break
    return text


def evidence_text(card: Card) -> Text | None:
    """The card's evidence sentence with the answer emphasized, or None without evidence."""
    if card.evidence is None:
        return None
    return emphasize(card.evidence.sentence, _needles(card))
