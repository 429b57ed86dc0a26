"""A full, versioned JSON dump (settings, decks, card states, reviews) that imports losslessly.

Items of the four lists are written one per line, so a dump diffs well and every problem found
when reading one back is reported with the line of the item it is in.
"""

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from newsquiz import __version__
from newsquiz.errors import NewsquizError
from newsquiz.export.data import ExportData, Tick, no_tick
from newsquiz.models import CardProgress, Deck, Review, Settings

DUMP_FORMAT = "newsquiz-dump"
DUMP_SCHEMA_VERSION = 1
MAX_DUMP_BYTES = 256 * 1024 * 1024
MAX_FIELD_CHARS = 100_000
"""Longest text accepted in any field of an imported file (an article fits; a bomb does not)."""

_LISTS = ("decks", "progress", "reviews")


class ImportFileError(NewsquizError):
    """An import file is unreadable or invalid; the message names the file and the line."""


class Dump(BaseModel):
    """The dump file's content (schema version 1)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["newsquiz-dump"]
    schema_version: Literal[1]
    exported_at: AwareDatetime
    app_version: str = ""
    complete: bool = True
    settings: Settings
    decks: list[Deck]
    progress: list[CardProgress]
    reviews: list[Review]


def _line(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def render_dump(data: ExportData, tick: Tick = no_tick) -> str:
    """The dump as JSON text: deterministic for the same data and clock."""
    header = {
        "format": DUMP_FORMAT,
        "schema_version": DUMP_SCHEMA_VERSION,
        "exported_at": data.now.isoformat(),
        "app_version": __version__,
        "complete": data.whole_collection,
        "settings": data.settings.model_dump(mode="json"),
    }
    lists: dict[str, list[Any]] = {
        "decks": [deck.model_dump(mode="json") for deck in data.decks],
        "progress": [
            data.progress[card_id].model_dump(mode="json") for card_id in sorted(data.progress)
        ],
        "reviews": [
            review.model_dump(mode="json")
            for review in sorted(data.reviews, key=lambda r: (r.seq, r.time))
        ],
    }
    parts = [f"  {json.dumps(key)}: {_line(value)}" for key, value in header.items()]
    for name, items in lists.items():
        if not items:
            parts.append(f"  {json.dumps(name)}: []")
            continue
        rows = []
        for item in items:
            rows.append("    " + _line(item))
            tick()
        parts.append(f"  {json.dumps(name)}: [\n" + ",\n".join(rows) + "\n  ]")
    return "{\n" + ",\n".join(parts) + "\n}\n"


# -- reading ---------------------------------------------------------------------------------------


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def _item_lines(text: str) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Line of each top-level key, and of each item of the top-level lists (best effort: the
    text already parsed as JSON, so this walk only records where things start)."""
    decoder = json.JSONDecoder()
    keys: dict[str, int] = {}
    items: dict[str, list[int]] = {}
    index = _skip(text, 0)
    if not text.startswith("{", index):
        return keys, items
    index = _skip(text, index + 1)
    while index < len(text) and text[index] != "}":
        key, index = decoder.raw_decode(text, index)
        keys[str(key)] = _line_of(text, index)
        index = _skip(text, index)
        index = _skip(text, index + 1)  # the colon
        if text.startswith("[", index) and key in _LISTS:
            starts: list[int] = []
            index = _skip(text, index + 1)
            while index < len(text) and text[index] != "]":
                starts.append(_line_of(text, index))
                _, index = decoder.raw_decode(text, index)
                index = _skip(text, index)
                if text.startswith(",", index):
                    index = _skip(text, index + 1)
            items[str(key)] = starts
            index += 1
        else:
            _, index = decoder.raw_decode(text, index)
        index = _skip(text, index)
        if text.startswith(",", index):
            index = _skip(text, index + 1)
    return keys, items


def _location(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in {"mcq", "cloze", "true_false", "numeric", "recall"} and parts:
            continue
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "file"


def _long_strings(value: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[int | str, ...]]:
    if isinstance(value, str):
        if len(value) > MAX_FIELD_CHARS:
            yield loc
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and len(key) > MAX_FIELD_CHARS:
                yield loc
            yield from _long_strings(item, (*loc, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _long_strings(item, (*loc, index))


class _Locator:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._lines: tuple[dict[str, int], dict[str, list[int]]] | None = None

    def line(self, loc: tuple[int | str, ...]) -> int:
        if self._lines is None:
            try:
                self._lines = _item_lines(self.text)
            except (ValueError, IndexError):
                self._lines = ({}, {})
        keys, items = self._lines
        if len(loc) >= 2 and isinstance(loc[1], int) and str(loc[0]) in items:
            starts = items[str(loc[0])]
            if loc[1] < len(starts):
                return starts[loc[1]]
        if loc:
            return keys.get(str(loc[0]), 1)
        return 1

    def error(self, loc: tuple[int | str, ...], message: str) -> ImportFileError:
        return ImportFileError(f"{self.path}:{self.line(loc)}: {_location(loc)}: {message}")


def read_text_file(path: Path, limit: int) -> str:
    """A UTF-8 text file of at most `limit` bytes (a leading BOM dropped); raises
    ImportFileError naming the file, and the line of an undecodable byte."""
    try:
        if not path.is_file():
            raise ImportFileError(f"{path}: no such file")
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(
                f"{path}:1: file: too large ({size:,} bytes, limit {limit // 2**20} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ImportFileError(f"{path}:1: file: too large (limit {limit // 2**20} MB)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(f"{path}:{line}: file: not UTF-8 (byte {exc.start})") from None
    return text.removeprefix("\ufeff")


def parse_dump(text: str, path: Path) -> Dump:
    """Validate dump text; raises ImportFileError with the line of the first problem."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{path}:{exc.lineno}: json: {exc.msg}") from None
    except RecursionError:
        raise ImportFileError(f"{path}:1: json: nested too deeply") from None
    locator = _Locator(path, text)
    if not isinstance(raw, dict) or raw.get("format") != DUMP_FORMAT:
        raise ImportFileError(f'{path}:1: file: not a newsquiz dump (no "format": "{DUMP_FORMAT}")')
    version = raw.get("schema_version")
    if isinstance(version, int) and version > DUMP_SCHEMA_VERSION:
        raise locator.error(
            ("schema_version",),
            f"version {version} is from a newer newsquiz (this one reads {DUMP_SCHEMA_VERSION})",
        )
    try:
        too_long = next(_long_strings(raw, ()), None)
    except RecursionError:
        raise ImportFileError(f"{path}:1: json: nested too deeply") from None
    if too_long is not None:
        raise locator.error(too_long, f"text longer than {MAX_FIELD_CHARS:,} characters")
    try:
        dump = Dump.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        raise locator.error(tuple(first["loc"]), message) from None
    _check_unique(dump, locator)
    return dump


def _check_unique(dump: Dump, locator: _Locator) -> None:
    seen_decks: dict[str, int] = {}
    for index, deck in enumerate(dump.decks):
        if deck.id in seen_decks:
            first = locator.line(("decks", seen_decks[deck.id]))
            raise locator.error(("decks", index, "id"), f"deck {deck.id!r} already on line {first}")
        seen_decks[deck.id] = index
    seen_cards: dict[str, int] = {}
    for index, progress in enumerate(dump.progress):
        if progress.card_id in seen_cards:
            first = locator.line(("progress", seen_cards[progress.card_id]))
            raise locator.error(
                ("progress", index, "card_id"), f"card {progress.card_id!r} already on line {first}"
            )
        seen_cards[progress.card_id] = index
    seen_reviews: dict[tuple[str, datetime], int] = {}
    seen_seqs: dict[int, int] = {}
    for index, review in enumerate(dump.reviews):
        key = (review.card_id, review.time)
        if key in seen_reviews:
            first = locator.line(("reviews", seen_reviews[key]))
            raise locator.error(
                ("reviews", index), f"the same review of {review.card_id!r} is on line {first}"
            )
        if review.seq in seen_seqs:
            first = locator.line(("reviews", seen_seqs[review.seq]))
            raise locator.error(
                ("reviews", index, "seq"), f"seq {review.seq} already on line {first}"
            )
        if review.undone:
            raise locator.error(("reviews", index, "undone"), "undone reviews are not exported")
        if review.after.card_id != review.card_id:
            raise locator.error(("reviews", index, "after", "card_id"), "does not match card_id")
        seen_reviews[key] = index
        seen_seqs[review.seq] = index


def read_dump(path: Path) -> Dump:
    """Read and validate a dump file."""
    return parse_dump(read_text_file(path, MAX_DUMP_BYTES), path)
