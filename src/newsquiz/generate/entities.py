"""People (with titles), organizations and places, with aliases ("Gao" is "Gao Ziguang").

Names are found as runs of capitalized words and classified by gazetteers (Faker's name
tables, a place list) and by cues around them (titles, "the firm X", "X said").
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from newsquiz.generate.aliases import drop_shared_aliases, merge_acronyms, merge_spacing_variants
from newsquiz.generate.gazetteer import (
    BRAND_NAMES,
    ORG_CUES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACES,
    TITLE_WORDS,
    chinese_surnames,
    western_given_names,
)
from newsquiz.generate.gazetteer import (
    CORPORATE_TITLES as _CORPORATE_TITLES,
)
from newsquiz.generate.gazetteer import (
    EVENT_TAILS as _EVENT_TAILS,
)
from newsquiz.generate.gazetteer import (
    INSTITUTION_HEADS as _INSTITUTION_HEADS,
)
from newsquiz.generate.gazetteer import (
    LEADING as _LEADING,
)
from newsquiz.generate.gazetteer import (
    MEDIA_HEADS as _MEDIA_HEADS,
)
from newsquiz.generate.gazetteer import (
    MEDIA_NAMES as _MEDIA_NAMES,
)
from newsquiz.generate.gazetteer import (
    NOT_NAMES as _NOT_NAMES,
)
from newsquiz.generate.gazetteer import (
    NOT_ORG_ACRONYMS as _NOT_ORG_ACRONYMS,
)
from newsquiz.generate.gazetteer import (
    OF_HEADS as _OF_HEADS,
)
from newsquiz.generate.gazetteer import (
    STAFF_TITLES as _STAFF_TITLES,
)
from newsquiz.generate.gazetteer import (
    TITLE_CONTINUATIONS as _TITLE_CONTINUATIONS,
)
from newsquiz.generate.segment import Sentence
from newsquiz.generate.textutil import count_word

_RUN = re.compile(r"(?<![\w'])[A-Z][\w&'.-]*[\w&]|(?<![\w'])[A-Z]\b")
_RUN_JOIN = re.compile(r"^(?:\s|\s(?:of|de|du|von|van|der|la|&|and)\s)$")
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
)
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w&.'-]* $")
_SKIP_ORGS = ("BBC",)
_GERUND = re.compile(r"(?!Beijing|Boeing|Reading|Sterling|Kunming|Nanjing)[A-Z][a-z]{2,}ing")


@dataclass
class Entity:
    """A named person, organization or place and every surface form that refers to it."""

    name: str
    kind: str  # person | org | place
    aliases: set[str] = field(default_factory=set)
    family_first: bool = False
    titles: list[str] = field(default_factory=list)
    roles: list[tuple[str, int]] = field(default_factory=list)  # (title, sentence index)
    media: bool = False
    first_sentence: int = 0
    mentions: int = 0
    strong: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    kind: str
    start: int
    end: int
    surface: str


class EntityIndex:
    """All entities of one article and a matcher for their surface forms."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities
        self.alias_map: dict[str, str] = {}
        for entity in entities.values():
            self.alias_map.setdefault(entity.name, entity.name)
        for entity in entities.values():
            for alias in entity.aliases:
                self.alias_map.setdefault(alias, entity.name)
        self._add_short_names()
        self._longest = max((len(s.split()) for s in self.alias_map), default=0)
        self.main_org: str | None = None
        self.main_org_in_headline = False

    def _add_short_names(self) -> None:
        """ "Hyundai" is "Hyundai Motor" when nothing else in the article is called Hyundai."""
        first_words: dict[str, list[str]] = {}
        for entity in self.entities.values():
            parts = entity.name.split()
            if entity.kind == "org" and len(parts) == 2 and len(parts[0]) >= 4:
                first_words.setdefault(parts[0], []).append(entity.name)
        for word, names in first_words.items():
            taken = word in self.alias_map or word in _NOT_NAMES or word in PLACES
            if len(names) == 1 and not taken and word not in ORG_HEADS:
                self.alias_map[word] = names[0]
                self.entities[names[0]].aliases.add(word)

    def choose_main_org(self, headline: str) -> None:
        """The article's company: named in the headline, else the most mentioned company."""
        orgs = [e for e in self.entities.values() if e.kind == "org" and not e.media]
        orgs.sort(key=lambda e: (-e.mentions, e.first_sentence))
        squashed = re.sub(r"[^a-z0-9]", "", headline.lower())
        in_headline = [
            e
            for e in orgs
            if (e.strong or e.mentions >= 2)
            and (
                any(count_word(headline, a) for a in e.aliases | {e.name})
                or (len(e.name) >= 5 and re.sub(r"[^a-z0-9]", "", e.name.lower()) in squashed)
            )
        ]
        companies = [e for e in orgs if e.name.split()[-1] not in _INSTITUTION_HEADS and e.strong]
        in_headline.sort(key=lambda e: (not e.strong, -e.mentions, e.first_sentence))
        choice = in_headline or [e for e in companies if e.mentions >= 2]
        self.main_org = choice[0].name if choice else None
        self.main_org_in_headline = bool(in_headline)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]

    def mentions(self, text: str) -> list[Mention]:
        """Known names in `text`, longest first at each position, left to right."""
        found: list[Mention] = []
        if not self._longest:
            return found
        for span in _NAME_SPAN.finditer(text):
            tokens = [(m.start(), m.end()) for m in _SPAN_TOKEN.finditer(span.group())]
            base = span.start()
            i = 0
            while i < len(tokens):
                hit = self._longest_at(text, base, tokens, i)
                if hit is None:
                    i += 1
                    continue
                j, start, end = hit
                surface = text[start:end]
                name = self.alias_map[surface]
                # "United" inside "Manchester United" is not the alias of Shareholders United
                if surface == name or not _CAPITALIZED_BEFORE.search(text, 0, start):
                    found.append(Mention(name, self.entities[name].kind, start, end, surface))
                i = j + 1
        return found

    def _longest_at(
        self, text: str, base: int, tokens: list[tuple[int, int]], i: int
    ) -> tuple[int, int, int] | None:
        start = base + tokens[i][0]
        for j in range(min(len(tokens), i + self._longest) - 1, i - 1, -1):
            end = base + tokens[j][1]
            surface = text[start:end]
            for cut in (surface, _possessive_stripped(surface)):
                if cut in self.alias_map:
                    return j, start, start + len(cut)
        return None


_NAME_SPAN = re.compile(
    r"(?<![\w-])[A-Z][\w&'.-]*(?:\s(?:(?:of|and|for|de|du|von|van|der|la|the|&)\s)?"
    r"[A-Z0-9][\w&'.-]*)*"
)
_SPAN_TOKEN = re.compile(r"\S+")


def _possessive_stripped(surface: str) -> str:
    if surface.endswith(("'s", "s'")):
        return surface[:-2] if surface.endswith("'s") else surface[:-1]
    return surface.rstrip(".,")


def _split_runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalized-word runs, joined across "of"/"&" inside organization names."""
    tokens = [(m.start(), m.end()) for m in _RUN.finditer(text)]
    runs: list[tuple[int, int]] = []
    for start, end in tokens:
        if runs:
            gap = text[runs[-1][1] : start]
            prev_last = text[runs[-1][0] : runs[-1][1]].split()[-1]
            if prev_last.endswith("'s"):
                runs.append((start, end))
                continue
            if gap == " " or (
                _RUN_JOIN.match(gap) and gap.strip() in {"of", "&"} and prev_last in _OF_HEADS
            ):
                runs[-1] = (runs[-1][0], end)
                continue
        runs.append((start, end))
    merged: list[tuple[int, int]] = []
    for run in runs:
        if merged and text[merged[-1][1] : run[0]] == " and ":
            first = text[merged[-1][0] : merged[-1][1]]
            last_word = text[run[0] : run[1]].split()[-1]
            if " " not in first and first not in TITLE_WORDS and last_word in ORG_HEADS:
                merged[-1] = (merged[-1][0], run[1])
                continue
        merged.append(run)
    return merged


def _clean(surface: str) -> str:
    surface = surface.rstrip(".")
    if surface.endswith("'s") or surface.endswith("s'"):
        surface = surface[:-2] if surface.endswith("'s") else surface[:-1]
    return surface.strip()


def _is_person_tokens(tokens: list[str]) -> tuple[bool, bool]:
    """(looks like a person name by gazetteer, family name first)."""
    if not 2 <= len(tokens) <= 3 or not all(re.fullmatch(r"[A-Z][a-z'-]+", t) for t in tokens):
        return False, False
    if tokens[-1] in ORG_HEADS or any(t in PLACES or t in _NOT_NAMES for t in tokens):
        return False, False
    if tokens[0] in chinese_surnames() and len(tokens) == 2:
        return True, tokens[1] not in western_given_names()
    return tokens[0] in western_given_names(), False


def _org_shaped(tokens: list[str]) -> bool:
    if tokens[-1] in _EVENT_TAILS:
        return False
    if any(t in _NOT_ORG_ACRONYMS for t in tokens):
        return False
    if tokens[-1] in ORG_HEADS and (len(tokens) > 1 or tokens[0].isupper()):
        return True
    return any(
        (t.isupper() and len(t) >= 2 and t not in PLACES and t not in _NOT_NAMES)
        or re.fullmatch(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+[A-Z]\w+", t) is not None
        or ("&" in t)
        for t in tokens
    )


def extract_entities(sentences: list[Sentence], headline: str = "") -> EntityIndex:
    """Find and classify names across the article, merging aliases into one entity each."""
    inner_caps: Counter[str] = Counter()
    candidates: list[
        tuple[str, int, str, str, bool]
    ] = []  # surface, sentence, before, after, initial
    for sentence in sentences:
        text = sentence.text
        lead = len(text) - len(text.lstrip("\"'("))
        for start, end in _split_runs(text):
            surface = text[start:end]
            initial = start <= lead
            words = surface.split()
            # a title inside the run splits it: "Xiaomi President Wang Xiang"
            pieces: list[tuple[str, str, str]] = []
            current: list[str] = []
            title_before = ""
            title_words: list[str] = []
            for word in words:
                if word in _TITLE_CONTINUATIONS and not title_words:
                    current.append(word)
                    continue
                if word in TITLE_WORDS and not (
                    current
                    and word in ORG_HEADS
                    and len(current) > 0
                    and word not in {"Chief", "President"}
                ):
                    if current:
                        pieces.append((" ".join(current), title_before, word))
                        current = []
                        title_before = ""
                    title_words.append(word)
                    continue
                if title_words:
                    title_before = " ".join(title_words)
                    if pieces and pieces[-1][2]:
                        title_before += " of " + _clean(pieces[-1][0])
                    title_words = []
                current.append(word)
            if current:
                pieces.append((" ".join(current), title_before, ""))
            for piece, t_before, t_after in pieces:
                piece_start = text.find(piece, start)
                before = text[max(0, piece_start - 40) : piece_start]
                after = text[piece_start + len(piece) : piece_start + len(piece) + 120]
                if t_before:
                    before = before + " "  # keep cue visible below
                    after_cue = ""
                else:
                    after_cue = t_after
                piece_initial = initial and piece_start <= lead
                corporate = after_cue in _CORPORATE_TITLES
                cue = (t_before and "TITLE:" + t_before) or (corporate and "ORGTITLE") or ""
                candidates.append(
                    (piece, sentence.index, before + "\x00" + cue, after, piece_initial)
                )
                if not piece_initial:
                    for word in piece.split():
                        inner_caps[_clean(word)] += 1
    entities: dict[str, Entity] = {}
    person_aliases: dict[str, str] = {}
    headline_words = frozenset(re.findall(r"[A-Z][\w&-]*", headline))
    for pass_persons in (True, False):
        for candidate in candidates:
            _classify(candidate, pass_persons, entities, person_aliases, inner_caps, headline_words)
    merge_spacing_variants(entities)
    merge_acronyms(entities, sentences)
    drop_shared_aliases(entities)
    for alias, name in person_aliases.items():
        if alias in entities and alias != name:
            entities[name].mentions += entities[alias].mentions
            del entities[alias]
    index = EntityIndex(entities)
    index.choose_main_org(headline)
    return index


def _classify(
    candidate: tuple[str, int, str, str, bool],
    pass_persons: bool,
    entities: dict[str, Entity],
    person_aliases: dict[str, str],
    inner_caps: Counter[str],
    headline_words: frozenset[str],
) -> None:
    """Classify one capitalized run and record it (people in the first pass, then the rest)."""
    surface, index, before_cue, after, initial = candidate
    before, _, cue = before_cue.partition("\x00")
    name = _clean(surface)
    if name.startswith(("Mr ", "Mrs ", "Ms ", "Dr ")):
        return
    tokens = name.split()
    while tokens and (
        tokens[0] in _LEADING
        or (initial and len(tokens) > 1 and _GERUND.fullmatch(tokens[0]) is not None)
    ):
        tokens = tokens[1:]
        initial = False
    if not tokens or all(t in _NOT_NAMES for t in tokens) or tokens[0] in _NOT_ORG_ACRONYMS:
        return
    if tokens[-1] in TITLE_WORDS and tokens[-1] not in ORG_HEADS:
        return
    if len(tokens) == 1 and re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord)\s*$", before):
        return  # a family name after "Mr" is someone's alias, never a company
    name = " ".join(tokens)
    org_appositive = _ORG_APPOSITIVE.match(after) is not None
    only_initial = initial and len(tokens) == 1 and inner_caps[name] == 0
    if only_initial and (not org_appositive or name not in headline_words):
        return
    looks_person, family_first = _is_person_tokens(tokens)
    title_match = _TITLE_BEFORE.search(before)
    title_cue = cue.startswith("TITLE:") or bool(title_match)
    appositive = _TITLE_PHRASE.match(after)
    said = re.match(r"\s(?:said|says|told|added|explained)\b", after) is not None
    kind = ""
    strong = True
    prev_word = re.findall(r"([a-z-]+),?\s*$", before)
    org_cue = (bool(prev_word) and prev_word[0] in ORG_CUES) or org_appositive
    if name in PLACES or (" ".join(tokens[-2:]) in PLACES and len(tokens) <= 2):
        kind = "place"
    elif tokens[-1] in BRAND_NAMES and len(tokens) <= 3:
        kind = "org"  # "Mercedes Benz", "Robert Bosch": companies named after people
    elif (
        _org_shaped(tokens)
        or cue == "ORGTITLE"
        or (org_cue and len(tokens) <= 4 and not looks_person)
    ):
        kind = "org"
    elif (
        len(tokens) in (2, 3)
        and all(t[:1].isupper() and t[1:].islower() for t in tokens)
        and (looks_person or title_cue or appositive or (said and tokens[0] in chinese_surnames()))
        and tokens[-1] not in ORG_HEADS
        and not any(t in _NOT_NAMES for t in tokens)
    ):
        kind = "person"
        if not looks_person and tokens[0] in chinese_surnames():
            family_first = True
    elif len(tokens) == 1 and name in person_aliases:
        return
    else:
        possessive = after.startswith(("'s ", "' "))
        repeated = inner_caps[name] >= 2 and len(tokens) == 1
        if len(tokens) <= 3 and (org_cue or repeated or (possessive and inner_caps[name] >= 1)):
            kind = "org"
            strong = org_cue or (possessive and inner_caps[name] >= 2)
        elif said and 2 <= len(tokens) <= 3:
            kind, strong = "org", False  # "Time Warner said": a speaker that is no person
    if not kind or (kind == "person") != pass_persons:
        return
    entity = entities.get(name)
    if entity is None:
        entity = Entity(name, kind, family_first=family_first, first_sentence=index)
        entity.strong = strong and not name.startswith(_SKIP_ORGS)
        entities[name] = entity
        if kind == "person":
            alias = tokens[0] if family_first else tokens[-1]
            entity.aliases.update({alias, f"Mr {alias}", f"Ms {alias}", f"Mrs {alias}"})
            person_aliases.setdefault(alias, name)
    elif strong and not name.startswith(_SKIP_ORGS):
        entity.strong = True
    entity.mentions += 1
    if kind == "org" and (
        re.search(r"(?:outlet|newspaper|agency|magazine|broadcaster|paper|website)\s*$", before)
        or name in _MEDIA_NAMES
        or tokens[-1] in _MEDIA_HEADS
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
            if title.lower().split()[-1] in _STAFF_TITLES:
                owner = None  # "the analyst of ING" is not how anyone says it
            the = "the " if owner and owner.split()[-1] in _INSTITUTION_HEADS else ""
            role = f"{title} of {the}{owner}" if owner else title
        if role:
            entity.titles.append(role)
            entity.roles.append((role, index))
