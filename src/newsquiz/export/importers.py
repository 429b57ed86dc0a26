"""Reading files back in: merging a JSON dump into the store, and Anki-style text into a deck.

Both are all or nothing: a file is read and checked completely, and only a plan that is known
to be valid is handed to the command that writes it. Problems are one line naming the file
and the line.
"""

import csv
import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from newsquiz.export.json_dump import Dump, ImportFileError, read_text_file
from newsquiz.models import CardProgress, Deck, RecallCard, Review, Settings, card_id_for, slugify

MAX_TEXT_IMPORT_BYTES = 20 * 1024 * 1024
MAX_CARD_FIELD_CHARS = 10_000
"""Longest front, back or tag list accepted from a text file."""

_NEVER = datetime.min.replace(tzinfo=UTC)


# -- JSON dump merge -------------------------------------------------------------------------------


@dataclass
class MergePlan:
    """What importing a dump changes: the import command writes it, a dry run describes it."""

    new_reviews: list[Review] = field(default_factory=list)
    duplicate_reviews: int = 0
    progress_writes: list[CardProgress] = field(default_factory=list)
    updated_cards: list[str] = field(default_factory=list)
    kept_local_cards: list[str] = field(default_factory=list)
    new_decks: list[Deck] = field(default_factory=list)
    kept_local_decks: list[str] = field(default_factory=list)
    settings: Settings | None = None
    settings_differ: bool = False

    @property
    def changes_anything(self) -> bool:
        return bool(self.new_reviews or self.progress_writes or self.new_decks or self.settings)

    def describe(self) -> list[str]:
        """One line per kind of change, for the command's summary."""
        lines = [
            f"reviews: {len(self.new_reviews)} new, {self.duplicate_reviews} already here",
            f"card states: {len(self.updated_cards)} updated, "
            f"{len(self.kept_local_cards)} kept (yours are as recent or newer)",
        ]
        if self.new_decks:
            lines.append("decks added: " + ", ".join(deck.id for deck in self.new_decks))
        if self.kept_local_decks:
            lines.append("decks kept as they are here: " + ", ".join(self.kept_local_decks))
        if self.settings is not None:
            lines.append("settings: taken from the file")
        elif self.settings_differ:
            lines.append("settings: yours kept (--replace-settings takes the file's)")
        return lines


def _review_key(review: Review) -> tuple[str, datetime]:
    return (review.card_id, review.time)


def _later(remote: CardProgress, local: CardProgress) -> bool:
    """True when `remote` has the later review, so it wins the conflict (ties stay local)."""
    return (remote.last_review or _NEVER) > (local.last_review or _NEVER)


def plan_dump_merge(
    dump: Dump,
    *,
    local_progress: Mapping[str, CardProgress],
    local_reviews: Iterable[Review],
    local_decks: Sequence[Deck],
    local_settings: Settings,
    replace_settings: bool = False,
) -> MergePlan:
    """The changes that merge `dump` into the local collection.

    Reviews already present (same card, same time) are skipped, so importing a file twice
    changes nothing. A card known on both sides keeps the state with the later review. Decks
    the collection lacks are added; settings are taken when asked or when the local ones are
    still the defaults.
    """
    plan = MergePlan()
    known = {_review_key(review) for review in local_reviews}
    for review in dump.reviews:
        if _review_key(review) in known:
            plan.duplicate_reviews += 1
        else:
            plan.new_reviews.append(review)
    touched = {review.card_id for review in plan.new_reviews}
    remote_progress = {progress.card_id: progress for progress in dump.progress}
    for card_id in sorted(touched | remote_progress.keys()):
        remote = remote_progress.get(card_id)
        local = local_progress.get(card_id)
        if remote is None:
            winner = local
        elif local is None or _later(remote, local):
            winner = remote
        else:
            winner = local
            if remote != local:
                plan.kept_local_cards.append(card_id)
        if winner is None:
            continue  # no state on either side: the imported reviews' last one stands
        if winner != local:
            plan.updated_cards.append(card_id)
        if winner != local or card_id in touched:
            plan.progress_writes.append(winner)
    local_by_id = {deck.id: deck for deck in local_decks}
    for deck in dump.decks:
        if deck.id not in local_by_id:
            plan.new_decks.append(deck)
        elif local_by_id[deck.id] != deck:
            plan.kept_local_decks.append(deck.id)
    plan.settings_differ = dump.settings != local_settings
    if plan.settings_differ and (replace_settings or local_settings == Settings()):
        plan.settings = dump.settings
    return plan


def deck_file_path(decks_dir: Path, deck_id: str) -> Path:
    """Where a deck with this id is written: always directly inside `decks_dir`."""
    name = slugify(deck_id, max_length=80)
    path = decks_dir / f"{name}.yaml"
    if path.resolve().parent != decks_dir.resolve():
        raise ImportFileError(f"{deck_id}: not a safe deck file name")
    return path


# -- Anki-style text -------------------------------------------------------------------------------

_SEPARATORS = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_FRONT_NAMES = {"front", "question", "text", "term", "prompt"}
_BACK_NAMES = {"back", "answer", "definition", "back extra"}
_SPECIAL_COLUMNS = ("tags column", "deck column", "notetype column", "guid column")


@dataclass
class TextHeaders:
    """The `#key:value` lines at the top of an Anki text file that we understand."""

    separator: str | None = None
    html: bool = False
    tags: list[str] = field(default_factory=list)
    columns: list[str] | None = None
    deck: str | None = None
    special: dict[str, int] = field(default_factory=dict)
    lines: int = 0


def _parse_headers(lines: list[str], path: Path) -> TextHeaders:
    headers = TextHeaders()
    raw_columns: str | None = None
    for number, line in enumerate(lines, start=1):
        if not line.startswith("#"):
            break
        headers.lines = number
        key, colon, value = line[1:].partition(":")
        key = key.strip().lower()
        value = value.strip()
        if not colon:
            continue  # a comment
        if key == "separator":
            separator = _SEPARATORS.get(value.lower(), value if len(value) == 1 else None)
            if separator is None:
                raise ImportFileError(f"{path}:{number}: #separator: unknown separator {value!r}")
            headers.separator = separator
        elif key == "html":
            headers.html = value.lower() == "true"
        elif key == "tags":
            headers.tags = value.split()
        elif key == "columns":
            raw_columns = line.partition(":")[2].rstrip("\r\n")
        elif key == "deck":
            headers.deck = value
        elif key in _SPECIAL_COLUMNS:
            if not value.isdigit() or not 1 <= int(value) <= 100:
                raise ImportFileError(f"{path}:{number}: #{key}: expected a column number")
            headers.special[key] = int(value) - 1
    if raw_columns is not None:
        separator = headers.separator or _guess_separator(raw_columns, path)
        headers.columns = [name.strip().lower() for name in raw_columns.split(separator)]
    return headers


def _guess_separator(line: str, path: Path) -> str:
    if path.suffix.lower() == ".tsv" or "\t" in line:
        return "\t"
    if ";" in line and "," not in line:
        return ";"
    return ","


def _plain(text: str, is_html: bool) -> str:
    if not is_html:
        return text.strip()
    text = re.sub(r"(?i)<br\s*/?>|</div>|</p>", "\n", text)
    text = re.sub(r"<[^>]*>", "", text)
    return html.unescape(text).strip()


@dataclass(frozen=True)
class _Columns:
    front: int
    back: int
    tags: int | None
    separator: str = ","


def _columns(headers: TextHeaders) -> _Columns:
    special = set(headers.special.values())
    tags = headers.special.get("tags column")
    if headers.columns is not None:
        names = headers.columns
        front = next((i for i, n in enumerate(names) if n in _FRONT_NAMES), None)
        back = next((i for i, n in enumerate(names) if n in _BACK_NAMES), None)
        if tags is None and "tags" in names:
            tags = names.index("tags")
            special.add(tags)
        if front is not None and back is not None:
            return _Columns(front, back, tags)
    plain = (index for index in itertools.count() if index not in special)
    return _Columns(next(plain), next(plain), tags)


def parse_anki_text(text: str, path: Path, deck_name: str | None = None) -> Deck:
    """Anki-style CSV/TSV (front, back, optional tags) as a new deck of recall cards.

    `#separator`, `#html`, `#tags`, `#columns`, `#deck` and `#tags column` headers are
    understood. Raises ImportFileError with the line of the first bad row.
    """
    lines = io.StringIO(text, newline="").readlines()  # the line breaks csv counts
    headers = _parse_headers(lines, path)
    body = "".join(lines[headers.lines :])
    first_row = next((line for line in lines[headers.lines :] if line.strip()), "")
    separator = headers.separator or _guess_separator(first_row, path)
    columns = replace(_columns(headers), separator=separator)
    name = (deck_name or headers.deck or path.stem).strip()
    if not name or len(name) > 200:
        raise ImportFileError(f"{path}: deck name must be 1 to 200 characters")
    deck_id = slugify(name)
    cards: list[RecallCard] = []
    first_line: dict[str, int] = {}
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator, strict=True)
    previous = 0
    while True:
        line = headers.lines + previous + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            where = headers.lines + reader.line_num
            raise ImportFileError(f"{path}:{where}: row: {exc}") from None
        previous = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        cards.append(_recall_card(row, columns, headers, path, line))
        card_id = card_id_for(deck_id, cards[-1])
        if card_id in first_line:
            raise ImportFileError(
                f"{path}:{line}: row: same front and back as line {first_line[card_id]}"
            )
        first_line[card_id] = line
    if not cards:
        raise ImportFileError(f"{path}:{headers.lines + 1}: file: no cards (front and back)")
    try:
        return Deck(
            id=deck_id,
            title=name,
            description=f"Imported from {path.name}",
            cards=list(cards),
        )
    except ValidationError as exc:
        message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise ImportFileError(f"{path}:1: deck: {message}") from None


def _recall_card(
    row: list[str], columns: _Columns, headers: TextHeaders, path: Path, line: int
) -> RecallCard:
    for cell in row:
        if len(cell) > MAX_CARD_FIELD_CHARS:
            raise ImportFileError(
                f"{path}:{line}: row: a field is longer than {MAX_CARD_FIELD_CHARS:,} characters"
            )
    needed = max(columns.front, columns.back) + 1
    if len(row) < needed:
        raise ImportFileError(
            f"{path}:{line}: row: {len(row)} field(s), expected front and back "
            f"(separator {separator_name(columns.separator)})"
        )
    front = _plain(row[columns.front], headers.html)
    back = _plain(row[columns.back], headers.html)
    if not front or not back:
        side = "front" if not front else "back"
        raise ImportFileError(f"{path}:{line}: row: the {side} is empty")
    tags = list(headers.tags)
    if columns.tags is not None and columns.tags < len(row):
        tags.extend(row[columns.tags].split())
    return RecallCard(prompt=front, answer=back, tags=sorted(set(tags)))


_SENTENCE_END = re.compile(r"[\w%)]\.[\"'\u2019\u201d]?(?=\s|$)")


def looks_like_article(text: str) -> bool:
    """True when a text file is prose (a news article), not rows of cards: no Anki headers, no
    tabs, lines that do not share a field count, and sentences of several words a line."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or lines[0].startswith("#") or any("\t" in line for line in lines):
        return False
    counts = Counter(len(row) for row in csv.reader(lines))
    fields, rows = counts.most_common(1)[0]
    if fields >= 2 and rows >= 0.8 * len(lines):
        return False  # a table: most rows have the same number of fields
    words = sum(len(line.split()) for line in lines)
    return len(_SENTENCE_END.findall(text)) >= 3 and words >= 6 * len(lines)


def separator_name(separator: str) -> str:
    """The `#separator` name of a separator character (for messages)."""
    for name, char in _SEPARATORS.items():
        if char == separator:
            return name
    return repr(separator)


def read_anki_text(path: Path, deck_name: str | None = None) -> Deck:
    """Read an Anki-style text file into a new deck of recall cards; an article is refused
    with a pointer to the command that turns articles into decks."""
    text = read_text_file(path, MAX_TEXT_IMPORT_BYTES)
    if looks_like_article(text):
        raise ImportFileError(
            f"{path}: looks like an article, not rows of cards (front,back); make a deck "
            f"from it with `newsquiz generate {path}`"
        )
    return parse_anki_text(text, path, deck_name)
