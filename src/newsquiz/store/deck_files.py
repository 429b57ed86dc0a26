"""Deck files: safe YAML in, readable YAML out, each problem reported as `file:line: field: msg`."""

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml
from pydantic import ValidationError

from newsquiz.errors import DeckError
from newsquiz.models import Deck
from newsquiz.models.deck_index import DeckIndex

MAX_DECK_BYTES = 5 * 1024 * 1024
DECK_SUFFIXES = (".yaml", ".yml")


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader refusing aliases: no billion-laughs expansion, and decks never need them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
        return super().compose_node(parent, index)


def _card_lines(root: yaml.Node | None) -> list[int]:
    """1-based line of each item of the top-level `cards` sequence."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value == "cards"
            and isinstance(value, yaml.SequenceNode)
        ):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _key_line(root: yaml.Node | None, name: str) -> int:
    if isinstance(root, yaml.MappingNode):
        for key, _ in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return int(key.start_mark.line) + 1
    return 1


def field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in {"mcq", "cloze", "true_false", "numeric", "recall"} and parts:
            continue  # discriminator tag pydantic inserts into the location
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "deck"


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


_FastLoader: Any = getattr(yaml, "CSafeLoader", None)


def _has_alias(root: yaml.Node) -> bool:
    """True when a node is reached twice: libyaml composes an alias as a shared node."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def _compose_fast(text: str) -> tuple[yaml.Node | None, Any] | None:
    """Parse with libyaml (about 8x faster); None sends the text to the pure-Python loader,
    whose messages say exactly where a problem is (syntax errors, aliases)."""
    if _FastLoader is None:
        return None
    loader = _FastLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        if _has_alias(root):
            return None
        return root, loader.construct_document(root)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def parse_deck(text: str, path: Path) -> Deck:
    """Validate deck YAML; raises DeckError listing every problem with its line."""
    fast = _compose_fast(text)
    if fast is not None:
        return _validate(*fast, path)
    try:
        loader = _NoAliasLoader(text)
    except yaml.YAMLError as exc:
        raise DeckError([f"{path}:1: yaml: {exc}".splitlines()[0]]) from None
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise DeckError([f"{path}:{line}: yaml: {exc.problem or exc.context}"]) from None
    except yaml.YAMLError as exc:
        raise DeckError([f"{path}:1: yaml: {exc}".splitlines()[0]]) from None
    finally:
        loader.dispose()
    return _validate(root, data, path)


def _validate(root: yaml.Node | None, data: Any, path: Path) -> Deck:
    if not isinstance(data, dict):
        raise DeckError([f"{path}:1: deck: expected a mapping with id, title and cards"])
    card_lines = _card_lines(root)
    try:
        return Deck.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line = _key_line(root, str(loc[0])) if loc else 1
            if (
                len(loc) >= 2
                and loc[0] == "cards"
                and isinstance(loc[1], int)
                and loc[1] < len(card_lines)
            ):
                line = card_lines[loc[1]]
            message = str(error["msg"]).removeprefix("Value error, ")
            field = field_path(loc)
            if message.startswith("cards[") and "]: " in message:
                index_text, message = message[len("cards[") :].split("]: ", 1)
                if index_text.isdigit() and int(index_text) < len(card_lines):
                    line, field = card_lines[int(index_text)], f"cards[{index_text}]"
            problems.append(f"{path}:{line}: {field}: {message}")
        raise DeckError(problems) from None


def load_deck(path: Path) -> Deck:
    """Read and validate one deck file."""
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
    return decks, problems


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


class _DeckDumper(yaml.SafeDumper):
    """Block style, literal blocks for long text, no aliases: readable in a diff."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_DeckDumper.add_representer(str, _str_representer)


_CARD_KEY_ORDER = ("id", "kind", "prompt", "answer", "options", "value", "tolerance", "unit")


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """The deck as plain data in file order, defaults left out (kinds always kept)."""
    data = deck.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("cards", [])
    for card, dumped in zip(deck.cards, data["cards"], strict=True):
        dumped["kind"] = card.kind
        ordered = {key: dumped.pop(key) for key in _CARD_KEY_ORDER if key in dumped}
        ordered.update(dumped)
        dumped.clear()
        dumped.update(ordered)
    return data


def dump_deck(deck: Deck) -> str:
    """The deck as YAML, fields in model order, defaults left out."""
    data = deck_to_data(deck)
    return yaml.dump(
        data, Dumper=_DeckDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600; keep the file's or the usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


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


def write_deck(deck: Deck, path: Path) -> None:
    """Validate (round trip) and atomically write a deck file."""
    text = dump_deck(deck)
    parse_deck(text, path)
    atomic_write_text(path, text)
