"""Read-only summaries of progress: per-deck counts and the numbers `stats` reports."""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from newsquiz.models import CardProgress, Deck, DeckIndex, Review, Settings, as_index
from newsquiz.scheduling import StudyCards, TodayQueue, build_queue, day_start, next_day_start


@dataclass(frozen=True)
class DeckCounts:
    deck_id: str
    title: str
    cards: int
    new: int
    learning: int
    due: int


def deck_counts(
    decks: Iterable[Deck | DeckIndex],
    progress: Mapping[str, CardProgress],
    today_reviews: list[Review],
    settings: Settings,
    now: datetime,
    zone: tzinfo,
) -> list[DeckCounts]:
    """New / learning / due counts per deck as today's queue would show them."""
    rows = []
    for deck in map(as_index, decks):
        mine = [r for r in today_reviews if r.deck_id == deck.id]
        queue = today_queue([deck], progress, mine, settings, now, zone)
        rows.append(
            DeckCounts(
                deck.id,
                deck.title,
                len(deck),
                queue.new_count,
                queue.learning_count,
                queue.review_count,
            )
        )
    return rows


def today_queue(
    decks: Iterable[Deck | DeckIndex],
    progress: Mapping[str, CardProgress],
    today_reviews: list[Review],
    settings: Settings,
    now: datetime,
    zone: tzinfo,
) -> TodayQueue:
    """What studying all decks today would go through: the daily limits apply once."""
    return build_queue(
        StudyCards.of_indexes(map(as_index, decks)),
        progress,
        today_reviews,
        now=now,
        day_start=day_start(now, zone, settings.day_rollover_hour),
        day_end=next_day_start(now, zone, settings.day_rollover_hour),
        new_per_day=settings.new_per_day,
        reviews_per_day=settings.reviews_per_day,
    )


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
    queue = today_queue(indexes, progress, today, settings, now, zone)
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
