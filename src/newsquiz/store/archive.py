"""The op archive: `ops/YYYY-MM-DD.json` (TinyDB), every operation ever applied, one file a day.

Readers for the app check each operation's shape and name the file when one is damaged; the
doctor salvages a damaged day operation by operation (a file that no longer parses still holds
mostly whole operations), so one bad byte costs one operation, not the day. Each operation
carries the CRC-32 of its content (`crc`), so damage that still reads as a valid operation (a
flipped digit in a rating) is found too: by readers when the day file does not match its seal
(`.sha1`, as progress.json has; checking the seal is one hash, not one per operation), and
always by the doctor.
"""

import re
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.table import Document

from newsquiz.errors import StoreCorruptError
from newsquiz.store.atomic_storage import AtomicJSONStorage
from newsquiz.store.ops import OpError, check_op, known_kind
from newsquiz.store.safe_paths import read_nofollow, refuse_links

_ENTRY = re.compile(r'"(\d+)"\s*:\s*\{')


def _crc_of(op: dict[str, Any]) -> str:
    body = {key: value for key, value in op.items() if key != "crc"}
    return f"{zlib.crc32(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)):08x}"


def sealed(op: dict[str, Any]) -> dict[str, Any]:
    """The operation with the checksum of its content (an old archive's ops have none)."""
    return {**op, "crc": _crc_of(op)}


def op_day(op: dict[str, Any]) -> str:
    if op["op"] == "review":
        moment = str(op["review"]["time"])
    else:
        moment = str(op.get("at") or datetime.now(UTC).isoformat())
    return datetime.fromisoformat(moment).astimezone(UTC).date().isoformat()


def open_db(path: Path, *, seal: bool = False) -> TinyDB:
    return TinyDB(str(path), storage=CachingMiddleware(AtomicJSONStorage), seal=seal)  # type: ignore[no-untyped-call]


def archive_days(ops_dir: Path) -> list[Path]:
    if not ops_dir.exists():
        return []
    refuse_links(ops_dir)
    return sorted(ops_dir.glob("????-??-??.json"))


def damaged_op(path: Path, key: object, reason: str) -> StoreCorruptError:
    return StoreCorruptError(
        f"{path}: damaged operation {key!s:.20} ({reason}); run `newsquiz doctor`"
    )


def read_archive(path: Path) -> list[dict[str, Any]]:
    """The operations archived for one day, each of a known kind and numbered as its key;
    StoreCorruptError naming the file otherwise (field checks are left to the reader). A day
    file that does not match its seal (`.sha1`) has each operation's checksum checked."""
    refuse_links(path)
    storage = AtomicJSONStorage(str(path))
    data = storage.read() or {}
    table = data.get("ops", {})
    if not isinstance(table, dict):
        raise damaged_op(path, "table", "not an object")
    ops = []
    for key, op in table.items():
        if not isinstance(op, dict) or not known_kind(op.get("op")):
            raise damaged_op(path, key, "not an operation")
        if type(op.get("seq")) is not int or str(op["seq"]) != key:
            raise damaged_op(path, key, "numbered differently from its key")
        if not storage.verified and "crc" in op and op["crc"] != _crc_of(op):
            raise damaged_op(path, key, "checksum mismatch")
        ops.append(op)
    return ops


def _scan(raw: bytes) -> tuple[list[tuple[str, Any]], int]:
    """Entries `"seq": {...}` of a day file that no longer parses, and how many were cut."""
    text = raw.decode("utf-8", "replace")
    decoder = orjson.loads
    found: list[tuple[str, Any]] = []
    lost, cursor = 0, 0
    for match in _ENTRY.finditer(text):
        if match.start() < cursor:
            continue
        start = match.end() - 1
        end = _object_end(text, start)
        try:
            found.append((match.group(1), decoder(text[start:end])))
            cursor = end
        except orjson.JSONDecodeError:
            lost += 1
    return found, lost


def _object_end(text: str, start: int) -> int:
    """Index after the object starting at `start` (braces counted outside strings)."""
    depth, in_string, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif in_string:
            escaped = char == "\\"
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif char in "{}":
            depth += 1 if char == "{" else -1
            if depth == 0:
                return index + 1
    return len(text)


def salvage_archive(path: Path) -> tuple[list[dict[str, Any]], int, bool]:
    """Every whole, valid operation of a day file, how many were damaged, and whether the file
    itself was sound (parsed, and nothing damaged)."""
    raw = read_nofollow(path)
    try:
        table = orjson.loads(raw)["ops"]
        entries, lost, parsed = list(table.items()), 0, True
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        (entries, lost), parsed = _scan(raw), False
    ops = []
    for key, op in entries:
        try:
            check_op(op)
            if str(op["seq"]) != key:
                raise OpError("numbered differently from its key")
            if "crc" in op and op["crc"] != _crc_of(op):
                raise OpError("checksum mismatch")
        except OpError:
            lost += 1
            continue
        ops.append(op)
    return ops, lost, parsed and not lost


def rewrite_archive(path: Path, ops: list[dict[str, Any]]) -> None:
    """Replace a day file with these operations only (atomically)."""
    table = {str(op["seq"]): op for op in sorted(ops, key=lambda op: int(op["seq"]))}
    AtomicJSONStorage(str(path), seal=True).write({"ops": table})


def archive_ops(ops_dir: Path, ops: list[dict[str, Any]]) -> None:
    """Add operations to the daily archives (idempotent: keyed by sequence number)."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        by_day.setdefault(op_day(op), []).append(op)
    ops_dir.mkdir(parents=True, exist_ok=True)
    refuse_links(ops_dir)
    for day, day_ops in sorted(by_day.items()):
        refuse_links(ops_dir / f"{day}.json")
        db = open_db(ops_dir / f"{day}.json", seal=True)
        table = db.table("ops")
        by_seq = {int(op["seq"]): op for op in day_ops}
        present = [doc.doc_id for doc in table if doc.doc_id in by_seq]
        if present:
            table.remove(doc_ids=present)
        # One table write per day, not one per op (TinyDB rewrites the table on each update).
        table.insert_multiple(Document(sealed(op), doc_id=seq) for seq, op in by_seq.items())
        db.close()
