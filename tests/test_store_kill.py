"""A kill at every file-changing step of `doctor` and of a checkpoint loses nothing
(issue #12 item 1): afterwards every acknowledged review and card state is there."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz.store.doctor import repair
from newsquiz.store.tinydb_store import TinyDBStore
from tests.store_history import build_history, contents, killed_at, make_review, open_or_repair

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")


def _every_step(
    pristine: Path, work: Path, action: Callable[[Path], object], expected: object
) -> int:
    """Kill `action` before each of its file changes in turn, on a fresh copy each time, and
    check what the next open (or the doctor it asks for) recovers; returns the steps seen."""
    for step in range(1, 60):
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(pristine, work)
        killed = killed_at(step, lambda: action(work))
        recovered, _ = open_or_repair(work)
        assert recovered == expected, f"kill before file change {step}: progress differs"
        report = repair(work)
        assert not any(line.startswith("lost:") for line in report), (step, report)
        assert contents(work) == expected, f"kill before file change {step}: doctor changed it"
        if not killed:
            return step
    raise AssertionError("the action never finished")


def _damage(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize("target", ["progress.json", "archive day", "journal line"])
def test_a_kill_at_any_step_of_doctor_loses_nothing(tmp_path: Path, target: str) -> None:
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=1)
    expected = contents(pristine)
    if target == "progress.json":
        _damage(pristine / "progress.json")
    elif target == "archive day":  # no longer parses, yet every operation in it is whole
        day = sorted((pristine / "ops").glob("*.json"))[0]
        day.write_bytes(day.read_bytes()[:-2])
    else:  # a line that is valid JSON but not an operation, outside the sequence
        journal = pristine / "journal.jsonl"
        store = TinyDBStore(pristine, readonly=True)
        store.journal.append({"seq": "x", "op": "review"})
        store.journal.close()
        assert journal.exists()
    steps = _every_step(pristine, tmp_path / "work", repair, expected)
    assert steps >= 3


def test_a_kill_at_any_step_of_a_checkpoint_loses_nothing(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=2)
    store = TinyDBStore(pristine)  # replays the journal and checkpoints
    for minute in range(5):  # acknowledged, not yet checkpointed
        card = f"d:{minute}"
        store.record_review(make_review(card, 5000 + minute, store.progress(card)))
    store.journal.close()
    store._lock.release()
    expected = contents(pristine)

    def checkpoint(folder: Path) -> None:
        TinyDBStore(folder).close()

    steps = _every_step(pristine, tmp_path / "work", checkpoint, expected)
    assert steps >= 4


def test_deleting_progress_json_replays_the_archive_after_the_backup(tmp_path: Path) -> None:
    build_history(tmp_path, seed=3)
    TinyDBStore(tmp_path).close()  # one more checkpoint: the backup is two days old
    expected = contents(tmp_path)
    (tmp_path / "progress.json").unlink()
    assert contents(tmp_path) == expected
    TinyDBStore(tmp_path).close()  # a write makes the rebuilt checkpoint permanent
    assert contents(tmp_path) == expected
    assert repair(tmp_path)[-1].startswith("all progress files are sound")
