"""A cache of validated decks, so a 50,000-card collection opens in a fraction of a second.

Parsing YAML is the slow part of start-up. A deck whose file has not changed (same path, size
and modification time) is read back from what we wrote after validating it, with the checks it
already passed skipped. Each entry is two files: the index (the deck's header and one ref per
card: id, kind, fact key), which is all a study session needs at start, and the cards, which
are built one at a time as they are shown.
"""

import contextlib
import hashlib
from pathlib import Path
from typing import Any

import orjson
from pydantic import TypeAdapter, ValidationError

from newsquiz.errors import DeckError
from newsquiz.models import Card, Deck
from newsquiz.models.deck_index import CardColumns, DeckIndex
from newsquiz.store.deck_files import atomic_write_bytes, load_deck

CACHE_VERSION = "3"
TRUSTED = {"trusted": True}
_CARD = TypeAdapter(Card)


class _CachedCards:
    """A deck's cards from the cache, parsed on first use and built one at a time.

    If the entry has gone (cleared cache) the deck file itself is read again; a card that is
    no longer where the index says raises LookupError, which `DeckIndex.card` reports as None.
    """

    def __init__(self, entry: Path, deck_path: Path) -> None:
        self.entry = entry
        self.deck_path = deck_path
        self._docs: list[Any] | None = None

    def __call__(self, position: int) -> Card:
        if self._docs is None:
            self._docs = self._read()
        try:
            return _CARD.validate_python(self._docs[position], context=TRUSTED)
        except (IndexError, ValidationError) as exc:
            raise LookupError(f"{self.deck_path}: card {position} is gone") from exc

    def _read(self) -> list[Any]:
        try:
            docs = orjson.loads(self.entry.read_bytes())
            if isinstance(docs, list):
                return docs
        except (OSError, ValueError):
            pass
        try:
            deck = load_deck(self.deck_path)
        except DeckError as exc:
            raise LookupError(exc.problems[0]) from None
        return [card.model_dump() for card in deck.cards]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


class DeckCache:
    """Validated decks keyed by file identity; never trusted across a file change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, path: Path) -> tuple[Path, Path] | None:
        """The entry's two files: named by the deck's path, then by its size and time."""
        try:
            resolved, stat = path.resolve(), path.stat()
        except OSError:
            return None
        prefix = _digest(f"{CACHE_VERSION}|{resolved}")
        name = f"{prefix}-{_digest(f'{stat.st_size}|{stat.st_mtime_ns}')}"
        return self.folder / f"{name}.index.json", self.folder / f"{name}.cards.json"

    def _read_index(self, entry: Path) -> tuple[Deck, CardColumns] | None:
        try:
            data = orjson.loads(entry.read_bytes())
            header = Deck.model_validate(data["deck"], context=TRUSTED)
            columns = CardColumns(data["ids"], data["kinds"], data["fact_keys"])
            if not len(columns.ids) == len(columns.kinds) == len(columns.fact_keys):
                return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            return None
        return header, columns

    def index(self, path: Path) -> DeckIndex | None:
        """The deck's index, its cards read from the cache when first shown."""
        entries = self._entry(path)
        if entries is None:
            return None
        found = self._read_index(entries[0])
        if found is None or not entries[1].exists():
            return None
        header, columns = found
        return DeckIndex(header, columns, _CachedCards(entries[1], path), path)

    def get(self, path: Path) -> Deck | None:
        """The whole deck, every card built."""
        entries = self._entry(path)
        if entries is None:
            return None
        found = self._read_index(entries[0])
        if found is None:
            return None
        try:
            cards = TypeAdapter(list[Card]).validate_json(entries[1].read_bytes(), context=TRUSTED)
        except (OSError, ValueError, ValidationError):
            return None
        return found[0].model_copy(update={"cards": cards})

    def put(self, path: Path, deck: Deck) -> None:
        entries = self._entry(path)
        if entries is None:
            return
        index = {"deck": deck.model_dump(mode="json", exclude={"cards"})}
        index.update(CardColumns.of(deck)._asdict())
        cards = [card.model_dump(mode="json") for card in deck.cards]
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            atomic_write_bytes(entries[1], orjson.dumps(cards))
            atomic_write_bytes(entries[0], orjson.dumps(index))
            self._drop_stale(entries)

    def _drop_stale(self, current: tuple[Path, Path]) -> None:
        """Remove this deck's entries for earlier versions of its file (each edit leaves one),
        and entries in an older cache layout."""
        prefix = current[0].name.split("-", 1)[0]
        for entry in self.folder.iterdir():
            stale = entry.name.startswith(f"{prefix}-") and entry not in current
            if stale or "-" not in entry.name:
                entry.unlink(missing_ok=True)
