"""The business-terms glossary: package data, term finding in articles, and the glossary deck.

Pure: reads its own package data and imports only the models, so the generator can link the
glossary cards of the terms an article uses without loading the UI or the storage layers.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, product

import yaml
from pydantic import BaseModel, ConfigDict, Field

from newsquiz.models import normalize_text

DECK_ID = "business-terms"
DECK_TITLE = "Business terms"
DECK_DESCRIPTION = (
    "Terms a business-news reader meets, in plain words: what each means and an example of it"
    " in use. Built from src/newsquiz/data/glossary.yaml by scripts/build_glossary.py."
)
DISTRACTORS_PER_CARD = 3

HYPHENS = r"\-\u2010\u2011\u2012\u2013"
_SPACE = r"[\s\u00a0]"


class GlossaryTerm(BaseModel):
    """One entry: the term as readers meet it, other spellings, a definition and an example."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    term: str = Field(min_length=1)
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,57}$")
    family: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    aliases: tuple[str, ...] = ()
    avoid: tuple[str, ...] = Field(
        default=(), description="phrases in which a surface form means something else"
    )
    definition: str = Field(min_length=1)
    example: str = Field(min_length=1)
    confusables: tuple[str, ...] = Field(
        default=(), description="slugs of same-family terms to offer first as wrong options"
    )

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The ways articles write the term, the term itself first."""
        return (self.term, *self.aliases)

    @property
    def mcq_id(self) -> str:
        return f"{DECK_ID}:{self.slug}:mcq"

    @property
    def recall_id(self) -> str:
        return f"{DECK_ID}:{self.slug}:recall"

    @property
    def card_ids(self) -> tuple[str, str]:
        return (self.mcq_id, self.recall_id)


def _form_key(form: str) -> str:
    return normalize_text(re.sub(f"[{HYPHENS}]", " ", form))


def parse_glossary(text: str) -> list[GlossaryTerm]:
    """Validate glossary YAML; raises ValueError on a bad entry or a slug or form used twice."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml: 5x faster, still safe
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if not isinstance(data, list):
        raise ValueError("glossary: expected a list of terms")
    terms = [GlossaryTerm.model_validate(entry) for entry in data]
    slugs: set[str] = set()
    owners: dict[str, str] = {}
    for term in terms:
        if term.slug in slugs:
            raise ValueError(f"glossary: slug {term.slug!r} is used twice")
        slugs.add(term.slug)
        for form in term.surface_forms:
            key = _form_key(form) if not _is_case_sensitive_form(form) else form
            if key in owners:
                raise ValueError(f"glossary: {form!r} of {term.slug!r} is also {owners[key]!r}")
            owners[key] = term.slug
    families = {term.slug: term.family for term in terms}
    for term in terms:
        for slug in term.confusables:
            if families.get(slug) != term.family or slug == term.slug:
                raise ValueError(
                    f"glossary: confusable {slug!r} of {term.slug!r} is not another term"
                    f" of the {term.family!r} family"
                )
    return terms


@cache
def _bundled_glossary() -> tuple[GlossaryTerm, ...]:
    text = resources.files("newsquiz").joinpath("data", "glossary.yaml").read_text("utf-8")
    return tuple(parse_glossary(text))


def load_glossary() -> list[GlossaryTerm]:
    """The glossary bundled with the package, in source order (parsed once per process)."""
    return list(_bundled_glossary())


# ---------------------------------------------------------------- finding terms in text


def _is_acronym(word: str) -> bool:
    """Acronyms (IPO, YoY, M&A, M2) match case-sensitively, so 'ipo' inside a word never fires."""
    uppers = sum(c.isupper() for c in word)
    return uppers >= 2 or (uppers >= 1 and not any(c.islower() for c in word))


def _is_case_sensitive_form(form: str) -> bool:
    return any(_is_acronym(word) for word in re.split(rf"[\s{HYPHENS}]+", form))


def _plural(word: str) -> str | None:
    """The regular English plural of a word, or None when it already ends in s."""
    lower = word.lower()
    if lower.endswith("man"):
        return word[:-3] + "men"
    if lower.endswith(("ss", "x", "ch", "sh", "z")):
        return word + "es"
    if lower.endswith("s"):
        return None
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_TOKEN = re.compile(r"\w+(?:[&/]\w+)*")
"""Words as the matcher sees them; 'M&A' and 'P/E' stay whole, apostrophes and hyphens split."""
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_PLAIN_GAP = re.compile(rf"['\u2019\u2018]?{_SPACE}*(?:[{HYPHENS}]{_SPACE}*)?")
_COMMA_GAP = re.compile(rf",{_SPACE}*")


@dataclass(frozen=True, slots=True)
class _FormWord:
    case_sensitive: bool
    spellings: frozenset[str]
    """Accepted spellings, lowercased unless case-sensitive (the last word: singular or plural)."""

    def accepts(self, token: str) -> bool:
        return (token if self.case_sensitive else token.lower()) in self.spellings


@dataclass(frozen=True, slots=True)
class _FormVariant:
    owner: int
    """Index of the term the form (or the `avoid` phrase) belongs to."""
    words: tuple[_FormWord, ...]
    comma_gaps: tuple[bool, ...]
    length: int


def _form_variants(form: str, owner: int) -> list[_FormVariant]:
    """One form as token sequences: each hyphenated pair written apart or joined (e-commerce,
    ecommerce), the last word singular or plural."""
    tokens = [match.group() for match in _TOKEN.finditer(form)]
    gaps = [form[a.end() : b.start()] for a, b in pairwise(_TOKEN.finditer(form))]
    if not tokens:
        return []
    joinable = [index for index, gap in enumerate(gaps) if re.fullmatch(f"[{HYPHENS}]", gap)]
    variants = []
    for joined in product((False, True), repeat=len(joinable)):
        join_at = {index for index, flag in zip(joinable, joined, strict=True) if flag}
        words = [tokens[0]]
        commas: list[bool] = []
        for index, gap in enumerate(gaps):
            if index in join_at:
                words[-1] += tokens[index + 1]
            else:
                words.append(tokens[index + 1])
                commas.append("," in gap)
        form_words = []
        for position, word in enumerate(words):
            case_sensitive = _is_acronym(word)
            spellings = {word}
            if position == len(words) - 1 and word[-1:].isalpha():
                plural = word + "s" if case_sensitive else _plural(word)
                if plural is not None:
                    spellings.add(plural)
            if not case_sensitive:
                spellings = {spelling.lower() for spelling in spellings}
            form_words.append(_FormWord(case_sensitive, frozenset(spellings)))
        variants.append(_FormVariant(owner, tuple(form_words), tuple(commas), len(form)))
    return variants


def _longest_first(variant: _FormVariant) -> tuple[int, int]:
    return (-len(variant.words), -variant.length)


class TermMatcher:
    """Finds glossary terms in text: one precompiled tokenizer, then a lookup by first word.

    At each word the longest form starting there wins (operating profit margin over operating
    profit); a form inside one of its term's `avoid` phrases (at stake) is not counted.
    """

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self.terms = tuple(terms)
        self._by_first: dict[str, list[_FormVariant]] = {}
        self._avoid: dict[int, list[_FormVariant]] = {}
        for index, term in enumerate(self.terms):
            for form in term.surface_forms:
                for variant in _form_variants(form, index):
                    first = variant.words[0]
                    for spelling in first.spellings:
                        self._by_first.setdefault(spelling, []).append(variant)
            for phrase in term.avoid:
                self._avoid.setdefault(index, []).extend(_form_variants(phrase, index))
        for candidates in self._by_first.values():
            candidates.sort(key=_longest_first)

    def _candidates(self, token: str) -> list[_FormVariant]:
        lower = token.lower()
        found = self._by_first.get(lower, [])
        if lower != token and token in self._by_first:
            found = sorted([*found, *self._by_first[token]], key=_longest_first)
        return found

    def find(self, text: str) -> list[GlossaryTerm]:
        """Terms used in `text`, each once, in order of first occurrence."""
        # Splitting on a capturing tokenizer alternates gaps and words: gap, word, gap, word...
        parts = _TOKEN_SPLIT.split(text)
        words, gaps = parts[1::2], parts[2::2]
        keys = self._by_first
        lowers = map(str.lower, words)
        starts = [
            index
            for index, (word, lower) in enumerate(zip(words, lowers, strict=True))
            if lower in keys or word in keys
        ]
        found: dict[int, None] = {}
        free_from = 0
        for position in starts:
            if position < free_from:
                continue
            token = words[position]
            for variant in self._candidates(token):
                if variant.words[0].accepts(token) and _matches(words, gaps, position, variant):
                    free_from = position + len(variant.words)
                    if not self._avoided(words, gaps, position, variant):
                        found.setdefault(variant.owner)
                    break
        return [self.terms[index] for index in found]

    def _avoided(
        self, words: list[str], gaps: list[str], position: int, form: _FormVariant
    ) -> bool:
        """True when one of the term's `avoid` phrases (at stake) runs through `position`."""
        for phrase in self._avoid.get(form.owner, ()):
            for start in range(max(0, position - len(phrase.words) + 1), position + 1):
                if phrase.words[0].accepts(words[start]) and _matches(words, gaps, start, phrase):
                    return True
        return False


def _matches(words: list[str], gaps: list[str], position: int, variant: _FormVariant) -> bool:
    if position + len(variant.words) > len(words):
        return False
    for offset, word in enumerate(variant.words[1:]):
        gap = gaps[position + offset]
        gap_pattern = _COMMA_GAP if variant.comma_gaps[offset] else _PLAIN_GAP
        if not gap_pattern.fullmatch(gap) or gap.count("\n") > 1:
            return False  # no punctuation inside a term, and never across a paragraph break
        if not word.accepts(words[position + offset + 1]):
            return False
    return True


@cache
def _bundled_matcher() -> TermMatcher:
    return TermMatcher(_bundled_glossary())


@lru_cache(maxsize=8)
def matcher_for(terms: tuple[GlossaryTerm, ...]) -> TermMatcher:
    return TermMatcher(terms)


def find_terms(text: str, terms: Sequence[GlossaryTerm] | None = None) -> list[GlossaryTerm]:
    """Glossary terms `text` uses (whole words, any case but acronyms, singular or plural,
    hyphen or space, any alias), each once, in order of first occurrence.

    `terms` defaults to the bundled glossary; the matcher for a term list is compiled once.
    """
    matcher = _bundled_matcher() if terms is None else matcher_for(tuple(terms))
    return matcher.find(text)


def linked_card_ids(text: str, terms: Sequence[GlossaryTerm] | None = None) -> list[str]:
    """Ids of the glossary cards (multiple choice, then recall) for each term `text` uses."""
    return [card_id for term in find_terms(text, terms) for card_id in term.card_ids]


# ---------------------------------------------------------------- the glossary deck
