"""Append-only JSON-lines journal: each operation is fsync'd before the app acknowledges it."""

import json
import os
from pathlib import Path
from typing import Any

from newsquiz.errors import StoreCorruptError, StoreWriteError


class Journal:
    """Operations since the last checkpoint; replayed at open, emptied by a checkpoint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def read(self) -> list[dict[str, Any]]:
        """All complete operations; a torn last line (crash mid-write, never acknowledged) is
        dropped, a damaged line before the end raises StoreCorruptError."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        lines = data.split(b"\n")
        ops: list[dict[str, Any]] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip(b"\0 \t\r"):
                continue
            try:
                op = json.loads(line)
                if not isinstance(op, dict) or "seq" not in op or "op" not in op:
                    raise ValueError("not an operation")
            except ValueError:
                if number >= len(lines) - 1:
                    break
                raise StoreCorruptError(
                    f"{self.path}:{number}: damaged journal line; run `newsquiz doctor`"
                ) from None
            ops.append(op)
        return ops

    def append(self, op: dict[str, Any]) -> None:
        """Write one operation and fsync it: when this returns, it survives a crash."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        data = (json.dumps(op, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")
        offset = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            written = os.write(self._fd, data)
            if written != len(data):
                raise OSError(28, "short write")
            os.fdatasync(self._fd)
        except OSError as exc:
            os.ftruncate(self._fd, offset)  # leave no torn line in the middle of the journal
            raise StoreWriteError(f"{self.path}: could not save ({exc.strerror or exc})") from None

    def reset(self) -> None:
        """Start an empty journal (after a checkpoint made its operations redundant)."""
        self.close()
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.fsync(fd)
        os.close(fd)
        os.replace(tmp, self.path)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
