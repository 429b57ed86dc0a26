"""People the article calls by a first name alone ("headed by Anil", "his brother Mukesh").

Judged blind, "Reliance Energy, headed by Anil, jumped 7%" and "... which in turn is run by
Mukesh" failed B: a reader without the article does not know who Anil is. Both names had also
been taken for companies, the kind a capitalized word with no cue falls to. A lone word that is
the first name of one person the article names in full is that person; one the article
introduces as a relative ("Mr Ambani and his brother Mukesh") shares that person's surname.
"""

import re

from newsquiz.generate.names import Entity
from newsquiz.generate.textutil import lemmas

_KIN = (
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece|uncle"
    r"|aunt|widow|twin)"
)
# "Mr Ambani and his brother Mukesh", "Ambani's brother Mukesh"
_RELATIVE = re.compile(
    rf"\b(?:his|her|([A-Z][\w'-]+)'s?) (?:(?:elder|younger|older|late) )?"
    rf"{_KIN} ([A-Z][a-z]+)\b(?! [A-Z])"
)
_SURNAME_REACH = 60  # "Mr Ambani and his brother": the surname a "his" points back to


def _lone_word(entity: Entity) -> bool:
    """A one-word name with no cue of its own: no company cue, no title, no alias."""
    return (
        " " not in entity.name
        and entity.kind in {"org", "person"}
        and not (entity.kind == "org" and entity.strong)
        and not entity.aliases
        and not entity.titles
    )


def _by_name_part(entities: dict[str, Entity], part: int) -> dict[str, list[str]]:
    """A part of the name (0: the given name, -1: the surname) -> the people of the article
    named in full who have it."""
    found: dict[str, list[str]] = {}
    for entity in entities.values():
        parts = entity.name.split()
        if entity.kind == "person" and len(parts) >= 2 and not entity.family_first:
            found.setdefault(parts[part], []).append(entity.name)
    return found


def _surnames(entities: dict[str, Entity]) -> dict[str, str]:
    """Surname -> the one person of the article who has it."""
    found = _by_name_part(entities, -1)
    return {surname: names[0] for surname, names in found.items() if len(names) == 1}


def _relatives(entities: dict[str, Entity], text: str) -> dict[str, str]:
    """Given name -> the full name a kinship phrase gives it ("his brother Mukesh" after
    "Mr Ambani": Mukesh Ambani)."""
    surnames = _surnames(entities)
    found: dict[str, str] = {}
    for match in _RELATIVE.finditer(text):
        owner, given = match.group(1), match.group(2)
        if owner is None:  # "his": the surname named just before it
            before = text[max(0, match.start() - _SURNAME_REACH) : match.start()]
            near = [s for s in surnames if re.search(rf"\b{re.escape(s)}\b", before)]
            owner = near[0] if len(near) == 1 else None
        if owner in surnames:
            found.setdefault(given, f"{given} {owner}")
    return found


def _used_alone(given: str, text: str) -> bool:
    """ "headed by Ravi, jumped": the first name alone, inside a sentence (at its start it
    may be any capitalized word), and no English word ("Bill", "Rose")."""
    if lemmas(given.lower()):
        return False
    return re.search(rf"[a-z,] {re.escape(given)}\b(?!'? [A-Z])", text) is not None


def name_people_by_given_name(entities: dict[str, Entity], text: str) -> None:
    """Fold a lone first name into the person it names, or name the relative in full."""
    full = _by_name_part(entities, 0)
    relatives = _relatives(entities, text)
    taken = set(entities) | {alias for e in entities.values() for alias in e.aliases}
    for given, owners in full.items():
        # a first name used alone once is no entity of its own: the person's alias all the same
        if len(owners) != 1 or given in taken or text.count(given) <= text.count(owners[0]):
            continue  # written only as part of the full name: nothing to read
        if _used_alone(given, text):
            entities[owners[0]].aliases.add(given)
    for name, entity in list(entities.items()):
        if not _lone_word(entity):
            continue
        owners = full.get(name, [])
        if len(owners) == 1:
            person = entities[owners[0]]
            person.aliases.add(name)
            person.mentions += entity.mentions
            del entities[name]
        elif not owners and name in relatives and relatives[name] not in entities:
            del entities[name]
            entities[relatives[name]] = Entity(
                name=relatives[name],
                kind="person",
                aliases={name},
                first_sentence=entity.first_sentence,
                mentions=entity.mentions,
            )


def is_given_name_of(surface: str, name: str) -> bool:
    """ "Anil" of "Anil Ambani": a card names the person in full."""
    parts = name.split()
    return len(parts) >= 2 and surface == parts[0]
