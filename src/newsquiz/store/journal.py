"""Append-only JSON-lines journal: each operation is fsync'd before the app acknowledges it.

The file is preallocated with zeros in 1 MiB chunks, so an append writes into space the disk
already gave us, with no file size to update, and a full disk cannot interrupt a session. Each
operation starts on a 4 KiB block and is written with O_DIRECT | O_DSYNC where the file system
allows it: one device write that is durable when the call returns, cheaper than a durable
SQLite commit. Elsewhere (tmpfs, some network file systems) it falls back to pwrite + fdatasync.

Damage is told apart from a crash: a crash can only cut the last line short (no newline), and
only at a sector boundary of its block. A
header line names the checkpoint the journal follows (zeroed or emptied: no header), every line
ends with its CRC-32 (bit flips), the size stays a whole number of chunks (truncation), and
operation numbers follow each other (lost lines); an import is one line, whole or absent.
"""

import contextlib
import itertools
import mmap
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from newsquiz.errors import StoreCorruptError, StoreWriteError
from newsquiz.store.atomic_write import atomic_write_bytes
from newsquiz.store.ops import OpError, check_op, missing_ranges, prev_seq
from newsquiz.store.safe_paths import open_nofollow, read_nofollow

CHUNK = 1 << 20
BLOCK = 4096
SECTOR = 512
HEADER_BYTES = 256
"""The smallest unit a disk writes whole: a crash can cut a line only at a multiple of it."""


@dataclass
class JournalContents:
    """What a journal file holds, damage included (see `problems`)."""

    ops: list[dict[str, Any]] = field(default_factory=list)
    head: int | None = None
    """The checkpoint number the header names; None without a header (old format or damage)."""
    damaged: list[tuple[int, str, bytes]] = field(default_factory=list)
    """Line number, reason and bytes of each line that is not a whole operation."""
    truncated: bool = False
    torn: bool = False
    cut: bool = False
    """The last line stops inside a sector: damage, or a reader racing the running app."""
    exists: bool = True


def _crc(data: bytes) -> bytes:
    return b"%08x" % zlib.crc32(data)


def _header(checkpoint_seq: int, chunks: int) -> bytes:
    """The first line: the checkpoint the journal follows and how many chunks it has grown
    to (a cut at a chunk boundary leaves fewer). Short enough for one sector, which a disk
    writes whole, so rewriting it in place cannot tear it."""
    body = orjson.dumps({"seq": checkpoint_seq, "op": "head", "v": 2, "chunks": chunks})
    return (body + b"\t" + _crc(body) + b"\n").ljust(HEADER_BYTES, b"\0")


def _decode(line: bytes, need_crc: bool) -> dict[str, Any]:
    body, tab, crc = line.rpartition(b"\t")
    if tab:
        if crc != _crc(body):
            raise OpError("checksum mismatch")
        line = body
    elif need_crc:
        raise OpError("no checksum")
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise OpError("not JSON") from None
    if not isinstance(record, dict):
        raise OpError("not an object")
    return record


def _expand(record: dict[str, Any]) -> list[dict[str, Any]]:
    if record.get("op") != "batch":
        return [check_op(record)]
    inner = record.get("ops")
    if not isinstance(inner, list) or not inner:
        raise OpError("batch without operations")
    return [check_op(op) for op in inner]


def parse_journal(data: bytes) -> JournalContents:
    """Every whole operation of a journal's bytes, and what is wrong with the rest."""
    contents = JournalContents(truncated=len(data) % CHUNK != 0)
    body = data.rstrip(b"\0")
    lines = body.split(b"\n")
    tail = lines.pop().lstrip(b"\0")
    contents.torn = bool(tail.strip(b" \r"))  # no newline: a write cut short
    need_crc = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip(b"\0 \r")
        if not line:
            continue
        try:
            record = _decode(line, need_crc)
            first = contents.head is None and not contents.ops and not contents.damaged
            if first and record.get("op") == "head" and type(record.get("seq")) is int:
                contents.head, need_crc = record["seq"], True
                chunks = record.get("chunks")
                contents.truncated |= type(chunks) is int and len(data) < chunks * CHUNK
                continue
            contents.ops.extend(_expand(record))
        except OpError as exc:
            contents.damaged.append((number, str(exc), line))
    if contents.torn and need_crc and len(tail) % SECTOR:
        # A crash tears a write at a sector boundary; anything else was zeroed or overwritten.
        contents.torn, contents.cut = False, True
        contents.damaged.append((len(lines) + 1, "cut short inside a sector", tail))
    return contents


def journal_damage(
    path: Path, contents: JournalContents, after: int, expect_header: bool
) -> list[str]:
    """Damage that can hide operations after checkpoint #`after`, one line each."""
    problems = [
        f"{path}:{number}: damaged journal line ({reason})"
        for number, reason, _ in contents.damaged
    ]
    if contents.truncated:
        problems.append(f"{path}: cut short (smaller than it grew); reviews may be lost")
    seqs = [int(op["seq"]) for op in contents.ops]
    if any(later <= earlier for earlier, later in itertools.pairwise(seqs)):
        problems.append(f"{path}: operation numbers repeat or go back")
    if expect_header and contents.head is None:
        what = "has no header (emptied or overwritten)" if contents.exists else "is missing"
        problems.append(f"{path}: {what}; reviews after #{after} may be lost")
    return problems


def journal_gaps(contents: JournalContents, after: int) -> list[tuple[int, int]]:
    """Operation numbers after `after` that the journal should hold and does not."""
    start = max(after, contents.head or 0)
    head_gap = [(after + 1, start)] if start > after else []
    return head_gap + missing_ranges(contents.ops, start)


class Journal:
    """Operations since the last checkpoint; replayed at open, emptied by a checkpoint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._direct_fd: int | None = None
        self._buffer = mmap.mmap(-1, BLOCK)
        self._offset = 0
        self._capacity = 0
        self._head: int | None = None

    def load(self) -> JournalContents:
        """The file's contents, damage included; StoreLinkError for a symbolic link."""
        try:
            data = read_nofollow(self.path)
        except FileNotFoundError:
            return JournalContents(exists=False)
        return parse_journal(data)

    def read(self) -> list[dict[str, Any]]:
        """All whole operations; a torn last line (crash mid-write, never acknowledged) is
        dropped, damage raises StoreCorruptError naming the file."""
        contents = self.load()
        problems = journal_damage(self.path, contents, 0, expect_header=False)
        if problems:
            raise StoreCorruptError(f"{problems[0]}; run `newsquiz doctor`")
        return contents.ops

    def _open(self) -> int:
        if self._fd is None:
            self._fd = open_nofollow(self.path, os.O_RDWR | os.O_CREAT)
            content = os.pread(self._fd, os.fstat(self._fd).st_size, 0)
            self._offset = -(-len(content.rstrip(b"\0")) // BLOCK) * BLOCK
            self._capacity = len(content)
            self._head = parse_journal(content[:HEADER_BYTES]).head
            try:
                flags = os.O_RDWR | getattr(os, "O_DIRECT", 0) | os.O_DSYNC
                direct = hasattr(os, "O_DIRECT")
                self._direct_fd = open_nofollow(self.path, flags) if direct else None
            except OSError:
                self._direct_fd = None
        return self._fd

    def _grow(self, fd: int, needed: int) -> None:
        start = self._capacity
        try:
            while self._capacity < needed:
                os.pwrite(fd, b"\0" * CHUNK, self._capacity)
                self._capacity += CHUNK
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):  # keep the size a whole number of chunks
                os.ftruncate(fd, start)
            self._capacity = start
            raise
        if self._head is not None:  # after the growth is durable: the count never overstates
            os.pwrite(fd, _header(self._head, self._capacity // CHUNK), 0)
            os.fdatasync(fd)

    def append_line(self, line: str) -> None:
        """Write one encoded operation and fsync it: when this returns, it survives a crash."""
        data = line.encode("utf-8")
        self._append_block(data + b"\t" + _crc(data) + b"\n")

    def append_many(self, ops: list[dict[str, Any]]) -> None:
        """Write several operations as one line with one fsync: an import lands whole or not
        at all (a torn line is dropped at replay, and nothing was acknowledged)."""
        batch = {"seq": ops[-1]["seq"], "op": "batch", "prev": prev_seq(ops[0]), "ops": ops}
        self.append(batch)

    def _write_durably(self, fd: int, data: bytes) -> None:
        padded = -(-len(data) // BLOCK) * BLOCK
        if self._direct_fd is not None:
            if len(self._buffer) < padded:
                self._buffer.close()
                self._buffer = mmap.mmap(-1, padded)  # page-aligned memory, as O_DIRECT needs
            view = memoryview(self._buffer)[:padded]
            view[: len(data)] = data
            view[len(data) :] = bytes(padded - len(data))
            try:
                written = os.pwrite(self._direct_fd, view, self._offset)
            except OSError:
                os.close(self._direct_fd)  # this file system refuses direct I/O
                self._direct_fd = None
            else:
                if written != padded:
                    raise OSError(28, "short write")
                return
            finally:
                view.release()
        written = os.pwrite(fd, data + b"\0" * (padded - len(data)), self._offset)
        if written != padded:
            raise OSError(28, "short write")
        os.fdatasync(fd)

    def _append_block(self, data: bytes) -> None:
        try:
            fd = self._open()
            end = self._offset + -(-len(data) // BLOCK) * BLOCK
            if end > self._capacity:
                self._grow(fd, end)
            self._write_durably(fd, data)
        except OSError as exc:
            if self._fd is not None:  # leave no torn line for a later append to follow
                with contextlib.suppress(OSError):
                    os.pwrite(self._fd, b"\0" * len(data), self._offset)
            raise StoreWriteError(f"{self.path}: could not save ({exc.strerror or exc})") from None
        self._offset = end

    def append(self, op: dict[str, Any]) -> None:
        self.append_line(orjson.dumps(op).decode("utf-8"))

    def reset(self, checkpoint_seq: int) -> None:
        """Start a journal that follows checkpoint #`checkpoint_seq` (its operations are then
        redundant): the header, then one preallocated chunk, replacing the file atomically."""
        self.close()
        block = _header(checkpoint_seq, 1)
        atomic_write_bytes(self.path, block + b"\0" * (CHUNK - len(block)))

    def close(self) -> None:
        for fd in (self._fd, self._direct_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._direct_fd = None
