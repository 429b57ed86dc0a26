"""Append-only JSON-lines journal: each operation is fsync'd before the app acknowledges it.

The file is preallocated with zeros in 1 MiB chunks, so an append writes into space the disk
already gave us, with no file size to update, and a full disk cannot interrupt a session. Each
operation starts on a 4 KiB block and is written with O_DIRECT | O_DSYNC where the file system
allows it: one device write that is durable when the call returns, cheaper than a durable
SQLite commit. Elsewhere (tmpfs, some network file systems) it falls back to pwrite + fdatasync.
"""

import contextlib
import json
import mmap
import os
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError, StoreWriteError

CHUNK = 1 << 20
BLOCK = 4096


class Journal:
    """Operations since the last checkpoint; replayed at open, emptied by a checkpoint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._direct_fd: int | None = None
        self._buffer = mmap.mmap(-1, BLOCK)
        self._offset = 0
        self._capacity = 0

    def read(self) -> list[dict[str, Any]]:
        """All complete operations; a torn last line (crash mid-write, never acknowledged) is
        dropped, a damaged line before the end raises StoreCorruptError."""
        ops, _ = self._parse(tolerant=False)
        return ops

    def read_salvage(self) -> tuple[list[dict[str, Any]], int]:
        """Every readable operation and the number of damaged lines skipped (for the doctor)."""
        return self._parse(tolerant=True)

    def _parse(self, *, tolerant: bool) -> tuple[list[dict[str, Any]], int]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return [], 0
        lines = data.rstrip(b"\0").split(b"\n")
        ops: list[dict[str, Any]] = []
        skipped = 0
        for number, raw in enumerate(lines, start=1):
            line = raw.strip(b"\0 \t\r")
            if not line:
                continue
            try:
                op = json.loads(line)
                if not isinstance(op, dict) or "seq" not in op or "op" not in op:
                    raise ValueError("not an operation")
            except ValueError:
                if tolerant:
                    skipped += 1
                    continue
                if number == len(lines):
                    break
                raise StoreCorruptError(
                    f"{self.path}:{number}: damaged journal line; run `newsquiz doctor`"
                ) from None
            ops.extend(op["ops"] if op["op"] == "batch" else [op])
        return ops, skipped

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            content = os.pread(self._fd, os.fstat(self._fd).st_size, 0)
            self._offset = -(-len(content.rstrip(b"\0")) // BLOCK) * BLOCK
            self._capacity = len(content)
            try:
                flags = os.O_RDWR | getattr(os, "O_DIRECT", 0) | os.O_DSYNC
                self._direct_fd = os.open(self.path, flags) if hasattr(os, "O_DIRECT") else None
            except OSError:
                self._direct_fd = None
        return self._fd

    def _grow(self, fd: int, needed: int) -> None:
        while self._capacity < needed:
            os.pwrite(fd, b"\0" * CHUNK, self._capacity)
            self._capacity += CHUNK
        os.fsync(fd)

    def append_line(self, line: str) -> None:
        """Write one encoded operation and fsync it: when this returns, it survives a crash."""
        self._append_block((line + "\n").encode("utf-8"))

    def append_many(self, ops: list[dict[str, Any]]) -> None:
        """Write several operations with one fsync (an import lands whole or not at all: a torn
        tail is dropped at replay, and nothing was acknowledged)."""
        lines = "".join(
            json.dumps(op, separators=(",", ":"), ensure_ascii=False) + "\n" for op in ops
        )
        self._append_block(lines.encode("utf-8"))

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
        self.append_line(json.dumps(op, separators=(",", ":"), ensure_ascii=False))

    def reset(self) -> None:
        """Start an empty journal (after a checkpoint made its operations redundant)."""
        self.close()
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.fsync(fd)
        os.close(fd)
        os.replace(tmp, self.path)

    def close(self) -> None:
        for fd in (self._fd, self._direct_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._direct_fd = None
