"""Rebuild damaged progress from the last good checkpoint, the op archive and the journal."""

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError
from newsquiz.store.base import ProgressState
from newsquiz.store.journal import Journal
from newsquiz.store.lock import DataDirLock
from newsquiz.store.tinydb_store import (
    archive_ops,
    read_archive,
    read_snapshot,
    write_snapshot,
)


def _set_aside(path: Path, report: list[str]) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(damaged)
    report.append(f"kept the damaged file as {damaged.name}")


def repair(data_dir: Path) -> list[str]:
    """Check every progress file; rebuild what is damaged. Returns what was found and done."""
    report: list[str] = []
    lock = DataDirLock(data_dir / "lock")
    data_dir.mkdir(parents=True, exist_ok=True)
    lock.acquire()
    try:
        progress, backup = data_dir / "progress.json", data_dir / "progress.json.bak"
        state: ProgressState | None = None
        damaged_snapshot = False
        for candidate in (progress, backup):
            if not candidate.exists():
                continue
            try:
                state = read_snapshot(candidate)
                if candidate == backup:
                    report.append(f"restored from the previous checkpoint {backup.name}")
                break
            except StoreCorruptError as exc:
                report.append(f"damaged: {exc}")
                damaged_snapshot = True
        if state is None:
            state = ProgressState()
            if damaged_snapshot:
                report.append("no good checkpoint: rebuilding from the op archive alone")
        archived: list[dict[str, Any]] = []
        ops_dir = data_dir / "ops"
        for day in sorted(ops_dir.glob("????-??-??.json")) if ops_dir.exists() else []:
            try:
                archived.extend(read_archive(day))
            except StoreCorruptError as exc:
                report.append(f"damaged: {exc}")
                _set_aside(day, report)
        journal_path = data_dir / "journal.jsonl"
        journal, skipped = Journal(journal_path).read_salvage()
        if skipped:
            report.append(f"{journal_path.name}: skipped {skipped} damaged line(s)")
        replayed, snapshot_seq, seen = 0, state.seq, set()
        for op in sorted(archived + journal, key=lambda op: int(op["seq"])):
            seq = int(op["seq"])
            if seq > snapshot_seq and seq not in seen:
                seen.add(seq)
                state.apply(op)
                replayed += 1
        restored = damaged_snapshot or not progress.exists() and backup.exists()
        if restored or replayed or any("skipped" in line for line in report):
            if progress.exists() and damaged_snapshot:
                _set_aside(progress, report)
            archive_ops(ops_dir, journal)
            write_snapshot(progress, backup, state)
            journal_path.unlink(missing_ok=True)
            report.append(
                f"rebuilt {progress.name}: {len(state.cards)} cards, "
                f"{replayed} operation(s) replayed, last operation #{state.seq}"
            )
        else:
            report.append(f"all progress files are sound ({len(state.cards)} cards)")
    finally:
        lock.release()
    return report
