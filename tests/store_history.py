"""Building a store with a history (several checkpoints, an op archive, a journal) and
reading back exactly what it holds, for the recovery and damage tests and bench/chaos.py."""

import os
import random
import signal
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError
from newsquiz.models import CardProgress, Review
from newsquiz.store.doctor import repair
from newsquiz.store.progress_map import documents_of
from newsquiz.store.tinydb_store import TinyDBStore

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
FILE_CHANGES = ("replace", "rename", "unlink", "link")
"""The os calls that change what a data folder holds (temp files only count once renamed)."""


def make_review(card: str, minutes: int, before: CardProgress | None, rating: int = 3) -> Review:
    time = T0 + timedelta(minutes=minutes)
    reps = (before.reps if before else 0) + 1
    after = CardProgress(
        card_id=card,
        deck_id="d",
        state="review",
        stability=1.0 + minutes % 97 / 10,
        difficulty=5.0 + rating / 10,
        due=time + timedelta(days=reps),
        last_review=time,
        reps=reps,
    )
    return Review(
        card_id=card,
        deck_id="d",
        rating=rating,
        time=time,
        duration_ms=1000 + minutes,
        correct=rating > 1,
        kind="recall",
        before=before,
        after=after,
    )


def build_history(data_dir: Path, seed: int, days: int = 3, per_day: int = 12) -> None:
    """Reviews over `days` days with a checkpoint after each day but the last, whose reviews
    stay in the journal (the process died): every kind of file holds some of the history."""
    rng = random.Random(seed)
    store = TinyDBStore(data_dir)
    for day in range(days):
        for i in range(per_day):
            card = f"d:{rng.randrange(per_day * 2)}"
            review = make_review(card, day * 1440 + i, store.progress(card), rng.randint(1, 4))
            store.record_review(review)
        if day < days - 1:
            store.checkpoint()
    store.journal.close()
    store._lock.release()


def contents(data_dir: Path) -> tuple[list[int], dict[str, dict[str, Any]]]:
    """The review numbers and card states a read-only open sees."""
    store = TinyDBStore(data_dir, readonly=True)
    try:
        return [r.seq for r in store.reviews()], documents_of(store.all_progress())
    finally:
        store.close()


def history(data_dir: Path) -> list[dict[str, Any]]:
    """Every review a read-only open sees, whole."""
    store = TinyDBStore(data_dir, readonly=True)
    try:
        return [review.model_dump(mode="json") for review in store.reviews()]
    finally:
        store.close()


def open_or_repair(data_dir: Path) -> tuple[tuple[list[int], dict[str, dict[str, Any]]], bool]:
    """What a writing open then a read-only one see, running the doctor first if the open
    refuses (as a user told to would); and whether the doctor was needed."""
    try:
        TinyDBStore(data_dir).close()
        return contents(data_dir), False
    except StoreCorruptError:
        repair(data_dir)
        return contents(data_dir), True


def killed_at(step: int, action: Callable[[], object]) -> bool:
    """Run `action` in a forked child that SIGKILLs itself just before its `step`-th file
    change; True if it was killed, False if it finished first."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:
            count = 0

            def hooked(real: Callable[..., object]) -> Callable[..., object]:
                def call(*args: object, **kwargs: object) -> object:
                    nonlocal count
                    count += 1
                    if count == step:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return real(*args, **kwargs)

                return call

            for name in FILE_CHANGES:
                setattr(os, name, hooked(getattr(os, name)))
            action()
        except BaseException:
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return True
    assert os.WEXITSTATUS(status) == 0, "the action failed without being killed"
    return False


def mutate(rng: random.Random, value: Any, depth: int = 0) -> Any:
    """`value` with one random change somewhere inside: a key renamed or dropped, or a value
    of another type."""
    if isinstance(value, dict) and value and (depth < 3 and rng.random() < 0.6):
        key = rng.choice(sorted(value))
        changed = dict(value)
        changed[key] = mutate(rng, value[key], depth + 1)
        return changed
    if isinstance(value, dict) and value:
        key = rng.choice(sorted(value))
        changed = dict(value)
        moved = changed.pop(key)
        if rng.random() < 0.5:
            changed[key + "_x"] = moved
        return changed
    return rng.choice(["x", "", 7, -1, 2.5, None, True, [], {}, "2026-13-45T99:00:00Z"])
