"""BrowserScreen: every card, searched (`deck:x state:suspended kind:mcq tag:y words`), with
the highlighted card's sentence and history; suspend, bury, forget and edit it.

The catalog is injected: the screen never opens the store or the deck files itself. Building
the rows of a large collection and searching them run in workers, so typing stays responsive.
"""

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from newsquiz.card_actions import CardAction
from newsquiz.card_catalog import CardCatalog, CardRow
from newsquiz.card_query import QueryError
from newsquiz.models import Card
from newsquiz.tui.screens.browser_commands import FoundCardsCommands
from newsquiz.tui.widgets.card_detail import CardDetail
from newsquiz.tui.widgets.card_table import CardTable

DONE = {
    CardAction.SUSPEND: "Suspended: not studied until unsuspended (! again).",
    CardAction.UNSUSPEND: "Unsuspended.",
    CardAction.BURY: "Buried until the next study day (- again unburies).",
    CardAction.UNBURY: "Unburied.",
    CardAction.FORGET: "Forgotten: new again; its reviews are kept.",
}


class SearchBox(Input):
    """The search: results follow the typing; Enter or Down goes to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.focus_table", "To the list", show=False),
    ]


class BrowserScreen(Screen[None]):
    """Search the cards of every loaded deck and act on the highlighted one (or, from the
    command palette, on every card found)."""

    COMMANDS = {FoundCardsCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", key_display="/", tooltip="Edit the search"),
        Binding(
            "exclamation_mark",
            "toggle_suspend",
            "Suspend",
            key_display="!",
            tooltip="Suspend the card, or unsuspend it",
            id="browser-suspend",
        ),
        Binding(
            "minus",
            "toggle_bury",
            "Bury",
            key_display="-",
            tooltip="Bury the card until tomorrow, or unbury it",
            id="browser-bury",
        ),
        Binding("f", "forget", "Forget", tooltip="Reset to new (asks first)", id="browser-forget"),
        Binding("e", "edit", "Edit", tooltip="Edit the card in its deck file", id="browser-edit"),
        Binding("escape", "back", "Back", tooltip="Back to the deck list", id="browser-back"),
        Binding("q", "back", "Back", show=False),
    ]

    def __init__(self, catalog: CardCatalog) -> None:
        super().__init__()
        self.catalog = catalog
        self.loaded = False

    def compose(self) -> ComposeResult:
        with Vertical(id="browser"):
            yield SearchBox(
                placeholder="/ search: deck:x state:suspended kind:mcq tag:y words",
                id="card-search",
                compact=True,
            )
            yield Static(Text("Loading cards…", style="dim"), id="search-status")
            yield CardTable(self.catalog.zone, id="card-table")
            yield CardDetail(id="card-detail")
        yield Footer()

    @property
    def table(self) -> CardTable:
        return self.query_one("#card-table", CardTable)

    @property
    def search_box(self) -> Input:
        return self.query_one("#card-search", Input)

    def on_mount(self) -> None:
        self.set_focus(self.table)
        self._load()

    # -- loading and searching (workers) ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="browser-load")
    def _load(self) -> None:
        self.catalog.rows  # noqa: B018 - builds every card's row: the slow part
        self.catalog.history("")  # reads the review history once
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded)

    def _loaded(self) -> None:
        if not self.is_attached:
            return  # left before the cards were ready
        self.loaded = True
        self._search(self.search_box.value)

    @work(thread=True, exclusive=True, group="browser-search")
    def _search(self, text: str) -> None:
        try:
            rows, problem = self.catalog.search(text), None
        except QueryError as exc:
            rows, problem = None, str(exc)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_results, text, rows, problem)

    def _show_results(self, text: str, rows: list[CardRow] | None, problem: str | None) -> None:
        if not self.is_attached:
            return
        status = self.query_one("#search-status", Static)
        if text != self.search_box.value:
            return  # typed on since: a newer search is on its way
        if problem is not None or rows is None:
            status.update(Text(problem or "", style="bold red"))
            return
        current = self.table.current
        self.table.show(rows, keep=current.card_id if current else None)
        total = len(self.catalog.rows)
        status.update(Text(f"{len(rows):,} of {total:,} cards", style="dim"))
        if not rows:
            self.query_one(CardDetail).show(None, None, [], self.catalog.zone)
        self.refresh_bindings()  # the card keys need a highlighted card

    @on(Input.Changed, "#card-search")
    def _typed(self, event: Input.Changed) -> None:
        if self.loaded:
            self._search(event.value)

    @on(Input.Submitted, "#card-search")
    def _submitted(self) -> None:
        self.action_focus_table()

    @on(CardTable.Highlighted, "#card-table")
    def _highlighted(self, event: CardTable.Highlighted) -> None:
        row = event.row
        detail = self.query_one(CardDetail)
        if row is None:
            detail.show(None, None, [], self.catalog.zone)
            return
        history = self.catalog.history(row.card_id)
        detail.show(row, self.catalog.card(row), history, self.catalog.zone)

    # -- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_suspend", "toggle_bury", "forget", "edit"):
            return self.loaded and self.table.current is not None
        return True

    def action_focus_search(self) -> None:
        self.set_focus(self.search_box)

    def action_focus_table(self) -> None:
        self.set_focus(self.table)

    def action_back(self) -> None:
        if self.search_box.has_focus:
            self.action_focus_table()
        else:
            self.dismiss(None)

    def _apply(self, action: CardAction) -> None:
        row = self.table.current
        if row is None:
            return
        result = self.catalog.act(action, [row])
        for changed in result.changed:
            self.table.replace(changed)
        self.notify(DONE[action], timeout=3, markup=False)

    def act_on_found(self, action: CardAction) -> None:
        """Apply `action` to every card of the current result (the palette's bulk commands);
        forgetting asks first. One journal record for all of them."""
        rows = list(self.table.rows)
        if not rows:
            return
        if action is not CardAction.FORGET:
            self._apply_all(action, rows)
            return
        from newsquiz.tui.screens.confirm import ConfirmDialog

        question = (
            f"Forget all {len(rows):,} found cards? They become new again; their review "
            "history is kept."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._apply_all(action, rows)

        self.app.push_screen(ConfirmDialog(question, "Forget all"), answered)

    def _apply_all(self, action: CardAction, rows: list[CardRow]) -> None:
        result = self.catalog.act(action, rows)
        updated = {row.card_id: row for row in result.changed}
        current = self.table.current
        self.table.show(
            [updated.get(row.card_id, row) for row in self.table.rows],
            keep=current.card_id if current else None,
        )
        self.notify(
            f"{action.value.capitalize()}: {len(result.changed):,} card(s) changed, "
            f"{len(result.unchanged):,} already so.",
            timeout=4,
            markup=False,
        )

    def action_toggle_suspend(self) -> None:
        row = self.table.current
        if row is not None:
            self._apply(CardAction.UNSUSPEND if row.suspended else CardAction.SUSPEND)

    def action_toggle_bury(self) -> None:
        row = self.table.current
        if row is not None:
            self._apply(CardAction.UNBURY if row.buried else CardAction.BURY)

    def action_forget(self) -> None:
        from newsquiz.tui.screens.confirm import ConfirmDialog

        row = self.table.current
        if row is None:
            return
        if row.state == "new" and not row.buried:
            self.notify("This card is new already.", timeout=3, markup=False)
            return
        question = (
            f"Forget this card? It becomes new again ({row.reps} reviews, {row.lapses} lapses "
            "reset); its review history is kept."
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._apply(CardAction.FORGET)

        self.app.push_screen(ConfirmDialog(question, "Forget"), answered)

    def action_edit(self) -> None:
        from newsquiz.deck_edit import edit_refusal

        row = self.table.current
        deck = self.catalog.deck_of(row) if row is not None else None
        card = self.catalog.card(row) if row is not None else None
        if row is None or deck is None or card is None:
            return
        refusal = edit_refusal(deck.path)
        if refusal is not None:
            self.notify(refusal, title="Cannot edit", severity="warning", markup=False)
            return
        assert deck.path is not None  # a deck without a file is refused above
        self._open_editor(row, card, deck.path)

    def _open_editor(self, row: CardRow, card: Card, path: Path) -> None:
        from newsquiz.deck_edit import save_card_edit
        from newsquiz.errors import NewsquizError
        from newsquiz.generate.checks import AnyCard
        from newsquiz.models import DeckIndex
        from newsquiz.tui.screens.author_dialogs import CardEditor

        def save(edited: AnyCard) -> str | None:
            try:
                change = save_card_edit(self.catalog.store, path, row.deck_id, row.card_id, edited)
            except NewsquizError as exc:
                return str(exc)
            index = DeckIndex.of(change.deck, path)
            new_row = self.catalog.replace_deck(index, change.old_id, change.new_id)
            if new_row is not None:
                self.table.replace(new_row, old_id=change.old_id)
            self.notify(f"Saved to {path.name}.", timeout=3, markup=False)
            return None

        self.app.push_screen(CardEditor(card, f"Edit card in {path.name}", save=save))
