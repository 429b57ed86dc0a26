"""Sentence splitting that survives abbreviations (U.S., Mr., Inc., No.), decimals and initials."""

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its character span in the article text."""

    text: str
    start: int
    end: int
    index: int
    paragraph: int


_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "plc",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "feb",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gov",
        "gen",
        "col",
        "sen",
        "rep",
        "rev",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "bros",
        "mt",
        "ft",
        "op",
        "cf",
        "al",
        "ave",
        "blvd",
    ]
)
# A run of punctuation is matched from its first mark only, possessively: a run of dots
# with no sentence after it is scanned once, not once per dot.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"')\]]*+(?=\s++[\"'(\[]?[A-Z0-9])")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")


def _last_token(block: str, start: int, end: int) -> str:
    """The non-space characters right before `end` (not before `start`), found by walking
    back: searching the whole sentence so far for each full stop would be quadratic.
    A newline right before `end` is skipped, as the regex `(\\S+)$` did."""
    if end > start and block[end - 1] == "\n":
        end -= 1
    begin = end
    while begin > start and not block[begin - 1].isspace():
        begin -= 1
    return block[begin:end]


def _is_abbreviation(block: str, start: int, end: int) -> bool:
    token = _last_token(block, start, end).lstrip("(\"'").rstrip(".").lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    # single initials ("J.") and dotted acronyms ("U.S", "a.m") are not sentence ends
    return len(token) == 1 and token.isalpha() or bool(_ACRONYM.fullmatch(token))


def split_sentences(text: str) -> list[Sentence]:
    """Split article text (paragraphs separated by blank lines) into sentences with spans."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, block in enumerate(text.split("\n\n")):
        start = 0
        for match in _BOUNDARY.finditer(block):
            end = match.end()
            punct_at = match.start()
            if block[punct_at] == "." and _is_abbreviation(block, start, punct_at):
                continue
            _add(sentences, block, start, end, offset, paragraph)
            start = end
        _add(sentences, block, start, len(block), offset, paragraph)
        offset += len(block) + 2
    return sentences


def _add(out: list[Sentence], block: str, start: int, end: int, offset: int, para: int) -> None:
    piece = block[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    out.append(Sentence(stripped, begin, begin + len(stripped), len(out), para))
