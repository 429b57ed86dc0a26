"""kill -9 at random points while recording: every acknowledged review survives."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsquiz.store.tinydb_store import TinyDBStore

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from newsquiz.models import CardProgress, Review
    from newsquiz.store.tinydb_store import TinyDBStore

    store = TinyDBStore(Path(sys.argv[1]))
    start = int(sys.argv[2])
    t0 = datetime(2026, 11, 25, tzinfo=UTC)
    for i in range(start, start + 100000):
        when = t0 + timedelta(hours=i)
        after = CardProgress(card_id=f"d:{i}", deck_id="d", due=when, reps=1, state="review")
        review = Review(card_id=f"d:{i}", deck_id="d", rating=3, time=when, duration_ms=i,
                        correct=True, kind="recall", after=after)
        store.record_review(review)
        print(f"ack d:{i}", flush=True)
        if i % 7 == 0:
            store.checkpoint()
    """
)


def run_and_kill(data_dir: Path, start: int, acks_before_kill: int, jitter_s: float) -> set[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acked: set[str] = set()
    assert process.stdout is not None
    while len(acked) < acks_before_kill:
        line = process.stdout.readline()
        if not line:
            raise AssertionError(process.stderr.read() if process.stderr else "writer died")
        acked.add(line.split()[1])
    time.sleep(jitter_s)
    os.kill(process.pid, signal.SIGKILL)
    rest, _ = process.communicate()
    acked.update(line.split()[1] for line in rest.splitlines() if line.startswith("ack "))
    return acked


def test_every_acknowledged_review_survives_sigkill(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    acked: set[str] = set()
    for round_number in range(6):
        acked |= run_and_kill(
            tmp_path,
            start=round_number * 10_000,
            acks_before_kill=rng.randint(1, 60),
            jitter_s=rng.uniform(0, 0.05),
        )
        store = TinyDBStore(tmp_path)  # opens cleanly: no file left half-written
        recorded = {review.card_id for review in store.reviews()}
        store.close()
        missing = acked - recorded
        assert not missing, f"round {round_number}: lost {sorted(missing)[:5]}"
    assert len(acked) >= 6


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX")
def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path) -> None:
    run_and_kill(tmp_path, start=0, acks_before_kill=3, jitter_s=0)
    TinyDBStore(tmp_path).close()  # no stale-lock error after kill -9
