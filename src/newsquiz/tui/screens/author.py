"""AuthorScreen: review generated cards next to the article, then save the curated deck."""

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from newsquiz.errors import NewsquizError
from newsquiz.generate.checks import AnyCard
from newsquiz.generate.options import regenerate_options
from newsquiz.generate.segment import split_sentences
from newsquiz.models import Evidence, McqCard, RecallCard
from newsquiz.store.deck_files import write_deck
from newsquiz.tui.screens.author_dialogs import CardEditor, ConfirmQuit
from newsquiz.tui.screens.author_state import Authoring, Status, changed_kind, kind_unchanged_reason
from newsquiz.tui.widgets.author_lists import ArticleView, CardList, card_details, sentence_of
from newsquiz.tui.widgets.text import literal


class AuthorScreen(Screen[None]):
    """The article (left) and the cards (right); keys act on the highlighted card."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", tooltip="Keep this card in the deck", id="author-accept"),
        Binding("x", "reject", "Reject", tooltip="Leave it out for good", id="author-reject"),
        Binding("e", "edit", "Edit", tooltip="Edit prompt, answer, options…", id="author-edit"),
        Binding("k", "kind", "Kind", tooltip="mcq → cloze → recall → mcq", id="author-kind"),
        Binding("o", "options", "Options", tooltip="New distractors (mcq)", id="author-options"),
        Binding("n", "new", "New", tooltip="Card from the highlighted sentence", id="author-new"),
        Binding("u,ctrl+z", "undo", "Undo", tooltip="Take back the last change", id="author-undo"),
        Binding("s,ctrl+s", "save", "Save", tooltip="Write the deck file", id="author-save"),
        Binding("q,escape", "quit", "Quit", tooltip="Leave (asks if unsaved)", id="author-quit"),
    ]

    AUTO_FOCUS = "#author-cards"

    def __init__(self, authoring: Authoring, target: Path) -> None:
        super().__init__()
        self.authoring = authoring
        self.target = target
        article = authoring.article
        self.sentences = split_sentences(article.text) if article is not None else []
        self.option_seed = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="author-main"):
            yield ArticleView(self.sentences, id="author-article")
            with Vertical(id="author-side"):
                yield CardList(id="author-cards")
                with VerticalScroll(id="author-detail-box", can_focus=False):
                    yield Static(id="author-detail")
        yield Static(id="author-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_view()
        self.call_after_refresh(self.refresh_selection)

    # -- drawing ---------------------------------------------------------------------------------

    @property
    def index(self) -> int | None:
        highlighted = self.query_one(CardList).highlighted
        return highlighted if highlighted is not None and self.authoring.current.cards else None

    def refresh_view(self) -> None:
        draft = self.authoring.current
        self.query_one(CardList).show(draft.cards, draft.status)
        self.refresh_selection()
        counts = draft.counts()
        state = "saved" if self.target.exists() else "not saved yet"
        state = "unsaved changes" if self.authoring.dirty else state
        line = (
            f"accepted {counts['accepted']} · rejected {counts['rejected']} · "
            f"pending {counts['pending']} · {state} → {self.target.name}"
        )
        self.query_one("#author-status", Static).update(literal(line))

    def refresh_selection(self) -> None:
        """Details of the highlighted card; its sentence emphasized and shown in the article."""
        draft = self.authoring.current
        article = self.query_one(ArticleView)
        evidence = {
            where
            for card, status in zip(draft.cards, draft.status, strict=True)
            if status != "rejected" and (where := sentence_of(card, self.sentences)) is not None
        }
        index = self.index
        selected = sentence_of(draft.cards[index], self.sentences) if index is not None else None
        article.show(evidence, selected)
        if selected is not None and not article.has_focus:
            article.highlight_sentence(selected)
        detail = self.query_one("#author-detail", Static)
        if index is None:
            detail.update(Text("No cards. Highlight a sentence and press n to add one."))
        else:
            detail.update(card_details(draft.cards[index], draft.status[index]))

    @on(OptionList.OptionHighlighted, "#author-cards")
    def _card_highlighted(self) -> None:
        self.refresh_selection()

    # -- actions ---------------------------------------------------------------------------------

    def _card(self) -> tuple[int, AnyCard] | None:
        index = self.index
        if index is None:
            self.notify("No card selected.", severity="warning", timeout=2)
            return None
        return index, self.authoring.current.cards[index]

    def _set(self, status: Status) -> None:
        found = self._card()
        if found is not None:
            self.authoring.set_status(found[0], status)
            cards = self.query_one(CardList)
            if found[0] + 1 < len(self.authoring.current.cards):
                cards.highlighted = found[0] + 1
            self.refresh_view()

    def action_accept(self) -> None:
        self._set("accepted")

    def action_reject(self) -> None:
        self._set("rejected")

    def action_edit(self) -> None:
        found = self._card()
        if found is None:
            return
        index, card = found

        def edited(result: AnyCard | None) -> None:
            if result is not None:
                self.authoring.replace_card(index, result)
                self.refresh_view()

        self.app.push_screen(CardEditor(card), edited)

    def _fresh_options(self, card: AnyCard) -> list[str]:
        article = self.authoring.article
        if article is None:
            return []
        self.option_seed += 1
        return regenerate_options(article, card, self.option_seed)

    def action_kind(self) -> None:
        found = self._card()
        if found is None:
            return
        index, card = found
        options = [] if isinstance(card, McqCard) else self._fresh_options(card)
        changed = changed_kind(card, options)
        if changed is None:
            self.notify(
                f"This card cannot change kind: {kind_unchanged_reason(card)}.",
                severity="warning",
                timeout=3,
            )
            return
        self.authoring.replace_card(index, changed)
        self.refresh_view()

    def action_options(self) -> None:
        found = self._card()
        if found is None:
            return
        index, card = found
        if not isinstance(card, McqCard):
            self.notify("Only multiple-choice cards have options.", severity="warning", timeout=2)
            return
        options = self._fresh_options(card)
        if not options or options == card.options:
            self.notify("No other distractors found.", severity="warning", timeout=2)
            return
        self.authoring.replace_card(index, card.model_copy(update={"options": options}))
        self.refresh_view()

    def action_new(self) -> None:
        sentence = self.query_one(ArticleView).current_sentence()
        if sentence is None:
            self.notify("Highlight a sentence in the article first.", severity="warning")
            return
        evidence = Evidence(sentence=sentence.text, start=sentence.start, end=sentence.end)
        draft = RecallCard(prompt=sentence.text, answer="?", evidence=evidence)

        def made(result: AnyCard | None) -> None:
            if result is None:
                return
            try:
                position = self.authoring.add_card(result)
            except ValueError as exc:
                self.notify(str(exc), severity="warning", timeout=3)
                return
            self.refresh_view()
            self.query_one(CardList).highlighted = position
            self.query_one(CardList).focus()

        self.app.push_screen(CardEditor(draft, "New card from the sentence", new=True), made)

    def action_undo(self) -> None:
        if not self.authoring.undo():
            self.notify("Nothing to undo.", timeout=2)
        self.refresh_view()

    def action_save(self) -> None:
        deck = self.authoring.deck()
        try:
            write_deck(deck, self.target)
        except (NewsquizError, OSError) as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return
        self.authoring.mark_saved()
        self.notify(f"Saved {len(deck.cards)} cards to {self.target}", timeout=3, markup=False)
        self.refresh_view()

    def action_quit(self) -> None:
        if not self.authoring.dirty:
            self.app.exit()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.exit()

        self.app.push_screen(ConfirmQuit(), answered)
