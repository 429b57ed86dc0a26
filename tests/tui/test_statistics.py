"""The statistics screen's figures and the heatmap, computed without Textual running."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsquiz.models import CardProgress
from newsquiz.statistics import due_forecast, reviews_per_day, streak, study_day
from newsquiz.tui.formatting import describe_due, describe_duration
from newsquiz.tui.widgets.heatmap import heatmap_text, intensity

from .conftest import NOW

TODAY = date(2026, 11, 25)


def progress(due: datetime, **update: object) -> CardProgress:
    base = CardProgress(card_id="c", deck_id="d", state="review", due=due, reps=2)
    return base.model_copy(update=update)


def test_study_day_rolls_over_at_the_hour() -> None:
    zone = ZoneInfo("Europe/Berlin")
    assert study_day(datetime(2026, 11, 25, 2, 30, tzinfo=UTC), zone, 4) == date(2026, 11, 24)
    assert study_day(datetime(2026, 11, 25, 3, 30, tzinfo=UTC), zone, 4) == date(2026, 11, 25)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ({TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2)}, 3),
        ({TODAY - timedelta(days=1), TODAY - timedelta(days=2)}, 2),  # today still open
        ({TODAY, TODAY - timedelta(days=2)}, 1),
        ({TODAY - timedelta(days=2)}, 0),
        (set(), 0),
    ],
    ids=["three-days", "yesterday-counts", "gap", "broken", "never"],
)
def test_streak(days: set[date], expected: int) -> None:
    assert streak(days, TODAY) == expected


def test_forecast_counts_overdue_today_and_skips_new_and_suspended() -> None:
    cards = [
        progress(NOW - timedelta(days=5)),
        progress(NOW + timedelta(days=1)),
        progress(NOW + timedelta(days=1), suspended=True),
        progress(NOW + timedelta(days=2), reps=0),
        progress(NOW + timedelta(days=40)),
    ]
    forecast = due_forecast(cards, TODAY, 30, UTC, 4)
    assert forecast[0] == 1 and forecast[1] == 1 and sum(forecast) == 2


def test_reviews_per_day_window() -> None:
    from newsquiz.models import Review

    def review(at: datetime) -> Review:
        return Review(
            card_id="c", deck_id="d", rating=3, time=at, duration_ms=1, correct=True,
            kind="recall", after=progress(at),
        )  # fmt: skip

    reviews = [
        review(NOW),
        review(NOW),
        review(NOW - timedelta(days=3)),
        review(NOW - timedelta(days=40)),
    ]
    counts = reviews_per_day(reviews, TODAY, 30, UTC, 4)
    assert len(counts) == 30 and counts[-1] == 2 and counts[-4] == 1 and sum(counts) == 3


def test_heatmap_levels_and_shape() -> None:
    assert [intensity(n, 8) for n in (0, 1, 2, 4, 8)] == [0, 1, 1, 2, 4]
    text = heatmap_text({TODAY: 3}, TODAY, weeks=10)
    lines = text.plain.splitlines()
    assert len(lines) == 7 and all(len(line) == 4 + 10 for line in lines)
    assert lines[TODAY.weekday()][-1] == "■"
    assert lines[6][-1] == " "  # Sunday of this week has not come yet (today is a Wednesday)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (timedelta(0), "now"),
        (timedelta(minutes=8), "in 8 min (15:08)"),
        (timedelta(hours=3), "in 3 h (Wed 18:00)"),
        (timedelta(days=4), "in 4 days (Sun 29 Nov)"),
    ],
    ids=["now", "minutes", "hours", "days"],
)
def test_describe_due(offset: timedelta, expected: str) -> None:
    assert describe_due(NOW + offset, NOW, UTC) == expected


def test_describe_duration() -> None:
    assert [describe_duration(ms) for ms in (900, 42_000, 185_000, 3_720_000)] == [
        "0 s",
        "42 s",
        "3 min 5 s",
        "1 h 2 min",
    ]
