"""The card browser: `b` from home; search, the detail pane, suspend, bury, forget, edit."""

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from newsquiz.card_actions import CardTarget, suspend
from newsquiz.card_catalog import CardCatalog, CardRow
from newsquiz.models import DeckIndex
from newsquiz.paths import bundled_decks_dir
from newsquiz.scheduling import Rating
from newsquiz.store.base import MemoryStore
from newsquiz.store.deck_files import load_deck, write_deck
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.author_dialogs import CardEditor
from newsquiz.tui.screens.browser import BrowserScreen
from newsquiz.tui.screens.confirm import ConfirmDialog
from newsquiz.tui.screens.home import HomeScreen
from newsquiz.tui.widgets.card_detail import CardDetail

from ..author.helpers import fill
from ..cards.helpers import answer
from .conftest import NOW, AppFactory, FrozenClock, mixed_deck
from .helpers import screen_text, settle


async def open_browser(pilot: Pilot[None]) -> BrowserScreen:
    await settle(pilot)
    await pilot.press("b")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BrowserScreen), type(screen).__name__
    return screen


async def search(pilot: Pilot[None], text: str) -> None:
    """`/`, the search typed key by key, Enter (back to the list)."""
    await pilot.press("slash", *["space" if ch == " " else ch for ch in text], "enter")
    await settle(pilot)


def shown_ids(screen: BrowserScreen) -> list[str]:
    return [row.card_id for row in screen.table.rows]


def status(screen: BrowserScreen) -> str:
    return str(screen.query_one("#search-status", Static).render())


def notes(app: NewsquizApp) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def test_b_opens_every_card_and_escape_goes_home(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        assert shown_ids(screen) == [card.id for card in mixed_deck().cards]
        assert status(screen) == "5 of 5 cards"
        assert "b Browse" not in screen_text(app) and "f Forget" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_search_filters_and_a_bad_search_is_named(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        await search(pilot, "kind:numeric")
        assert shown_ids(screen) == ["mixed:numeric"] and status(screen) == "1 of 5 cards"
        assert screen.table.has_focus
        screen.search_box.value = "state:nope"  # as if pasted
        await settle(pilot)
        assert "state:nope: unknown state" in status(screen)
        assert shown_ids(screen) == ["mixed:numeric"]  # the last good result stays
        await pilot.press("slash", "home", "ctrl+k", *"-kind:mcq", "space", *"xiaomi")
        await settle(pilot)
        assert shown_ids(screen) == ["mixed:tf", "mixed:cloze", "mixed:numeric", "mixed:recall"]
        await pilot.press("escape")  # leaves the search box first
        assert screen.table.has_focus and app.screen is screen


async def test_suspend_and_bury_toggle_and_home_counts_follow(
    build_app: AppFactory, store: MemoryStore, clock: FrozenClock
) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        await pilot.press("down", "exclamation_mark")
        progress = store.progress("mixed:tf")
        assert progress is not None and progress.suspended
        assert screen.table.current is not None and screen.table.current.status == "suspended"
        await pilot.press("down", "minus")
        buried = store.progress("mixed:cloze")
        assert buried is not None and buried.buried_until == app.day_bounds()[1]
        await search(pilot, "state:suspended")
        assert shown_ids(screen) == ["mixed:tf"]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        figures = app.screen.figures
        assert figures is not None and figures.rows[0].new == 3
        screen = await open_browser(pilot)
        await pilot.press("down", "exclamation_mark", "down", "minus")
        assert store.progress("mixed:tf").suspended is False  # type: ignore[union-attr]
        assert store.progress("mixed:cloze").buried_until is None  # type: ignore[union-attr]


async def test_forget_asks_then_resets_and_keeps_history(
    build_app: AppFactory, store: MemoryStore, clock: FrozenClock
) -> None:
    answer(store, "mixed:numeric", "mixed", Rating.GOOD, NOW - timedelta(days=3))
    answer(store, "mixed:numeric", "mixed", Rating.GOOD, NOW - timedelta(days=3, minutes=-10))
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        await search(pilot, "id:mixed:num")
        assert "2 reviews, 0 lapses" in screen_text(app)
        screen.query_one(CardDetail).scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert 'Good  right  "7,600"  4.2 s  new -> learning' in screen_text(app)
        await pilot.press("f")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert store.progress("mixed:numeric").reps == 2  # type: ignore[union-attr]
        await pilot.press("f", "y")
        await settle(pilot)
        forgotten = store.progress("mixed:numeric")
        assert forgotten is not None and (forgotten.reps, forgotten.state) == (0, "learning")
        assert len(store.reviews()) == 2
        assert screen.table.current is not None and screen.table.current.state == "new"
        await pilot.press("f")
        assert app.screen is screen and "This card is new already." in notes(app)


async def test_edit_saves_to_the_deck_file(
    build_app: AppFactory, store: MemoryStore, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.yaml"
    write_deck(mixed_deck(), path)
    app = build_app(decks=[DeckIndex.of(load_deck(path), path)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        await search(pilot, "kind:recall")
        await pilot.press("e")
        assert isinstance(app.screen, CardEditor)
        await fill(pilot, prompt="Where did Shang Jin work [i]first[/i]?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        written = load_deck(path).cards[-1]
        assert written.prompt == "Where did Shang Jin work [i]first[/i]?"
        row = screen.table.current
        assert row is not None and row.prompt == written.prompt and row.card_id == written.id
        assert app.decks[0].card(row.card_id) is not None  # the app studies the edit too
        assert "Saved to mixed.yaml." in notes(app)


@pytest.mark.parametrize("where", ["bundled", "in memory"])
async def test_cards_without_a_writable_file_are_not_edited(
    build_app: AppFactory, where: str
) -> None:
    folder = bundled_decks_dir()
    assert folder is not None
    seed = folder / "xiaomi-seed-handwritten.yaml"
    deck = DeckIndex.of(load_deck(seed), seed) if where == "bundled" else mixed_deck()
    app = build_app(decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await open_browser(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, BrowserScreen)
        expected = "bundled with newsquiz" if where == "bundled" else "not loaded from a file"
        assert any(expected in note for note in notes(app))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_browser_snapshot(
    snap_compare: Callable[..., bool],
    build_app: AppFactory,
    store: MemoryStore,
    size: tuple[int, int],
) -> None:
    """A studied card (due, reps, lapses, history in the pane), a suspended one, new ones."""
    answer(store, "mixed:numeric", "mixed", Rating.GOOD, NOW - timedelta(days=3))
    answer(store, "mixed:numeric", "mixed", Rating.AGAIN, NOW - timedelta(days=3, minutes=-10))
    suspended = suspend(None, CardTarget("mixed:tf", "mixed", "youngest"), NOW)
    assert suspended is not None
    store.set_progress(suspended)

    async def run_before(pilot: Pilot[None]) -> None:
        await open_browser(pilot)
        await pilot.press("down", "down", "down")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=size, run_before=run_before)


async def test_palette_acts_on_every_card_found(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_browser(pilot)
        await search(pilot, "-kind:mcq")
        await pilot.press("ctrl+p", *"suspend all 4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        suspended = {i for i, p in store.all_progress().items() if p.suspended}
        assert suspended == {"mixed:tf", "mixed:cloze", "mixed:numeric", "mixed:recall"}
        assert {row.status for row in screen.table.rows} == {"suspended"}
        await pilot.press("ctrl+p", *"forget all 4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert app.screen is screen


async def test_leaving_before_the_cards_are_ready(
    build_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready = threading.Event()
    build_rows = CardCatalog.rows.fget
    assert build_rows is not None

    def slow_rows(catalog: CardCatalog) -> list[CardRow]:
        ready.wait(10)
        return build_rows(catalog)  # type: ignore[no-any-return]

    monkeypatch.setattr(CardCatalog, "rows", property(slow_rows))
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BrowserScreen) and not screen.loaded
        assert not screen.check_action("toggle_suspend", ())
        await pilot.press("escape")
        ready.set()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
