"""StudyScreen: one card at a time, graded tolerantly and recorded the moment it is answered."""

from typing import ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from newsquiz.errors import NewsquizError
from newsquiz.grading import Grade
from newsquiz.models import CardKind, McqCard, Review, normalize_text
from newsquiz.scheduling import Rating
from newsquiz.session import TYPED_KINDS, FlagChange, Outcome, SessionCard, StudySession
from newsquiz.tui.services import StudyServices, services
from newsquiz.tui.widgets.feedback import details_text, rating_text, verdict_text
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.options import OptionList
from newsquiz.tui.widgets.question import hint_text, prompt_text
from newsquiz.tui.widgets.study_header import StudyHeader

OPTION_KEYS = ["1", "2", "3", "4", "5", "6"]
LETTER_KEYS = ["a", "b", "c", "d"]


def undone_message(undone: Review | FlagChange) -> str:
    if isinstance(undone, Review):
        return "Answer taken back."
    return "Unsuspended." if undone.after.suspended else "Unburied."


class StudyScreen(Screen[None]):
    """Question, then feedback with a suggested rating; every answer is stored at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "1",
            "choose(0)",
            "Choose",
            key_display="1-4",
            tooltip="Pick option 1-6 of a question",
            id="choose-1",
        ),
        Binding("2", "choose(1)", "Option 2", show=False),
        Binding("3", "choose(2)", "Option 3", show=False),
        Binding("4", "choose(3)", "Option 4", show=False),
        Binding("5", "choose(4)", "Option 5", show=False),
        Binding("6", "choose(5)", "Option 6", show=False),
        Binding("a", "choose_letter(0)", "Choose by letter", show=False),
        Binding("b", "choose_letter(1)", "Option b", show=False),
        Binding("c", "choose_letter(2)", "Option c", show=False),
        Binding("d", "choose_letter(3)", "Option d", show=False),
        Binding("t", "choose_true_false(0)", "True / False", show=False),
        Binding("f", "choose_true_false(1)", "False", show=False),
        Binding(
            "enter,space", "accept", "Accept", tooltip="Accept the suggested rating", id="accept"
        ),
        Binding(
            "1",
            "rate(1)",
            "Rate",
            key_display="1-4",
            tooltip="After answering: Again / Hard / Good / Easy (the interval each gives)",
        ),
        Binding("2", "rate(2)", "Hard", show=False),
        Binding("3", "rate(3)", "Good", show=False),
        Binding("4", "rate(4)", "Easy", show=False),
        Binding(
            "u,ctrl+z",
            "undo",
            "Undo",
            tooltip="Take back the last answer, bury or suspend (ctrl+z while typing)",
            id="undo",
        ),
        Binding("minus,b", "bury", "Bury", tooltip="Hide this card until tomorrow", id="bury"),
        Binding("exclamation_mark", "suspend", "Suspend", key_display="!", id="suspend"),
        Binding("e", "edit", "Edit", tooltip="Edit this card in its deck file", id="edit"),
        Binding("q,escape", "end", "End", tooltip="End the session and see the summary", id="end"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.card: SessionCard | None = None
        self.phase = "question"
        self.started = 0.0
        self.outcome: Outcome | None = None
        """The answer being shown in the feedback, as the session judged and recorded it."""
        self.ended = False

    @property
    def grade(self) -> Grade | None:
        return self.outcome.grade if self.outcome else None

    @property
    def given(self) -> str:
        return self.outcome.given if self.outcome else ""

    @property
    def suggested(self) -> Rating:
        return self.outcome.suggested if self.outcome else Rating.GOOD

    @property
    def newsquiz(self) -> StudyServices:
        return services(self)

    def compose(self) -> ComposeResult:
        yield StudyHeader(id="study-header")
        with VerticalScroll(id="card-area"):
            yield Static(id="prompt")
            yield Static(id="hint")
            with Vertical(id="answer-area"):
                yield OptionList(id="options")
                yield Input(
                    placeholder="your answer (Enter alone shows the answer)",
                    id="answer-input",
                    select_on_focus=False,
                )
            yield Static(id="verdict")
            yield Static(id="details")
        yield Static(id="rating-bar")
        yield KeyBar()

    def on_mount(self) -> None:
        self.set_interval(self.newsquiz.timer_interval, self._tick)
        self.show_card()

    # -- showing ---------------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.phase == "question":
            self.query_one(StudyHeader).tick(self.newsquiz.ticker() - self.started)

    def show_card(self) -> None:
        """Show the next card's question, or end the session when nothing is left."""
        card = self.session.current()
        if card is None:
            self.end()
            return
        self.card, self.phase, self.outcome = card, "question", None
        self.started = self.newsquiz.ticker()
        self.query_one(StudyHeader).show(
            card.question_title, self.session.counts(), self.session.summary.answered
        )
        self.query_one(StudyHeader).tick(0)
        self.query_one("#prompt", Static).update(prompt_text(card))
        self.query_one("#hint", Static).update(hint_text(card))
        self.query_one("#hint", Static).display = True
        for widget_id in ("#verdict", "#details", "#rating-bar"):
            self.query_one(widget_id, Static).update("")
        options = self.query_one(OptionList)
        answer_input = self.query_one("#answer-input", Input)
        typed = card.asked_as in TYPED_KINDS
        options.display = not typed
        answer_input.display = typed
        if typed:
            answer_input.value = ""
            answer_input.focus()
        else:
            options.set_options(self._options(card), self._keys(card))
            self.set_focus(None)
        self.query_one("#card-area", VerticalScroll).scroll_home(animate=False, immediate=True)
        self.refresh_keys()

    def _options(self, card: SessionCard) -> list[str]:
        if isinstance(card.card, McqCard):
            return card.options
        return ["True", "False"]

    @staticmethod
    def _typed(card: SessionCard) -> bool:
        return card.asked_as in TYPED_KINDS

    def _given(self, index: int) -> str:
        """What choosing option `index` answers: the option text, or "true"/"false"."""
        assert self.card is not None
        option = self._options(self.card)[index]
        return option.lower() if self.card.asked_as == CardKind.TRUE_FALSE else option

    def _keys(self, card: SessionCard) -> list[str]:
        if card.asked_as == CardKind.TRUE_FALSE:
            return ["t", "f"]
        return OPTION_KEYS[: len(self._options(card))]

    def _show_feedback(self) -> None:
        assert self.card is not None and self.outcome is not None
        card, outcome = self.card, self.outcome
        self.query_one(StudyHeader).show(
            card.deck.title, self.session.counts(), self.session.summary.answered
        )
        self.query_one("#hint", Static).display = False
        self.query_one("#verdict", Static).update(verdict_text(outcome.grade))
        typed = card.asked_as in TYPED_KINDS
        self.query_one("#details", Static).update(details_text(card.card, outcome.given, typed))
        bar = rating_text(outcome.suggested, outcome.intervals)
        self.query_one("#rating-bar", Static).update(bar)
        if typed:
            self.query_one("#answer-input", Input).display = False
        else:
            folded = [normalize_text(option) for option in self._options(card)]
            answer, given = normalize_text(card.card.answer), normalize_text(self.given)
            right = folded.index(answer) if answer in folded else None
            chosen = folded.index(given) if given in folded else None
            self.query_one(OptionList).mark(chosen, right)
        self.set_focus(None)
        self.query_one("#card-area", VerticalScroll).scroll_end(animate=False)
        self.refresh_keys()

    def refresh_keys(self) -> None:
        """Update the key bar (and anything else showing bindings) for the current phase."""
        typing = self.phase == "question" and self.card is not None and self._typed(self.card)
        self.query_one(KeyBar).show_bindings(self, self._study_bindings(), typing=typing)
        self.refresh_bindings()

    @classmethod
    def _study_bindings(cls) -> list[Binding]:
        return [b for b in cls.BINDINGS if isinstance(b, Binding)]

    # -- answering -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        card = self.card
        if action.startswith("choose"):
            if self.phase != "question" or card is None or card.asked_as in TYPED_KINDS:
                return False
            if action == "choose_letter" and card.asked_as != CardKind.MCQ:
                return False
            if action == "choose_true_false" and card.asked_as != CardKind.TRUE_FALSE:
                return False
            index = int(cast(int, parameters[0]))
            return index < len(self._options(card))
        if action in ("rate", "accept"):
            return self.phase == "feedback"
        if action == "undo":
            return self.session.can_undo()
        if action in ("bury", "suspend", "edit"):
            return card is not None
        return True

    def action_choose(self, index: int) -> None:
        self.submit(self._given(index))

    def action_choose_letter(self, index: int) -> None:
        self.action_choose(index)

    def action_choose_true_false(self, index: int) -> None:
        self.action_choose(index)

    def on_option_list_chosen(self, message: OptionList.Chosen) -> None:
        if self.phase == "question":
            self.submit(self._given(message.index))

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        card = self.card
        if self.phase != "question" or card is None:
            return
        self.submit(message.value)  # empty: "don't know", shown the answer and rated Again

    def submit(self, given: str) -> None:
        """Hand `given` to the session (graded and recorded at once), show the feedback."""
        card = self.card
        assert card is not None
        duration_ms = max(0, int((self.newsquiz.ticker() - self.started) * 1000))
        try:
            self.outcome = self.session.submit(card, given, duration_ms)
        except NewsquizError as exc:
            self._not_saved(exc)
            return
        self.phase = "feedback"
        self._show_feedback()

    def action_accept(self) -> None:
        outcome = self.outcome
        if outcome is not None and outcome.recorded is None:  # self-graded: not yet recorded
            self.action_rate(int(outcome.suggested))
            return
        self.show_card()

    def action_rate(self, value: int) -> None:
        """The learner's rating, recorded in place of the suggested one; then the next card."""
        assert self.outcome is not None
        try:
            self.outcome = self.session.rate(self.outcome, Rating(value))
        except NewsquizError as exc:
            self._not_saved(exc)
            if self.outcome.recorded is None:
                return
        self.show_card()

    def _not_saved(self, error: NewsquizError) -> None:
        """Say that the store refused a change; the session goes on from the store's state."""
        self.notify(f"Not saved: {error}", severity="error", timeout=8, markup=False)

    # -- undo, bury, suspend, end ----------------------------------------------------------------

    def undo(self) -> None:
        self.action_undo()

    def bury(self) -> None:
        self.action_bury()

    def suspend(self) -> None:
        self.action_suspend()

    def edit(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        from newsquiz.tui.screens.edit_card import edit_current_card  # loads the editor on use

        edit_current_card(self)

    def show_edited(self, card: SessionCard) -> None:
        """Redraw after an edit was saved: the question asked anew, or the feedback updated."""
        if self.phase == "question":
            self.show_card()
            return
        self.card = card
        self.query_one("#prompt", Static).update(prompt_text(card))
        if not self._typed(card):
            self.query_one(OptionList).set_options(self._options(card), self._keys(card))
        self._show_feedback()

    def action_undo(self) -> None:
        try:
            undone = self.session.undo()
        except NewsquizError as exc:
            self._not_saved(exc)
            return
        if undone is None:
            self.notify("Nothing to undo.")
            return
        self.notify(undone_message(undone), timeout=2)
        self.show_card()

    def action_bury(self) -> None:
        if self.card is not None:
            try:
                self.session.bury(self.card)
            except NewsquizError as exc:
                self._not_saved(exc)
                return
            self.notify("Buried until tomorrow.", timeout=2)
            self.show_card()

    def action_suspend(self) -> None:
        if self.card is not None:
            try:
                self.session.suspend(self.card)
            except NewsquizError as exc:
                self._not_saved(exc)
                return
            self.notify("Suspended.", timeout=2)
            self.show_card()

    def action_end(self) -> None:
        self.end()

    def end(self) -> None:
        """Save a checkpoint and replace this screen with the session summary."""
        if self.ended:
            return
        self.ended = True
        from newsquiz.tui.screens.summary import SummaryScreen

        self.newsquiz.checkpoint()
        self.app.switch_screen(SummaryScreen(self.session))
