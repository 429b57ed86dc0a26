"""Escape sequences in a deck title or a card reach the home and study screens as visible
escapes, never as terminal commands (issue #12, item 4); markup stays literal too."""

from newsquiz.models import Deck, RecallCard

from .conftest import AppFactory
from .helpers import screen_text, settle

OSC52 = "\x1b]52;c;aGVsbG8=\x07"
CLEAR = "\x1b[2J\x9b2J"
RAW = [chr(code) for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if code not in (9, 10)]


def hostile_deck() -> Deck:
    card = RecallCard(prompt=f"Who{CLEAR} [bold]leads[/bold]?", answer=f"Lei{OSC52} Jun")
    return Deck(id="evil", title=f"Evil{OSC52} deck", cards=[card])


def assert_shown_escaped(text: str, expected: str) -> None:
    assert not any(char in text for char in RAW), repr(text)
    assert expected in text, text


async def test_home_and_study_show_escape_sequences_as_text(build_app: AppFactory) -> None:
    app = build_app(decks=[hostile_deck()])
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert_shown_escaped(screen_text(app), "Evil\\u001b]52;c;aGVsbG8=\\u0007 deck")
        await pilot.press("enter")
        await settle(pilot)
        assert_shown_escaped(screen_text(app), "Who\\u001b[2J\\u009b2J [bold]leads[/bold]?")
        await pilot.press("x", "enter")  # a wrong answer: the feedback shows the right one
        await settle(pilot)
        assert_shown_escaped(screen_text(app), "Lei\\u001b]52;c;aGVsbG8=\\u0007 Jun")


async def test_notifications_show_escape_sequences_as_text(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test() as pilot:
        app.notify(f"deck{OSC52}.yaml: broken", title=f"Deck{CLEAR}", markup=False)
        await pilot.pause()
        note = list(app._notifications)[-1]
        assert_shown_escaped(note.message + note.title, "deck\\u001b]52;c;aGVsbG8=\\u0007.yaml")
