"""The business-terms glossary deck: two cards per term, with same-family distractors.

Built from the glossary source by `scripts/build_glossary.py`; kept apart from term finding,
which the generator runs on every article.
"""

import hashlib
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from newsquiz.glossary import (
    DECK_DESCRIPTION,
    DECK_ID,
    DECK_TITLE,
    DISTRACTORS_PER_CARD,
    HYPHENS,
    GlossaryTerm,
    TermMatcher,
    load_glossary,
    matcher_for,
)
from newsquiz.models import Deck, FactType, McqCard, RecallCard, normalize_text

_STOPWORDS = frozenset({"of", "the", "to", "and", "a", "on", "per", "in", "for"})


def _words(text: str) -> set[str]:
    return {w for w in re.split(rf"[^\w']+|[{HYPHENS}]", text.lower()) if w} - _STOPWORDS


def _content_words(text: str) -> set[str]:
    return {word for word in _words(text) if len(word) > 3}


def _tiebreak(a: str, b: str) -> str:
    return hashlib.blake2b(f"{a}\x1f{b}".encode(), digest_size=4).hexdigest()


def _likeness(term: GlossaryTerm, other: GlossaryTerm) -> float:
    """How easily `other` is mistaken for `term`: definitions about the same things, names
    spelled alike (year-on-year, quarter-on-quarter)."""
    mine, theirs = _content_words(term.definition), _content_words(other.definition)
    overlap = len(mine & theirs) / max(1, len(mine | theirs))
    spelling = SequenceMatcher(None, term.term.lower(), other.term.lower()).ratio()
    return round(2 * overlap + spelling / 2, 3)


def pick_distractors(
    term: GlossaryTerm,
    terms: Sequence[GlossaryTerm],
    count: int = DISTRACTORS_PER_CARD,
    matcher: TermMatcher | None = None,
) -> list[str]:
    """Names of `count` other terms of the same family to offer beside `term` in its MCQ.

    The term's hand-picked `confusables` come first, then terms sharing words with its name
    (gross margin: operating margin, net margin), then the most alike by definition and
    spelling. Terms named in the definition are left out, so the prompt never points at a wrong
    option. Ties are broken by a stable hash, so rebuilding gives the same cards.
    """
    matcher = matcher or matcher_for(tuple(terms))
    named = {other.slug for other in matcher.find(term.definition)}
    answer_words = _words(term.term)
    answer_key = normalize_text(term.term)
    candidates = [
        other
        for other in terms
        if other.family == term.family
        and other.slug != term.slug
        and other.slug not in named
        and normalize_text(other.term) != answer_key
    ]
    picked = {slug: rank for rank, slug in enumerate(term.confusables)}
    candidates.sort(
        key=lambda other: (
            picked.get(other.slug, len(picked)),
            -len(answer_words & _words(other.term)),
            -_likeness(term, other),
            _tiebreak(term.slug, other.slug),
        )
    )
    return [other.term for other in candidates[:count]]


def _options(term: GlossaryTerm, distractors: list[str]) -> list[str]:
    """The answer placed among the distractors at a position fixed by the slug."""
    position = int(_tiebreak(term.slug, "position"), 16) % (len(distractors) + 1)
    return [*distractors[:position], term.term, *distractors[position:]]


def _explanation(term: GlossaryTerm) -> str:
    text = f"Example: {term.example}"
    if term.aliases:
        text += f" Also written: {', '.join(term.aliases)}."
    return text


def glossary_cards(
    term: GlossaryTerm, terms: Sequence[GlossaryTerm], matcher: TermMatcher | None = None
) -> list[McqCard | RecallCard]:
    """The two cards of a term: definition to term (multiple choice), term to definition."""
    explanation = _explanation(term)
    tags = [term.family]
    mcq = McqCard(
        id=term.mcq_id,
        prompt=f"Which business term means: {term.definition}",
        answer=term.term,
        options=_options(term, pick_distractors(term, terms, matcher=matcher)),
        accepted=list(term.aliases),
        fact_type=FactType.TERM,
        fact_key=term.slug,
        explanation=explanation,
        tags=tags,
    )
    recall = RecallCard(
        id=term.recall_id,
        prompt=f"What does \u201c{term.term}\u201d mean?",
        answer=term.definition,
        fact_type=FactType.TERM,
        fact_key=term.slug,
        explanation=explanation,
        tags=tags,
    )
    return [mcq, recall]


def build_glossary_deck(terms: Sequence[GlossaryTerm] | None = None) -> Deck:
    """The `business-terms` deck: two cards per term, in glossary order."""
    chosen = load_glossary() if terms is None else list(terms)
    matcher = TermMatcher(chosen)
    cards = [card for term in chosen for card in glossary_cards(term, chosen, matcher)]
    return Deck(
        id=DECK_ID,
        title=DECK_TITLE,
        description=DECK_DESCRIPTION,
        tags=["glossary"],
        cards=cards,
    )
