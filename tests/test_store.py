"""Progress store: round trips over both back-ends, undo, corruption, locking, recovery."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.errors import StoreCorruptError, StoreLockedError, StoreWriteError
from newsquiz.models import CardProgress, Review, Settings
from newsquiz.store.base import MemoryStore, ProgressStore, review_op
from newsquiz.store.doctor import repair
from newsquiz.store.journal import Journal
from newsquiz.store.tinydb_store import TinyDBStore

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_review(card: str, minutes: int, before: CardProgress | None = None) -> Review:
    time = T0 + timedelta(minutes=minutes)
    after = CardProgress(
        card_id=card,
        deck_id="d",
        state="review",
        stability=3.0,
        difficulty=5.0,
        due=time + timedelta(days=3),
        last_review=time,
        reps=(before.reps if before else 0) + 1,
    )
    return Review(
        card_id=card,
        deck_id="d",
        rating=3,
        time=time,
        duration_ms=1500,
        answer="Lei Jun",
        correct=True,
        kind="mcq",
        before=before,
        after=after,
    )


def test_review_round_trip(
    store: ProgressStore, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    first = store.record_review(make_review("d:a", 0))
    second = store.record_review(make_review("d:b", 1))
    assert (first.seq, second.seq) == (1, 2)
    store = reopen(store)
    assert [r.card_id for r in store.reviews()] == ["d:a", "d:b"]
    assert store.reviews()[0].answer == "Lei Jun"
    progress = store.progress("d:a")
    assert progress is not None and progress.stability == 3.0
    assert store.reviews(since=T0 + timedelta(minutes=1)) == [second]
    store.close()


def test_undo_restores_the_previous_state_exactly(
    store: ProgressStore, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    first = store.record_review(make_review("d:a", 0))
    store.record_review(make_review("d:a", 5, before=first.after))
    store = reopen(store)
    undone = store.undo_last_review()
    assert undone is not None and undone.seq == 2
    assert store.progress("d:a") == first.after
    store = reopen(store)
    assert store.progress("d:a") == first.after
    assert [r.seq for r in store.reviews()] == [1]
    assert store.undo_last_review() is not None
    assert store.progress("d:a") is None
    assert store.undo_last_review() is None
    store.close()


def test_undo_after_a_relink_restores_the_card_under_its_new_id(
    store: ProgressStore, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    first = store.record_review(make_review("d:old", 0))
    store.record_review(make_review("d:old", 5, before=first.after))
    store.relink_card("d:old", "d:new")
    store = reopen(store)
    undone = store.undo_last_review()
    assert undone is not None and undone.seq == 2
    assert store.progress("d:old") is None
    assert store.progress("d:new") == first.after.model_copy(update={"card_id": "d:new"})
    store = reopen(store)
    assert store.progress("d:new") == first.after.model_copy(update={"card_id": "d:new"})
    assert store.undo_last_review() is not None
    assert store.progress("d:new") is None and store.progress("d:old") is None
    store.close()


def test_settings_and_flags_persist(
    store: ProgressStore, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    store.save_settings(Settings(new_per_day=5, day_rollover_hour=6))
    store.set_progress(CardProgress(card_id="d:x", deck_id="d", due=T0, suspended=True))
    store = reopen(store)
    assert store.settings().new_per_day == 5
    progress = store.progress("d:x")
    assert progress is not None and progress.suspended
    store.close()


def test_journal_replays_when_the_process_died_before_a_checkpoint(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.journal.close()
    store._lock.release()  # simulate death: no checkpoint, lock gone with the process
    again = TinyDBStore(tmp_path)
    assert [r.card_id for r in again.reviews()] == ["d:a"]
    assert again.journal.read() == []  # replayed ops were checkpointed at open
    again.close()


def test_torn_last_journal_line_is_ignored(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.journal.close()
    store._lock.release()
    journal = tmp_path / "journal.jsonl"
    end = -(-len(journal.read_bytes().rstrip(b"\0")) // 4096) * 4096
    with journal.open("r+b") as handle:  # a write cut short where the next one would go,
        handle.seek(end)  # after its first sector (a disk writes sectors whole)
        handle.write(b'{"seq": 2, "op": "review", "review": {"card_id": "'.ljust(512, b"x"))
    again = TinyDBStore(tmp_path)
    assert len(again.reviews()) == 1
    again.close()


def test_damaged_journal_line_in_the_middle_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "journal.jsonl").write_text('garbage\n{"seq": 1, "op": "x"}\n')
    with pytest.raises(StoreCorruptError, match=r"journal.jsonl:1: damaged"):
        Journal(tmp_path / "journal.jsonl").read()


def test_second_writer_is_refused_with_the_pid(tmp_path: Path) -> None:
    first = TinyDBStore(tmp_path)
    with pytest.raises(StoreLockedError, match=r"in use by another newsquiz \(pid \d+\)"):
        TinyDBStore(tmp_path)
    reader = TinyDBStore(tmp_path, readonly=True)  # read-only commands still work
    assert reader.reviews() == []
    first.close()
    TinyDBStore(tmp_path).close()


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"meta": {"1": {"schema": 1, "seq"', b"\x00\x00\x00", b"[1, 2]"],
    ids=["empty", "truncated", "nul-bytes", "wrong-shape"],
)
def test_damaged_snapshot_is_a_one_line_error_then_doctor_rebuilds(
    tmp_path: Path, damage: bytes
) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.checkpoint()
    store.record_review(make_review("d:b", 1))
    store.set_progress(CardProgress(card_id="d:c", deck_id="d", due=T0, suspended=True))
    store.close()
    (tmp_path / "progress.json").write_bytes(damage)
    with pytest.raises(StoreCorruptError) as caught:
        TinyDBStore(tmp_path)
    message = str(caught.value)
    assert "progress.json" in message and "doctor" in message and "\n" not in message
    report = repair(tmp_path)
    assert any("rebuilt progress.json" in line for line in report)
    healed = TinyDBStore(tmp_path)
    assert [r.card_id for r in healed.reviews()] == ["d:a", "d:b"]
    assert set(healed.all_progress()) == {"d:a", "d:b", "d:c"}
    healed.close()
    assert any(p.name.startswith("progress.json.damaged-") for p in tmp_path.iterdir())


def test_a_sealed_checkpoint_skips_the_document_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsquiz.store import snapshot

    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.close()
    assert (tmp_path / "progress.json.sha1").exists()

    def refuse(doc: object) -> None:
        raise AssertionError("a sealed checkpoint was checked document by document")

    monkeypatch.setattr(snapshot, "check_doc", refuse)
    reopened = TinyDBStore(tmp_path)
    assert reopened.progress("d:a") is not None
    reopened.close()


def test_a_damaged_document_breaks_the_seal_and_is_caught(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.close()
    path = tmp_path / "progress.json"
    path.write_bytes(path.read_bytes().replace(b'"state":"review"', b'"state":"bogus"'))
    with pytest.raises(StoreCorruptError, match="damaged progress file"):
        TinyDBStore(tmp_path)


def test_doctor_on_sound_files_changes_nothing(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.close()
    before = (tmp_path / "progress.json").read_bytes()
    assert repair(tmp_path)[-1].startswith("all progress files are sound")
    assert (tmp_path / "progress.json").read_bytes() == before


def test_disk_full_leaves_no_torn_line_and_nothing_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    real_write = Journal._write_durably

    def full(self: Journal, fd: int, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Journal, "_write_durably", full)
    with pytest.raises(StoreWriteError, match="journal.jsonl: could not save"):
        store.record_review(make_review("d:b", 1))
    monkeypatch.setattr(Journal, "_write_durably", real_write)
    assert [r.card_id for r in store.reviews()] == ["d:a"]
    store.record_review(make_review("d:c", 2))
    store.journal.close()
    store._lock.release()
    again = TinyDBStore(tmp_path)
    assert [r.card_id for r in again.reviews()] == ["d:a", "d:c"]
    again.close()


def test_memory_store_matches_protocol() -> None:
    store: ProgressStore = MemoryStore()
    assert store.undo_last_review() is None


def test_snapshot_cards_read_back_equal_to_what_was_written(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    progress = CardProgress(
        card_id="d:z",
        deck_id="d",
        fact_key="k",
        state="relearning",
        step=0,
        stability=1.5,
        difficulty=7.0,
        due=T0,
        last_review=T0 - timedelta(days=1),
        reps=4,
        lapses=1,
        buried_until=T0 + timedelta(hours=5),
    )
    store.set_progress(progress)
    store.close()
    again = TinyDBStore(tmp_path)
    assert again.progress("d:z") == progress
    assert again.progress("d:z").model_copy(update={"reps": 5}).reps == 5  # type: ignore[union-attr]
    again.close()


def test_doctor_replays_batched_imports_and_skips_damaged_lines(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    store.record_review(make_review("d:a", 0))
    store.checkpoint()
    batch = [review_op(2, make_review("d:b", 1).model_copy(update={"seq": 2}))]
    store.journal.append_many(batch)  # what an import writes: one line for the whole batch
    store.journal.close()
    store._lock.release()  # the process dies before replaying or checkpointing
    with (tmp_path / "journal.jsonl").open("ab") as handle:
        handle.write(b"\n{damaged\n")
    (tmp_path / "progress.json").write_text("{broken")
    report = repair(tmp_path)
    assert any("set aside 1 damaged journal line" in line for line in report)
    healed = TinyDBStore(tmp_path)
    assert [r.card_id for r in healed.reviews()] == ["d:a", "d:b"]
    healed.close()
