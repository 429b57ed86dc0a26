"""Whose figure a bare subject is: "Net profit rose 5%" in a story about one company is that
company's profit, "Inflation fell" in a story about one country that country's.

Judged blind, a card whose subject only the headline names fails; the resolver asks here
before it falls back to putting the headline in front.
"""

import re

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.textutil import count_word

_BY_COMPANY = re.compile(
    r"^(?:The )?((?:(?:annual|quarterly|full-year|half-year|first-half|net|pre-tax|operating|"
    r"total|underlying|group) )*(?:profits?|sales|revenues?|turnover|earnings|losses|shares|"
    r"share price|debts?|workforce|dividend|market share|order book|margins?))\b(?! of\b| in\b)",
    re.I,
)
_BY_COUNTRY = re.compile(
    r"^(?:The )?((?:(?:annual|monthly|quarterly|consumer price) )*(?:inflation|unemployment|"
    r"jobless rate|trade (?:surplus|deficit)|current account (?:surplus|deficit)|budget deficit|"
    r"economy|economic growth|exports|imports|industrial output|industrial production))"
    r"\b(?! of\b| in\b)",
    re.I,
)


def owned_subject(text: str, index: EntityIndex, headline: str) -> str | None:
    """ "Net profit rose 5%" -> "Acme's net profit rose 5%" when the article names one
    company and nothing else; "Inflation fell" -> "Kenya's inflation fell" when it names
    one country. Anything less certain keeps the sentence as it was."""
    company = _BY_COMPANY.match(text)
    national = _BY_COUNTRY.match(text) if company is None else None
    match = company or national
    if match is None:
        return None
    kind = "org" if company is not None else "place"
    everyone = [e for e in index.entities.values() if e.kind == kind and not e.media]
    if len(everyone) != 1:
        return None  # two companies (or countries): whose profit is not certain
    owner = everyone[0]
    named = any(count_word(headline, name) for name in owner.aliases | {owner.name})
    if not (named or owner.mentions >= 2) or (kind == "org" and not owner.strong):
        return None
    phrase = match.group(1)
    owned = phrase[:1].lower() + phrase[1:] if not phrase[:3].isupper() else phrase
    return f"{owner.name}'s {owned}{text[match.end(1) :]}"
