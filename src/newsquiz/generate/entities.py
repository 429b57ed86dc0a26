"""People (with titles), organizations and places, with aliases ("Gao" is "Gao Ziguang").

Names are found as runs of capitalized words and classified by gazetteers (Faker's name
tables, a place list) and by cues around them (titles, "the firm X", "X said").
"""

import re
from collections import Counter

from newsquiz.generate.aliases import (
    companies_named_after_people,
    drop_bare_company_names,
    drop_shared_aliases,
    keep_name_apostrophes,
    link_camel_case_aliases,
    merge_acronyms,
    merge_short_company_names,
    merge_spacing_variants,
)
from newsquiz.generate.classify import (
    classify_candidate,
    company_cued,
    judge_all,
    named_as_companies,
)
from newsquiz.generate.descriptors import describing
from newsquiz.generate.gazetteer import (
    CORPORATE_TITLES,
    INSTITUTION_HEADS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_HEADS,
    PLACES,
    TITLE_CONTINUATIONS,
    TITLE_WORDS,
)
from newsquiz.generate.given_names import name_people_by_given_name
from newsquiz.generate.name_runs import LEGAL_SUFFIX, split_runs
from newsquiz.generate.names import Entity, Mention, clean_name
from newsquiz.generate.nationality import is_demonym
from newsquiz.generate.person_names import western_given_names
from newsquiz.generate.segment import Sentence
from newsquiz.generate.textutil import capitalized_before, count_word

MAX_NAME_WORDS = 16  # the corpus's longest name has 6
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?")
# "Transnational Industries Inc" is "Transnational Industries" in a headline
_HEADLINE_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _initials_of(name: str) -> str:
    """ "GM" for "General Motors" (never for "General Motors Acceptance Corp", "GMAC")."""
    words = [w for w in name.split() if w not in {"of", "and", "the", "&"}]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


_GENERAL_TITLES = frozenset(
    "Attorney Secretary Director Surgeon Auditor Solicitor Inspector Governor Comptroller".split()
)


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
        # a mention is looked for up to this many words long: a run of thousands of
        # capitalized words must not make every position try every length
        longest = max((len(s.split()) for s in self.alias_map), default=0)
        self._longest = min(longest, MAX_NAME_WORDS)
        self.main_org: str | None = None
        self._seen: dict[str, list[Mention]] = {}
        self.main_org_in_headline = False

    def _add_short_names(self) -> None:
        """ "Hyundai" is "Hyundai Motor" when nothing else in the article is called Hyundai."""
        first_words: dict[str, list[str]] = {}
        for entity in self.entities.values():
            parts = entity.name.split()
            # "James Hardie" is no "James" ("Taylor Group" is "Taylor")
            named_after = parts[0] in western_given_names() and parts[-1] not in ORG_HEADS
            if entity.kind == "org" and len(parts) == 2 and len(parts[0]) >= 4 and not named_after:
                first_words.setdefault(parts[0], []).append(entity.name)
        for word, names in first_words.items():
            taken = word in self.alias_map or word in NOT_NAMES or word in PLACES
            taken = taken or word in TITLE_WORDS  # "General Motors" is no "General"
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
                or (len(stem := LEGAL_SUFFIX.sub("", e.name)) >= 5 and count_word(headline, stem))
                or (
                    e.name.split()[-1] not in INSTITUTION_HEADS  # the EU is no company
                    and _initials_of(stem) in _HEADLINE_ACRONYM.findall(headline)  # "GM issues"
                )
            )
        ]
        companies = [e for e in orgs if e.name.split()[-1] not in INSTITUTION_HEADS and e.strong]
        in_headline.sort(key=lambda e: (not e.strong, -e.mentions, e.first_sentence))
        choice = in_headline or [e for e in companies if e.mentions >= 2]
        self.main_org = choice[0].name if choice else None
        self.main_org_in_headline = bool(in_headline)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]

    def mentions(self, text: str) -> list[Mention]:
        """Known names in `text`, longest first at each position, left to right."""
        cached = self._seen.get(text)
        if cached is None:
            cached = self._seen[text] = self._find_mentions(text)
        return list(cached)

    def _find_mentions(self, text: str) -> list[Mention]:
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
                start = self._particles_before(text, start, end)  # "de Bruyn said"
                surface = text[start:end]
                name = self.alias_map[surface]
                # "United" inside "Manchester United" is not the alias of Shareholders United
                if surface == name or not capitalized_before(text, start):
                    found.append(Mention(name, self.entities[name].kind, start, end, surface))
                i = j + 1
        return found

    def _particles_before(self, text: str, start: int, end: int) -> int:
        """Where a family name written with its lowercase particles starts, if that is a
        known form ("de Bruyn", "van der Vorm"), else `start`."""
        at = start
        while at >= 2 and text[at - 1] == " ":
            word = re.search(r"[a-z]+$", text[: at - 1])
            if word is None or word.group() not in NAME_PARTICLES:
                break
            at = word.start()
            if text[at:end] in self.alias_map and (at == 0 or not text[at - 1].isalnum()):
                return at
        return start

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
    r"(?<![\w-])(?:[A-Z]|[a-z]{1,5}[A-Z])[\w&'.-]*(?:\s(?:(?:of|and|for|de|du|von|van|der|la|the|&)\s){0,2}"
    r"(?:[ae]l-)?[A-Z0-9][\w&'.-]*)*"
)
_SPAN_TOKEN = re.compile(r"\S+")


def _possessive_stripped(surface: str) -> str:
    if surface.endswith(("'s", "s'")):
        return surface[:-2] if surface.endswith("'s") else surface[:-1]
    return surface.rstrip(".,")


_LOWER_BRAND = re.compile(r"(?<![\w'.-])([a-z]{1,5})([A-Z][a-z]+[A-Za-z]*)(?![\w-])")
_ACTS_AFTER = re.compile(r"(?:'s\b| said\b| has\b| is\b| was\b| shares\b| stock\b)")


def _add_lowercase_brands(
    entities: dict[str, Entity], text: str, sentences: list[Sentence]
) -> None:
    """ "eBay" and "easyJet" are companies no capitalized-run search finds; at the start of a
    sentence they are written "EBay". A name used at least twice, once acting ("eBay said",
    "eBay's"), is taken for a company."""
    found: Counter[str] = Counter()
    acting: set[str] = set()
    for match in _LOWER_BRAND.finditer(text):
        name = match.group()
        found[name] += 1
        if _ACTS_AFTER.match(text, match.end()):
            acting.add(name)
    for name, count in found.items():
        if name in entities or name not in acting:
            continue
        initial = name[:1].upper() + name[1:]
        total = count + count_word(text, initial)
        if total < 2:
            continue
        first = next((s.index for s in sentences if name in s.text or initial in s.text), 0)
        entities[name] = Entity(name, "org", {initial}, first_sentence=first, mentions=total)


_PORTFOLIOS = frozenset(
    """State Treasury Agriculture Commerce Defense Defence Energy Labor Labour Interior Trade
    Finance Industry Health Education Transport Transportation Justice Economy Foreign Home
    Environment Housing Employment""".split()
)
_TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Commissioner|State) (?:of|for) (?:the )?$")


def extract_entities(sentences: list[Sentence], headline: str = "") -> EntityIndex:
    """Find and classify names across the article, merging aliases into one entity each."""
    inner_caps: Counter[str] = Counter()
    candidates: list[
        tuple[str, int, str, str, bool]
    ] = []  # surface, sentence, before, after, initial
    for sentence in sentences:
        text = sentence.text
        lead = len(text) - len(text.lstrip("\"'("))
        for start, end in split_runs(text):
            surface = text[start:end]
            if text[start - 1 : start] == "<" and _TICKER.fullmatch(surface):
                continue  # "Amoco Corp <AN>": a ticker symbol, no second company
            if "_" in surface:
                continue  # "VALIDATION_SPLIT": code pasted into an article, not a name
            initial = start <= lead
            words = surface.split()
            if len(words) >= 3 and words[0] in _PORTFOLIOS and _TITLE_OF.search(text, 0, start):
                # "Secretary of State George Shultz": the portfolio is the title's, not the name's
                start = text.index(words[1], start)
                surface, words = text[start:end], words[1:]
            if initial and len(words) >= 3 and describing(words[0]):
                # "Trouble-hit Mitsubishi Motors", "Investor Paul Bilzerian": what the name is
                # goes before it at the start of a sentence, capitalized
                start = text.index(words[1], start)
                surface, words = text[start:end], words[1:]
            # a title inside the run splits it: "Xiaomi President Wang Xiang"
            pieces: list[tuple[str, str, str]] = []
            current: list[str] = []
            title_before = ""
            title_words: list[str] = []
            for word in words:
                if word in TITLE_CONTINUATIONS and not title_words:
                    current.append(word)
                    continue
                at = words.index(word) if word in words else -1
                following = words[at + 1] if 0 <= at < len(words) - 1 else ""
                if word == "General" and title_words and title_words[-1] in _GENERAL_TITLES:
                    title_words.append(word)  # "Attorney General Eliot Spitzer"
                    continue
                if word == "General" and following and following not in western_given_names():
                    current.append(word)  # "General Motors", "General Electric": no general
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
                    owner = clean_name(pieces[-1][0]) if pieces and pieces[-1][2] else ""
                    # never "of South African", "of Sri Lankan"
                    if owner and not (owner.split()[-1] in NOT_NAMES or is_demonym(owner)):
                        title_before += " of " + owner
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
                corporate = after_cue in CORPORATE_TITLES
                cue = (t_before and "TITLE:" + t_before) or (corporate and "ORGTITLE") or ""
                candidates.append(
                    (piece, sentence.index, before + "\x00" + cue, after, piece_initial)
                )
                if not piece_initial:
                    for word in piece.split():
                        inner_caps[clean_name(word)] += 1
    entities: dict[str, Entity] = {}
    person_aliases: dict[str, str] = {}
    headline_words = frozenset(re.findall(r"[A-Z][\w&-]*", headline))
    verdicts = judge_all(candidates, inner_caps, headline_words)
    companies = named_as_companies(verdicts)
    for pass_persons in (True, False):
        for key, candidate in enumerate(candidates):
            classify_candidate(
                candidate,
                pass_persons,
                entities,
                person_aliases,
                inner_caps,
                headline_words,
                verdicts,
                key,
                companies,
            )
    merge_spacing_variants(entities)
    merge_acronyms(entities, sentences)
    drop_shared_aliases(entities)
    drop_bare_company_names(entities, sentences)
    reserved = NOT_NAMES | PLACES | ORG_HEADS | TITLE_WORDS
    merge_short_company_names(entities, reserved, western_given_names(), ORG_HEADS)
    text = "\n".join([headline] + [s.text for s in sentences])
    link_camel_case_aliases(entities, text, NOT_NAMES | PLACES)
    _add_lowercase_brands(entities, text, sentences)
    cued = {c[0] for c in candidates if " " not in c[0] and company_cued(c)}
    for alias, name in person_aliases.items():
        # the person may have been merged away above ("CEO Acme Bank Xiaomi" as a company)
        if alias in entities and alias != name and name in entities:
            if entities[alias].kind == "org" and alias in cued:
                entities[name].aliases.discard(alias)  # "Ford" the company, "Mr Ford" the man
                continue
            entities[name].mentions += entities[alias].mentions
            del entities[alias]
    keep_name_apostrophes(entities, text)
    companies_named_after_people(entities, text)
    name_people_by_given_name(entities, text)
    index = EntityIndex(entities)
    index.choose_main_org(headline)
    return index
