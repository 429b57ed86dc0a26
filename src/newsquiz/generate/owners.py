"""Whose figure a bare subject is: "Net profit rose 5%" in a story about one company is that
company's profit, "Inflation fell" in a story about one country that country's.

Judged blind, a card whose subject only the headline names fails; the resolver asks here
before it falls back to putting the headline in front.
"""

import re

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import COUNTRIES
from newsquiz.generate.names import Entity
from newsquiz.generate.reference_patterns import CONNECTIVE
from newsquiz.generate.textutil import count_word, possessive

_BY_COMPANY = re.compile(
    r"^(?:The )?((?:(?:annual|quarterly|full-year|half-year|first-half|net|pre-tax|operating|"
    r"total|underlying|group|(?:first|second|third|fourth)[- ]quarter) )*"
    r"(?:profits?|sales|revenues?|turnover|earnings|losses|shares|income|"
    r"share price|share trading|debts?|workforce|dividend|market share|order book|margins?))\b"
    r"(?! of\b| in\b(?! the (?:quarter|year|period|(?:first|second|third|fourth) quarter|"
    r"(?:first|second|third|fourth) half|(?:six|nine) months)\b))",
    re.I,
)
_BY_COUNTRY = re.compile(
    r"^(?:The )?((?:(?:annual|monthly|quarterly|consumer price) )*(?:inflation|unemployment|"
    r"(?:trade )?(?:deficit|surplus) with (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?|"
    r"jobless rate|trade (?:surplus|deficit)|current account (?:surplus|deficit)|budget deficit|"
    r"economy|economic growth|exports|imports|industrial output|industrial production"
    r"|(?:crop|grain|cereal|oil|gas|manufacturing|factory) (?:production|output)|harvest"
    r"|gross domestic product|GDP|foreign (?:direct )?investment|retail sales|house prices"
    r"|consumer spending|money supply))"
    r"\b(?! of\b| in\b)",
    re.I,
)
# "In 2003, crop production totalled ...": a dated opening stays in front of the owner
_DATED_OPENING = re.compile(r"^In (?:(?:[A-Z][a-z]+ )?(?:19|20)\d\d|the (?:19|20)\d\ds), ")


def owned_subject(
    text: str,
    index: EntityIndex,
    headline: str,
    previous: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> str | None:
    """ "Net profit rose 5%" -> "Acme's net profit rose 5%" when the article names one
    company, or the story's company (named in the headline) is the only one the sentence
    before named; "Inflation fell" -> "Kenya's inflation fell" likewise for a country.
    A sentence that `named` others later ("Total sales rose 4%, thanks to sales of Carlsberg
    lager") gets the one company the sentence before was about, if it names no other.
    Anything less certain keeps the sentence as it was."""
    text_start = CONNECTIVE.sub("", text, count=1)
    opening = _DATED_OPENING.match(text_start)
    lead = opening.group() if opening else ""
    text_start = text_start[len(lead) :]
    company = _BY_COMPANY.match(text_start)
    national = _BY_COUNTRY.match(text_start) if company is None else None
    match = company or national
    if match is None:
        return None
    kind = "org" if company is not None else "place"
    said = _SAID_BY.search(text_start)
    if said is not None:  # "Share trading will begin ..., the LSE said": the LSE only speaks
        named = frozenset(n for n in named if not _written(n, said.group(1), index))
    if " with " in match.group(1):  # "The deficit with China": China is the partner, not whose
        named = named - {match.group(1).split(" with ", 1)[1].removeprefix("the ")}
    placed = any(name in index.entities and index.entities[name].kind == "place" for name in named)
    if named and (kind == "org" or placed):
        owner = _previous_company(index, previous, named) if kind == "org" else None
    else:  # "In 2003, crop production totalled ..., the FAO report said": the FAO's? no
        owner = _only(index, kind, headline) or _story_owner(index, kind, headline, previous)
    if owner is None or owner.name in text_start:
        return None  # "The losses at General Motors Europe": the sentence says whose
    phrase = match.group(1)
    owned = phrase[:1].lower() + phrase[1:] if not phrase[:3].isupper() else phrase
    owners = owner.name if owner.name.isupper() else possessive(owner.name)  # "US imports"
    if owner.name.isupper() and match.group().startswith("The "):
        owners = f"The {owners}"  # "The US unemployment rate", never "US unemployment rate"
    owned_text = f"{owners} {owned}{text_start[match.end(1) :]}"
    return f"{lead}{owned_text}" if lead else owned_text


_SAID_BY = re.compile(r", ((?:the )?[A-Z][^,]{1,60}?) (?:has |had )?(?:said|says|reported)\.?$")


def _written(name: str, text: str, index: EntityIndex) -> bool:
    entity = index.entities.get(name)
    forms = {name} | (entity.aliases if entity is not None else set())
    return any(count_word(text, form) for form in forms)


def _previous_company(
    index: EntityIndex, previous: frozenset[str], named: frozenset[str]
) -> Entity | None:
    """The one company the sentence before named, when this sentence names no other."""
    companies = {
        name for name in previous if name in index.entities and index.entities[name].kind == "org"
    }
    if len(companies) != 1:
        return None
    owner = index.entities[next(iter(companies))]
    others = {
        name for name in named if name in index.entities and index.entities[name].kind == "org"
    }
    same = {name for name in others if name == owner.name or name in owner.aliases}
    same |= {name for name in others if owner.name.startswith(f"{name} ")}  # "Acme lager"
    if others - same or owner.media or not owner.strong:
        return None
    return owner


def _only(index: EntityIndex, kind: str, headline: str) -> Entity | None:
    """The one company (or place) the article names, if it is named twice or in the headline."""
    everyone = [e for e in index.entities.values() if e.kind == kind and not e.media]
    if len(everyone) != 1:
        return None
    owner = everyone[0]
    named = any(count_word(headline, name) for name in owner.aliases | {owner.name})
    if not (named or owner.mentions >= 2) or (kind == "org" and not owner.strong):
        return None
    return owner


def _story_owner(
    index: EntityIndex, kind: str, headline: str, previous: frozenset[str]
) -> Entity | None:
    """The company (or country) the headline names, when it is the only one of its kind the
    headline names and the sentence before named no other: "Acme profit slumps" ... "Net
    profit fell 12%" is Acme's even in a story that also names its rivals."""
    if kind == "place":  # a country the headline names, an entity of the text or not
        in_headline = {c for c in COUNTRIES if count_word(headline, c)}
    else:
        in_headline = {m.name for m in index.mentions(headline) if m.kind == kind}
        if not in_headline and index.main_org_in_headline and index.main_org is not None:
            in_headline = {index.main_org}  # "National Semiconductor" for "... Corp"
    if len(in_headline) != 1:
        return None
    name = next(iter(in_headline))
    owner = index.entities.get(name) or Entity(name, kind)
    if owner.media or (kind == "org" and not owner.strong):
        return None
    others = {
        name
        for name in previous
        if name in index.entities
        and index.entities[name].kind == kind
        and name != owner.name
        and (kind == "org" or name in COUNTRIES)  # a city names no other country
    }
    return None if others else owner
