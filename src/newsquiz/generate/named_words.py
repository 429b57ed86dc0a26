"""Whether a sentence's names carry what it refers to: a pronoun with a name before it, a
description with a name in it, a name the extractor could not place."""

import re

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES, NOT_NAMES, PLACES
from newsquiz.generate.names import Mention
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.reference_patterns import NAMED, NOT_PROPER, PRONOUN

_NO_NAME = NOT_PROPER | NOT_NAMES | PLACES | NATIONALITIES  # capitalized, but placed or no name


def names_something(text: str) -> bool:
    """A proper name (not a figure, not the first word) appears in the text."""
    plain = text
    for q in find_quantities(text):
        plain = plain.replace(q.text, " ")
    return any(m.group() not in NOT_PROPER for m in NAMED.finditer(plain, 1))


# "At a conference hosted by Gordon Brown, he said ...": the subject after a fronted phrase
# is not someone named inside it (judged blind: "he" is India's minister, not Brown)
_FRONTED = re.compile(
    r"^(?:True or false\? )?(?:At|In|On|During|After|Before|Under|Without|With|Despite"
    r"|Following|Speaking|Addressing|Unlike|Like|Amid|Since|Until|While|When) [^,;\"]+, "
    r"(?=(?:he|she|it|they) )"
)
# "the Otoku marketing spend": a capitalized word between "the" and a noun describes it
_ATTRIBUTIVE = re.compile(r"(?<=\bthe )[A-Z][\w-]*(?= [a-z])")


def fronted_end(text: str) -> int | None:
    """Where the subject after a fronted phrase starts, if the text opens on one: a pronoun
    there has no antecedent inside that phrase."""
    match = _FRONTED.match(text)
    return match.end() if match else None


_ACCORDING_TO = re.compile(r"[Aa]ccording to (?:the )?$")
_PLURAL_SAID = re.compile(
    r"^(?:[A-Z][\w-]* )?(?:[a-z][\w-]* )?[A-Za-z]+(?:ers|ors|ists|ants|ents|ians|ials|ats|cers"
    r"|ives|men|people|sources) (?:also )?(?:said|say|told \w+|added) (?:that )?they$"
)


def pronouns_bound(text: str, index: EntityIndex) -> bool:
    """Every pronoun has a named antecedent earlier in the same sentence, outside a fronted
    phrase it is the subject after."""
    mentions = index.mentions(text)
    fronted = fronted_end(text)
    attributive = {m.start() for m in _ATTRIBUTIVE.finditer(text)}
    # "According to Reuters, they plan to seize ...": a news outlet is nobody's antecedent
    sources = [
        m
        for m in mentions
        if m.kind == "org"
        and index.entities[m.name].media
        and _ACCORDING_TO.search(text, max(0, m.start - 20), m.start)
    ]
    attributive |= {m.start for m in sources}
    for match in PRONOUN.finditer(text):
        word = match.group(1).lower()
        if match.start() == fronted:
            return False
        before = [m for m in mentions if m.end <= match.start() and m not in sources]
        if word in {"he", "she", "him", "his", "her", "hers"}:
            if not any(m.kind == "person" for m in before):
                return False
        elif word == "they" and _PLURAL_SAID.search(text, 0, match.end()):
            continue  # "Dealers said they expected ...": the speakers themselves
        elif not before and not any(
            m.group() not in NOT_PROPER and m.start() not in attributive
            for m in NAMED.finditer(text, 1, match.start())
        ):
            return False
    return True


def unknown_name_before(text: str, end: int, index: EntityIndex) -> bool:
    """ "France's Ubisoft ... since Electronic Arts announced plans to buy 19.9% of the firm":
    a name the extractor did not place may be the firm (judged blind: the article's main
    company put there was a C failure)."""
    known = [(m.start, m.end) for m in index.mentions(text)]
    for found in NAMED.finditer(text, 1, end):
        inside = any(a <= found.start() < b for a, b in known)
        if not inside and found.group().removesuffix("'s") not in _NO_NAME:
            return True
    return False


_SUBJECT_VERB = re.compile(
    r"([A-Z][\w&.'-]+(?: [A-Z][\w&.'-]+){0,3}) (?:had|has|is|was|said|says|made|makes"
    r"|reported|posted|saw|sees|will|would|expects|plans)\b"
)


def opens_on_unplaced_name(text: str, mentions: tuple[Mention, ...]) -> bool:
    """A sentence opening on a name the extractor did not place ("Travelers had sales")."""
    match = _SUBJECT_VERB.match(text)
    if match is None or match.group(1).split()[0] in NOT_NAMES:
        return False
    return not any(m.start == 0 for m in mentions)


def first_named(text: str, index: EntityIndex) -> set[str]:
    """People `text` calls by their first name alone: "a decision by Anil - the brother of
    Mukesh Ambani - to resign" names two people, so "His resignation" after it is nobody's
    for certain (judged blind: given to Mukesh, a falsehood)."""
    found = set()
    for entity in index.of_kind("person"):
        words = entity.name.split()
        if len(words) < 2 or words[0] in _NO_NAME or words[0] not in text:
            continue
        if re.search(rf"\b{re.escape(words[0])}\b(?! {re.escape(words[-1])})", text):
            found.add(entity.name)
    return found
