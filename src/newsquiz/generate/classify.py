"""Classifying one run of capitalized words as a person, an organization or a place."""

import re
from collections import Counter
from dataclasses import dataclass

from newsquiz.generate.gazetteer import (
    BRAND_NAMES,
    EVENT_TAILS,
    INSTITUTION_HEADS,
    LEADING,
    MEDIA_HEADS,
    MEDIA_NAMES,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAMES,
    NOT_ORG_ACRONYMS,
    OF_HEADS,
    ORG_CUES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACES,
    STAFF_TITLES,
    TITLE_WORDS,
)
from newsquiz.generate.names import Entity, clean_name
from newsquiz.generate.nationality import countries_in, is_demonym
from newsquiz.generate.person_names import chinese_surnames, western_given_names
from newsquiz.generate.textutil import lemmas

_TITLE_PHRASE = re.compile(
    r"^,\s(?:the\s|a\s|an\s)?((?:(?:senior|executive|deputy|acting|former|interim|joint)\s)?"
    r"(?:" + "|".join(re.escape(t) for t in PERSON_TITLES) + r")\b[^,;]{0,90}?)(?:[,;]|\.?$)"
    r"|^,\s(who\s(?:heads|runs|leads|chairs)\s[^,;]{2,60}?)(?:[,;]|\.?$)",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?:([A-Z][\w&-]+)'s\s|((?:[A-Z][\w&-]+ ){0,3}[A-Z][\w&-]+)\s)?"
    r"((?i:(?:senior\s|executive\s|deputy\s|acting\s|former\s)?(?:"
    + "|".join(re.escape(t) for t in PERSON_TITLES)
    + r")))\s$"
)
_ORG_APPOSITIVE = re.compile(
    r"^,? (?:the|a|an) [^,]{0,40}?\b(?:firm|company|group|giant|maker|carrier|airline|bank|"
    r"retailer|chain|operator|insurer|lender|brewer|conglomerate|producer|manufacturer)\b"
    r"(?!'s)"  # "Ortner, the bank's senior economist": the bank's man
)
_SKIP_ORGS = ("BBC",)
_GERUND = re.compile(r"(?!Beijing|Boeing|Reading|Sterling|Kunming|Nanjing)[A-Z][a-z]{2,}ing")


_CORPORATE_TITLE_AFTER = re.compile(
    r"^\s(?:senior\s|executive\s|deputy\s)?(?:vice[- ]chairman|vice[- ]president|"
    r"chief executive|chairman|president|founder|managing director|finance director|"
    r"chief operating officer|chief financial officer|boss)\s(?:[A-Z][a-z]+\s){1,2}[A-Z]"
)
_SAID = re.compile(r"\s(?:said|says|told|added|explained)\b")
# "Al-Faisal", "Schmidt-Chiari"
_NAME_TOKEN = re.compile(r"(?:Mc|Mac|O'|[Aa]l-|[Ee]l-)?[A-Z][a-z'-]+(?:-[A-Z][a-z']+)?")
_INITIAL = re.compile(r"[A-Z]\.")
_SECOND_SURNAME = re.compile(r"[A-Z][a-z]{3,}(?:ez|es|as|os|is)")  # "Martinez", "Gomes"
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # "Woong-bae", not "Smith-Jones"
_PARTICLES = frozenset({"De", "Di", "Da", "Van", "Von", "Le", "La", "Del", "Du", "Dos", "Al"})
_ROYAL = ("Prince", "Princess", "Sheikh", "King", "Queen", "Emir")
# "Daily Express" is a paper, "American Express" a card company, "Royal Mail" the post
_MEDIA_IF_PAPER = frozenset({"Express", "Mail", "Standard", "Independent"})
_PAPER_FIRST = frozenset({"Daily", "Sunday", "Evening", "Morning", "The", "Scottish", "Irish"})


_PERSON_PLACES = frozenset({"Jordan", "Chad", "Georgia", "Victoria", "Florence", "Charlotte"})
Candidate = tuple[str, int, str, str, bool]  # surface, sentence, before + cue, after, initial
_LATER = object()  # the first pass leaves the run to the second
_FORMER = re.compile(r"\b(?:former|ex|then|late|outgoing)[\s-]+(?:[\w&.'-]+\s+){0,4}$")
# "West German Finance Minister ", "US tycoon ": where a person's country is said
_CAPITALIZED_BEFORE = re.compile(r"(?:[A-Z][\w.'-]*\s+){1,5}(?:[a-z]+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What a run of capitalized words was classified as, before it is recorded."""

    name: str
    tokens: list[str]
    kind: str
    strong: bool
    family_first: bool
    appositive: re.Match[str] | None
    title_match: re.Match[str] | None


def _name_shaped(tokens: list[str]) -> bool:
    """Every word is a name's ("Al-Faisal"), a middle initial or particle allowed ("Donald K.
    McIvor", "Lula da Silva")."""
    return all(
        _NAME_TOKEN.fullmatch(t)
        or (0 < i < len(tokens) - 1 and (_INITIAL.fullmatch(t) or t in NAME_PARTICLES))
        or (i == 0 and len(tokens) == 3 and _INITIAL.fullmatch(t))  # "H. Onno Ruding"
        for i, t in enumerate(tokens)
    )


def _is_person_tokens(tokens: list[str]) -> tuple[bool, bool]:
    """(looks like a person name by gazetteer, family name first)."""
    if not 2 <= len(tokens) <= 3 or not _name_shaped(tokens):
        return False, False
    if tokens[-1] in ORG_HEADS or any(t in PLACES or t in NOT_NAMES for t in tokens):
        return False, False
    if len(tokens) == 2 and len(tokens[0]) <= 5 and _KOREAN_GIVEN.fullmatch(tokens[1]):
        return True, True  # "Rha Woong-bae", "Chung In-yong": family name first
    if tokens[0] in chinese_surnames() and len(tokens) == 2:
        return True, tokens[1] not in western_given_names()
    # "H. Onno Ruding said": an initial, a given name and a surname
    return bool(_INITIAL.fullmatch(tokens[0])) or tokens[0] in western_given_names(), False


def _surname_of_a_nation(tokens: list[str], title_cue: bool) -> bool:
    """ "Rep. Glenn English", "Senator John French": a given name and a title make a surname
    of a word that is otherwise a nationality."""
    return (
        title_cue
        and tokens[-1] in NATIONALITIES
        and tokens[0] in western_given_names()
        and not any(t in NOT_NAMES for t in tokens[:-1])
    )


_STRAY_CAPS = re.compile(r"[A-Z]{1,3}")
_NAME_GOES_ON = re.compile(r"^, [A-Z][\w-]* (?:and|&) [A-Z]")


def _org_shaped(tokens: list[str]) -> bool:
    if tokens[-1] in EVENT_TAILS:
        return False
    if any(t in NOT_ORG_ACRONYMS for t in tokens):
        return False
    if tokens[-1] in ORG_HEADS and (len(tokens) > 1 or tokens[0].isupper()):
        return True
    if len(tokens) == 2 and tokens[0] == "Air" and tokens[1] in PLACES:
        return True  # "Air China", "Air France": an airline named after its country
    if "of" in tokens[1:-1] and tokens[tokens.index("of") - 1] in {"Corp", "Corporation"}:
        return True  # "Financial Corp of America"
    return any(
        (t.isupper() and len(t) >= 2 and t not in PLACES and t not in NOT_NAMES)
        and not _INITIAL.fullmatch(t)
        or re.fullmatch(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+[A-Z]\w+", t) is not None
        or ("&" in t)
        for t in tokens
    )


def _judge(
    candidate: Candidate,
    pass_persons: bool,
    person_aliases: dict[str, str],
    inner_caps: Counter[str],
    headline_words: frozenset[str],
) -> object:
    """What one capitalized run is; `_LATER` when the first pass cannot tell (not a
    two- or three-word name), None when it is no entity."""
    surface, _, before_cue, after, initial = candidate
    before, _, cue = before_cue.partition("\x00")
    name = clean_name(surface)
    if name.startswith(("Mr ", "Mrs ", "Ms ", "Dr ")):
        return None
    if " & " in surface and surface.endswith("'s") and re.match(r" [A-Z]", after):
        return None  # "Transport & General Worker's Union": no blank may cut the 's off
    tokens = name.split()
    skip = 0  # leading words are counted, then cut once: "The The The ..." is not quadratic
    while skip < len(tokens) and (
        tokens[skip] in LEADING
        or (initial and len(tokens) - skip > 1 and _GERUND.fullmatch(tokens[skip]) is not None)
    ):
        skip += 1
        initial = False
    tokens = tokens[skip:]
    if not tokens or all(t in NOT_NAMES for t in tokens) or tokens[0] in NOT_ORG_ACRONYMS:
        return None
    # "Pieter van der Vorm" is a three-word name: its particles are not counted
    size = len([t for t in tokens if t not in NAME_PARTICLES]) if len(tokens) > 3 else len(tokens)
    if pass_persons and size not in (2, 3):
        return _LATER  # only two- and three-word names can be people
    if tokens[-1] in TITLE_WORDS and tokens[-1] not in ORG_HEADS:
        return None
    if len(tokens) == 1 and (
        re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord)\s*$", before)
        or cue.split(" of ")[0].endswith(_ROYAL)
    ):
        return None  # a family name after "Mr" (a given name after "Prince") is an alias
    name = " ".join(tokens)
    of_head = len(tokens) >= 3 and tokens[1] == "of" and tokens[0] in OF_HEADS
    if of_head and _NAME_GOES_ON.match(after):
        return None  # "Ministry of Economy, Trade and Industry": the name is longer
    org_appositive = _ORG_APPOSITIVE.match(after) is not None
    # "Arsenal vice-chairman David Dein": whose officer a named person is
    officer_of = len(tokens) <= 3 and _CORPORATE_TITLE_AFTER.match(after) is not None
    only_initial = initial and len(tokens) == 1 and inner_caps[name] == 0
    # "Brazil will boost spending": a country is one wherever it stands (not "Jordan said")
    only_initial = only_initial and (name not in PLACES or name in _PERSON_PLACES)
    # "Wal-Mart, the largest US retailer, said": an opening word with a company's apposition
    # is one where no dictionary has it ("Meanwhile, the company said" is no company)
    known = name in headline_words or not lemmas(name.lower())
    if only_initial and (not (org_appositive or officer_of) or not known):
        return None
    could_be_person = size in (2, 3)
    if pass_persons and not could_be_person:
        return _LATER  # only two- and three-word names can be people
    looks_person, family_first = _is_person_tokens(tokens)
    title_match = _TITLE_BEFORE.search(before) if could_be_person else None
    title_cue = cue.startswith("TITLE:") or bool(title_match)
    appositive = _TITLE_PHRASE.match(after) if could_be_person else None
    said = _SAID.match(after) is not None
    stray = len(tokens) == 3 and _STRAY_CAPS.fullmatch(tokens[-1]) is not None
    if stray and title_cue and all(t.istitle() and t not in ORG_HEADS for t in tokens[:2]):
        return None  # "Minister Manuel Azpur UA said": a person with a stray tail, no company
    kind = ""
    strong = True
    prev_word = re.findall(r"([a-z-]+),?\s*$", before)
    named_as_org = bool(prev_word) and prev_word[0] in ORG_CUES
    org_cue = named_as_org or org_appositive
    # "accountancy firm Grant Thornton", "auditor Grant Thornton": a company, not a person
    looks_person = looks_person and not (named_as_org and not title_cue and not appositive)
    if name in PLACES or (" ".join(tokens[-2:]) in PLACES and len(tokens) <= 2):
        kind = "place"
    elif tokens[-1] in BRAND_NAMES and len(tokens) <= 3:
        kind = "org"  # "Mercedes Benz", "Robert Bosch": companies named after people
    elif (
        _org_shaped(tokens)
        or of_head
        or cue == "ORGTITLE"
        or (org_cue and len(tokens) <= 4 and not looks_person)
        or (officer_of and not looks_person)
    ):
        kind = "org"
    elif (
        size in (2, 3)
        and _name_shaped(tokens)
        and (looks_person or title_cue or appositive or (said and tokens[0] in chinese_surnames()))
        and tokens[-1] not in ORG_HEADS
        and (not any(t in NOT_NAMES for t in tokens) or _surname_of_a_nation(tokens, title_cue))
    ):
        kind = "person"
        if not looks_person and tokens[0] in chinese_surnames():
            family_first = True
    elif name in person_aliases and not company_cued(candidate):
        # decided in the second pass only: one-word runs wait for the first; a company cue
        # still makes one ("Ford, the US car company" beside its chief Bill Ford)
        return None
    else:
        possessive = after.startswith(("'s ", "' "))
        repeated = inner_caps[name] >= 2 and len(tokens) == 1
        if len(tokens) <= 3 and (org_cue or repeated or (possessive and inner_caps[name] >= 1)):
            kind = "org"
            strong = org_cue or (possessive and inner_caps[name] >= 2)
        elif said and 2 <= len(tokens) <= 3:
            kind, strong = "org", False  # "Time Warner said": a speaker that is no person
    if not kind:
        return None
    return _Verdict(name, tokens, kind, strong, family_first, appositive, title_match)


def classify_candidate(
    candidate: Candidate,
    pass_persons: bool,
    entities: dict[str, Entity],
    person_aliases: dict[str, str],
    inner_caps: Counter[str],
    headline_words: frozenset[str],
    verdicts: dict[int, object] | None = None,
    key: int = 0,
    companies: frozenset[str] = frozenset(),
) -> None:
    """Classify one capitalized run and record it (people in the first pass, then the rest).

    `verdicts` keeps what the first pass found out about run `key`, so the second pass does
    not classify the same run again (the verdict of a two- or three-word run does not depend
    on which people are known by then)."""
    if verdicts is not None and key in verdicts:
        verdict = verdicts[key]
    else:
        verdict = _judge(candidate, pass_persons, person_aliases, inner_caps, headline_words)
        if verdicts is not None and verdict is not _LATER:
            verdicts[key] = verdict
    if not isinstance(verdict, _Verdict) or (verdict.kind == "person") != pass_persons:
        return
    if verdict.kind == "person" and verdict.name in companies:
        cue = candidate[2].partition("\x00")[2]
        if not (verdict.appositive or verdict.title_match or cue.startswith("TITLE:")):
            return  # "James Hardie chairwoman ...": the building group James Hardie
    _record(verdict, candidate, entities, person_aliases)


_CUE_RIGHT_BEFORE = re.compile(r"\b([a-z-]+) $")


def company_cued(candidate: Candidate) -> bool:
    """A company by the words right around it: "Ford, the US car company", "car maker Ford";
    not "to buy another non-copper company, Durham said" (the person Robert Durham)."""
    _, _, before_cue, after, _ = candidate
    before = before_cue.partition("\x00")[0]
    word = _CUE_RIGHT_BEFORE.search(before)
    return _ORG_APPOSITIVE.match(after) is not None or (
        word is not None and word.group(1) in ORG_CUES
    )


def named_as_companies(verdicts: dict[int, object]) -> frozenset[str]:
    """Names shaped like a person's that a cue somewhere makes a company ("building products
    group James Hardie"): judged blind, "Hardie's former chief executive" read as a man's."""
    return frozenset(
        v.name
        for v in verdicts.values()
        if isinstance(v, _Verdict) and v.kind == "org" and _is_person_tokens(v.tokens)[0]
    )


def judge_all(
    candidates: list[Candidate], inner_caps: Counter[str], headline_words: frozenset[str]
) -> dict[int, object]:
    """The first pass's verdict on every run it can tell, before any is recorded."""
    verdicts = (
        (key, _judge(candidate, True, {}, inner_caps, headline_words))
        for key, candidate in enumerate(candidates)
    )
    return {key: verdict for key, verdict in verdicts if verdict is not _LATER}


def _record(
    verdict: _Verdict,
    candidate: Candidate,
    entities: dict[str, Entity],
    person_aliases: dict[str, str],
) -> None:
    """Add the run to its entity: a new entity with its aliases, or one more mention, role."""
    name, tokens, kind = verdict.name, verdict.tokens, verdict.kind
    strong, family_first = verdict.strong, verdict.family_first
    appositive, title_match = verdict.appositive, verdict.title_match
    _, index, before_cue, _, _ = candidate
    before, _, cue = before_cue.partition("\x00")
    entity = entities.get(name)
    if entity is None:
        entity = Entity(name, kind, family_first=family_first, first_sentence=index)
        entity.strong = strong and not name.startswith(_SKIP_ORGS)
        entities[name] = entity
        if kind == "person":
            alias = tokens[0] if family_first else tokens[-1]
            entity.aliases.update({alias, f"Mr {alias}", f"Ms {alias}", f"Mrs {alias}"})
            person_aliases.setdefault(alias, name)
            if not family_first and len(tokens) >= 3 and tokens[1] in _PARTICLES | NAME_PARTICLES:
                # "Mr De Vido" is Julio De Vido; "De Mel said" is Ronnie de Mel
                family = " ".join(tokens[1:])
                for form in {family, family[:1].upper() + family[1:]}:
                    entity.aliases.update({form, f"Mr {form}", f"Ms {form}", f"Mrs {form}"})
                    person_aliases.setdefault(form, name)
            elif not family_first and len(tokens) == 3 and _SECOND_SURNAME.fullmatch(tokens[1]):
                middle = tokens[1]  # "Martinez said": Alejandro Martinez Cuenca, Spanish style
                if middle not in western_given_names():
                    entity.aliases.update({middle, f"Mr {middle}"})
                    person_aliases.setdefault(middle, name)
            royal = cue[6:].split(" of ")[0].split()[-1] if cue.startswith("TITLE:") else ""
            if royal in _ROYAL:
                entity.aliases.add(f"{royal} {tokens[0]}")  # "Prince Saud"
                if royal in {"Sheikh", "Prince", "Emir"} and tokens[0] not in person_aliases:
                    # "Sheikh Ali al-Khalifa al-Sabah" is "Ali" in later sentences ("Ali said")
                    entity.aliases.add(tokens[0])
                    person_aliases[tokens[0]] = name
    elif strong and not name.startswith(_SKIP_ORGS):
        entity.strong = True
    entity.mentions += 1
    if kind == "org" and (
        re.search(r"(?:outlet|newspaper|agency|magazine|broadcaster|paper|website)\s*$", before)
        or name in MEDIA_NAMES
        or tokens[-1] in MEDIA_HEADS
        and (tokens[-1] not in _MEDIA_IF_PAPER or tokens[0] in _PAPER_FIRST)
    ):
        entity.media = True
    if kind == "person":
        role = ""
        if appositive:
            role = (appositive.group(1) or appositive.group(2)).strip()
        elif cue.startswith("TITLE:"):
            role = cue[6:]
        elif title_match:
            owner = title_match.group(1) or title_match.group(2)
            title = title_match.group(3)
            if owner and owner.startswith(("Former ", "Acting ")):
                title = f"{owner.split()[0].lower()} {title}"
                owner = owner.split(" ", 1)[1]
            if title.lower().split()[-1] in STAFF_TITLES:
                owner = None  # "the analyst of ING" is not how anyone says it
            if owner and (owner.split()[-1] in NOT_NAMES or is_demonym(owner)):
                owner = None  # "South African President": not "President of South African"
            the = "the " if owner and owner.split()[-1] in INSTITUTION_HEADS else ""
            role = f"{title} of {the}{owner}" if owner else title
        if role and _FORMER.search(before) and not role.lower().startswith(("former", "acting")):
            role = f"former {role}"  # "former Fiat chief executive Giuseppe Morchio"
        if role:
            entity.titles.append(role)
            entity.roles.append((role, index))
        title_run = _CAPITALIZED_BEFORE.search(before)
        entity.countries |= countries_in(f"{title_run.group() if title_run else ''} {role}")
