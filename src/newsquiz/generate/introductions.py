"""People introduced by their role where a card first names them.

Judged blind, "Nigel Haslam told a press conference that ... the drop in profit ..." failed
B: a reader without the article does not know who Haslam is, nor whose profit he speaks of.
The article says so where it names him ("Shell U.K. Finance director Nigel Haslam",
"Michael Lamberty, a Lufthansa spokesman,"); `introduced` carries that description into the
card, word for word, so it can never say more than the article does.
"""

import re
from functools import lru_cache

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import COUNTRIES, NATIONALITIES, PLACES
from newsquiz.generate.names import Entity
from newsquiz.generate.nationality import countries_in
from newsquiz.generate.quantities import YEAR
from newsquiz.generate.role_phrases import (
    OWNER_DESCRIBED,
    SENTENCE_END,
    appositive_after,
    flattened,
    is_name_word,
    is_title_word,
    title_before,
    token_core,
)
from newsquiz.generate.textutil import count_word


def _owner_named(role: str, index: EntityIndex) -> bool:
    """Whether the role says whom the person works for: a company, place or nationality."""
    if any(m.kind in {"org", "place"} for m in index.mentions(role)) or countries_in(role):
        return True  # "Sri Lankan finance minister" says whose
    return any(
        token_core(word) in PLACES or token_core(word) in NATIONALITIES or word == "U.S."
        for word in role.split()
    )


def _main_org_leads(text: str, at: int, index: EntityIndex) -> str | None:
    """The main company, when it opens the sentence naming the person or the one before
    ("Time Inc said ... chief financial officer Thayer Bigelow told analysts")."""
    if index.main_org is None or not index.main_org_in_headline:
        return None
    main = index.entities[index.main_org]
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    for start in starts[-2:]:
        opening = index.mentions(text[start : start + 80])
        if not opening or opening[0].start != 0:
            continue
        name = opening[0].name  # "Orbex Corp" opening a story the headline calls "Orbex"
        if name == main.name or name.startswith(f"{main.name} ") or name in main.aliases:
            return name
    return None


_NATIONAL = re.compile(r"\b(?:minister|secretary|chancellor|premier|treasury)\b", re.I)
_HEADS_OF_STATE = frozenset({"President", "King", "Queen", "Emir"})
_THE_COUNTRIES = frozenset("""Philippines Netherlands US UK U.S. U.K. UAE Gulf""".split()) | {
    "United States",
    "United Kingdom",
    "Soviet Union",
    "Ivory Coast",
    "Czech Republic",
}
_SAME_COUNTRY = {"Britain": "United Kingdom", "UK": "United Kingdom", "US": "United States"}


def _headline_country(headline: str) -> str | None:
    """The one country a headline names ("Philippines Sees 1987 Government Revenue Up",
    "Kenyan Economy Faces Problems")."""
    named = {c for c in COUNTRIES if count_word(headline, c)} | countries_in(headline)
    named = {_SAME_COUNTRY.get(c, c) for c in named}
    if len(named) != 1:
        return None
    country = next(iter(named))
    return f"the {country}" if country in _THE_COUNTRIES else country


def _only_country(headline: str, flat: str) -> str | None:
    """The headline's country, when it is the only country the whole article names: in
    "Baldrige Opposes Japanese Purchase of Firm" the Commerce Secretary is no Japanese
    minister."""
    country = _headline_country(headline)
    if country is None:
        return None
    named = {_SAME_COUNTRY.get(c, c) for c in countries_in(flat)}
    return country if named <= {country.removeprefix("the ")} else None


def _of_form(role: str, owner: str) -> str:
    """ "Finance Secretary" of the Philippines -> "finance secretary of the Philippines": a
    title written in lower case, so no run of capitals reads as a name the article never
    writes."""
    plain = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.I)
    words = [w.lower() if is_title_word(w) else w for w in plain.split()]
    return f"{' '.join(words)} of {owner}"


@lru_cache(maxsize=256)
def _role(
    person: str, text: str, headline: str, index: EntityIndex
) -> tuple[str, bool, str | None] | None:
    """(description, written before the name, the article's own title before the name) from
    the article's first mention that has one."""
    flat = flattened(text)
    entity: Entity = index.entities[person]
    family = person.split()[0] if entity.family_first else person.split()[-1]
    for form in (person, family):
        for match in re.finditer(rf"(?<![\w'-]){re.escape(form)}(?![\w-])", flat):
            before = title_before(flat, match.start())
            if before is not None:
                owned = _with_owner(before, True, flat, match.start(), headline, index)
                if owned is not None:
                    return owned[0], owned[1], before
            after = appositive_after(flat, match.end())
            if after is not None and family not in after.split():  # "U.S.A. Rugeroni, added"
                owned = _with_owner(after, False, flat, match.start(), headline, index)
                if owned is not None:
                    return owned[0], owned[1], None
    return None


def _with_owner(
    role: str, before: bool, flat: str, at: int, headline: str, index: EntityIndex
) -> tuple[str, bool] | None:
    """A role that names no employer gets the story's company when that company opens the
    sentence (or the one before): "chief financial officer of Time Inc"; a minister or a
    President gets the one country the headline names. A one-word title nobody owns
    ("minister Carlos Romero") says too little to be written in."""
    described = OWNER_DESCRIBED.search(role)
    if described is not None and index.main_org is not None and index.main_org_in_headline:
        # "of the hotel, casino and resorts company" in a story the headline names Caesars
        # World by: the story's company (judged blind B: whose chairman?)
        return _of_form(role[: described.start()], index.main_org), False
    if _owner_named(role, index) or " of " in role:
        return role, before
    owner: str | None = None
    if _NATIONAL.search(role) or role in _HEADS_OF_STATE:
        owner = _only_country(headline, flat)
    else:
        owner = _main_org_leads(flat, at, index)
    if owner is not None:
        return _of_form(role, owner), False
    return (role, before) if len(role.split()) >= 2 else None


def introduced(
    prompt: str,
    answer: str,
    article: tuple[str, str],
    index: EntityIndex,
    written: str | None = None,
) -> str:
    """The prompt with each person it names introduced by the article's description of them,
    where the prompt gives none ("Nigel Haslam told" -> "Shell U.K. Finance director Nigel
    Haslam told"). `article` is (headline, text). With `written` (what a false statement's
    explanation says), only the people it names: a person swapped in stays a bare name, or
    the role would tell the reader the statement is false."""
    done: set[str] = set()
    for mention in sorted(index.mentions(prompt), key=lambda m: -m.start):
        if mention.kind != "person" or mention.surface != mention.name or mention.name in done:
            continue
        first = prompt.find(mention.name)
        if first != mention.start:
            continue  # only where the prompt first names them
        done.add(mention.name)
        if written is not None and mention.name not in written:
            continue
        if answer and (answer in mention.name or mention.name in answer):
            continue
        if _looks_back(prompt[: mention.start], article[1]):
            continue
        title = title_before(prompt, mention.start)
        if title is not None and not _owner_named(title, index):
            # "General director Hannes Androsch said": the title the card already has, with
            # the employer the article gives it ("..., general director of Creditanstalt,")
            owned = _role(mention.name, article[1], article[0], index)
            if owned is not None and not owned[1] and " of " in owned[0]:
                fits = owned[0].lower().startswith(title.lower())
                if fits and not (answer and answer in owned[0]):
                    prompt = _retitled(prompt, mention.start, mention.end, title, owned[0])
            continue
        if _has_context(prompt, mention.start, mention.end):
            continue
        found = _role(mention.name, article[1], article[0], index)
        if found is None:
            continue
        role, before, title_written = found
        possessive = prompt[mention.end :].startswith("'s")
        if not before and possessive and title_written and len(title_written.split()) >= 2:
            # "Agriculture Secretary Richard Lyng's aide": an "of" form cannot go before "'s"
            role, before = title_written, True
        if role.lower() in prompt.lower() or (answer and answer in role):
            continue
        prompt = _inserted(prompt, mention.start, mention.end, role, before)
    return prompt


_OPENING_CHARS = 25  # "In 1983 Stanley Fischer ...", "At the end of 1986, ..."


def _looks_back(opening: str, text: str) -> bool:
    """A prompt that opens on an earlier year than the story's ("In 1983 Stanley Fischer
    became adviser ...") gets no role: the article's role is today's, and written in it would
    say he held it then. A year after the name ("... a fall in taxation from 1.45 billion in
    1985, Nigel Haslam said") is only compared with."""
    statement = opening.removeprefix("True or false? ")
    years = [int(y) for y in YEAR.findall(statement[:_OPENING_CHARS])]
    return bool(years) and min(years) < _latest_year(text) - 1


@lru_cache(maxsize=8)
def _latest_year(text: str) -> int:
    return max((int(y) for y in YEAR.findall(text)), default=0)


def _has_context(prompt: str, start: int, end: int) -> bool:
    """Whether the prompt already says who the person is: a title or a name right before
    ("Exxon chairman Lawrence Rawl") or a description set off after ("Carl Lindner, chairman
    of American Financial Corp")."""
    before = prompt[:start].split()
    if before:
        last = before[-1]
        core = token_core(last)
        if last == core and (is_title_word(core) or is_name_word(last)):
            return True
        if re.fullmatch(r"[A-Z]\.", last):
            return True  # "G. Douglas Yearley": the name starts earlier
        if core == "_____" and last == core:
            return True  # "_____ chairman Lawrence Rawl" or "_____ Nigel": the blank names it
    if appositive_after(prompt, end) is not None:
        return True
    after = re.match(r"^,\s+(\S+)", prompt[end:])
    if after is None:
        return False
    word = token_core(after.group(1))
    if is_name_word(after.group(1).removesuffix("'s")):
        return True  # "Donald K. McIvor, Exxon's senior vice president ..."
    return word.lower() in {"a", "an", "the"} or is_title_word(word) or word[:1].isdigit()


def _retitled(prompt: str, start: int, end: int, title: str, role: str) -> str:
    """ "General director Hannes Androsch said" -> "Hannes Androsch, general director of
    Creditanstalt, said", only where the title opens its clause ("new boss Enrico Bondi",
    "its founder" and "the government of Chancellor X" stay as written)."""
    title_start = start - len(title) - 1
    if prompt[title_start:start].strip() != title:
        return prompt
    lead = prompt[:title_start]
    if lead and not re.search(r"(?:^|[,;:?]|\b(?:said|says|told|added))\s*$", lead):
        return prompt
    if _NAME_GOES_ON.match(prompt, end) or prompt.startswith("'s", end):
        return prompt
    return _set_off(prompt[:title_start] + prompt[start:end], prompt[end:], role)


# "Luiz Inacio Lula da Silva": the name goes on after what the extractor found
_NAME_GOES_ON = re.compile(r" (?:da|de|del|van|von|der|la|le|bin|al)\b")


def _set_off(head: str, rest: str, role: str) -> str:
    """ "Michael Lamberty" + ", a Lufthansa spokesman," + " said"; nothing can be set off
    before "'s" ("Bilzerian, a raider,'s tender")."""
    if rest.startswith("'s"):
        return head + rest
    closing = "" if not rest or rest[0] in ",.;:?!" else ","
    return f"{head}, {role}{closing}{rest}"


_ROLE_OPENERS = frozenset("Former Ex Acting Interim Outgoing Incoming Then".split())


def _inserted(prompt: str, start: int, end: int, role: str, before: bool) -> str:
    if _NAME_GOES_ON.match(prompt, end):
        return prompt
    if not before:
        return _set_off(prompt[:end], prompt[end:], role)
    words = role.split()
    if start == 0 or prompt[:start].endswith("? "):
        role = role[:1].upper() + role[1:]
    elif is_title_word(words[0]) and all(w.islower() for w in words[1:]):
        role = role[:1].lower() + role[1:]  # "Chief executive" opened its sentence
    elif words[0] in _ROLE_OPENERS:
        role = role[:1].lower() + role[1:]  # "the trial of former WorldCom boss Bernie Ebbers"
    return f"{prompt[:start]}{role} {prompt[start:]}"
