"""Deck files: reading (size and encoding checked), finding, caching and atomically writing them.

The YAML itself is parsed and written by `deck_yaml`, imported only when a file is actually
parsed or written: a study session served by the deck cache never needs it.
"""

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol, TypeVar

from newsquiz.errors import DeckError
from newsquiz.models import Deck
from newsquiz.models.deck_index import DeckIndex
from newsquiz.store.atomic_write import atomic_write_text

MAX_DECK_BYTES = 5 * 1024 * 1024
DECK_SUFFIXES = (".yaml", ".yml")


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DeckError([f"{path}: cannot read: {exc.strerror}"]) from None
    if size > MAX_DECK_BYTES:
        limit = MAX_DECK_BYTES // (1024 * 1024)
        raise DeckError([f"{path}:1: file: too large ({size:,} bytes, limit {limit} MB)"])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DeckError([f"{path}: cannot read: {exc.strerror}"]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DeckError([f"{path}:{line}: file: not UTF-8 (byte {exc.start})"]) from None


def load_deck(path: Path) -> Deck:
    """Read and validate one deck file."""
    from newsquiz.store.deck_yaml import parse_deck

    return parse_deck(_read_text(path), path)


def iter_deck_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Deck files named directly, or found (sorted) in the named folders."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in DECK_SUFFIXES)
        else:
            yield path


class DeckLoadCache(Protocol):
    def get(self, path: Path) -> Deck | None: ...

    def index(self, path: Path) -> DeckIndex | None: ...

    def put(self, path: Path, deck: Deck) -> None: ...


Loaded = TypeVar("Loaded", Deck, DeckIndex)


def _load_all(
    paths: Iterable[Path],
    cached: Callable[[Path], Loaded | None],
    parsed: Callable[[Path, Deck], Loaded],
    cache: DeckLoadCache | None,
) -> tuple[list[Loaded], list[str]]:
    decks: list[Loaded] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in iter_deck_paths(paths):
        deck = cached(path)
        if deck is None:
            try:
                full = load_deck(path)
            except DeckError as exc:
                problems.extend(exc.problems)
                continue
            if cache is not None:
                cache.put(path, full)
            deck = parsed(path, full)
        if deck.id in seen:
            problems.append(f"{path}:1: id: deck id {deck.id!r} is also used by {seen[deck.id]}")
            continue
        seen[deck.id] = path
        decks.append(deck)
    replaced = {deck.replaces for deck in decks}  # bundled decks a user's copy stands in for
    return [deck for deck in decks if deck.id not in replaced], problems


def load_decks(
    paths: Iterable[Path], cache: DeckLoadCache | None = None
) -> tuple[list[Deck], list[str]]:
    """All decks that load, and the problems of those that do not (duplicate deck ids too)."""
    return _load_all(
        paths,
        cache.get if cache is not None else lambda _: None,
        lambda _, deck: deck,
        cache,
    )


def load_deck_indexes(
    paths: Iterable[Path], cache: DeckLoadCache | None = None
) -> tuple[list[DeckIndex], list[str]]:
    """As `load_decks`, but each deck as its index: what a study session needs at start."""
    return _load_all(
        paths,
        cache.index if cache is not None else lambda _: None,
        lambda path, deck: DeckIndex.of(deck, path),
        cache,
    )


def write_deck(deck: Deck, path: Path, *, exclusive: bool = False) -> None:
    """Validate (round trip) and atomically write a deck file (`exclusive`: a new one only;
    DeckError if the file exists, however recently)."""
    from newsquiz.store.deck_yaml import dump_deck, parse_deck

    text = dump_deck(deck)
    parse_deck(text, path)
    try:
        atomic_write_text(path, text, exclusive=exclusive)
    except FileExistsError:
        raise DeckError([f"{path}: already exists (another import made it meanwhile?)"]) from None
