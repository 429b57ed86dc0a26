"""The card CSV and the FSRS review log, parsed back with the csv module and checked."""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from newsquiz.export import FORMATS, ExportData, select_export_data
from newsquiz.export.csv_export import CARD_COLUMNS, spreadsheet_text
from newsquiz.export.revlog import REVLOG_COLUMNS, unix_ms
from newsquiz.models import Deck
from newsquiz.scheduling.fsrs_bridge import fsrs_card_number
from newsquiz.store.base import MemoryStore

from .conftest import AWKWARD, review_card, study_history

START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def studied(deck: Deck) -> tuple[MemoryStore, ExportData]:
    store = MemoryStore()
    study_history(store, deck, START)
    data = select_export_data([deck], store.all_progress(), store.reviews(), store.settings(), NOW)
    return store, data


def _rows(payload: bytes, encoding: str) -> list[dict[str, str]]:
    text = payload.decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_card_csv_has_a_row_per_card_with_its_state(
    deck: Deck, studied: tuple[MemoryStore, ExportData]
) -> None:
    store, data = studied
    payload = FORMATS["csv"].to_bytes(data, lambda: None)
    assert payload.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read UTF-8
    assert b"\r\n" in payload
    rows = _rows(payload, "utf-8-sig")
    assert tuple(rows[0]) == CARD_COLUMNS
    assert [row["card_id"] for row in rows] == deck.card_ids()
    by_id = {row["card_id"]: row for row in rows}
    for card_id, progress in store.all_progress().items():
        row = by_id[card_id]
        assert int(row["reps"]) == progress.reps
        assert int(row["lapses"]) == progress.lapses
        if progress.reps:
            assert row["state"] == progress.state
            assert float(row["stability"]) == progress.stability
            assert float(row["difficulty"]) == progress.difficulty
            assert datetime.fromisoformat(row["due"]) == progress.due
            assert datetime.fromisoformat(row["last_review"]) == progress.last_review
            assert 0.0 < float(row["retrievability"]) < 1.0
    suspended = by_id[deck.cards[4].id or ""]
    assert (suspended["state"], suspended["suspended"], suspended["due"]) == ("new", "true", "")
    never = by_id[deck.cards[5].id or ""]
    assert (never["state"], never["reps"], never["retrievability"]) == ("new", "0", "0.0000")


def test_card_csv_quotes_awkward_text_and_defuses_formulas(
    deck: Deck, studied: tuple[MemoryStore, ExportData]
) -> None:
    rows = _rows(FORMATS["csv"].to_bytes(studied[1], lambda: None), "utf-8-sig")
    assert rows[4]["answer"] == AWKWARD  # commas, quotes, newline, HTML survive
    assert rows[0]["answer"] == "Jane <Doe>"
    assert rows[5]["prompt"] == "'=1+1 looks like a formula"
    assert rows[5]["answer"] == "'-2 too"


@pytest.mark.parametrize(
    ("text", "shown"),
    [("=SUM(A1)", "'=SUM(A1)"), ("+44", "'+44"), ("@x", "'@x"), ("a=b", "a=b"), ("", "")],
)
def test_spreadsheet_text(text: str, shown: str) -> None:
    assert spreadsheet_text(text) == shown


def test_stdout_csv_has_no_bom(studied: tuple[MemoryStore, ExportData]) -> None:
    payload = FORMATS["csv"].to_bytes(studied[1], lambda: None, for_file=False)
    assert payload.startswith(b"deck,card_id,")


def test_revlog_columns_types_and_values_match_the_store(
    studied: tuple[MemoryStore, ExportData],
) -> None:
    store, data = studied
    text = FORMATS["revlog"].to_bytes(data, lambda: None).decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header, *rows = list(reader)
    assert tuple(header) == REVLOG_COLUMNS
    reviews = sorted(store.reviews(), key=lambda r: r.time)
    assert len(rows) == len(reviews) == 7
    for row, review in zip(rows, reviews, strict=True):
        card_id, time_ms, rating, state, duration = (int(cell) for cell in row)
        assert card_id == fsrs_card_number(review.card_id)
        assert time_ms == unix_ms(review.time)
        assert datetime.fromtimestamp(time_ms / 1000, UTC) == review.time
        assert rating == review.rating
        assert duration == review.duration_ms
    states = [int(row[3]) for row in rows]
    assert states == [0, 0, 0, 0, 1, 1, 1]  # new on first sight, then learning (step 1)
    assert [int(row[4]) for row in rows[:4]] == [1000, 1001, 1002, 1003]


def test_revlog_state_codes_follow_the_card_state_before_the_review(deck: Deck) -> None:
    store = MemoryStore()
    card = deck.cards[0]

    moments = [START + timedelta(days=d) for d in (0, 0.01, 3, 20, 20.01)]
    for rating, moment in zip((3, 3, 3, 1, 3), moments, strict=True):
        review_card(store, deck, card, rating, moment)
    data = select_export_data([deck], store.all_progress(), store.reviews(), store.settings(), NOW)
    rows = list(csv.reader(io.StringIO(FORMATS["revlog"].to_bytes(data, lambda: None).decode())))
    befores = [r.before.state if r.before else "new" for r in store.reviews()]
    codes = {"new": 0, "learning": 1, "review": 2, "relearning": 3}
    assert [int(row[3]) for row in rows[1:]] == [codes[state] for state in befores]
    assert {int(row[3]) for row in rows[1:]} >= {0, 1, 2, 3}


def test_since_keeps_only_later_reviews(deck: Deck) -> None:
    store = MemoryStore()
    study_history(store, deck, START)
    since = START + timedelta(days=1)
    data = select_export_data(
        [deck], store.all_progress(), store.reviews(), store.settings(), NOW, since=since
    )
    assert [r.time >= since for r in data.reviews] == [True, True, True]
    assert not data.whole_collection
