"""Importance ranking and card selection: lead and headline facts first, weak cards dropped."""

import re

from newsquiz.generate.frames import Fact
from newsquiz.generate.textutil import norm

_KIND_WEIGHT = {
    "money": 3.0,
    "percent": 3.0,
    "person": 3.0,
    "count": 2.5,
    "org": 2.0,
    "date": 2.0,
    "title": 2.5,
    "event": 2.0,
}
MAX_CARDS = 30
MAX_FACTS_PER_SENTENCE = 2


def fact_score(fact: Fact, sentence_count: int, headline: str) -> float:
    """Higher for the lead, headline words, key figures and frames with a wh-question."""
    index = fact.resolved.sentence.index
    score = _KIND_WEIGHT.get(fact.kind, 1.0)
    score += 2.0 * (1 - index / max(sentence_count, 1))
    if index == 0:
        score += 1.5
    head = norm(headline)
    words = [w for w in re.findall(r"\w+", norm(fact.answer)) if len(w) > 2]
    if words and all(w in head for w in words):
        score += 1.5
    if fact.question:
        score += 1.0
    if fact.kind == "date" and fact.quantity is not None and fact.quantity.granularity == "year":
        score -= 0.5
    return score


def select_facts(facts: list[Fact], sentence_count: int, headline: str) -> list[Fact]:
    """Facts in order of importance, at most two from one sentence and one per answer+kind."""
    for fact in facts:
        fact.score = fact_score(fact, sentence_count, headline)
    ranked = sorted(facts, key=lambda f: (-f.score, f.resolved.sentence.index, f.start))
    per_sentence: dict[int, int] = {}
    seen: set[tuple[str, str]] = set()
    chosen = []
    for fact in ranked:
        index = fact.resolved.sentence.index
        limit = MAX_FACTS_PER_SENTENCE + (1 if index == 0 else 0)
        key = (fact.kind, norm(fact.answer))
        if per_sentence.get(index, 0) >= limit or key in seen:
            continue
        per_sentence[index] = per_sentence.get(index, 0) + 1
        seen.add(key)
        chosen.append(fact)
    # a second pass admits facts held back by the per-sentence cap when the deck is thin
    if len(chosen) < 6:
        for fact in ranked:
            key = (fact.kind, norm(fact.answer))
            if fact not in chosen and key not in seen:
                seen.add(key)
                chosen.append(fact)
    return chosen
