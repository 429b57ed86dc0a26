"""The period a results story reports, carried into a card that states a result without one.

Judged blind, "Inbev's net profits were up 42% to _____." failed B: which year's profits? A
results story writes its period where it opens ("Inbev reported ... for 2004", "Deutsche
Telekom's fourth-quarter profit of 2004") and then leaves it out. When every results sentence
of the article that states a period states the same one, and no forecast is in sight, a card
stating a result with no time of its own gets it ("... to _____ in 2004.").
"""

import re
from functools import lru_cache

from newsquiz.generate.period_years import YEAR as _YEAR
from newsquiz.generate.quantities import MONTHS

RESULT = re.compile(
    r"\b(?:profits?|sales|revenues?|turnover|earnings|losses|loss|net income|income)\b", re.I
)
# any time of its own: a year, a month, a quarter, a season of trading, a span
TIMED = re.compile(
    rf"\b{_YEAR}\b|\b(?:{'|'.join(MONTHS)})\b"
    r"|\b(?:quarter|half|annual|annually|full[- ]year|fiscal|financial year"
    r"|year|month|week|season|Christmas|period|months|days|today|yesterday|now|currently)\b",
    re.I,
)
_FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|predict\w*|will|would|could|may|might|target\w*"
    r"|outlook|sees|estimates?|hopes?|plans?|aims?|likely)\b",
    re.I,
)
_COMPARED = re.compile(r"\b(?:from|compared|against|versus|than|a year)\b")
_ORDINAL = r"(?:first|second|third|fourth)"
_STATED = re.compile(
    rf"\b(?P<quarter>{_ORDINAL})[- ]quarter\b"
    rf"(?: (?:of |ended \w+ \d{{1,2}},? )?(?P<qyear>{_YEAR}))?"
    rf"|\b(?:in|for|during|over) (?P<year>{_YEAR})\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_ATTRIBUTION = re.compile(
    r",[^,]{1,60}\b(?:said|says|added|reported|announced)\.$"
    r"|, (?:however|though|too|as well|meanwhile)\.$"  # "... profit news, however."
)


@lru_cache(maxsize=8)
def story_period(text: str) -> str | None:
    """ "in 2004" or "in the fourth quarter of 2004": the one period the article's results
    sentences state, or None when they state none, or two, or speak of forecasts."""
    found: set[str] = set()
    for sentence in _SENTENCE.findall(" ".join(text.split())):
        if not RESULT.search(sentence) or _FORECAST.search(sentence):
            continue
        for match in _STATED.finditer(sentence):
            if _COMPARED.search(sentence[max(0, match.start() - 40) : match.start()]):
                continue  # "up from 798m euros in 2003": the year compared with
            if match.group("quarter"):
                if not match.group("qyear"):
                    return None  # "the fourth quarter" of which year: no period to carry
                quarter = match.group("quarter").lower()
                found.add(f"in the {quarter} quarter of {match.group('qyear')}")
            else:
                found.add(f"in {match.group('year')}")
    if len(found) != 1:
        return None
    return next(iter(found))


def with_story_period(prompt: str, text: str) -> str:
    """The prompt with the story's results period, when it states a result with no time of
    its own, no comparison the period could be misread onto, and no forecast."""
    statement = prompt.removeprefix("True or false? ")
    if not RESULT.search(statement) or TIMED.search(statement) or _FORECAST.search(statement):
        return prompt
    if _COMPARED.search(statement) or not statement.endswith("."):
        return prompt
    period = story_period(text)
    if period is None:
        return prompt
    attribution = _ATTRIBUTION.search(prompt)
    at = attribution.start() if attribution is not None else len(prompt) - 1
    return f"{prompt[:at]} {period}{prompt[at:]}"
