"""Checkpoints: `progress.json` (TinyDB, sealed by `progress.json.sha1`) and the one before it.

A checkpoint that matches its seal is what we wrote. One that does not (a crash between the
two writes, a bit flip, a hand edit) is checked card by card against the previous checkpoint
plus the archived operations up to its number: a bit flip in a number still parses, so only
an independent copy can catch it. When progress.json is gone, the previous checkpoint plus the
archive rebuild it: nothing archived since is skipped.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError
from newsquiz.models import settings_from_stored
from newsquiz.store.archive import archive_days, open_db, read_archive
from newsquiz.store.atomic_storage import AtomicJSONStorage
from newsquiz.store.base import ProgressState
from newsquiz.store.journal import Journal
from newsquiz.store.ops import (
    OpError,
    check_op,
    describe_ranges,
    legacy_op,
    missing_ranges,
    sorted_unique,
)
from newsquiz.store.progress_map import ProgressMap, check_doc, documents_of

SCHEMA_VERSION = 1
JOURNAL_VERSION = 2
"""A checkpoint with `"journal": 2` is followed by a journal that starts with a header."""


class UnconfirmedError(StoreCorruptError):
    """An unsealed checkpoint the previous one and the archive cannot confirm (nor refute)."""


@dataclass
class Snapshot:
    state: ProgressState
    verified: bool = False
    """The file matched its seal: byte for byte what we wrote."""
    journaled: bool = False
    """Its journal must have a header (a journal without one was emptied or overwritten)."""
    gaps: list[tuple[int, int]] = field(default_factory=list)
    """Operation numbers the doctor found in no file and reported: known, not damage."""


def read_snapshot(path: Path) -> Snapshot:
    """Card states and settings of a checkpoint; raises StoreCorruptError naming the file."""
    state = ProgressState()
    storage = AtomicJSONStorage(str(path))
    data = storage.read() or {}
    try:
        meta = list(data["meta"].values())
        if not meta or int(meta[0].get("schema", 0)) > SCHEMA_VERSION:
            raise StoreCorruptError(
                f"{path}: not a newsquiz progress file of a known version; run `newsquiz doctor`"
            )
        state.seq = int(meta[0]["seq"])
        state.aliases = {
            str(doc["old"]): str(doc["new"]) for doc in data.get("aliases", {}).values()
        }
        settings = list(data.get("settings", {}).values())
        if settings:
            state.settings, state.settings_problems = settings_from_stored(settings[0])
        cards = data.get("cards", {}).values()
        if not storage.verified:  # sealed files are what we wrote from checked documents
            for doc in cards:
                check_doc(doc)
        docs = {doc["card_id"]: doc for doc in cards}
        state.cards = ProgressMap(docs, source=str(path))
        gaps = [(int(first), int(last)) for first, last in meta[0].get("gaps", [])]
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise StoreCorruptError(
            f"{path}: damaged progress file ({type(exc).__name__}); run `newsquiz doctor`"
        ) from None
    journaled = meta[0].get("journal") == JOURNAL_VERSION
    return Snapshot(state, verified=storage.verified, journaled=journaled, gaps=gaps)


def write_snapshot(
    path: Path, backup: Path, state: ProgressState, gaps: Sequence[tuple[int, int]] = ()
) -> None:
    """Write a checkpoint atomically, keeping the previous one as `backup`."""
    if path.exists():
        path.replace(backup)
    db = open_db(path, seal=True)
    meta: dict[str, Any] = {"schema": SCHEMA_VERSION, "seq": state.seq, "journal": JOURNAL_VERSION}
    if gaps:
        meta["gaps"] = sorted(gaps)
    db.table("meta").insert(meta)
    db.table("settings").insert(state.settings.model_dump(mode="json"))
    db.table("cards").insert_multiple(documents_of(state.cards).values())
    db.table("aliases").insert_multiple(
        {"old": old, "new": new} for old, new in sorted(state.aliases.items())
    )
    db.close()


def write_checkpoint(
    data_dir: Path, state: ProgressState, gaps: Sequence[tuple[int, int]] = ()
) -> None:
    """Checkpoint `state` (its operations already archived) and start the journal after it."""
    write_snapshot(data_dir / "progress.json", data_dir / "progress.json.bak", state, gaps)
    Journal(data_dir / "journal.jsonl").reset(state.seq)


def archived_after(ops_dir: Path, seq: int) -> list[dict[str, Any]]:
    """Archived operations numbered after `seq`, in order (every day file is read)."""
    ops = [op for day in archive_days(ops_dir) for op in read_archive(day) if op["seq"] > seq]
    return sorted_unique(ops)


def replay(state: ProgressState, ops: list[dict[str, Any]], source: Path) -> None:
    """Apply operations (in order) numbered after the state's; each is checked first, so a
    damaged one raises StoreCorruptError naming `source` before it touches the state."""
    after = state.seq
    for op in ops:
        if int(op["seq"]) <= after:
            continue
        try:
            check_op(op)
        except OpError as exc:
            raise StoreCorruptError(
                f"{source}: damaged operation #{op['seq']} ({exc}); run `newsquiz doctor`"
            ) from None
        state.apply(op)


def recover_missing(progress: Path, backup: Path, ops_dir: Path) -> Snapshot | None:
    """progress.json is gone (a crash between a checkpoint's renames, or deleted): the one
    before it plus every operation archived after it; None when there is nothing to recover."""
    if backup.exists():
        snapshot = read_snapshot(backup)
    elif archive_days(ops_dir):
        snapshot = Snapshot(ProgressState())
    else:
        return None
    ops = archived_after(ops_dir, snapshot.state.seq)
    gaps = missing_ranges(ops, snapshot.state.seq, legacy_op)
    if gaps:
        raise StoreCorruptError(
            f"{progress}: missing, and operations {describe_ranges(gaps)} are in neither "
            f"{backup.name} nor the op archive; run `newsquiz doctor`"
        )
    replay(snapshot.state, ops, ops_dir)
    return snapshot


def _expected(backup: Path, ops_dir: Path, upto: int) -> ProgressState | None:
    """The state at operation #`upto` from the previous checkpoint and the archive; None
    when they do not reach it."""
    state = ProgressState()
    if backup.exists():
        try:
            state = read_snapshot(backup).state
        except StoreCorruptError:
            state = ProgressState()
    ops = [op for op in archived_after(ops_dir, state.seq) if op["seq"] <= upto]
    if missing_ranges(ops, state.seq, legacy_op) or (ops[-1]["seq"] if ops else state.seq) != upto:
        return None
    replay(state, ops, ops_dir)
    return state


def cross_check(path: Path, snapshot: Snapshot, backup: Path, ops_dir: Path) -> None:
    """Raise StoreCorruptError unless an unsealed checkpoint agrees, card by card, with the
    previous checkpoint plus the archived operations up to its number."""
    state = snapshot.state
    expected = _expected(backup, ops_dir, state.seq)
    if expected is None:
        raise UnconfirmedError(
            f"{path}: does not match its checksum {path.name}.sha1 and the op archive cannot "
            "confirm it; run `newsquiz doctor`"
        )
    mine, theirs = documents_of(state.cards), documents_of(expected.cards)
    differ = sorted(
        card for card in mine.keys() | theirs.keys() if mine.get(card) != theirs.get(card)
    )
    if state.settings != expected.settings:
        differ.insert(0, "settings")
    if differ:
        raise StoreCorruptError(
            f"{path}: does not match its checksum, and {len(differ)} card(s) differ from the "
            f"op archive (first: {differ[0]}); run `newsquiz doctor`"
        )
