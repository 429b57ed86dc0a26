"""An Anki package (.apkg) via genanki: one note type per card kind, stable ids and GUIDs.

Model and deck ids are fixed (models) or derived from our deck ids (decks), and each note's
GUID comes from our card id, so importing a newer export into Anki updates the notes instead
of duplicating them. Every field is HTML-escaped text. Each card keeps its schedule and its
review history (Anki's `cards` and `revlog` tables; the mapping is in `anki_schedule`).
"""

import hashlib
import html
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path

import genanki  # type: ignore[import-untyped]

from newsquiz.export.anki_schedule import card_columns, revlog_rows
from newsquiz.export.data import ExportData, Tick, no_tick
from newsquiz.models import BLANK, Card, Deck, McqCard, NumericCard

DECK_ROOT = "newsquiz"

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black;
  background-color: white; }
.options li { margin: 0.2em 0; }
.answer { font-weight: bold; }
.evidence { margin-top: 1em; font-style: italic; color: #555; }
.explanation, .source { margin-top: 0.5em; font-size: 16px; color: #555; }
"""

_BACK_EXTRAS = (
    "{{#Evidence}}<div class=evidence>{{Evidence}}</div>{{/Evidence}}"
    "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)


def _basic_model(model_id: int, name: str) -> genanki.Model:
    return genanki.Model(
        model_id,
        name,
        fields=[
            {"name": "Front"},
            {"name": "Back"},
            {"name": "Evidence"},
            {"name": "Explanation"},
            {"name": "Source"},
        ],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Back}}</div>"
                + _BACK_EXTRAS,
            }
        ],
        css=_CSS,
    )


MCQ_MODEL = genanki.Model(
    1607392319,
    "newsquiz multiple choice",
    fields=[
        {"name": "Question"},
        {"name": "Options"},
        {"name": "Answer"},
        {"name": "Evidence"},
        {"name": "Explanation"},
        {"name": "Source"},
    ],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}<ol class=options type=A>{{Options}}</ol>",
            "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>" + _BACK_EXTRAS,
        }
    ],
    css=_CSS,
)

CLOZE_MODEL = genanki.Model(
    1429337608,
    "newsquiz cloze",
    model_type=genanki.Model.CLOZE,
    fields=[
        {"name": "Text"},
        {"name": "Evidence"},
        {"name": "Explanation"},
        {"name": "Source"},
    ],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}" + _BACK_EXTRAS,
        }
    ],
    css=_CSS,
)

TRUE_FALSE_MODEL = _basic_model(1198513461, "newsquiz true or false")
NUMERIC_MODEL = _basic_model(1846130284, "newsquiz numeric")
RECALL_MODEL = _basic_model(1371583190, "newsquiz recall")

MODELS: dict[str, genanki.Model] = {
    "mcq": MCQ_MODEL,
    "cloze": CLOZE_MODEL,
    "true_false": TRUE_FALSE_MODEL,
    "numeric": NUMERIC_MODEL,
    "recall": RECALL_MODEL,
}


def field_html(text: str) -> str:
    """Plain text as an Anki field: HTML-escaped, newlines as <br>."""
    return html.escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def _cloze_safe(text: str) -> str:
    # Braces and colons would be read as cloze syntax; entities render the same characters.
    return field_html(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")


def cloze_text(prompt: str, answer: str) -> str:
    """Our cloze prompt with its blank replaced by an Anki `{{c1::answer}}` deletion."""
    before, _, after = prompt.partition(BLANK)
    return f"{_cloze_safe(before)}{{{{c1::{_cloze_safe(answer)}}}}}{_cloze_safe(after)}"


def note_guid(card_id: str) -> str:
    """The Anki note GUID of a card: a hash of our (deck-qualified) card id."""
    return str(genanki.guid_for("newsquiz", card_id))


def anki_deck_id(deck_id: str) -> int:
    """A stable Anki deck id for a newsquiz deck id (in [2**31, 2**52))."""
    digest = hashlib.blake2b(f"newsquiz-deck:{deck_id}".encode(), digest_size=8).digest()
    return (1 << 31) + int.from_bytes(digest, "big") % ((1 << 52) - (1 << 31))


def anki_deck_name(deck: Deck) -> str:
    """`newsquiz::<title>`: all our decks under one parent in Anki's deck list."""
    title = re.sub(r"\s+", " ", deck.title.replace("::", ":")).strip() or deck.id
    return f"{DECK_ROOT}::{title}"


def _tag(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip())


def _source(deck: Deck) -> str:
    if deck.source is None:
        return ""
    parts = [deck.source.title]
    if deck.source.outlet:
        parts.append(deck.source.outlet)
    if deck.source.published:
        parts.append(deck.source.published.isoformat())
    text = field_html(", ".join(parts))
    if deck.source.url.startswith(("https://", "http://")):
        url = html.escape(deck.source.url, quote=True)
        return f'<a href="{url}">{text}</a>'
    return text


def _answer(card: Card) -> str:
    if card.kind == "true_false":
        return "True" if card.answer == "true" else "False"
    if isinstance(card, NumericCard):
        text = card.answer
        if card.tolerance:
            text += f" (± {card.tolerance:g}{' ' + card.unit if card.unit else ''})"
        return field_html(text)
    return field_html(card.answer)


def note_fields(card: Card, deck: Deck) -> list[str]:
    """The Anki fields of one card, in its note type's field order."""
    evidence = field_html(card.evidence.sentence) if card.evidence else ""
    extras = [evidence, field_html(card.explanation), _source(deck)]
    if isinstance(card, McqCard):
        options = "".join(f"<li>{field_html(option)}</li>" for option in card.options)
        return [field_html(card.prompt), options, field_html(card.answer), *extras]
    if card.kind == "cloze":
        return [cloze_text(card.prompt, card.answer), *extras]
    return [field_html(card.prompt), _answer(card), *extras]


class _ScheduledPackage(genanki.Package):  # type: ignore[misc]
    """genanki writes every card as new; this one then writes each card's schedule and its
    reviews (`anki_schedule`) into the same collection."""

    def __init__(self, decks: list[genanki.Deck], data: ExportData) -> None:
        super().__init__(decks)
        self.data = data

    def write_to_db(self, cursor: sqlite3.Cursor, timestamp: float, id_gen: Iterator[int]) -> None:
        super().write_to_db(cursor, timestamp, id_gen)
        write_schedule(cursor, self.data)


def write_schedule(cursor: sqlite3.Cursor, data: ExportData) -> None:
    """Fill in the `cards` rows genanki wrote as new, and the `revlog` table."""
    (crt,) = cursor.execute("SELECT crt FROM col").fetchone()
    card_of_guid = {note_guid(c.id or ""): c.id or "" for deck in data.decks for c in deck.cards}
    written = cursor.execute(
        "SELECT cards.id, notes.guid FROM cards JOIN notes ON cards.nid = notes.id "
        "ORDER BY cards.id"
    ).fetchall()
    steps = (len(data.settings.learning_steps_min), len(data.settings.relearning_steps_min))
    anki_ids: dict[str, int] = {}
    for position, (anki_id, guid) in enumerate(written, start=1):
        card_id = card_of_guid[guid]
        anki_ids[card_id] = anki_id
        columns = card_columns(
            data.progress.get(card_id),
            position=position,
            crt=crt,
            now=data.now,
            learning_steps=steps[0],
            relearning_steps=steps[1],
        )
        cursor.execute(
            "UPDATE cards SET type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=?, "
            "left=?, data=? WHERE id=?",
            (*astuple(columns), anki_id),
        )
    cursor.executemany(
        "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
        [astuple(row) for row in revlog_rows(data.reviews, anki_ids)],
    )


def build_package(data: ExportData, tick: Tick = no_tick) -> genanki.Package:
    """A genanki package with one Anki deck per newsquiz deck."""
    anki_decks = []
    for deck in data.decks:
        anki_deck = genanki.Deck(
            anki_deck_id(deck.id), anki_deck_name(deck), field_html(deck.description)
        )
        for card in deck.cards:
            tags = sorted({_tag(t) for t in [*deck.tags, *card.tags] if t.strip()})
            note = genanki.Note(
                model=MODELS[card.kind],
                fields=note_fields(card, deck),
                tags=[*tags, f"newsquiz::{card.kind}"],
                guid=note_guid(card.id or ""),
            )
            anki_deck.add_note(note)
            tick()
        anki_decks.append(anki_deck)
    return _ScheduledPackage(anki_decks, data)


def render_apkg(data: ExportData, tick: Tick = no_tick) -> bytes:
    """The .apkg file's bytes; notes are stamped with `data.now` (Anki keeps the newest)."""
    package = build_package(data, tick)
    with tempfile.TemporaryDirectory(prefix="newsquiz-apkg-") as folder:
        path = Path(folder) / "export.apkg"
        package.write_to_file(str(path), timestamp=data.now.timestamp())
        return path.read_bytes()
