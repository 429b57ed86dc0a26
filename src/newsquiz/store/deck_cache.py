"""A cache of validated decks, so a 50,000-card collection opens in a fraction of a second.

Parsing YAML is the slow part of start-up. A deck whose file has not changed (same path, size
and modification time) is read back from what we wrote after validating it, with the checks it
already passed skipped. Each entry is two files: the index (the deck's header and one ref per
card: id, kind, fact key), which is all a study session needs at start, and the cards, which
are built one at a time as they are shown.

Skipped checks make the cache a thing to verify, not trust: the index starts with its own
digest and holds the digests of the deck file and of the cards file, so an edited or damaged
entry (or a deck file changed without a new size or time) is rebuilt from the deck. The cache
folder may not be a symbolic link: clearing stale entries would delete files elsewhere.
"""

import contextlib
import hashlib
import re
from pathlib import Path
from typing import Any

import orjson
from pydantic import TypeAdapter, ValidationError

from newsquiz.errors import DeckError
from newsquiz.models import Card, Deck
from newsquiz.models.deck_index import CardColumns, DeckIndex
from newsquiz.store.atomic_write import atomic_write_bytes
from newsquiz.store.deck_files import load_deck
from newsquiz.store.safe_paths import refuse_links

CACHE_VERSION = "4"
_OURS = re.compile(r"\.?[0-9a-f]{24,32}(-[0-9a-f]{24})?(\.(index|cards))?\.json(\..*\.tmp)?")
TRUSTED = {"trusted": True}
_CARD = TypeAdapter(Card)


class _CachedCards:
    """A deck's cards from the cache, parsed on first use and built one at a time.

    If the entry has gone (cleared cache) the deck file itself is read again; a card that is
    no longer where the index says raises LookupError, which `DeckIndex.card` reports as None.
    """

    def __init__(self, entry: Path, deck_path: Path, digest: str) -> None:
        self.entry = entry
        self.deck_path = deck_path
        self.digest = digest
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
            raw = self.entry.read_bytes()
            docs = orjson.loads(raw) if _digest_bytes(raw) == self.digest else None
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
    return _digest_bytes(text.encode())


def _digest_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return _digest_bytes(path.read_bytes())
    except OSError:
        return None


class DeckCache:
    """Validated decks keyed by file identity; never trusted across a file change."""

    def __init__(self, folder: Path) -> None:
        refuse_links(folder, folder.parent)
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

    def _read_index(self, entry: Path, path: Path) -> tuple[Deck, CardColumns, str] | None:
        """The entry's header, card columns and cards digest, if the entry is intact and was
        made from the deck file as it is now."""
        try:
            digest, _, body = entry.read_bytes().partition(b"\n")
            if digest.decode() != _digest_bytes(body):
                return None
            data = orjson.loads(body)
            if data["source"] != _file_digest(path):
                return None
            header = Deck.model_validate(data["deck"], context=TRUSTED)
            columns = CardColumns(data["ids"], data["kinds"], data["fact_keys"])
            if not len(columns.ids) == len(columns.kinds) == len(columns.fact_keys):
                return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            return None
        return header, columns, str(data["cards"])

    def index(self, path: Path) -> DeckIndex | None:
        """The deck's index, its cards read from the cache when first shown."""
        entries = self._entry(path)
        if entries is None:
            return None
        found = self._read_index(entries[0], path)
        if found is None or not entries[1].exists():
            return None
        header, columns, digest = found
        return DeckIndex(header, columns, _CachedCards(entries[1], path, digest), path)

    def get(self, path: Path) -> Deck | None:
        """The whole deck, every card built."""
        entries = self._entry(path)
        if entries is None:
            return None
        found = self._read_index(entries[0], path)
        if found is None:
            return None
        try:
            raw = entries[1].read_bytes()
            if _digest_bytes(raw) != found[2]:
                return None
            cards = TypeAdapter(list[Card]).validate_json(raw, context=TRUSTED)
        except (OSError, ValueError, ValidationError):
            return None
        return found[0].model_copy(update={"cards": cards})

    def put(self, path: Path, deck: Deck) -> None:
        entries = self._entry(path)
        if entries is None:
            return
        cards = orjson.dumps([card.model_dump(mode="json") for card in deck.cards])
        index: dict[str, Any] = {"deck": deck.model_dump(mode="json", exclude={"cards"})}
        index.update(CardColumns.of(deck)._asdict())
        index.update(source=_file_digest(path), cards=_digest_bytes(cards))
        body = orjson.dumps(index)
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            atomic_write_bytes(entries[1], cards)
            atomic_write_bytes(entries[0], _digest_bytes(body).encode() + b"\n" + body)
            self._drop_stale(entries)

    def _drop_stale(self, current: tuple[Path, Path]) -> None:
        """Remove this deck's entries for earlier versions of its file (each edit leaves one),
        and entries in an older cache layout; files the cache did not name are left alone."""
        prefix = current[0].name.split("-", 1)[0]
        for entry in self.folder.iterdir():
            if not _OURS.fullmatch(entry.name) or entry.is_symlink():
                continue
            stale = entry.name.startswith(f"{prefix}-") and entry not in current
            if stale or "-" not in entry.name:
                entry.unlink(missing_ok=True)
