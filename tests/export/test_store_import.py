"""import_history on both back-ends: reviews keep their times and, when possible, numbers."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.models import Deck
from newsquiz.store.base import MemoryStore, ProgressStore
from newsquiz.store.tinydb_store import TinyDBStore, archive_ops

from .conftest import study_history

START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _history(deck: Deck) -> MemoryStore:
    source = MemoryStore()
    study_history(source, deck, START)
    return source


def test_a_fresh_store_keeps_sequence_numbers_and_times(
    store: ProgressStore, deck: Deck, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    source = _history(deck)
    reviews = source.reviews()
    added = store.import_history(reviews, list(source.all_progress().values()))
    assert added == len(reviews) == 7
    store = reopen(store)
    assert store.reviews() == reviews
    assert store.all_progress() == source.all_progress()


def test_overlapping_numbers_are_renumbered_after_the_local_history_oldest_first(
    store: ProgressStore, deck: Deck, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    study_history(store, deck, START + timedelta(days=10))
    local = store.reviews()
    other = _history(deck).reviews()
    assert store.import_history(other, []) == len(other)
    store = reopen(store)
    merged = store.reviews()
    assert merged[: len(local)] == local
    imported = merged[len(local) :]
    assert [r.seq for r in imported] == sorted(r.seq for r in imported)
    assert imported[0].seq > max(r.seq for r in local)
    assert [(r.card_id, r.time) for r in imported] == [(r.card_id, r.time) for r in other]
    assert store.reviews(since=START + timedelta(days=2)) == [
        r for r in merged if r.time >= START + timedelta(days=2)
    ]


def test_progress_written_after_the_reviews_wins(store: ProgressStore, deck: Deck) -> None:
    source = _history(deck)
    reviews = source.reviews()
    first = reviews[0]
    kept = first.after.model_copy(update={"suspended": True})
    store.import_history(reviews, [kept])
    assert store.progress(first.card_id) == kept


@pytest.mark.parametrize("problem", ["undone", "same-seq"])
def test_invalid_input_writes_nothing(
    store: ProgressStore,
    deck: Deck,
    problem: str,
    reopen: Callable[[ProgressStore], ProgressStore],
) -> None:
    reviews = _history(deck).reviews()
    if problem == "undone":
        reviews[-1] = reviews[-1].model_copy(update={"undone": True})
    else:
        reviews[-1] = reviews[-1].model_copy(update={"seq": reviews[0].seq})
    with pytest.raises(ValueError):
        store.import_history(reviews, [])
    store = reopen(store)
    assert store.reviews() == []
    assert store.all_progress() == {}


def test_checkpointing_an_import_archives_each_review_once(tmp_path: Path, deck: Deck) -> None:
    source = _history(deck)
    store = TinyDBStore(tmp_path / "data")
    store.import_history(source.reviews(), list(source.all_progress().values()))
    store.checkpoint()
    archived = [op for op in store.archived_ops() if op["op"] == "review"]
    assert sorted(int(op["seq"]) for op in archived) == [r.seq for r in source.reviews()]
    before = store.archived_ops()
    archive_ops(store.ops_dir, archived)  # archiving again changes nothing (keyed by seq)
    assert store.archived_ops() == before
    store.close()
