"""Rebuild damaged progress from the last good checkpoint, the op archive and the journal.

Files change in an order that a kill at any step can resume from: damaged files are copied
aside before anything replaces them, the archive is completed before the checkpoint is
written, and the journal is emptied last. What cannot be recovered is said, never skipped.
"""

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError
from newsquiz.store.archive import archive_days, archive_ops, rewrite_archive, salvage_archive
from newsquiz.store.atomic_write import atomic_write_bytes
from newsquiz.store.base import ProgressState
from newsquiz.store.journal import Journal, JournalContents, journal_damage
from newsquiz.store.lock import DataDirLock
from newsquiz.store.ops import describe_ranges, legacy_op, missing_ranges, sorted_unique
from newsquiz.store.safe_paths import read_nofollow, refuse_links
from newsquiz.store.snapshot import (
    Snapshot,
    UnconfirmedError,
    cross_check,
    read_snapshot,
    write_checkpoint,
)


def _aside_name(path: Path) -> Path:
    """`NAME.damaged-N` with the first N no earlier repair used."""
    for number in itertools.count(1):
        target = path.with_name(f"{path.name}.damaged-{number}")
        if not target.exists() and not target.is_symlink():
            return target
    raise AssertionError("unreachable")


class _Repair:
    def __init__(self, data_dir: Path, say: Callable[[str], None]) -> None:
        self.progress = data_dir / "progress.json"
        self.backup = data_dir / "progress.json.bak"
        self.ops_dir = data_dir / "ops"
        self.journal = Journal(data_dir / "journal.jsonl")
        self.report: list[str] = []
        self.say = say
        self.set_aside: list[Path] = []

    def note(self, line: str) -> None:
        self.report.append(line)
        self.say(line)

    def _check(self, path: Path) -> Snapshot | None:
        try:
            snapshot = read_snapshot(path)
            if path == self.progress and not snapshot.verified:
                cross_check(path, snapshot, self.backup, self.ops_dir)
        except UnconfirmedError as exc:
            self.note(f"unconfirmed: {exc} (kept: its cards pass every check)")
        except StoreCorruptError as exc:
            self.note(f"damaged: {exc}")
            self.set_aside.append(path)
            return None
        return snapshot

    def checkpoint(self) -> Snapshot | None:
        """The newest sound checkpoint (the other one is checked too)."""
        paths = [path for path in (self.progress, self.backup) if path.exists()]
        found = [(path, self._check(path)) for path in paths]
        for path, snapshot in found:
            if snapshot is not None:
                if path == self.backup:
                    self.note(f"restored from the previous checkpoint {path.name}")
                return snapshot
        if self.set_aside:
            self.note("no good checkpoint: rebuilding from the op archive alone")
        return None

    def archive(self) -> tuple[list[dict[str, Any]], list[tuple[Path, list[dict[str, Any]]]]]:
        """Every valid archived operation, and the day files to rewrite without damage."""
        archived: list[dict[str, Any]] = []
        damaged: list[tuple[Path, list[dict[str, Any]]]] = []
        for day in archive_days(self.ops_dir):
            ops, lost, sound = salvage_archive(day)
            archived.extend(ops)
            if not sound:
                kind = "lost" if lost else "damaged"
                self.note(f"{kind}: {day}: {lost} operation(s) unreadable, {len(ops)} kept")
                damaged.append((day, ops))
        return archived, damaged

    def journal_contents(self, after: int, expect_header: bool) -> JournalContents:
        contents = self.journal.load()
        for line in journal_damage(self.journal.path, contents, after, expect_header):
            # A line that does not read, a cut or a missing header hides what it recorded.
            self.note(f"{'damaged' if 'repeat' in line else 'lost'}: {line}")
        return contents

    def write(
        self,
        state: ProgressState,
        days: list[tuple[Path, list[dict[str, Any]]]],
        contents: JournalContents,
        gaps: list[tuple[int, int]],
    ) -> None:
        for day, ops in days:
            copy = _aside_name(day)
            atomic_write_bytes(copy, read_nofollow(day))
            rewrite_archive(day, ops)
            self.note(f"kept the damaged file as {copy.name}")
        if contents.damaged:
            copy = _aside_name(self.journal.path)
            atomic_write_bytes(copy, b"\n".join(raw for _, _, raw in contents.damaged) + b"\n")
            self.note(f"set aside {len(contents.damaged)} damaged journal line(s) in {copy.name}")
        for path in self.set_aside:
            copy = _aside_name(path)
            path.replace(copy)
            self.note(f"kept the damaged file as {copy.name}")
        archive_ops(self.ops_dir, sorted_unique(contents.ops))  # a repeated number: the first
        write_checkpoint(self.progress.parent, state, gaps)

    def run(self) -> list[str]:
        refuse_links(self.progress, self.backup, self.ops_dir, self.journal.path)
        base = self.checkpoint()
        state = base.state if base is not None else ProgressState()
        archived, days = self.archive()
        expect_header = base.journaled if base is not None else False
        contents = self.journal_contents(state.seq, expect_header)
        ops = sorted_unique(archived + contents.ops)
        known = base.gaps if base is not None else []
        legacy = {id(op) for op in archived if legacy_op(op)}  # journal ops are never excused
        gaps = missing_ranges(ops, 0, lambda op: id(op) in legacy)
        if [gap for gap in gaps if gap not in known]:
            self.note(
                f"lost: operations {describe_ranges([g for g in gaps if g not in known])} are "
                "in no file; what they recorded cannot be recovered"
            )
        after, replayed = state.seq, 0
        for op in ops:
            if op["seq"] > after:
                state.apply(op)
                replayed += 1
        rebuild = replayed or len(self.report) or not self.progress.exists() and base is not None
        if rebuild:
            self.write(state, days, contents, gaps)
            self.note(
                f"rebuilt {self.progress.name}: {len(state.cards)} cards, "
                f"{replayed} operation(s) replayed, last operation #{state.seq}"
            )
        else:
            self.note(f"all progress files are sound ({len(state.cards)} cards)")
        return self.report


def repair(data_dir: Path, say: Callable[[str], None] = lambda _: None) -> list[str]:
    """Check every progress file; rebuild what is damaged. Returns what was found and done
    (each line also passed to `say` as soon as it is known)."""
    lock = DataDirLock(data_dir / "lock")
    data_dir.mkdir(parents=True, exist_ok=True)
    lock.acquire()
    try:
        return _Repair(data_dir, say).run()
    finally:
        lock.release()
