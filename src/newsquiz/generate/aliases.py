"""Merging names that refer to one entity: spellings, acronyms, and ambiguous family names."""

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from newsquiz.generate.gazetteer import NAME_PARTICLES
from newsquiz.generate.reference_patterns import COMPANY_USE
from newsquiz.generate.segment import Sentence
from newsquiz.generate.textutil import ampersand_initials, word_positions

if TYPE_CHECKING:
    from newsquiz.generate.names import Entity

_POLITE_BEFORE = re.compile(r"(?<![\w])(?:Mr|Ms|Mrs|Dr) $")


def _used_as_company(alias: str, text: str) -> bool:
    """ "Disney's shares", "Disney ... that it provided": the name is used as a company's more
    often than as a speaker's ("McIvor said")."""
    if re.search(rf"\b{re.escape(alias)}{COMPANY_USE}", text):
        return True
    after = re.findall(rf"\b{re.escape(alias)}\b((?: [\w,']+){{1,8}})", text)
    company = sum(
        bool(re.search(r"\b(?:it|its)\b(?! (?:is|was|would|will|had|has)\b)", a)) for a in after
    )
    person = sum(
        bool(re.match(r" (?:said|says|told|added|noted|believes|thinks)\b", a)) for a in after
    )
    return company > person


def drop_bare_company_names(entities: dict[str, "Entity"], sentences: list[Sentence]) -> None:
    """A family name used alone far more often than the full name is probably a company.

    "Disney failed to tell investors" in a story that names Roy Disney twice is about the
    company; "Mr Disney" stays an alias of the person.
    """
    text = " ".join(s.text for s in sentences)
    index = _WordIndex(text)
    for entity in entities.values():
        if entity.kind != "person":
            continue
        for alias in [a for a in entity.aliases if " " not in a]:
            found = index.positions(alias)
            polite = sum(1 for at in found if _POLITE_BEFORE.search(text, max(0, at - 5), at))
            # the full name, counted where the alias occurs: not a search of the whole text
            offset = entity.name.find(alias)
            full = (
                sum(1 for at in found if at >= offset and text.startswith(entity.name, at - offset))
                if offset >= 0
                else text.count(entity.name)
            )
            bare = len(found) - full - polite  # the alias on its own, not inside the full name
            # newswire names a speaker in full once and by family name after ("McIvor said"):
            # only a name also used the way companies are is one
            if bare > max(2, 2 * full) and _used_as_company(alias, text):
                entity.aliases.discard(alias)


_WORD_RUN = re.compile(r"\w+")


class _WordIndex:
    """Where each word of a text starts, built once: looking for every person's family name
    with a scan of the whole text is quadratic in an article that names thousands."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _WORD_RUN.finditer(text):
            self.starts.setdefault(match.group(), []).append(match.start())

    def positions(self, needle: str) -> list[int]:
        """What `word_positions(text, needle)` returns: an occurrence not glued to letters
        starts where a word starts, and that word is the needle's first word."""
        first = _WORD_RUN.match(needle)
        if first is None:  # no regex per name: names are all different
            return word_positions(self.text, needle)
        starts = self.starts.get(first.group(), [])
        if first.end() == len(needle):
            return list(starts)
        text, tail = self.text, _WORD_RUN.fullmatch(needle[-1]) is not None
        return [
            at
            for at in starts
            if text.startswith(needle, at)
            and not (tail and _WORD_RUN.match(text, at + len(needle)) is not None)
        ]


def drop_shared_aliases(entities: dict[str, "Entity"]) -> None:
    """A family name two people share, or that is part of a company name, is nobody's alias."""
    owners: dict[str, list[Entity]] = {}
    for entity in entities.values():
        if entity.kind == "person":
            for alias in entity.aliases:
                owners.setdefault(alias, []).append(entity)
    # "McIvor said" taken for a company on no other evidence is Donald K. McIvor speaking
    guessed = {
        name
        for name, e in entities.items()
        if e.kind == "org"
        and not e.strong
        and (" " not in name or name.split()[0].lower() in NAME_PARTICLES)  # "De Mel said"
        and len(owners.get(name, [])) == 1
    }
    for name in guessed:
        owners[name][0].mentions += entities.pop(name).mentions
    org_words = {w for e in entities.values() if e.kind == "org" for w in e.name.split()}
    for alias, people in owners.items():
        bare = alias.split()[-1]
        if len(people) > 1 or bare in org_words:
            for person in people:
                person.aliases.discard(alias)


def merge_acronyms(entities: dict[str, "Entity"], sentences: list[Sentence]) -> None:
    """ "London Stock Exchange (LSE)": LSE is another name for the exchange, not a rival."""
    by_initials: dict[str, list[Entity]] = {}
    for entity in entities.values():
        parts = [w for w in entity.name.split() if w[:1].isupper()]
        if entity.kind == "org" and len(parts) >= 2:
            by_initials.setdefault("".join(w[0] for w in parts), []).append(entity)
            if " & " in entity.name:  # "B&B" for Bradford & Bingley, "AT&T", "M&S"
                by_initials.setdefault(ampersand_initials(entity.name), []).append(entity)
    for name in [n for n, e in entities.items() if e.kind == "org" and n.isupper()]:
        owners = by_initials.get(name, [])
        if len(owners) == 1:  # "BRC" in an article about the British Retail Consortium
            owners[0].aliases.add(name)
            owners[0].mentions += entities[name].mentions
            del entities[name]
    # An acronym names the first organization (in entity order) whose name ends right before
    # it: only the names of the lengths organizations have are looked up, so an article of
    # many organizations and acronyms is not read once per pair.
    rank = {name: order for order, name in enumerate(entities)}
    lengths = sorted(
        {len(n) for n, e in entities.items() if e.kind == "org" and len(n.split()) > 1}
    )
    for sentence in sentences:
        text = sentence.text
        for match in re.finditer(r"\(([A-Z][A-Za-z&]{1,7})\)", text):
            acronym = match.group(1)
            end = match.start()
            while end and text[end - 1].isspace():
                end -= 1  # the name before the parenthesis, as `rstrip` would leave it
            ending_here = [text[end - size : end] for size in lengths if size <= end]
            for name in sorted((n for n in ending_here if n in entities), key=rank.__getitem__):
                entity = entities[name]
                if name == acronym or entity.kind != "org":
                    continue
                initials = "".join(w[0] for w in name.split() if w[0].isupper())
                if not acronym.upper().startswith(initials.upper()) or len(initials) < 2:
                    continue
                if len(acronym) - len(initials) > 1:
                    continue
                entity.aliases.add(acronym)
                other = entities.pop(acronym, None)
                if other is not None:
                    entity.mentions += other.mentions
                    entity.strong = entity.strong or other.strong
                break


def merge_spacing_variants(entities: dict[str, "Entity"]) -> None:
    """ "TimeWarner" and "Time Warner" are one organization."""
    by_key: dict[str, str] = {}
    ordered = sorted(entities, key=lambda n: entities[n].kind != "org")
    for name in ordered:
        entity = entities[name]
        if entity.kind == "place":
            continue
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        if key in by_key:
            keep = entities[by_key[key]]
            keep.aliases.add(name)
            keep.mentions += entity.mentions
            del entities[name]
        elif entity.kind != "org":
            continue
        else:
            by_key[key] = name


# what a company's full name adds to its short one; a unit's name adds more ("Fiat Auto")
LEGAL_WORDS = frozenset(
    """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited plc PLC Plc Group Holdings
    Holding International Industries Systems Technologies Enterprises AG SA NV SpA GmbH AB ASA
    Broadcasting Communications
    Incorporated""".split()
)


_LEGAL_ENDS = frozenset(
    """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited plc PLC Plc AG SA NV
    SpA GmbH AB ASA Incorporated""".split()
)


def _legal_rest(short: str, name: str, heads: frozenset[str]) -> bool:
    """What `name` adds to `short` is its legal form: "Corp", "Oil Co Ltd", "Petroleum Ltd",
    "of America" after "Financial Corp"; never a unit or a place ("Capital", "U.S.A. Inc")."""
    rest = name[len(short) + 1 :].split()
    if set(rest) <= LEGAL_WORDS:
        return True
    if rest[-1] in _LEGAL_ENDS and set(rest[:-1]) <= heads | LEGAL_WORDS:
        return True
    return short.split()[-1] in _LEGAL_ENDS and rest[0] == "of" and len(rest) == 2


def merge_short_company_names(
    entities: dict[str, "Entity"],
    reserved: frozenset[str],
    given_names: frozenset[str],
    heads: frozenset[str] = frozenset(),
) -> None:
    """ "Carolian" is "Carolian Systems International Inc" when no other company of the
    article starts with that word and the rest is only the legal form: one company, so a typed
    "Carolian Systems" is right too (judged blind: only "the Carolian" was accepted)."""
    orgs = [name for name, entity in entities.items() if entity.kind == "org"]
    one_word = [n for n in orgs if " " not in n and (len(n) >= 4 or n.isupper() and len(n) == 3)]
    for short in one_word + [n for n in orgs if 2 <= len(n.split()) <= 3]:
        if short in reserved or (short.isupper() and not (short.isalpha() and len(short) >= 3)):
            continue  # "US" beside "US Airways"; "SSL" is SSL International
        if short not in entities:
            continue
        longer = [name for name in orgs if name.startswith(f"{short} ") and name in entities]
        # not "Barclays Capital"; "Dome Petroleum Ltd", "Financial Corp of America"
        legal = bool(longer) and _legal_rest(short, longer[0], heads)
        if " " in short and not legal:
            continue  # a two-word name only ever joins its own legal form
        # "Hardie" is the building group "James Hardie", "Lilly" the drug maker "Eli Lilly"
        founder = [n for n in orgs if n.endswith(f" {short}") and n.split()[0] in given_names]
        if not longer and len(founder) == 1 and len(founder[0].split()) == 2:
            longer, legal = founder, True
        # "Chevron" beside "Chevron Corp" and its unit "Chevron U.S.A. Inc" is the parent
        parents = [name for name in longer if set(name[len(short) + 1 :].split()) <= LEGAL_WORDS]
        if len(longer) > 1 and len(parents) == 1:
            longer, legal = parents, True
        if len(longer) == 1 and legal and short in entities:
            keep = entities[longer[0]]
            keep.aliases.add(short)
            keep.mentions += entities[short].mentions
            del entities[short]


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def link_camel_case_aliases(
    entities: dict[str, "Entity"], text: str, reserved: frozenset[str]
) -> None:
    """ "GSK" and "Glaxo" are "GlaxoSmithKline" when the article uses them.

    A one-word company name written in camel case ("GlaxoSmithKline") is shortened by its
    initials ("GSK") or its first part ("Glaxo"); either becomes an alias when it occurs in
    `text` (the headline and body) as a whole word, names no other entity and is not a common
    word or place (`reserved`). A name that is only used as the other's short form is merged.
    """
    shorts: dict[str, list[str]] = {}
    index = _WordIndex(text)  # built once, not a scan of the text for each name
    for name, entity in entities.items():
        parts = _CAMEL_PART.findall(name)
        if entity.kind != "org" or len(parts) < 2 or "".join(parts) != name:
            continue
        for short in ("".join(p[0] for p in parts), parts[0]):
            if len(short) >= 3 and short not in reserved and index.positions(short):
                shorts.setdefault(short, []).append(name)
    # how many entities have each alias, kept up to date: not a look at every entity per name
    aliased = Counter(alias for e in entities.values() for alias in e.aliases)
    for short, names in shorts.items():
        other = entities.get(short)
        taken = aliased[short] > 0
        if len(names) != 1 or taken or (other is not None and other.kind != "org"):
            continue  # two companies share the short form, or it is someone's name
        owner = entities[names[0]]
        owner.aliases.add(short)
        aliased[short] += 1
        if other is not None:
            owner.mentions += other.mentions
            owner.strong = owner.strong or other.strong
            aliased.subtract(other.aliases)
            del entities[short]


def keep_name_apostrophes(entities: dict[str, "Entity"], text: str) -> None:
    """ "McDonald's", "Sainsbury's": a company the article never writes without its 's is
    named with it (read as a possessive, "McDonald" was asked and explained). The words are
    read once, not looked for once per company (`tests/generate/test_linear.py`)."""
    owned = set(_POSSESSED.findall(text))
    bare = set(_BARE_WORD.findall(text))
    for name in [n for n, e in entities.items() if e.kind == "org" and " " not in n]:
        if name not in owned or name in bare:
            continue
        entity = entities.pop(name)
        full = f"{name}'s"
        entities[full] = replace(entity, name=full, aliases={f"{a}'s" for a in entity.aliases})


_POSSESSED = re.compile(r"\b([A-Z][\w&.-]*)'s\b")
_BARE_WORD = re.compile(r"\b([A-Z][\w&.-]*)\b(?!')")
# what a company does and a person does not: "was founded", "is parting company with its
# chief executive" (no "said", "told" or "the" between: "has said the club may list its shares")
_OWNS_ITSELF = re.compile(
    r" (?:was founded\b|(?:is|was|has|had|will)\b(?:(?!\bsaid\b|\bsays\b|\btold\b|\bthe\b)"
    r"[^.;]){0,40}\bits (?:chief executive|chairman|founder|shares|stores|board|profits?|sales"
    r"|staff)\b)"
)


def companies_named_after_people(entities: dict[str, "Entity"], text: str) -> None:
    """ "Laura Ashley was founded by its late namesake", "Laura Ashley is parting company with
    its chief executive": a name that is founded, or has a chief executive of its own, is a
    company (judged blind: "Who is parting company with its chief executive?"). The phrases
    are found once; only the names right before them are looked at."""
    ends = [match.start() for match in _OWNS_ITSELF.finditer(text)]
    if not ends:
        return
    for name in [n for n, e in entities.items() if e.kind == "person"]:
        if any(_ends_with_name(text, end, name) for end in ends):
            entities[name] = replace(entities[name], kind="org", aliases=set())


def _ends_with_name(text: str, end: int, name: str) -> bool:
    start = end - len(name)
    return start >= 0 and text.startswith(name, start) and not text[start - 1 : start].isalnum()
