"""A TinyDB storage that never leaves a half-written file: temp file, fsync, atomic rename."""

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from newsquiz.errors import StoreCorruptError
from newsquiz.store.deck_files import atomic_write_text


class AtomicJSONStorage(Storage):
    """TinyDB's JSONStorage rewrites in place; this one replaces the file atomically."""

    def __init__(self, path: str, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            raise StoreCorruptError(
                f"{self.path}: damaged progress file (not UTF-8); run `newsquiz doctor`"
            ) from None
        if not text.strip():
            raise StoreCorruptError(f"{self.path}: empty progress file; run `newsquiz doctor`")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StoreCorruptError(
                f"{self.path}: damaged progress file ({exc.msg} at line {exc.lineno}); "
                "run `newsquiz doctor`"
            ) from None
        if not isinstance(data, dict):
            raise StoreCorruptError(f"{self.path}: damaged progress file; run `newsquiz doctor`")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_text(self.path, json.dumps(data, separators=(",", ":"), ensure_ascii=False))

    def close(self) -> None:
        """Nothing held open between writes."""
