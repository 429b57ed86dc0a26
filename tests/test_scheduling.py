"""Scheduling rules with fixed clocks and fuzzing off: limits, siblings, days, steps."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsquiz.models import CardProgress, Deck, Review, Settings
from newsquiz.scheduling import (
    Rating,
    StudyCards,
    TodayQueue,
    apply_rating,
    build_queue,
    day_start,
    make_scheduler,
    new_progress,
    next_day_start,
    presentation_kind,
    suggest_rating,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SCHEDULER = make_scheduler(Settings(), fuzz=False)


def deck_of(n: int, fact_of: dict[int, str] | None = None) -> Deck:
    cards = []
    for i in range(n):
        card: dict[str, object] = {"kind": "recall", "prompt": f"Q{i}?", "answer": f"A{i}"}
        if fact_of and i in fact_of:
            card["fact_key"] = fact_of[i]
        cards.append(card)
    return Deck.model_validate({"id": "d", "title": "D", "cards": cards})


def queue_for(
    deck: Deck, progress: dict[str, CardProgress], today: list[Review], **kw: int
) -> TodayQueue:
    return build_queue(
        StudyCards.of([(deck.id, deck.cards)]),
        progress,
        today,
        now=NOW,
        day_start=NOW - timedelta(hours=8),
        day_end=NOW + timedelta(hours=16),
        new_per_day=kw.get("new", 20),
        reviews_per_day=kw.get("reviews", 200),
    )


def reviewed(card_id: str, *, days_ago: float, due_in_days: float, rating: int = 3) -> CardProgress:
    return CardProgress(
        card_id=card_id,
        deck_id="d",
        state="review",
        stability=5.0,
        difficulty=5.0,
        due=NOW + timedelta(days=due_in_days),
        last_review=NOW - timedelta(days=days_ago),
        reps=3,
    )


def test_new_card_limit() -> None:
    queue = queue_for(deck_of(30), {}, [])
    assert queue.new_count == 20 and len(queue.main) == 20


def test_new_limit_counts_cards_introduced_today() -> None:
    deck = deck_of(30)
    first = deck.cards[0].id or ""
    after = new_progress(first, "d", "", NOW).model_copy(update={"reps": 1})
    done = Review(
        card_id=first,
        deck_id="d",
        rating=3,
        time=NOW,
        duration_ms=1,
        correct=True,
        kind="recall",
        before=None,
        after=after,
    )
    queue = queue_for(deck, {first: after}, [done], new=5)
    assert queue.new_done == 1 and queue.new_count == 4


def test_review_limit_and_most_overdue_first() -> None:
    deck = deck_of(10)
    ids = [c.id or "" for c in deck.cards]
    progress = {cid: reviewed(cid, days_ago=9, due_in_days=-i) for i, cid in enumerate(ids)}
    queue = queue_for(deck, progress, [], reviews=3)
    assert queue.review_count == 3
    assert queue.main == [ids[9], ids[8], ids[7]]


def test_new_cards_are_interleaved_among_reviews() -> None:
    deck = deck_of(12)
    ids = [c.id or "" for c in deck.cards]
    progress = {cid: reviewed(cid, days_ago=5, due_in_days=-1) for cid in ids[:8]}
    queue = queue_for(deck, progress, [])
    positions = [queue.main.index(cid) for cid in ids[8:]]
    assert positions != [8, 9, 10, 11]  # not all at the end
    assert min(b - a for a, b in zip(positions, positions[1:], strict=False)) >= 2


def test_siblings_never_on_the_same_day() -> None:
    deck = deck_of(4, {0: "fact", 1: "fact", 2: "fact"})
    queue = queue_for(deck, {}, [])
    assert len(queue.main) == 2  # one card of "fact" plus the unrelated card


def test_sibling_reviewed_today_blocks_the_others() -> None:
    deck = deck_of(3, {0: "fact", 1: "fact"})
    first = deck.cards[0].id or ""
    after = reviewed(first, days_ago=0, due_in_days=3).model_copy(update={"fact_key": "fact"})
    done = Review(
        card_id=first,
        deck_id="d",
        rating=3,
        time=NOW,
        duration_ms=1,
        correct=True,
        kind="recall",
        before=None,
        after=after,
    )
    queue = queue_for(deck, {first: after}, [done])
    assert queue.main == [deck.cards[2].id]


def test_suspended_and_buried_cards_are_skipped() -> None:
    deck = deck_of(3)
    ids = [c.id or "" for c in deck.cards]
    progress = {
        ids[0]: new_progress(ids[0], "d", "", NOW).model_copy(update={"suspended": True}),
        ids[1]: new_progress(ids[1], "d", "", NOW).model_copy(
            update={"buried_until": NOW + timedelta(hours=3)}
        ),
    }
    assert queue_for(deck, progress, []).main == [ids[2]]


def test_learning_cards_due_today_always_come_back() -> None:
    progress = new_progress("d:x", "d", "", NOW)
    missed = apply_rating(SCHEDULER, progress, Rating.AGAIN, NOW, 2000)
    assert missed.state == "learning" and missed.due - NOW == timedelta(minutes=1)
    deck = Deck.model_validate(
        {
            "id": "d",
            "title": "D",
            "cards": [{"id": "d:x", "kind": "recall", "prompt": "Q", "answer": "A"}],
        }
    )
    queue = queue_for(deck, {"d:x": missed}, [], new=0, reviews=0)
    assert queue.learning == ["d:x"]


def test_lapse_goes_to_relearning_and_counts() -> None:
    mature = reviewed("d:x", days_ago=5, due_in_days=0)
    lapsed = apply_rating(SCHEDULER, mature, Rating.AGAIN, NOW, 1000)
    assert lapsed.state == "relearning" and lapsed.lapses == 1
    assert lapsed.due - NOW == timedelta(minutes=10)


def test_fsrs_intervals_grow_with_good_answers() -> None:
    progress = new_progress("d:x", "d", "", NOW)
    when, intervals = NOW, []
    for _ in range(5):
        progress = apply_rating(SCHEDULER, progress, Rating.GOOD, when, 3000)
        intervals.append(progress.due - when)
        when = progress.due
    assert intervals == sorted(intervals) and intervals[-1] > timedelta(days=10)


@pytest.mark.parametrize(
    ("now", "zone", "expected_start"),
    [
        (datetime(2026, 11, 25, 3, 59, tzinfo=UTC), "UTC", datetime(2026, 11, 24, 4, tzinfo=UTC)),
        (datetime(2026, 11, 25, 4, 0, tzinfo=UTC), "UTC", datetime(2026, 11, 25, 4, tzinfo=UTC)),
        # 02:00 UTC is 21:00 the previous evening in New York: still that study day
        (
            datetime(2026, 11, 25, 2, 0, tzinfo=UTC),
            "America/New_York",
            datetime(2026, 11, 24, 9, tzinfo=UTC),
        ),
        # Tokyo is ahead: 20:00 UTC is 05:00 local, the day started at 04:00 local = 19:00 UTC
        (
            datetime(2026, 11, 25, 20, 0, tzinfo=UTC),
            "Asia/Tokyo",
            datetime(2026, 11, 25, 19, tzinfo=UTC),
        ),
    ],
    ids=["before-rollover", "at-rollover", "west", "east"],
)
def test_day_start_in_time_zones(now: datetime, zone: str, expected_start: datetime) -> None:
    assert day_start(now, ZoneInfo(zone), 4) == expected_start


def test_days_across_dst_changes() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 2026-03-29: clocks jump 02:00 -> 03:00; the study day before it is 23 hours long
    now = datetime(2026, 3, 28, 12, tzinfo=UTC)
    assert next_day_start(now, berlin, 4) - day_start(now, berlin, 4) == timedelta(hours=23)
    # 2026-10-25: clocks go back; that day is 25 hours long
    now = datetime(2026, 10, 24, 12, tzinfo=UTC)
    assert next_day_start(now, berlin, 4) - day_start(now, berlin, 4) == timedelta(hours=25)
    # rollover hour inside the skipped hour still gives an ordered, non-empty day
    now = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    start, end = day_start(now, berlin, 2), next_day_start(now, berlin, 2)
    assert start <= now < end


def test_suggested_ratings() -> None:
    assert suggest_rating(False, 1000, typed=True) == Rating.AGAIN
    assert suggest_rating(True, 1500, prompt_chars=40, typed=True) == Rating.EASY
    assert suggest_rating(True, 8000, prompt_chars=40, typed=True) == Rating.GOOD
    assert suggest_rating(True, 60_000, prompt_chars=40, typed=True) == Rating.HARD
    assert suggest_rating(True, 60_000, prompt_chars=40, typed=False) == Rating.HARD


@pytest.mark.parametrize(
    ("typed", "exact"),
    [(False, True), (True, False)],
    ids=["fast pick among options", "fast typo-accepted answer"],
)
def test_easy_is_only_for_a_fast_exact_typed_recall(typed: bool, exact: bool) -> None:
    """Issue #13: a fast true/false or multiple-choice answer may be a guess, and a typo is not
    a perfect recall: Good, never Easy."""
    assert suggest_rating(True, 1500, prompt_chars=40, typed=typed, exact=exact) == Rating.GOOD


def test_mature_multiple_choice_is_asked_as_recall() -> None:
    young = reviewed("d:x", days_ago=3, due_in_days=0)
    mature = young.model_copy(update={"stability": 30.0})
    assert presentation_kind("mcq", young, 21) == "mcq"
    assert presentation_kind("mcq", mature, 21) == "recall"
    assert presentation_kind("cloze", mature, 21) == "cloze"
    assert presentation_kind("mcq", None, 21) == "mcq"
