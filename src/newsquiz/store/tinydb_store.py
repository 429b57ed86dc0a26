"""The progress store on disk: a TinyDB checkpoint, an fsync'd journal and daily op archives.

Recording a review appends one line to `journal.jsonl` and fsyncs it (about the cost of one
SQLite commit, whatever the collection size). A checkpoint, off the hot path, archives the
journal's operations into `ops/YYYY-MM-DD.json` (TinyDB, one file per UTC day) and writes the
card states to `progress.json` (TinyDB); the previous snapshot is kept as `progress.json.bak`.
Every file is replaced atomically, so no crash leaves one that fails to open, and the archives
plus the journal can rebuild everything (`newsquiz doctor`).
"""

import gc
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.table import Document

from newsquiz.errors import StoreCorruptError, StoreWriteError
from newsquiz.models import CardProgress, Review, Settings, settings_from_stored
from newsquiz.store.atomic_storage import AtomicJSONStorage
from newsquiz.store.base import (
    OperationLog,
    ProgressState,
    history_import_ops,
    progress_op,
    relink_op,
    review_line,
    review_op,
    settings_op,
    undo_op,
    with_current_ids,
)
from newsquiz.store.journal import Journal
from newsquiz.store.lock import DataDirLock
from newsquiz.store.progress_map import ProgressMap, check_doc

SCHEMA_VERSION = 1


def _op_day(op: dict[str, Any]) -> str:
    if op["op"] == "review":
        moment = str(op["review"]["time"])
    else:
        moment = str(op.get("at") or datetime.now(UTC).isoformat())
    return datetime.fromisoformat(moment).astimezone(UTC).date().isoformat()


def _open_db(path: Path, *, seal: bool = False) -> TinyDB:
    return TinyDB(str(path), storage=CachingMiddleware(AtomicJSONStorage), seal=seal)  # type: ignore[no-untyped-call]


def read_snapshot(path: Path) -> ProgressState:
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
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise StoreCorruptError(
            f"{path}: damaged progress file ({type(exc).__name__}); run `newsquiz doctor`"
        ) from None
    return state


def write_snapshot(path: Path, backup: Path, state: ProgressState) -> None:
    """Write a checkpoint atomically, keeping the previous one as `backup`."""
    if path.exists():
        path.replace(backup)
    db = _open_db(path, seal=True)
    db.table("meta").insert({"schema": SCHEMA_VERSION, "seq": state.seq})
    db.table("settings").insert(state.settings.model_dump(mode="json"))
    cards = state.cards
    documents = (
        cards.documents()
        if isinstance(cards, ProgressMap)
        else (p.model_dump(mode="json") for p in cards.values())
    )
    db.table("cards").insert_multiple(documents)
    db.table("aliases").insert_multiple(
        {"old": old, "new": new} for old, new in sorted(state.aliases.items())
    )
    db.close()


def read_archive(path: Path) -> list[dict[str, Any]]:
    """The operations archived for one day."""
    db = TinyDB(str(path), storage=AtomicJSONStorage)
    try:
        return [dict(doc) for doc in db.table("ops")]
    finally:
        db.close()


def archive_ops(ops_dir: Path, ops: list[dict[str, Any]]) -> None:
    """Add operations to the daily archives (idempotent: keyed by sequence number)."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        by_day.setdefault(_op_day(op), []).append(op)
    ops_dir.mkdir(parents=True, exist_ok=True)
    for day, day_ops in sorted(by_day.items()):
        db = _open_db(ops_dir / f"{day}.json")
        table = db.table("ops")
        by_seq = {int(op["seq"]): op for op in day_ops}
        present = [doc.doc_id for doc in table if doc.doc_id in by_seq]
        if present:
            table.remove(doc_ids=present)
        # One table write per day, not one per op (TinyDB rewrites the table on each update).
        table.insert_multiple(Document(op, doc_id=seq) for seq, op in by_seq.items())
        db.close()


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
        snapshot = self.progress_path
        if not snapshot.exists() and self.backup_path.exists():
            snapshot = self.backup_path  # a crash between the two renames of a checkpoint
        if snapshot.exists():
            self._state = read_snapshot(snapshot)
            self._log = OperationLog(self._state)
            self._checkpoint_seq = self._state.seq
        for op in self.journal.read():
            if int(op["seq"]) > self._checkpoint_seq:
                self._state.apply(op)
                self._pending.append(op)
        if self._pending and not self.readonly:
            self.checkpoint()
        # Tens of thousands of long-lived objects: keep them out of the cyclic collector's
        # full passes, which would otherwise pause an answer for tens of milliseconds.
        gc.freeze()

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

    def set_progress(self, progress: CardProgress) -> None:
        self._write(progress_op(self._log.next_seq(), progress))

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
        if not self.ops_dir.exists():
            return []
        return sorted(self.ops_dir.glob("????-??-??.json"))

    def archived_ops(self) -> list[dict[str, Any]]:
        """Every archived operation, in sequence order (for rebuilding and export)."""
        ops = [op for path in self._archive_days() for op in read_archive(path)]
        return sorted(ops, key=lambda op: int(op["seq"]))

    def _archived_reviews(self, first_day: str) -> list[Review]:
        reviews: dict[int, Review] = {}
        undone: set[int] = set()
        for path in self._archive_days():
            if path.stem < first_day:
                continue
            for op in read_archive(path):
                if op["op"] == "review":
                    review = Review.model_validate(op["review"])
                    reviews[review.seq] = review
                elif op["op"] == "undo":
                    undone.add(int(op["target"]))
        for seq in undone & reviews.keys():
            reviews[seq] = reviews[seq].model_copy(update={"undone": True})
        return list(reviews.values())

    def _archived_reviews_newest_first(self) -> Iterator[Review]:
        undone: set[int] = set(s for s, r in self._state.recent.items() if r.undone)
        for path in reversed(self._archive_days()):
            ops = sorted(read_archive(path), key=lambda op: -int(op["seq"]))
            for op in ops:
                if op["op"] == "undo":
                    undone.add(int(op["target"]))
                elif op["op"] == "review" and int(op["seq"]) not in undone:
                    yield Review.model_validate(op["review"])

    # -- checkpoint ------------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Archive pending operations, snapshot card states, and empty the journal."""
        if self.readonly or not self._pending:
            return
        ops = [
            review_op(item.seq, item) if isinstance(item, Review) else item
            for item in self._pending
        ]
        archive_ops(self.ops_dir, ops)
        write_snapshot(self.progress_path, self.backup_path, self._state)
        self.journal.reset()
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
