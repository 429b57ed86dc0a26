"""Answering a card straight through the store, as a session would record it."""

from datetime import datetime

from newsquiz.models import Review
from newsquiz.scheduling import Rating, apply_rating, make_scheduler, new_progress
from newsquiz.store.base import ProgressStore


def answer(
    store: ProgressStore, card_id: str, deck_id: str, rating: Rating, now: datetime
) -> Review:
    """Record one answer to `card_id` at `now` (fsrs schedules it; no fuzz)."""
    before = store.progress(card_id)
    start = before or new_progress(card_id, deck_id, card_id, now)
    after = apply_rating(make_scheduler(store.settings(), fuzz=False), start, rating, now)
    return store.record_review(
        Review(
            card_id=card_id,
            deck_id=deck_id,
            rating=int(rating),
            time=now,
            duration_ms=4200,
            answer="7,600",
            correct=rating > Rating.AGAIN,
            kind="numeric",
            before=before,
            after=after,
        )
    )
