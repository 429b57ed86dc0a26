"""Shared fixtures: fixed clocks, the bundled seed deck, fresh data directories."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.models import Deck
from newsquiz.store.base import MemoryStore, ProgressStore
from newsquiz.store.deck_files import load_deck
from newsquiz.store.tinydb_store import TinyDBStore

ROOT = Path(__file__).resolve().parents[1]
SEED_DECK = ROOT / "decks" / "xiaomi-seed-handwritten.yaml"


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))


@pytest.fixture
def seed_deck() -> Deck:
    return load_deck(SEED_DECK)


@pytest.fixture(params=["memory", "tinydb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ProgressStore]:
    """Every store test runs over the in-memory twin and the real TinyDB store."""
    made: ProgressStore = MemoryStore() if request.param == "memory" else TinyDBStore(tmp_path)
    yield made
    made.close()


@pytest.fixture
def reopen(tmp_path: Path) -> Callable[[ProgressStore], ProgressStore]:
    """Close a store and open it again (the memory twin just stays as it is)."""

    def _reopen(current: ProgressStore) -> ProgressStore:
        if isinstance(current, MemoryStore):
            return current
        current.close()
        return TinyDBStore(tmp_path)

    return _reopen
