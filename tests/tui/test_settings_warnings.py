"""Stored settings replaced by their defaults are shown in the app, not only on stderr."""

from newsquiz.models import settings_from_stored
from newsquiz.store.base import MemoryStore
from newsquiz.tui.app import make_app

from .conftest import NOW, mixed_deck


async def test_the_study_app_shows_replaced_settings() -> None:
    store = MemoryStore()
    store._state.settings, store._state.settings_problems = settings_from_stored(
        {"timezone": "Mars/Olympus"}
    )
    app = make_app(store, [mixed_deck()], clock=lambda: NOW, fuzz=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        notes = [str(note.message) for note in app._notifications]
        assert any("unknown time zone 'Mars/Olympus'" in note for note in notes)
