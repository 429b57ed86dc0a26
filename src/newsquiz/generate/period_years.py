"""The year of a period the card names without one, when the article gives it elsewhere.

"Revenues rose 4.7% in the fourth quarter" fails a blind reader of an undated article: which
fourth quarter? When the article writes that period with a year somewhere else ("the fourth
quarter of 2004", "November 2004") and with only that year, the card says it too. A period
the article gives with two different years, or never with a year, is left to
`trust.prompt_problem`.
"""

import re
from datetime import date
from functools import lru_cache

from newsquiz.generate.quantities import MONTHS

_ORDINAL = r"(?:first|second|third|fourth|final)"
_MONTH = "|".join(MONTHS)
YEAR = r"(?:19|20)\d\d"
_YEAR_WRITTEN = 2  # times the story's year must be written to date a bare period
# the article's own "fourth quarter of 2004", "2004 fourth quarter", "November 2004"
_QUARTER_WITH_YEAR = re.compile(
    rf"\b(?P<period>{_ORDINAL} (?:quarter|half))(?: of| ended [A-Z]\w+ \d{{1,2}},?)? "
    rf"(?P<year>{YEAR})\b"
    rf"|\b(?P<year2>{YEAR}) (?P<period2>{_ORDINAL} (?:quarter|half))\b",
    re.IGNORECASE,
)
_MONTH_WITH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})(?: \d{{1,2}},?)? (?P<year>{YEAR})\b")
# the card's bare "in the fourth quarter", "in November"
_BARE_QUARTER = re.compile(
    rf"\b(?P<period>{_ORDINAL} (?:quarter|half))\b(?! of \d| ended| (?:19|20)\d\d)",
    re.IGNORECASE,
)
# "in January" with no year, in a card of a dated (`anchor_months`) or undated article
_BARE_MONTH = re.compile(
    rf"\b(?P<preposition>in|since|until|by|from|for|during|of|to) (?P<month>{_MONTH})\b"
    r"(?!,? (?:\d{1,2},? )?\d{4})"
)


# a story reports the months just before its day: how far after the latest month it dates a
# bare month may lie and still be dated from it
_MONTHS_AHEAD = 2
_COUNTED_FROM = re.compile(r"\b(?:since|until|till|by|before)\s$")
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|compared with|against|versus|since)\b(?:[^.;]|\.(?=\d)){0,30}$"
)


@lru_cache(maxsize=8)
def _latest_year(text: str) -> str | None:
    """The latest year the article writes, if it writes it at least twice: a story that
    writes "November 2003" once and never its own year (2004) has no year to give a bare
    "in November" (judged blind: a C failure). A forecast's "by 2010" makes it 2010, and then
    no bare period is dated: the safe side."""
    found = [int(y) for y in re.findall(rf"(?<![\d.,]){YEAR}(?![\d%])", text)]
    if not found:
        return None
    latest = max(found)
    return str(latest) if found.count(latest) >= _YEAR_WRITTEN else None


@lru_cache(maxsize=8)
def _years(text: str) -> dict[str, frozenset[str]]:
    """Each period the article writes with a year -> the years it writes it with."""
    found: dict[str, set[str]] = {}
    for match in _QUARTER_WITH_YEAR.finditer(text):
        if _COMPARED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        period = (match.group("period") or match.group("period2")).lower()
        found.setdefault(period, set()).add(match.group("year") or match.group("year2"))
    for match in _MONTH_WITH_YEAR.finditer(text):
        if _COMPARED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "down from £2.6bn in January 2004": last year's January, not this one
        found.setdefault(match.group("month"), set()).add(match.group("year"))
    return {period: frozenset(years) for period, years in found.items()}


@lru_cache(maxsize=8)
def _latest_month(text: str) -> tuple[int, int] | None:
    """(year, month) of the latest month the article dates, never one it compares against
    ("down from January 2004") or counts from ("the lowest since June 2001")."""
    found = [
        (int(match.group("year")), MONTHS.index(match.group("month")) + 1)
        for match in _MONTH_WITH_YEAR.finditer(text)
        if not _COMPARED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        and not _COUNTED_FROM.search(text, max(0, match.start() - 12), match.start())
    ]
    return max(found) if found else None


def _month_after(name: str, dated: tuple[int, int] | None) -> str | None:
    """The year of a bare month just after the latest month the story dates. A story writes
    the year of a month that is not its own year's ("revised the gains in December 2004")
    and none for its own months: "January" after it is January 2005. A month further on, or
    the same month ("November 2003" once, "in November" the story's own), gives none."""
    if dated is None:
        return None
    year, last = dated
    ahead = (MONTHS.index(name) + 1 - last) % 12
    return str(year + (ahead > 12 - last)) if 0 < ahead <= _MONTHS_AHEAD else None


def with_period_years(prompt: str, article_text: str) -> str:
    """`prompt` with the year of each bare period the article dates one way only."""
    years = _years(article_text)
    if re.search(YEAR, prompt):
        return prompt  # a card that names a year already says which period it means
    latest = _latest_year(article_text)

    def only(known: frozenset[str]) -> str | None:
        """The period's one year, if it is also the story's latest: "November 2003" written
        once in a story of 2004 says nothing of a bare "in November" (judged blind: C)."""
        return next(iter(known)) if len(known) == 1 and latest in known else None

    def quarter(match: re.Match[str]) -> str:
        year = only(years.get(match.group("period").lower(), frozenset()))
        return f"{match.group()} of {year}" if year else match.group()

    def month(match: re.Match[str]) -> str:
        year = only(years.get(match.group("month"), frozenset()))
        if year is None:
            year = _month_after(match.group("month"), _latest_month(article_text))
        return f"{match.group()} {year}" if year else match.group()

    return _BARE_MONTH.sub(month, _BARE_QUARTER.sub(quarter, prompt))


# "will", "plans to", "is due to": a month ahead of the article's date, not behind it
_AHEAD = re.compile(
    r"\b(?:will|would|shall|plans?(?: to)?|planned to|is to|are to|due to|due|expects? to"
    r"|expected to|scheduled|aims? to|intends? to|set to|is to be|are to be)\b"
)
_AHEAD_REACH = 80  # characters before the month the tense is read from


def anchor_months(prompt: str, published: date | None) -> str:
    """ "in January" in an article published in March 2005 is January 2005; in one published
    in February 2005, December is December 2004 (the latest such month up to publication)."""
    if published is None:
        return prompt

    def year_of(match: re.Match[str]) -> str:
        month = MONTHS.index(match.group("month")) + 1
        if _AHEAD.search(prompt, max(0, match.start() - _AHEAD_REACH), match.start()):
            # "plans to list its unit in September", published in March 2005: the coming one
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return f"{match.group()} {year}"

    return _BARE_MONTH.sub(year_of, prompt)
