"""A cache of validated decks as JSON, so a 50,000-card deck opens in a fraction of a second.

Parsing YAML in pure Python is the slow part of start-up; a deck whose file has not changed
(same path, size and modification time) is read back from the JSON pydantic wrote, with the
checks it already passed skipped.
"""

import contextlib
import hashlib
from pathlib import Path

from pydantic import ValidationError

from newsquiz.models import Deck
from newsquiz.store.deck_files import atomic_write_bytes

CACHE_VERSION = "1"


class DeckCache:
    """Validated decks keyed by file identity; never trusted across a file change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, path: Path) -> Path | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        identity = f"{CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        name = hashlib.blake2b(identity.encode(), digest_size=16).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, path: Path) -> Deck | None:
        entry = self._entry(path)
        if entry is None:
            return None
        try:
            raw = entry.read_bytes()
            return Deck.model_validate_json(raw, context={"trusted": True})
        except (OSError, ValidationError, ValueError):
            return None

    def put(self, path: Path, deck: Deck) -> None:
        entry = self._entry(path)
        if entry is None:
            return
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            atomic_write_bytes(entry, deck.model_dump_json().encode())
