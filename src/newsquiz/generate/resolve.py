"""Make sentences self-contained: resolve "he", "it", "the firm", aliases and relative years.

A sentence whose references cannot be resolved, that quotes someone, or that is not prose
(code, captions, "SEE ALSO" lines) yields None and is never used for a card.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsquiz.generate.context_pairs import binds
from newsquiz.generate.definite import with_the
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.mid_sentence import MidSentenceReferences
from newsquiz.generate.named_words import (
    names_something,
    pronouns_bound,
)
from newsquiz.generate.names import Mention
from newsquiz.generate.nationality import countries_in
from newsquiz.generate.owners import owned_subject
from newsquiz.generate.reference_memory import ReferenceMemory
from newsquiz.generate.reference_patterns import (
    BAD_START,
    BARE_INSTITUTION,
    BOILERPLATE,
    COMPARED_COUNT,
    CONNECTIVE,
    CUT_AT_DOT,
    DEMONSTRATIVE,
    DESCRIBED_ORG,
    DESCRIBED_SUBJECT,
    EPITHET_START,
    EXPLETIVE,
    FIRST_SECOND,
    GARBLED,
    INDEFINITE_ORG_START,
    LEADING_TIME,
    NATIONAL_BODY,
    NATIONAL_BODY_START,
    NOT_PROSE,
    NUMBER_OF,
    ORG_REF,
    PRODUCT_IT,
    START_HIS,
    START_ITS,
    START_ORG,
    START_ORG_NAMED,
    START_PERSON,
    VAGUE_EVENT,
    VAGUE_FIGURE,
    YEAR_REL,
)
from newsquiz.generate.relative_time import year_written_out
from newsquiz.generate.segment import Sentence
from newsquiz.generate.sentence_text import (
    drop_relative_time,
    maybe,
    quotes_ok,
    repeats_a_pair,
    unquote_reported,
    without_tickers,
)
from newsquiz.generate.speakers import (
    SPEECH_OPENING,
)
from newsquiz.generate.story_country import country_subject, in_country, with_country_subject
from newsquiz.generate.textutil import count_word, possessive


@dataclass(frozen=True, slots=True)
class Resolved:
    """A sentence rewritten to stand alone, with the original it came from."""

    text: str
    sentence: Sentence
    mentions: tuple[Mention, ...]
    context: str = ""
    relative_year: bool = False  # says "this year" in an undated article (kept as written)
    bound: bool = False  # read after the sentence before (the context), which its references need

    @property
    def full_text(self) -> str:
        """The sentence as a card shows it: with the story's headline when nothing is named."""
        return self.context + self.text


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


class Resolver(ReferenceMemory, MidSentenceReferences):
    """Walks the sentences in order, remembering who "he" and "the firm" were."""

    def __init__(
        self,
        index: EntityIndex,
        ref_year: int | None,
        headline: str = "",
        follows: Callable[[str], bool] | None = None,
        country: str | None = None,
    ) -> None:
        self.headline = headline.strip().rstrip(".")
        self.country = country  # the one country the story is about, if it has one
        # can a blind reader follow this sentence, shown before another as its context?
        self.follows = follows or (lambda text: True)
        self.index = index
        self.ref_year = ref_year
        self.last_person: str | None = None
        self.person_age = 0  # sentences since the last person was named
        self.clear_person = True  # the sentence before left no doubt who "he" is
        self.last_org: str | None = index.main_org
        self.expanded: set[str] = set()
        self.seen_orgs: set[str] = set()  # organizations named so far
        self.rival_before = False  # the sentence before named a company other than the main one
        self.counted: str | None = None  # "Mi Homes" after "the number of" in the last sentence
        self.relative_year = False  # the sentence being rewritten keeps an unresolved year
        self.described: dict[str, str] = {}
        self.nationals: dict[str, str] = {}  # "Dutch": the one company called Dutch
        self.previous_names: frozenset[str] = frozenset()  # who the sentence before named
        self.standalone: Resolved | None = None  # the sentence before, if it stood alone
        self.country_subject: str | None = None  # the lone country the sentence before opened on
        self.lenient = False  # reading a sentence after the one before: references may stay
        self.unbound = False  # the sentence has a reference it cannot resolve alone
        self.org_speaker: str | None = None  # the company the sentence before quoted

    def resolve(self, sentence: Sentence) -> Resolved | None:
        text = sentence.text
        previous = self.previous_names
        before, self.standalone = self.standalone, None
        self.relative_year = self.unbound = False
        expanded = set(self.expanded)
        result = self._rewrite(text)
        bound = None
        if result is None and self.unbound and before is not None:
            self.expanded, self.relative_year, self.lenient = expanded, False, True
            try:
                lenient = self._rewrite(text)
            finally:
                self.lenient = False
            if lenient is not None and not self.relative_year and self._binds(before, lenient):
                result, bound = lenient, before
        counted = {m.group(1) for m in NUMBER_OF.finditer(text)}
        self.counted = counted.pop() if len(counted) == 1 else None
        mentions = tuple(self.index.mentions(result if result else text))
        # who the sentence named once its "it" is resolved ("Its beer sales" is Carlsberg's)
        self.previous_names = frozenset(m.name for m in mentions)
        self._remember(mentions, result is not None, result if result else text)
        self.country_subject = country_subject(result or text, mentions)
        self._remember_descriptions(text)
        if result is None:
            return None
        if bound is not None:
            return Resolved(result, sentence, mentions, f"{bound.text} ", bound=True)
        context = ""
        # "German unemployment rose 7,000": a nationality names its country
        named = any(m.kind in {"person", "org", "place"} for m in mentions)
        named = named or bool(countries_in(result))
        if not self.relative_year:
            names = frozenset(m.name for m in mentions) if named else frozenset()
            owned = owned_subject(result, self.index, self.headline, previous, names)
            if owned is not None:  # "Net profit rose" in a one-company story: whose profit
                result, named = owned, True
                mentions = tuple(self.index.mentions(result))
        framed = None if self.relative_year else in_country(result, self.country, self.index)
        if not named and not self.relative_year and before and self._binds(before, result):
            # "The landmark deal could see ...": the sentence before says what it is about;
            # the story's country is written in too where that sentence does not name it
            # ("has risen to 200 dinars" after "Demonstrators ... blocked roads": judged
            # blind, which country? B)
            named_before = countries_in(before.text) & countries_in(self.country or "")
            if framed is not None and not named_before:
                result = framed
                mentions = tuple(self.index.mentions(result))
            return Resolved(result, sentence, mentions, f"{before.text} ", bound=True)
        if framed is not None:  # "Unemployment remains high" in a story about France
            result, named = framed, True
            mentions = tuple(self.index.mentions(result))
        if not named or self.relative_year:  # "this year" is the story's year
            if not self.headline:
                return None
            context = f'From the story "{self.headline}": '
        resolved = Resolved(result, sentence, mentions, context, self.relative_year)
        if not context:
            self.standalone = resolved
        return resolved

    def _rewrite(self, text: str) -> str | None:
        quoted = '"' in text
        text = unquote_reported(without_tickers(text))
        if not text.endswith((".", "!")) or NOT_PROSE.search(text) or not quotes_ok(text):
            return None
        if BOILERPLATE.search(text):
            return None
        if maybe(text, " and", " or") and GARBLED.search(text) or repeats_a_pair(text):
            return None  # "such as and Mi Home", "to fall to fall to": broken source text
        words = text.split()
        if not 6 <= len(words) <= 48:
            return None
        text = CONNECTIVE.sub("", text.lstrip("-* "), count=1)
        text = _capitalize(LEADING_TIME.sub("", _capitalize(text), count=1))
        text = self._resolve_institution(text)
        counted = self.counted is not None and COMPARED_COUNT.match(text) is not None
        text = self._count_compared(text)
        bad_start = BAD_START.match(text) is not None and not counted
        if FIRST_SECOND.search(text):
            return None
        if (EXPLETIVE.match(text) or bad_start) and not self._tolerated():
            return None
        org = self.last_org
        if self.org_speaker is not None and SPEECH_OPENING.match(text):
            org = self.org_speaker  # "Chevron said ... It said Nippon will pay": Chevron again
        if org is not None and CUT_AT_DOT.fullmatch(org):
            org = None  # "U.S" (an abbreviation cut at its dot) never stands for "it"
        if org is not None and any(
            count_word(text, name) for name in self.index.entities[org].aliases | {org}
        ):
            org = None  # "It ... of Wembley's profit": "it" is not Wembley itself
        if org is not None and PRODUCT_IT.match(text):
            org = None  # "It will not be sold in the US": a product, not the company before
        national = NATIONAL_BODY_START.match(text)
        if national is not None and (START_ITS.match(text) or START_ORG.match(text)):
            # "The Spanish group" is the company the article calls Spanish, if it calls one so
            org = self.nationals.get(national.group(1)) or None
        person = self.last_person if self._he_is_clear() else None
        text = with_country_subject(text, self.country_subject)
        if START_ITS.match(text):
            if org is not None:
                text = START_ITS.sub(f"{possessive(_capitalize(with_the(org)))} ", text, count=1)
            elif not self._tolerated():
                return None
        elif START_ORG.match(text):
            named = START_ORG_NAMED.match(text)
            if named and named.group(1) in self.index.alias_map:
                text = named.group(1) + text[named.end() :]
            elif org is not None:
                text = START_ORG.sub(_capitalize(with_the(org)), text, count=1)
            elif not self._tolerated():
                return None
        elif START_HIS.match(text):
            if person is not None:
                text = START_HIS.sub(f"{person}'s ", text, count=1)
            elif not self._tolerated():
                return None
        elif START_PERSON.match(text):
            if person is not None:
                text = START_PERSON.sub(f"{person} ", text, count=1)
            elif not self._tolerated():
                return None
        indefinite = INDEFINITE_ORG_START.match(text) is not None
        if (
            indefinite
            and not any(m.kind == "org" for m in self.index.mentions(text))
            and not self._tolerated()
        ):
            return None
        epithet = EPITHET_START.match(text)
        if epithet is not None and not any(m.kind == "org" for m in self.index.mentions(text)):
            if org is not None and org in self.previous_names and self._is_place(epithet.group(1)):
                rest = text[epithet.end() :]
                text = f"{_capitalize(with_the(org))}, {epithet.group()},{rest}"
            elif not self._tolerated():
                return None
        text = self._resolve_mid_org(text)
        text = self._resolve_mid_person(text)
        if maybe(text, "year") and YEAR_REL.search(text):
            if self.ref_year is None:
                self.relative_year = True  # no year to write it with: the sentence is not asked
            else:
                text = _capitalize(YEAR_REL.sub(year_written_out(self.ref_year), text))
        timeless = drop_relative_time(text)
        if timeless is None:
            return None
        text = self._expand_aliases(timeless)
        plain = YEAR_REL.sub("", text) if self.relative_year else text  # "this year" is kept
        demonstrative = maybe(plain, *_DEMONSTRATIVES) and DEMONSTRATIVE.search(plain)
        if (ORG_REF.search(text) or demonstrative) and not self._tolerated():
            return None
        if maybe(text, *_FIGURES) and VAGUE_FIGURE.search(text) and not self._tolerated():
            return None
        vague = VAGUE_EVENT.search(text) or BARE_INSTITUTION.search(text)
        if vague and not self._tolerated():
            return None
        described = NATIONAL_BODY.sub("it", text)
        if (
            DESCRIBED_SUBJECT.match(described)
            or (
                any(not names_something(m.group()) for m in DESCRIBED_ORG.finditer(described))
                and not any(m.kind == "org" for m in self.index.mentions(text))
            )
        ) and not self._tolerated():
            return None
        if not pronouns_bound(text, self.index) and not self._tolerated():
            return None
        if not quoted and _SAID_ASIDE.match(text):
            return None  # "In contrast, he said, the popularity ..." without its opening
        return text

    def _binds(self, before: Resolved, text: str) -> bool:
        """The sentence before binds this one's references, and is shown as the article wrote
        it: never one whose own "It" was rewritten ("Bundesbank did not specify ...")."""
        opening = CONNECTIVE.sub("", before.sentence.text, count=1)
        if any(p.match(opening) for p in (START_ITS, START_ORG, START_HIS, START_PERSON)):
            return False
        return binds(before.text, before.mentions, text, self.index) and self.follows(before.text)

    def _is_place(self, words: str) -> bool:
        """ "France", "The world": whose ranking a company's epithet gives."""
        places = [m for m in self.index.mentions(words) if m.kind == "place"]
        return words == "The world" or bool(places) or bool(countries_in(words))

    def _tolerated(self) -> bool:
        """A reference the sentence cannot resolve alone: dropped, unless the sentence is
        being read after the one before it (`context_pairs`), which may say what it means."""
        self.unbound = True
        return self.lenient

    def _count_compared(self, text: str) -> str:
        """ "Compared with the monthly increase of 1,000 in ...": 1,000 of what the sentence
        before counted ("the number of Mi Homes"); the sentence then stands alone."""
        match = COMPARED_COUNT.match(text)
        if match is None or self.counted is None:
            return text
        return f"{text[: match.end()]} {self.counted}{text[match.end() :]}"


_DEMONSTRATIVES = ("this", "these", "those", "such")
_FIGURES = ("figure", "number", "amount", "total", "level")


# a speech tag set off as an aside once the words before it are gone ("Helmut Panke said, the
# popularity of ... would fade": judged A)
_SAID_ASIDE = re.compile(
    r"^[^,]{1,60}\b(?:said|says|added|noted), (?!however|though|meanwhile|too\b|in\b)[a-z]"
)
