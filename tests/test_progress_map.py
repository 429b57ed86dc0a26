"""ProgressMap: lazy checkpoint documents behave like a dict, and the queue agrees either way."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from newsquiz.models import CardProgress, Deck
from newsquiz.scheduling import StudyCards, build_queue
from newsquiz.store.progress_map import ProgressMap, check_doc

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def progress(i: int, rng: random.Random) -> CardProgress:
    return CardProgress(
        card_id=f"d:{i}",
        deck_id="d",
        fact_key=f"f{i // 3}",
        state=rng.choice(["learning", "review", "relearning"]),
        stability=rng.uniform(0.5, 50),
        difficulty=rng.uniform(1, 10),
        due=NOW + timedelta(hours=rng.uniform(-72, 72), microseconds=rng.randrange(10**6)),
        last_review=NOW - timedelta(days=1),
        reps=rng.randint(0, 5),
        suspended=rng.random() < 0.05,
        buried_until=NOW + timedelta(hours=3) if rng.random() < 0.05 else None,
    )


def test_documents_become_equal_models_on_access() -> None:
    original = progress(1, random.Random(1))
    lazy = ProgressMap({"d:1": original.model_dump(mode="json")})
    assert "d:1" in lazy and len(lazy) == 1
    assert lazy["d:1"] == original
    assert list(lazy.documents()) == [original.model_dump(mode="json")]
    del lazy["d:1"]
    assert "d:1" not in lazy and lazy.get("d:1") is None


@pytest.mark.parametrize("seed", range(5))
def test_queue_is_the_same_from_documents_and_from_models(seed: int) -> None:
    rng = random.Random(seed)
    models = {p.card_id: p for p in (progress(i, rng) for i in range(300))}
    cards = [
        {
            "id": f"d:{i}",
            "kind": "recall",
            "prompt": f"Q{i}",
            "answer": "A",
            "fact_key": f"f{i // 3}",
        }
        for i in range(400)
    ]
    deck = Deck.model_validate({"id": "d", "title": "D", "cards": cards})
    items = StudyCards.of([("d", deck.cards)])
    lazy = ProgressMap({k: p.model_dump(mode="json") for k, p in models.items()})
    args = {
        "now": NOW,
        "day_start": NOW - timedelta(hours=8),
        "day_end": NOW + timedelta(hours=16),
        "new_per_day": 20,
        "reviews_per_day": 200,
    }
    assert build_queue(items, lazy, [], **args) == build_queue(items, models, [], **args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [{"state": "new"}, {"due": "2026-11-25T12:00:00"}, {"due": 5}, {"extra": 1}, {"reps": None}],
    ids=["state", "naive-due", "number-due", "extra-field", "missing-via-none"],
)
def test_damaged_documents_are_refused(change: dict[str, object]) -> None:
    doc = progress(1, random.Random(2)).model_dump(mode="json")
    doc.update(change)
    if change == {"reps": None}:
        del doc["reps"]
    with pytest.raises(ValueError):
        check_doc(doc)


def test_a_time_that_fails_late_is_a_store_error_naming_the_file() -> None:
    from newsquiz.errors import StoreCorruptError

    doc = progress(1, random.Random(3)).model_dump(mode="json")
    doc["due"] = "2026-13-45T99:00:00Z"
    check_doc(doc)  # the right shape; the value is checked when the card is first read
    lazy = ProgressMap({"d:1": doc}, source="progress.json")
    with pytest.raises(StoreCorruptError, match="progress.json: damaged progress of card d:1"):
        lazy["d:1"]


def test_due_ids_are_remembered_until_a_card_changes() -> None:
    rng = random.Random(3)
    late = progress(1, rng).model_copy(update={"due": NOW + timedelta(days=9), "reps": 2})
    lazy = ProgressMap({"d:1": late.model_dump(mode="json")})
    end = NOW + timedelta(hours=12)
    assert lazy.ids_due_before(end) == frozenset()
    assert lazy.ids_due_before(end) is lazy.ids_due_before(end)  # asked again: not recomputed
    lazy["d:1"] = late.model_copy(update={"due": NOW})
    assert lazy.ids_due_before(end) == {"d:1"}
    del lazy["d:1"]
    assert lazy.ids_due_before(end) == frozenset()
