"""Quotations attributed to a named speaker: "Who said ...?" cards for quote-heavy articles.

Only a sentence that holds one whole quotation and names exactly one person, in full, as its
speaker ("...," said Hugh Morgan Williams, chair of ...; Jane Doe said: "...") is used, or
names no person and has an organization as its whole attribution ("...," the Fed said). The
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
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr) [A-Z][\w'-]+")
_SPEAKER_LEAD = re.compile(r"^(?:(?:[A-Z][\w&'-]*|of|the|and|for) ){0,6}$")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, the person who said it, and where that name sits in the sentence."""

    quote: str
    speaker: str
    kind: str  # person | org
    sentence: Sentence
    start: int  # of the speaker's name in the sentence text
    end: int
    surface: str  # how the sentence names the speaker ("Mr Dein" for David Dein)


def _speaker(rest: str, offset: int, named: list[Mention]) -> Mention | None:
    """The one person (or organization) named in `rest`, with at most a few title words
    before a person's name ("chief executive Jane Doe") and nothing around an organization's
    but "the" ("the Fed said")."""
    inside = [m for m in named if m.start >= offset and m.end <= offset + len(rest)]
    people = [m for m in inside if m.kind == "person"]
    inside = people or inside  # "said Jane Doe, Kraft senior vice president": Jane Doe
    if len(inside) != 1:
        return None
    mention = inside[0]
    if mention.surface != mention.name and not _HONORIFIC.fullmatch(mention.surface):
        return None  # "Mr Dein" is a known person's name; a bare "Dein" is not used
    lead = rest[: mention.start - offset]
    if mention.kind == "person":
        return mention if _SPEAKER_LEAD.match(lead) else None
    tail = rest[mention.end - offset :]
    return mention if lead in {"", "the "} and not tail.strip() else None


def find_quote(sentence: Sentence, index: EntityIndex) -> Quote | None:
    """The attributed quotation in `sentence`, or None when it is not clear-cut."""
    text = sentence.text
    if text.count('"') != 2:
        return None
    named = [m for m in index.mentions(text) if m.kind in {"person", "org"}]
    if len({m.name for m in named if m.kind == "person"}) > 1:
        return None
    for pattern in (_QUOTE_FIRST_VERB, _QUOTE_FIRST_NAME, _NAME_FIRST):
        match = pattern.match(text)
        if match is not None:
            break
    else:
        return None
    speaker = _speaker(match.group("rest"), match.start("rest"), named)
    quote = match.group("quote").strip().rstrip(",")
    if speaker is None or not 4 <= len(quote.split()) <= 30:
        return None
    if speaker.kind == "org" and any(m.kind == "person" for m in named):
        return None
    if "..." in quote or _UNBOUND.search(quote) or not quote[:1].isupper():
        return None
    if any(part in quote for part in speaker.name.split() if len(part) > 2):
        return None
    return Quote(
        quote, speaker.name, speaker.kind, sentence, speaker.start, speaker.end, speaker.surface
    )


def find_quotes(sentences: list[Sentence], index: EntityIndex) -> list[Quote]:
    """Every clear-cut attributed quotation of the article, in article order."""
    return [q for q in (find_quote(s, index) for s in sentences) if q is not None]
