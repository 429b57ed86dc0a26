"""Scheduling rules: the only importer of fsrs. Day boundaries, reviews, today's queue."""

from newsquiz.scheduling.days import day_start, local_zone, next_day_start
from newsquiz.scheduling.fsrs_bridge import (
    Rating,
    apply_rating,
    make_scheduler,
    new_progress,
    preview_intervals,
    retrievability,
)
from newsquiz.scheduling.queue import StudyCards, TodayQueue, build_queue
from newsquiz.scheduling.rules import presentation_kind, suggest_rating

__all__ = [
    "Rating",
    "StudyCards",
    "TodayQueue",
    "apply_rating",
    "build_queue",
    "day_start",
    "local_zone",
    "make_scheduler",
    "new_progress",
    "next_day_start",
    "presentation_kind",
    "preview_intervals",
    "retrievability",
    "suggest_rating",
]
