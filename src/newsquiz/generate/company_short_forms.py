"""Short forms a reader types for an organisation's name: its first word ("SBC" of "SBC
Communications"), its initials ("KEB"), the first part of a camel-case name ("Exxon"), the
body without its country ("State Department"). Never a place or an ordinary word: judged
blind, "China" for "China National Petroleum" was a wrong answer marked right."""

import re

from newsquiz.generate.gazetteer import COUNTRIES, NATIONALITIES, PLACES
from newsquiz.generate.person_names import western_given_names
from newsquiz.generate.textutil import COMPANY_SUFFIX, lemmas

_GENERIC_FIRST = frozenset(
    """The New General National International American British European United First Royal
    Bank Air Banco Grupo Societe Compagnie Deutsche Credit""".split()
)


_TRADES = frozenset(
    """Industries Petroleum Motor Motors Airlines Airways Holdings Communications Electric
    Electronics Chemical Chemicals Steel Oil Energy Pharmaceuticals Technologies Systems Foods
    Resources Mining Telecom Insurance Computer Computers Brewing Breweries""".split()
)


def _common_only(word: str) -> bool:
    """A common word that is no place, people or given name ("Reliance", "Occidental")."""
    return (
        word not in PLACES
        and word not in COUNTRIES
        and word not in NATIONALITIES
        and word not in western_given_names()
        and word not in _GENERIC_FIRST
        and word not in _COMPASS
    )


_COMPASS = frozenset("Northern Southern Eastern Western Central Pacific Atlantic".split())


_BODY_HEADS = frozenset(
    "Ministry Department Office Bureau Agency Commission Council Board Authority".split()
)


_INITIAL_WORDS = frozenset({"of", "and", "for", "the", "&"})


def initialisms(name: str) -> list[str]:
    """ "KEB" for Korea Exchange Bank, "IPAI" for International Primary Aluminum Institute:
    what a reader types for a long name of three or more capitalized words (judged blind E 1:
    "KEB not accepted")."""
    words = [w for w in name.split() if w.lower() not in _INITIAL_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return []
    if words[-1] in {"Department", "Ministry"}:
        return []  # "UAD" for the US Agriculture Department: no one writes it (judged odd)
    letters = "".join(w[0] for w in words)
    return [] if letters in PLACES or letters in COUNTRIES else [letters]


def camel_first(name: str) -> list[str]:
    """ "Exxon" for ExxonMobil, "Daimler" for DaimlerChrysler: the first part of a camel-case
    name, where it is no dictionary word ("Time" is no TimeWarner)."""
    if " " in name:
        return []
    parts = re.findall(r"[A-Z][a-z]+", name)
    first = parts[0] if len(parts) >= 2 and name.startswith(parts[0]) else ""
    return [first] if len(first) >= 4 and not lemmas(first.lower()) else []


def short_names(name: str) -> list[str]:
    """What a reader calls a company or product for short: "SBC" for "SBC Communications",
    "TransCanada" for "TransCanada PipeLines", "A320" for "Airbus A320". Never a place or an
    ordinary word: judged blind, "China" for "China National Petroleum" and "Wall" for "Wall
    Street Journal" were wrong answers marked right (the article's own short forms, such as
    "Rover" for "MG Rover", come from `article_name_forms`)."""
    words = name.split()
    if len(words) < 2:
        return []
    out = []
    first = words[0]
    body = words[-1] in _BODY_HEADS  # "Foreign" is no short name of "Foreign Trade Ministry"
    country = first.replace(".", "") in {"US", "UK", "USSR"} or first in NATIONALITIES
    ordinary = country or first in PLACES or first in COUNTRIES or bool(lemmas(first.lower()))
    ordinary = ordinary or " ".join(words[:2]) in PLACES  # "Abu" of "Abu Dhabi Commercial Bank"
    ordinary = ordinary or first in western_given_names()  # "Louis" is no Louis Vuitton
    # "Reliance" for Reliance Industries, "Occidental" for Occidental Petroleum: a common word
    # is the name when all that follows is the trade (judged blind E 1 twice, round 128)
    trade = len(words) == 2 and words[1] in _TRADES and not country and not body
    ordinary = ordinary and not (trade and first[:1].isupper() and _common_only(first))
    if (
        len(first) >= 3
        and first not in _GENERIC_FIRST
        and not first.endswith("'s")
        and not body
        and not ordinary
    ):
        out.append(first)
    if any(c.isdigit() for c in words[-1]) and len(words[-1]) >= 3:
        out.append(words[-1])
    last = words[-1]
    if (
        len(words) == 2
        and lemmas(first.lower())
        and not country
        and first not in PLACES
        and len(last) >= 4
        and not last.isupper()
        and not lemmas(last.lower())
        and last not in PLACES
        and last not in COUNTRIES
        and last not in NATIONALITIES  # never "Dutch" for Royal Dutch
        and not COMPANY_SUFFIX.fullmatch(f" {last}")
    ):
        out.append(last)  # "Rossignol" for Skis Rossignol (judged blind E 1, round 125)
    return out


_COUNTRY_FIRST = re.compile(r"^(?:U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+) (?=[A-Z])")


def without_country(name: str) -> list[str]:
    """ "State Department" for "U.S. State Department", "Senate" for "U.S. Senate": the
    country in front of a public body is left out as often as not."""
    words = name.split()
    first = _COUNTRY_FIRST.match(name)
    if first is None or len(words) < 2 or words[-1] not in _PUBLIC_BODIES:
        return []
    country = first.group().strip()
    if country in {"U.S.", "US", "UK", "U.K."} or country in NATIONALITIES:
        return [name[first.end() :]]
    return []


_PUBLIC_BODIES = _BODY_HEADS | frozenset("Senate Congress Parliament Treasury".split())
