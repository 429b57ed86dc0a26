"""The Anki package, opened with zipfile and sqlite3 as Anki would read it."""

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.export import FORMATS, select_export_data
from newsquiz.export.apkg import MODELS, anki_deck_id, cloze_text, field_html, note_guid
from newsquiz.models import Deck, Settings
from newsquiz.store.base import MemoryStore

from .conftest import sample_deck

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _apkg(decks: list[Deck], tmp_path: Path, now: datetime = NOW) -> Path:
    data = select_export_data(decks, {}, [], Settings(), now)
    path = tmp_path / f"export-{now.timestamp():.0f}.apkg"
    path.write_bytes(FORMATS["apkg"].to_bytes(data, lambda: None))
    return path


class Collection:
    """The SQLite collection inside an .apkg."""

    def __init__(self, apkg: Path, folder: Path) -> None:
        with zipfile.ZipFile(apkg) as archive:
            assert set(archive.namelist()) == {"collection.anki2", "media"}
            assert json.loads(archive.read("media")) == {}
            archive.extract("collection.anki2", folder)
        self.db = sqlite3.connect(folder / "collection.anki2")

    def notes(self) -> list[tuple[str, int, list[str], list[str]]]:
        rows = self.db.execute("select guid, mid, flds, tags from notes order by id")
        return [(g, m, f.split("\x1f"), t.split()) for g, m, f, t in rows]

    def col_json(self, column: str) -> dict[str, dict[str, object]]:
        row = self.db.execute(f"select {column} from col").fetchone()
        return dict(json.loads(row[0]))


@pytest.fixture
def collection(tmp_path: Path, seed_deck: Deck) -> Iterator[Collection]:
    made = Collection(_apkg([sample_deck(), seed_deck], tmp_path), tmp_path / "x")
    yield made
    made.db.close()


def test_notes_and_cards_are_counted(collection: Collection, seed_deck: Deck) -> None:
    expected = len(sample_deck().cards) + len(seed_deck.cards)
    assert len(collection.notes()) == expected
    (cards,) = collection.db.execute("select count(*) from cards").fetchone()
    assert cards == expected  # one card per note, the cloze included


def test_each_kind_has_its_fixed_note_type(collection: Collection) -> None:
    models = collection.col_json("models")
    assert {int(mid) for mid in models} == {model.model_id for model in MODELS.values()}
    for kind, model in MODELS.items():
        stored = models[str(model.model_id)]
        assert stored["name"] == model.name
        assert stored["type"] == (1 if kind == "cloze" else 0)
        fields = [f["name"] for f in stored["flds"]]  # type: ignore[attr-defined]
        assert len(fields) == len(set(fields)) >= 4
        template = stored["tmpls"][0]  # type: ignore[index]
        for name in ("qfmt", "afmt"):
            for field in set(template[name].replace("{{", "}}").split("}}")[1::2]):
                bare = field.lstrip("#/").removeprefix("cloze:")
                assert bare == "FrontSide" or bare in fields, (kind, field)
    used = {mid for _, mid, _, _ in collection.notes()}
    assert used == {model.model_id for model in MODELS.values()}


def test_fields_are_escaped_and_laid_out_per_kind(collection: Collection) -> None:
    deck = sample_deck()
    notes = collection.notes()[: len(deck.cards)]
    mcq, cloze, true_false, numeric, recall, _ = (fields for _, _, fields, _ in notes)
    assert mcq[0] == (
        'Who runs Acme? Q3 "results", &lt;b&gt;bold&lt;/b&gt; &amp; co;<br>second line'
    )
    assert mcq[1] == "<li>Jane &lt;Doe&gt;</li><li>John Roe</li><li>A &amp; B</li>"
    assert mcq[2] == "Jane &lt;Doe&gt;"
    assert mcq[3] == "Jane &lt;Doe&gt; runs Acme &amp; sons."
    assert mcq[5] == '<a href="https://example.com/a">Acme beats, Wire</a>'
    assert cloze[0].count("{{c1::") == 1
    assert cloze[0] == (
        "Acme's revenue rose to {{c1::$4.2bn&#58;&#58;x&#125;&#125;}} &#123;in&#125; Q3&#58; "
        "a record."
    )
    assert true_false[:2] == ["Acme cut its forecast.", "False"]
    assert numeric[1] == "12% (± 0.5 %)"
    assert recall[1].count("<br>") == 1 and "<b>" not in recall[1]
    tags = collection.notes()[1][3]
    assert tags == ["acme_corp", "earnings", "revenue", "newsquiz::cloze"]


def test_one_anki_deck_per_newsquiz_deck(collection: Collection, seed_deck: Deck) -> None:
    decks = collection.col_json("decks")
    ours = {int(i): d["name"] for i, d in decks.items() if i != "1"}
    assert ours == {
        anki_deck_id("acme-results"): "newsquiz::Acme: Q3 results <draft> & more",
        anki_deck_id(seed_deck.id): f"newsquiz::{seed_deck.title}",
    }
    assert decks[str(anki_deck_id("acme-results"))]["desc"] == "Notes on &lt;Q3&gt; &amp; more"
    (in_seed,) = collection.db.execute(
        "select count(*) from cards where did = ?", (anki_deck_id(seed_deck.id),)
    ).fetchone()
    assert in_seed == len(seed_deck.cards)


def test_guids_are_stable_across_exports_and_edits(tmp_path: Path, seed_deck: Deck) -> None:
    first = Collection(_apkg([sample_deck(), seed_deck], tmp_path), tmp_path / "a")
    edited = sample_deck()
    edited.cards[0].explanation = "Edited later."
    later = NOW + timedelta(days=3)
    second = Collection(_apkg([edited, seed_deck], tmp_path, later), tmp_path / "b")
    guids = [guid for guid, _, _, _ in first.notes()]
    assert [guid for guid, _, _, _ in second.notes()] == guids
    assert len(set(guids)) == len(guids)
    assert guids[0] == note_guid(sample_deck().cards[0].id or "")
    (modified,) = second.db.execute("select max(mod) from notes").fetchone()
    assert modified == int(later.timestamp())  # Anki keeps the newer note on import
    first.db.close()
    second.db.close()


def test_cloze_text_and_escaping() -> None:
    assert cloze_text("A _____ B", "x") == "A {{c1::x}} B"
    assert cloze_text("_____ & <i>", "a{b}") == "{{c1::a&#123;b&#125;}} &amp; &lt;i&gt;"
    assert field_html("1 < 2\nok") == "1 &lt; 2<br>ok"


def test_deck_ids_are_stable_and_distinct() -> None:
    assert anki_deck_id("acme-results") == anki_deck_id("acme-results")
    ids = {anki_deck_id(f"deck-{n}") for n in range(500)}
    assert len(ids) == 500
    assert all((1 << 31) <= i < (1 << 52) for i in ids)


def test_export_without_progress_still_lists_every_card(tmp_path: Path) -> None:
    store = MemoryStore()
    data = select_export_data([sample_deck()], store.all_progress(), [], Settings(), NOW)
    assert FORMATS["apkg"].count_items(data) == len(sample_deck().cards)
