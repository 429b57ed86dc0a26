"""Time words a card can do without.

Judged blind, "on Tuesday", "now" and "in early trading" fail a card of an undated article:
the reader cannot tell when that was. Such words only place an event the card already names
("Shares in Exel closed up 5% on Tuesday"), so when the article has no date they are taken out
rather than the card dropped. Words that say which period a figure covers ("last year", "in
December", "the fourth quarter") change the fact and stay; `trust.prompt_problem` judges them.
In a dated article "this year" is written out as the year (`year_written_out`).
"""

import re
from collections.abc import Callable
from datetime import date, timedelta

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?: (?:morning|afternoon|evening|night))?"
_WHEN = (
    rf"(?:(?:late|early) )?on {_DAY}{_PART}|{_DAY} (?:morning|afternoon|evening|night)"
    r"|yesterday|last night|today|in (?:early|morning|afternoon|late|midday) trad(?:e|ing)"
    r"|at present|currently|now|(?:earlier |later )?(?:this|last) week"
    r"|by (?:late |early |mid-?)?(?:morning|afternoon|midday)(?: in [A-Z]\w+)?"
    # the dateline's city, which the corpus drops: "a speech at the Congress here"
    r"|here(?! (?:is|are|was|were)\b)"
)
_WEEKDAY = re.compile(rf"\b{_DAY}\b")
_NEW_PHRASE = re.compile(
    r" (?:off|up|down|after|while|but|as|which|when|with|despite|compared|against|although)\b"
    r"| [a-z]+ing\b"  # "dubbed Qatargas-2, on Monday, taking 5 million tonnes": a phrase of its own
)
PAPER_ON_SUNDAY = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) on Sunday\b")  # "The Mail on Sunday"
_STRANDED = re.compile(r"\b(?:[Oo]n|[Aa]t|[Bb]y|[Ii]n|[Ff]rom|[Ss]ince|[Uu]ntil)(?:[,.;]|$)")
_PREFIX = re.compile(r'^(?:True or false\? |From the story "[^"]*": )+')
# "On Tuesday, Exel said ..." / "Currently, ..." at the start of the sentence
_OPENING = re.compile(rf"^(?:{_WHEN}),? (?=\S)", re.IGNORECASE)
# "..., on Tuesday, ..." / "... said on Tuesday that ..." / "... closed up 5% on Tuesday."
_INSIDE = re.compile(
    rf"(?:,)? (?:{_WHEN})(?! (?:morning|afternoon|evening|night)\b)(?=,| that\b| [a-z]| ?[.?!]$|$)"
)  # never "said night Enrico Bondi" from "said on Wednesday night Enrico Bondi"
# "now" and "currently" also sit between an auxiliary and its verb: "is now expected"
_NOT_TIME = re.compile(
    r"\b(?:by|until|till|from|for|up to|right|just|even) now\b|\bnow that\b", re.IGNORECASE
)


def without_relative_time(prompt: str, answer: str) -> str:
    """The prompt without time words that need the article's date, where they can go without
    changing what is asked; unchanged when the answer or a blank sits inside them."""
    if _NOT_TIME.search(prompt) or len(_WEEKDAY.findall(prompt)) > 1:
        return prompt  # "65 flights on Sunday, 180 on Monday": cut, the figures lose their days
    lead = _PREFIX.match(prompt)  # "True or false? On Saturday, ..." opens after the prefix
    prefix = lead.group() if lead else ""
    text = prompt[len(prefix) :]
    opening = _OPENING.match(text)
    if (
        opening is not None
        and "_" not in opening.group()
        and not (answer and answer in opening.group())
    ):
        rest = text[opening.end() :]
        text = rest[:1].upper() + rest[1:]
    pieces: list[str] = []
    last = 0
    for match in _INSIDE.finditer(text):
        if "_" in match.group() or (answer and answer in match.group()):
            continue
        if any(paper.end() == match.end() for paper in PAPER_ON_SUNDAY.finditer(text)):
            continue  # "The Mail on Sunday", "Scotland on Sunday": a newspaper's name
        end = match.end()
        kept = ""
        if match.group().startswith(","):
            if text[end : end + 1] == ",":
                if not _NEW_PHRASE.match(text, end + 1):
                    end += 1  # "Exel, on Tuesday, said" -> "Exel said"
                # "up 1/8, in morning trade, off the high" keeps the comma after: two phrases
            elif text[end : end + 1] not in {"", ".", "?", "!"}:
                kept = ","  # "Oil fell, on Tuesday that ..." keeps the sentence's comma
        pieces.append(text[last : match.start()] + kept)
        last = end
    pieces.append(text[last:])
    text = re.sub(r" {2,}", " ", "".join(pieces)).replace(" ,", ",")
    if not text.strip() or _STRANDED.search(text):
        return prompt  # "On, a spokeswoman said": something was cut that should not be
    return prefix + text


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ON_DAY = re.compile(rf"\b([Oo]n) ({_DAY})\b(?!,? \d| \w+ \d)")


def anchor_weekdays(prompt: str, published: date | None) -> str:
    """ "on Tuesday" in an article published on Friday 20 November 2026 is "on Tuesday 17
    November 2026": the latest such day up to publication."""
    if published is None:
        return prompt

    def dated(match: re.Match[str]) -> str:
        back = (published.weekday() - _DAYS.index(match.group(2))) % 7
        day = published - timedelta(days=back)
        return f"{match.group(1)} {match.group(2)} {day.day} {day:%B %Y}"

    return _ON_DAY.sub(dated, prompt)


def reference_year(published_year: int | None, text: str) -> int | None:
    """The article's "this year": its publication year, or None when the date is unknown.

    Guessing from the dates an article mentions was tried and rejected: a 2005 story about
    June 2004 events turned "next year" into the wrong year. `text` is kept for callers.
    """
    del text
    return published_year


def year_written_out(ref_year: int) -> Callable[[re.Match[str]], str]:
    """The replacement for `reference_patterns.YEAR_REL`: "this year" -> "in 2005", "last
    year's" -> "2004's", for an article published in `ref_year`."""

    def sub(match: re.Match[str]) -> str:
        which = match.group(2) or match.group(5)
        shift = {"this": 0, "last": -1, "next": 1}[which.lower()]
        year = str(ref_year + shift)
        if match.group(4):
            return f"in {match.group(4)} {year}"
        if match.group(3):
            return year + "'s"
        if match.group(1):
            return f"{match.group(1)} in {year}"
        return f"in {year}"

    return sub
