"""Deck files: reading (size and encoding checked), finding, caching and atomically writing them.

The YAML itself is parsed and written by `deck_yaml`, imported only when a file is actually
parsed or written: a study session served by the deck cache never needs it.
"""

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol, TypeVar

from newsquiz.errors import DeckError
from newsquiz.models import Deck
from newsquiz.models.deck_index import DeckIndex

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


def atomic_write_text(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one."""
    atomic_write_bytes(path, text.encode("utf-8"), exclusive=exclusive)


def atomic_write_bytes(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one.
    `exclusive`: FileExistsError if `path` exists, even when another process just made it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600; keep the file's or the usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            publish_new(Path(tmp), path)
        else:
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    _fsync_dir(path.parent)


def publish_new(tmp: Path, path: Path) -> None:
    """Give a finished temp file its name, failing (FileExistsError) if that name exists:
    a hard link is created atomically or not at all, so two writers cannot both succeed."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network drives)
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
