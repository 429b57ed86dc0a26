"""Figures for the statistics screen, computed from reviews and progress (pure, no Textual).

Days are study days: they roll over at the user's hour in the user's zone, like the queue.
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from newsquiz.models import CardProgress, Deck, DeckIndex, Review, Settings, as_index
from newsquiz.overview import collection_stats, true_retention


def study_day(moment: datetime, zone: tzinfo, rollover_hour: int) -> date:
    """The study day a moment belongs to (before the rollover hour it is still yesterday)."""
    return (moment.astimezone(zone) - timedelta(hours=rollover_hour)).date()


def reviews_per_day(
    reviews: Iterable[Review], today: date, days: int, zone: tzinfo, rollover_hour: int
) -> list[int]:
    """Reviews on each of the last `days` study days, oldest first, today last."""
    first = today - timedelta(days=days - 1)
    counts = [0] * days
    for review in reviews:
        day = study_day(review.time, zone, rollover_hour)
        if first <= day <= today:
            counts[(day - first).days] += 1
    return counts


def due_forecast(
    progress: Iterable[CardProgress], today: date, days: int, zone: tzinfo, rollover_hour: int
) -> list[int]:
    """Cards falling due on each of the next `days` study days; overdue cards count today."""
    counts = [0] * days
    for state in progress:
        if state.suspended or state.reps == 0:
            continue
        offset = (study_day(state.due, zone, rollover_hour) - today).days
        if offset < days:
            counts[max(0, offset)] += 1
    return counts


def streak(days_studied: set[date], today: date) -> int:
    """Consecutive study days up to today (or up to yesterday, while today is still open)."""
    day = today if today in days_studied else today - timedelta(days=1)
    count = 0
    while day in days_studied:
        count += 1
        day -= timedelta(days=1)
    return count


@dataclass(frozen=True)
class DeckRetention:
    title: str
    retention: float | None
    graded: int
    reviews: int


@dataclass(frozen=True)
class StatsFigures:
    """Everything the statistics screen draws."""

    today: date
    per_day_30: list[int]
    per_day_365: list[int]
    forecast_30: list[int]
    retention: list[DeckRetention]
    overall_retention: float | None
    cards_by_state: dict[str, int]
    streak: int
    total_reviews: int
    daily_counts: dict[date, int]


def compute_stats(
    decks: Sequence[Deck | DeckIndex],
    progress: Mapping[str, CardProgress],
    reviews: list[Review],
    settings: Settings,
    now: datetime,
    zone: tzinfo,
) -> StatsFigures:
    """All figures in one pass over the reviews (true retention over the last 30 days)."""
    rollover = settings.day_rollover_hour
    today = study_day(now, zone, rollover)
    card_ids = {card_id for deck in decks for card_id in as_index(deck).card_ids()}
    ours = [state for card_id, state in progress.items() if card_id in card_ids]
    daily: Counter[date] = Counter(study_day(r.time, zone, rollover) for r in reviews)
    recent = [r for r in reviews if r.time >= now - timedelta(days=30)]
    retention = []
    for deck in decks:
        deck_reviews = [r for r in recent if r.deck_id == deck.id]
        value, graded = true_retention(deck_reviews)
        retention.append(DeckRetention(deck.title, value, graded, len(deck_reviews)))
    overall, _ = true_retention(recent)
    states = collection_stats(decks, progress, [], settings, now, zone)["cards_by_state"]
    assert isinstance(states, dict)
    return StatsFigures(
        today=today,
        per_day_30=reviews_per_day(reviews, today, 30, zone, rollover),
        per_day_365=reviews_per_day(reviews, today, 365, zone, rollover),
        forecast_30=due_forecast(ours, today, 30, zone, rollover),
        retention=retention,
        overall_retention=overall,
        cards_by_state={str(k): int(v) for k, v in states.items()},
        streak=streak(set(daily), today),
        total_reviews=len(reviews),
        daily_counts=dict(daily),
    )
