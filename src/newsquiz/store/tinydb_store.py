"""The progress store on disk: a TinyDB checkpoint, an fsync'd journal and daily op archives.

Recording a review appends one line to `journal.jsonl` and fsyncs it (about the cost of one
SQLite commit, whatever the collection size). A checkpoint, off the hot path, archives the
journal's operations into `ops/YYYY-MM-DD.json` (TinyDB, one file per UTC day) and writes the
card states to `progress.json` (TinyDB); the previous snapshot is kept as `progress.json.bak`.
Every file is replaced atomically, so no crash leaves one that fails to open, and the archives
plus the journal can rebuild everything (`newsquiz doctor`). Opening always uses all three: a
missing progress.json is rebuilt from the one before it plus the archive, an unsealed one is
checked against them, and damage anywhere is a one-line error naming the file, never a
silently older state.
"""

import gc
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError, StoreWriteError
from newsquiz.models import CardProgress, Review, Settings
from newsquiz.store.archive import archive_days, archive_ops, damaged_op, read_archive
from newsquiz.store.base import (
    OperationLog,
    ProgressState,
    history_import_ops,
    progress_op,
    relink_op,
    replacement_ops,
    review_line,
    review_op,
    settings_op,
    undo_op,
    with_current_ids,
)
from newsquiz.store.journal import Journal, journal_damage, journal_gaps
from newsquiz.store.lock import DataDirLock
from newsquiz.store.ops import describe_ranges, legacy_op, missing_ranges, sorted_unique
from newsquiz.store.safe_paths import refuse_links
from newsquiz.store.snapshot import (
    Snapshot,
    cross_check,
    read_snapshot,
    recover_missing,
    write_checkpoint,
    write_snapshot,
)

RACE_RETRIES = 5
"""A read-only open (stats while the app runs) looks again before calling a cut journal damage."""

__all__ = ["TinyDBStore", "archive_ops", "read_snapshot", "write_checkpoint", "write_snapshot"]


def _target_of(path: Path, op: dict[str, Any]) -> int:
    target = op.get("target")
    if type(target) is not int:
        raise damaged_op(path, op["seq"], "undo without a target")
    return target


def _review_of(path: Path, op: dict[str, Any]) -> Review:
    """The review an archived op holds; StoreCorruptError naming the file when damaged."""
    try:
        return Review.model_validate(op["review"])
    except (KeyError, ValueError) as exc:
        raise damaged_op(path, op["seq"], type(exc).__name__) from None


class TinyDBStore:
    """The ProgressStore users have: durable, single-writer, recoverable."""

    def __init__(self, data_dir: Path, *, readonly: bool = False) -> None:
        self.data_dir = data_dir
        self.readonly = readonly
        self.progress_path = data_dir / "progress.json"
        self.backup_path = data_dir / "progress.json.bak"
        self.ops_dir = data_dir / "ops"
        self.journal = Journal(data_dir / "journal.jsonl")
        self._lock = DataDirLock(data_dir / "lock")
        self._state = ProgressState()
        self._log = OperationLog(self._state)
        self._pending: list[dict[str, Any] | Review] = []
        self._checkpoint_seq = 0
        self._gaps: list[tuple[int, int]] = []
        data_dir.mkdir(parents=True, exist_ok=True)
        if not readonly:
            self._lock.acquire()
        try:
            self._load()
        except BaseException:
            self._lock.release()
            raise

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        refuse_links(self.progress_path, self.backup_path, self.ops_dir, self.journal.path)
        journal = self.journal.load()
        for _ in range(RACE_RETRIES if self.readonly else 0):
            if not (journal.cut or journal.truncated):
                break
            time.sleep(0.02)  # the running app may be mid-write or mid-growth: look again
            journal = self.journal.load()
        snapshot = self._read_checkpoint()
        self._state = snapshot.state
        self._log = OperationLog(self._state)
        self._checkpoint_seq = self._state.seq
        self._gaps = snapshot.gaps
        problems = journal_damage(self.journal.path, journal, self._state.seq, snapshot.journaled)
        gaps = journal_gaps(journal, self._state.seq)
        if gaps:
            problems.append(f"{self.journal.path}: operations {describe_ranges(gaps)} are missing")
        if problems:
            raise StoreCorruptError(f"{problems[0]}; run `newsquiz doctor`")
        for op in journal.ops:
            if int(op["seq"]) > self._checkpoint_seq:
                self._state.apply(op)
                self._pending.append(op)
        if not self.readonly:
            rebuilt = not self.progress_path.exists() and self._state.seq > 0
            self.checkpoint(force=rebuilt or journal.head is None or journal.torn)
        # Tens of thousands of long-lived objects: keep them out of the cyclic collector's
        # full passes, which would otherwise pause an answer for tens of milliseconds.
        gc.freeze()

    def _read_checkpoint(self) -> Snapshot:
        """The last checkpoint, checked against the archive when it does not match its seal;
        when it is gone, rebuilt from the one before it and the archive."""
        if not self.progress_path.exists():
            found = recover_missing(self.progress_path, self.backup_path, self.ops_dir)
            return found or Snapshot(ProgressState())
        snapshot = read_snapshot(self.progress_path)
        if not snapshot.verified:
            cross_check(self.progress_path, snapshot, self.backup_path, self.ops_dir)
        return snapshot

    # -- ProgressStore ---------------------------------------------------------------------------

    def _write(self, op: dict[str, Any]) -> Review | None:
        if self.readonly:
            raise StoreWriteError(f"{self.data_dir}: opened read-only")
        op.setdefault("at", datetime.now(UTC).isoformat())
        self.journal.append(op)
        result = self._state.apply(op)
        self._pending.append(op)
        return result

    def settings(self) -> Settings:
        return self._state.settings.model_copy(deep=True)

    def save_settings(self, settings: Settings) -> None:
        self._write(settings_op(self._log.next_seq(), settings))

    def settings_warnings(self) -> list[str]:
        return [f"{self.progress_path}: {problem}" for problem in self._state.settings_problems]

    def progress(self, card_id: str) -> CardProgress | None:
        return self._state.cards.get(card_id)

    def all_progress(self) -> Mapping[str, CardProgress]:
        return self._state.cards

    def record_review(self, review: Review) -> Review:
        if self.readonly:
            raise StoreWriteError(f"{self.data_dir}: opened read-only")
        recorded = review.model_copy(update={"seq": self._log.next_seq()})
        self.journal.append_line(review_line(recorded))
        self._pending.append(recorded)
        return self._state.add_review(recorded)

    def undo_last_review(self) -> Review | None:
        target = self._log.latest_review(self._archived_reviews_newest_first())
        if target is None:
            return None
        op = undo_op(self._log.next_seq(), target)
        op["at"] = target.time.isoformat()
        return self._write(op)

    def replace_last_review(self, review: Review) -> Review:
        """Undo and redo as one journal record, one fsync: a crash keeps both or neither."""
        if self.readonly:
            raise StoreWriteError(f"{self.data_dir}: opened read-only")
        target = self._log.latest_review(self._archived_reviews_newest_first())
        ops = replacement_ops(self._log, target, review)
        ops[0]["at"] = target.time.isoformat() if target else ""
        ops[1]["at"] = datetime.now(UTC).isoformat()
        self.journal.append_many(ops)
        recorded: Review | None = None
        for op in ops:
            recorded = self._state.apply(op)
            self._pending.append(op)
        assert recorded is not None
        return recorded

    def set_progress(self, progress: CardProgress) -> None:
        self._write(progress_op(self._log.next_seq(), progress))

    def set_progress_many(self, progress: Sequence[CardProgress]) -> None:
        """One journal write and fsync for all of them (as an import)."""
        self.import_history([], progress)

    def relink_card(self, old_id: str, new_id: str) -> None:
        self._write(relink_op(self._log.next_seq(), old_id, new_id))

    def import_history(self, reviews: Sequence[Review], progress: Sequence[CardProgress]) -> int:
        """Add reviews recorded elsewhere (times kept), then set card states: one journal write
        and fsync, so a crash or a full disk leaves all of it or none. Returns the reviews added."""
        if self.readonly:
            raise StoreCorruptError(f"{self.data_dir}: opened read-only")
        ops = history_import_ops(self._state, reviews, progress)
        if not ops:
            return 0
        at = datetime.now(UTC).isoformat()
        for op in ops:
            op["at"] = at
        self.journal.append_many(ops)
        for op in ops:
            self._state.apply(op)
            self._pending.append(op)
        return len(reviews)

    def reviews(self, since: datetime | None = None) -> list[Review]:
        first_day = since.astimezone(UTC).date().isoformat() if since else ""
        by_seq = {r.seq: r for r in self._archived_reviews(first_day)}
        by_seq.update(self._state.recent)
        found = [
            review
            for _, review in sorted(by_seq.items())
            if not review.undone and (since is None or review.time >= since)
        ]
        return with_current_ids(found, self._state.aliases)

    # -- archive ---------------------------------------------------------------------------------

    def _archive_days(self) -> list[Path]:
        return archive_days(self.ops_dir)

    def archived_ops(self) -> list[dict[str, Any]]:
        """Every archived operation, in sequence order (for rebuilding and export)."""
        ops = [op for path in self._archive_days() for op in read_archive(path)]
        return sorted(ops, key=lambda op: int(op["seq"]))

    def _archived_reviews(self, first_day: str) -> list[Review]:
        reviews: dict[int, Review] = {}
        undone: set[int] = set()
        numbered: list[dict[str, Any]] = []
        for path in self._archive_days():
            if path.stem < first_day:
                continue
            for op in read_archive(path):
                numbered.append(op)
                if op["op"] == "review":
                    review = _review_of(path, op)
                    reviews[review.seq] = review
                elif op["op"] == "undo":
                    undone.add(_target_of(path, op))
        if not first_day:
            self._check_history(numbered)
        for seq in undone & reviews.keys():
            reviews[seq] = reviews[seq].model_copy(update={"undone": True})
        return list(reviews.values())

    def _check_history(self, ops: list[dict[str, Any]]) -> None:
        """A whole history read must hold every operation up to the checkpoint, bar those the
        doctor already reported lost: a deleted day file is not silently less history."""
        gaps = missing_ranges(sorted_unique(ops), 0, legacy_op)
        unknown = [g for g in gaps if g[0] <= self._checkpoint_seq and g not in self._gaps]
        if unknown:
            raise StoreCorruptError(
                f"{self.ops_dir}: operations {describe_ranges(unknown)} are missing from the "
                "op archive; run `newsquiz doctor`"
            )

    def _archived_reviews_newest_first(self) -> Iterator[Review]:
        undone: set[int] = set(s for s, r in self._state.recent.items() if r.undone)
        for path in reversed(self._archive_days()):
            ops = sorted(read_archive(path), key=lambda op: -int(op["seq"]))
            for op in ops:
                if op["op"] == "undo":
                    undone.add(_target_of(path, op))
                elif op["op"] == "review" and int(op["seq"]) not in undone:
                    yield _review_of(path, op)

    # -- checkpoint ------------------------------------------------------------------------------

    def checkpoint(self, *, force: bool = False) -> None:
        """Archive pending operations, snapshot card states, and start an empty journal
        (`force`: even with nothing pending, to rewrite a checkpoint or journal)."""
        if self.readonly or not (self._pending or force):
            return
        ops = [
            review_op(item.seq, item) if isinstance(item, Review) else item
            for item in self._pending
        ]
        if ops:
            archive_ops(self.ops_dir, ops)
        write_snapshot(self.progress_path, self.backup_path, self._state, self._gaps)
        self.journal.reset(self._state.seq)
        self._pending.clear()
        self._checkpoint_seq = self._state.seq

    def close(self) -> None:
        try:
            self.checkpoint()
        finally:
            self.journal.close()
            self._lock.release()

    def __enter__(self) -> "TinyDBStore":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
