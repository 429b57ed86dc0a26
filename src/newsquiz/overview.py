"""Read-only summaries of progress: the numbers `stats` reports (today's counts come from
`newsquiz.today`, as everywhere else)."""

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo

from newsquiz.models import CardProgress, Deck, DeckIndex, Review, Settings, as_index
from newsquiz.scheduling import day_start
from newsquiz.today import StudyDay


def card_state(progress: CardProgress | None) -> str:
    if progress is None or progress.reps == 0:
        return "new"
    return progress.state


def true_retention(reviews: Iterable[Review]) -> tuple[float | None, int]:
    """Share of reviews of cards in review state that were not failed (Anki's true retention)."""
    graded = [r for r in reviews if r.before is not None and r.before.state == "review"]
    if not graded:
        return None, 0
    passed = sum(1 for r in graded if r.rating > 1)
    return passed / len(graded), len(graded)


def collection_stats(
    decks: Iterable[Deck | DeckIndex],
    progress: Mapping[str, CardProgress],
    reviews: list[Review],
    settings: Settings,
    now: datetime,
    zone: tzinfo,
) -> dict[str, object]:
    """The figures `newsquiz stats` prints: totals, today, retention, cards by state."""
    start = day_start(now, zone, settings.day_rollover_hour)
    today = [r for r in reviews if r.time >= start]
    indexes = [as_index(deck) for deck in decks]
    queue = StudyDay(progress, today, settings, now, zone).queue(indexes, indexes)
    retention, graded = true_retention(r for r in reviews if r.time >= now - timedelta(days=30))
    states: Counter[str] = Counter()
    for deck in indexes:
        for card_id in deck.card_ids():
            state = progress.get(card_id)
            if state is not None and state.suspended:
                states["suspended"] += 1
            else:
                states[card_state(state)] += 1
    return {
        "reviews_total": len(reviews),
        "today": {
            "done": len(today),
            "correct": sum(1 for r in today if r.correct),
            "due": queue.remaining(),
            "new": queue.new_count,
            "learning": queue.learning_count,
            "review": queue.review_count,
        },
        "true_retention_30d": None if retention is None else round(retention, 4),
        "retention_reviews_30d": graded,
        "cards_by_state": {
            name: states.get(name, 0)
            for name in ("new", "learning", "review", "relearning", "suspended")
        },
        "decks": len(indexes),
        "cards": sum(len(deck) for deck in indexes),
    }
