"""Quotations attributed to a named speaker: "Who said ...?" cards for quote-heavy articles.

Only a sentence that holds one whole quotation and names exactly one person, in full, as its
speaker ("...," said Hugh Morgan Williams, chair of ...; Jane Doe said: "...") is used. The
quotation must stand on its own: no "he", "it", "they" or "this" whose referent is elsewhere,
no ellipsis, no part of the speaker's name.
"""

import re
from dataclasses import dataclass

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.names import Mention
from newsquiz.generate.segment import Sentence

_SPEECH = r"(?:said|says|added|adds|explained|warned|argued|insisted|told (?:the )?[A-Z][\w&' -]*?)"
# "...," said [title words] Name[, ...].
_QUOTE_FIRST_VERB = re.compile(rf'^"(?P<quote>[^"]+?),?" {_SPEECH} (?P<rest>[^"]+)\.$')
# "...," Name said.
_QUOTE_FIRST_NAME = re.compile(rf'^"(?P<quote>[^"]+?),?" (?P<rest>[^"]+?) {_SPEECH}\.$')
# Name[, title,] said: "...".
_NAME_FIRST = re.compile(rf'^(?P<rest>[^"]+?) {_SPEECH}:? "(?P<quote>[^"]+?)[.!]?"\.?$')
_UNBOUND = re.compile(
    r"\b(?:he|she|him|his|her|hers|it|its|they|them|their|theirs|this|these|those|there|"
    r"then|that one|so|such)\b",
    re.I,
)
_SPEAKER_LEAD = re.compile(r"^(?:(?:[A-Z][\w&'-]*|of|the|and|for) ){0,6}$")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, the person who said it, and where that name sits in the sentence."""

    quote: str
    speaker: str
    sentence: Sentence
    start: int  # of the speaker's name in the sentence text
    end: int


def _speaker(rest: str, offset: int, people: list[Mention]) -> Mention | None:
    """The one person named in `rest` (at most a few title words before the name)."""
    inside = [m for m in people if m.start >= offset and m.end <= offset + len(rest)]
    if len(inside) != 1:
        return None
    mention = inside[0]
    if mention.surface != mention.name or not _SPEAKER_LEAD.match(rest[: mention.start - offset]):
        return None
    return mention


def find_quote(sentence: Sentence, index: EntityIndex) -> Quote | None:
    """The attributed quotation in `sentence`, or None when it is not clear-cut."""
    text = sentence.text
    if text.count('"') != 2:
        return None
    mentions = index.mentions(text)
    people = [m for m in mentions if m.kind == "person"]
    if len({m.name for m in people}) != 1:
        return None
    for pattern in (_QUOTE_FIRST_VERB, _QUOTE_FIRST_NAME, _NAME_FIRST):
        match = pattern.match(text)
        if match is not None:
            break
    else:
        return None
    speaker = _speaker(match.group("rest"), match.start("rest"), people)
    quote = match.group("quote").strip().rstrip(",")
    if speaker is None or not 4 <= len(quote.split()) <= 30:
        return None
    if "..." in quote or _UNBOUND.search(quote) or not quote[:1].isupper():
        return None
    if any(part in quote for part in speaker.name.split() if len(part) > 2):
        return None
    return Quote(quote, speaker.name, sentence, speaker.start, speaker.end)


def find_quotes(sentences: list[Sentence], index: EntityIndex) -> list[Quote]:
    """Every clear-cut attributed quotation of the article, in article order."""
    return [q for q in (find_quote(s, index) for s in sentences) if q is not None]
