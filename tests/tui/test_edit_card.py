"""`e` in a study session: the card's deck entry is edited, saved to its file, studied anew."""

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from newsquiz.models import DeckIndex, McqCard
from newsquiz.paths import bundled_decks_dir
from newsquiz.store.base import MemoryStore
from newsquiz.store.deck_files import load_deck, write_deck
from newsquiz.tui.app import NewsquizApp, make_app
from newsquiz.tui.screens.author_dialogs import CardEditor
from newsquiz.tui.screens.confirm import ConfirmDialog
from newsquiz.tui.screens.study import StudyScreen

from ..author.helpers import fill
from .conftest import FrozenClock, Stopwatch, mixed_deck
from .helpers import screen_text, settle, study_screen

NEW_PROMPT = "Who set up Xiaomi [bold]in 2010[/bold]?"


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "mixed.yaml"
    write_deck(mixed_deck(), path)
    return path


@pytest.fixture
def app(
    store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch, deck_file: Path
) -> NewsquizApp:
    """A session on the deck file, loaded as the command loads it."""
    return study_app(store, clock, stopwatch, DeckIndex.of(load_deck(deck_file), deck_file))


def study_app(
    store: MemoryStore,
    clock: FrozenClock,
    stopwatch: Stopwatch,
    *decks: DeckIndex,
    user_decks: Path | None = None,
) -> NewsquizApp:
    """A session on `decks` (indexes of deck files, as the command loads them), frozen time."""
    return make_app(
        store,
        list(decks),
        clock=clock,
        ticker=stopwatch,
        fuzz=False,
        shuffle=False,
        start_decks=[deck.id for deck in decks],
        timer_interval=3600,
        user_decks=user_decks,
    )


async def edit(pilot: Pilot[None], then: str, **values: str) -> None:
    """Press e, set the editor's fields, then keep (ctrl+s) or cancel (escape)."""
    await pilot.press("e")
    await fill(pilot, **values)
    await pilot.press(then)
    await settle(pilot)


def notes(app: NewsquizApp) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def test_edit_after_answering_saves_the_file_and_keeps_the_history(
    app: NewsquizApp, store: MemoryStore, deck_file: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")  # wrong: the card will come back through the learning steps
        recorded = store.progress("mixed:mcq")
        assert recorded is not None and "e Edit" in screen_text(app)
        await edit(pilot, "ctrl+s", prompt=NEW_PROMPT, explanation="He [i]founded[/i] it.")
        screen = study_screen(app)
        assert screen.phase == "feedback"
        written = load_deck(deck_file)
        assert [card.id for card in written.cards] == [card.id for card in mixed_deck().cards]
        assert (written.cards[0].prompt, written.cards[0].explanation) == (
            NEW_PROMPT,
            "He [i]founded[/i] it.",
        )
        assert written.cards[1:] == mixed_deck().cards[1:]
        assert store.progress("mixed:mcq") == recorded
        assert [review.card_id for review in store.reviews()] == ["mixed:mcq"]
        assert "Why          He [i]founded[/i] it." in screen_text(app)  # literal, not styled
        assert str(screen.query_one("#prompt", Static).render()) == NEW_PROMPT
        assert "Saved to mixed.yaml." in notes(app)
        assert app.decks[0].path == deck_file
        for deck in (app.decks[0], screen.session.decks["mixed"]):
            assert deck.card("mixed:mcq").prompt == NEW_PROMPT  # type: ignore[union-attr]
        await pilot.press("enter")
        assert study_screen(app).card.card_id == "mixed:tf"  # type: ignore[union-attr]
        assert "mixed:mcq" in screen.session.queue.learning


async def test_edit_of_a_question_asks_it_again_with_the_new_text(
    app: NewsquizApp, store: MemoryStore, deck_file: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "e Edit" in screen_text(app)
        await edit(pilot, "ctrl+s", prompt=NEW_PROMPT, options="Lu Weibing | Shang Jin | Lei Jun")
        screen = study_screen(app)
        assert screen.phase == "question"
        assert screen.card is not None and screen.card.card.prompt == NEW_PROMPT
        text = screen_text(app)
        assert NEW_PROMPT in text and "Wang Xiang" not in text
        assert store.reviews() == []
        await pilot.press("3")  # Lei Jun is the third option now
        assert store.reviews()[0].correct
        written = load_deck(deck_file).cards[0]
        assert isinstance(written, McqCard)
        assert written.options == ["Lu Weibing", "Shang Jin", "Lei Jun"]


async def test_cancel_changes_nothing(
    app: NewsquizApp, store: MemoryStore, deck_file: Path
) -> None:
    on_disk = deck_file.read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await edit(pilot, "escape", prompt=NEW_PROMPT)
        screen = study_screen(app)
        assert screen.phase == "question"
        assert NEW_PROMPT not in screen_text(app)
        assert screen.card is not None and screen.card.card == mixed_deck().cards[0]
    assert deck_file.read_bytes() == on_disk
    assert store.all_progress() == {}


async def test_a_validation_error_keeps_the_dialog_open_and_writes_nothing(
    app: NewsquizApp, deck_file: Path
) -> None:
    on_disk = deck_file.read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await edit(pilot, "ctrl+s", prompt="   ")
        assert isinstance(app.screen, CardEditor)
        error = str(app.screen.query_one("#edit-error", Static).render())
        assert error == "prompt: must not be blank"
        assert deck_file.read_bytes() == on_disk
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StudyScreen)
    assert deck_file.read_bytes() == on_disk


async def test_a_card_gone_from_the_file_is_not_saved_and_the_edit_stays_open(
    app: NewsquizApp, deck_file: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await fill(pilot, prompt=NEW_PROMPT)
        rewritten = mixed_deck().model_copy(update={"cards": mixed_deck().cards[1:]})
        write_deck(rewritten, deck_file)  # changed on disk while the editor was open
        on_disk = deck_file.read_bytes()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)  # what was typed is not lost
        error = str(app.screen.query_one("#edit-error", Static).render())
        assert error.startswith("Not saved: ") and "no longer in this deck file" in error
        assert app.screen.query_one("#edit-prompt", Input).value == NEW_PROMPT
        assert deck_file.read_bytes() == on_disk
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StudyScreen)
        assert NEW_PROMPT not in screen_text(app)
    assert deck_file.read_bytes() == on_disk


@pytest.mark.parametrize("where", ["bundled", "in memory"])
async def test_a_deck_without_a_file_of_ours_refuses(
    store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch, where: str
) -> None:
    folder = bundled_decks_dir()
    assert folder is not None
    shipped = folder / "xiaomi-seed-handwritten.yaml"
    if where == "bundled":
        deck = DeckIndex.of(load_deck(shipped), shipped)
        expected = "bundled with newsquiz; copy xiaomi-seed-handwritten.yaml to your decks folder"
    else:
        deck, expected = DeckIndex.of(mixed_deck()), "not loaded from a file"
    on_disk = shipped.read_bytes()
    app = study_app(store, clock, stopwatch, deck)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, StudyScreen)
        assert any(expected in note for note in notes(app)), notes(app)
    assert shipped.read_bytes() == on_disk


async def test_while_typing_e_is_a_letter_and_the_palette_edits(
    app: NewsquizApp, deck_file: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "enter", "t", "enter")  # on to the cloze card
        screen = study_screen(app)
        box = screen.query_one("#answer-input", Input)
        await pilot.press("e")
        assert box.value == "e" and isinstance(app.screen, StudyScreen)
        assert "e Edit" not in screen_text(app)
        await pilot.press("ctrl+p", *"edit card", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        await fill(pilot, prompt="_____ quit Xiaomi, LatePost said.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "quit Xiaomi, LatePost said." in screen_text(app)
        assert box.has_focus and box.value == ""
        assert load_deck(deck_file).cards[2].prompt == "_____ quit Xiaomi, LatePost said."


async def test_the_editor_shows_escape_sequences_and_keeps_untouched_fields_exactly(
    store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch, tmp_path: Path
) -> None:
    deck = mixed_deck()
    hostile = deck.cards[0].model_copy(update={"prompt": "Who\x1b[2J founded\x9b2J Xiaomi?"})
    path = tmp_path / "hostile.yaml"
    write_deck(deck.model_copy(update={"cards": [hostile, *deck.cards[1:]]}), path)
    app = study_app(store, clock, stopwatch, DeckIndex.of(load_deck(path), path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        shown = app.screen.query_one("#edit-prompt", Input).value
        assert shown == "Who\\u001b[2J founded\\u009b2J Xiaomi?"
        assert "\x1b" not in screen_text(app)
        await fill(pilot, explanation="Lei Jun founded it.")
        await pilot.press("ctrl+s")
        await settle(pilot)
    written = load_deck(path).cards[0]
    assert written.prompt == hostile.prompt and written.explanation == "Lei Jun founded it."


async def test_e_on_a_bundled_deck_offers_a_copy_that_is_then_edited(
    store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch, tmp_path: Path
) -> None:
    """Issue #13 bug 7: `e` offers to copy the bundled deck (new id, path shown), and the copy
    is edited, then and afterwards; the bundled file is never touched."""
    folder = bundled_decks_dir()
    assert folder is not None
    shipped = folder / "xiaomi-seed-handwritten.yaml"
    on_disk = shipped.read_bytes()
    user = tmp_path / "decks"
    deck = DeckIndex.of(load_deck(shipped), shipped)
    app = study_app(store, clock, stopwatch, deck, user_decks=user)
    copy_path = user / "xiaomi-seed-handwritten-mine.yaml"
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first = study_screen(app).card
        assert first is not None
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert f"Copy it to {user} as your own deck" in app.screen.question
        assert "bundled with newsquiz" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        assert any(str(copy_path) in note for note in notes(app)), notes(app)
        await fill(pilot, prompt=NEW_PROMPT)
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = study_screen(app)
        assert screen.card is not None and screen.card.deck.id == "xiaomi-seed-handwritten-mine"
        assert [d.id for d in app.decks] == ["xiaomi-seed-handwritten-mine"]
        await pilot.press("e")  # the copy is editable: no second offer, no refusal
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        await pilot.press("escape")
        await settle(pilot)
    assert shipped.read_bytes() == on_disk
    written = load_deck(copy_path)
    assert written.id == "xiaomi-seed-handwritten-mine" and written.replaces == deck.id
    assert any(card.prompt == NEW_PROMPT for card in written.cards)
    assert len(written.cards) == len(deck)


async def test_declining_the_copy_changes_nothing(
    store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch, tmp_path: Path
) -> None:
    folder = bundled_decks_dir()
    assert folder is not None
    shipped = folder / "xiaomi-seed-handwritten.yaml"
    deck = DeckIndex.of(load_deck(shipped), shipped)
    app = study_app(store, clock, stopwatch, deck, user_decks=tmp_path / "decks")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, StudyScreen)
    assert not (tmp_path / "decks").exists()
