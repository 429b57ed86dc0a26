"""Helpers for driving the author app with Pilot."""

from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.tui.author_app import AuthorApp
from newsquiz.tui.screens.author import AuthorScreen
from newsquiz.tui.screens.author_dialogs import CardEditor
from newsquiz.tui.widgets.author_lists import ArticleView, CardList


async def settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def author_screen(app: AuthorApp) -> AuthorScreen:
    screen = app.screen
    assert isinstance(screen, AuthorScreen), type(screen).__name__
    return screen


async def select_card(pilot: Pilot[None], index: int) -> None:
    screen = author_screen(pilot.app)  # type: ignore[arg-type]
    cards = screen.query_one(CardList)
    cards.focus()
    cards.highlighted = index
    await pilot.pause()


async def select_sentence(pilot: Pilot[None], index: int) -> None:
    screen = author_screen(pilot.app)  # type: ignore[arg-type]
    article = screen.query_one(ArticleView)
    article.focus()
    article.highlight_sentence(index)
    await pilot.pause()


async def fill(pilot: Pilot[None], **values: str) -> None:
    """Set fields of the open card editor."""
    editor = pilot.app.screen
    assert isinstance(editor, CardEditor), type(editor).__name__
    for name, value in values.items():
        editor.query_one(f"#edit-{name}", Input).value = value
    await pilot.pause()
