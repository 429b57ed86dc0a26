"""Fresh wrong options for one multiple-choice card, for an author who wants other distractors."""

import random
import re

from newsquiz.generate.checks import AnyCard
from newsquiz.models import Article, McqCard, normalize_text

SEEDS_TRIED = 6  # generator runs (different seeds) searched for new distractors


def _shape(text: str) -> str:
    """'February 2014' -> 'a 0', '8.0%' -> '0.0%': options should look alike."""
    return re.sub(r"\d+", "0", re.sub(r"[^\W\d_]+", "a", text))


def _wrong_options(cards: list[AnyCard], card: AnyCard, answer: str) -> list[str]:
    """Distractors the generator made for the same fact, then other answers of the same type."""
    same_fact = [
        option
        for other in cards
        if isinstance(other, McqCard) and card.fact_key and other.fact_key == card.fact_key
        for option in other.options
    ]
    same_type = [
        text
        for other in cards
        if isinstance(other, McqCard) and other.fact_type == card.fact_type
        for text in [other.answer, *other.options]
    ]
    shape = _shape(card.answer)
    numeric = any(ch.isdigit() for ch in card.answer)
    return [
        text
        for text in [*same_fact, *(t for t in same_type if _shape(t) == shape)]
        if normalize_text(text) != answer and (not numeric or _shape(text) == shape)
    ]


def regenerate_options(article: Article, card: AnyCard, seed: int = 1, n: int = 3) -> list[str]:
    """Options for `card` (its answer and `n` distractors, shuffled); new distractors first.

    Wrong options come from the generator run on the article with other seeds: those it made for
    the same fact, else answers and options of the same fact type. Fewer than `n` new ones are
    topped up with the card's current distractors. Returns [] when nothing fits.
    """
    from newsquiz.generate import generate_cards  # the package imports this module's callers

    answer = normalize_text(card.answer)
    current = card.options if isinstance(card, McqCard) else []
    used = {normalize_text(option) for option in current}
    fresh: list[str] = []
    stale: list[str] = [o for o in current if normalize_text(o) != answer]
    for offset in range(SEEDS_TRIED):
        generated = generate_cards(article, seed * SEEDS_TRIED + offset)
        for text in _wrong_options(generated, card, answer):
            key = normalize_text(text)
            if key not in used and key in card.prompt.casefold():
                continue  # an option the prompt itself gives away
            if key not in used:
                used.add(key)
                fresh.append(text)
        if len(fresh) >= n:
            break
    rng = random.Random(f"{seed}:{card.id}")
    rng.shuffle(fresh)
    chosen = (fresh + stale)[:n]
    if len(chosen) < 2:
        return []
    options = [card.answer, *chosen]
    rng.shuffle(options)
    return options
