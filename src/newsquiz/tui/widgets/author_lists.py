"""The author screen's two lists: the article by sentence, and the cards under review."""

from collections.abc import Sequence
from contextlib import suppress

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from newsquiz.generate.checks import AnyCard
from newsquiz.generate.segment import Sentence
from newsquiz.tui.screens.author_state import STATUS_MARK, Status
from newsquiz.tui.widgets.text import literal

PROMPT_WIDTH = 80  # card rows are cut to one line (CSS ellipsis); no need to send more
KIND_LABELS = {"true_false": "t/f", "numeric": "number"}


def sentence_of(card: AnyCard, sentences: Sequence[Sentence]) -> int | None:
    """Index of the article sentence a card's evidence points to, if any."""
    evidence = card.evidence
    if evidence is None:
        return None
    for sentence in sentences:
        if evidence.start is not None and sentence.start == evidence.start:
            return sentence.index
    wanted = " ".join(evidence.sentence.split())
    for sentence in sentences:
        if " ".join(sentence.text.split()) == wanted:
            return sentence.index
    if evidence.start is not None:
        for sentence in sentences:
            if sentence.start <= evidence.start < sentence.end:
                return sentence.index
    return None


class ArticleView(OptionList):
    """The article, one option per sentence; evidence sentences bold, the selected card's
    sentence reversed. The highlighted sentence is the one a new card is made from."""

    def __init__(self, sentences: Sequence[Sentence], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sentences = list(sentences)
        self.selected: int | None = None
        self.border_title = "Article"

    def on_focus(self) -> None:
        """Arriving with nothing highlighted starts at the selected card's sentence."""
        if self.highlighted is None and self.option_count:
            self.highlight_sentence(self.selected or 0)

    def show(self, evidence: set[int], selected: int | None) -> None:
        """Restyle every sentence, keeping the highlight where it was."""
        highlighted = self.highlighted
        self.selected = selected
        options: list[Option | None] = []
        paragraph = self.sentences[0].paragraph if self.sentences else 0
        for sentence in self.sentences:
            if sentence.paragraph != paragraph:
                options.append(None)
                paragraph = sentence.paragraph
            style = "bold reverse" if sentence.index == selected else ""
            if not style and sentence.index in evidence:
                style = "bold"
            options.append(Option(literal(sentence.text, style), id=f"s{sentence.index}"))
        self.set_options(options)
        if highlighted is not None:
            self.highlighted = highlighted

    def highlight_sentence(self, index: int) -> None:
        with suppress(OptionDoesNotExist):  # not drawn yet
            self.highlighted = self.get_option_index(f"s{index}")

    def current_sentence(self) -> Sentence | None:
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return self.sentences[int(option_id[1:])] if option_id else None


class CardList(OptionList):
    """Cards under review, one line each: status mark, kind and prompt."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Cards"

    def show(self, cards: Sequence[AnyCard], status: Sequence[Status]) -> None:
        highlighted = self.highlighted
        rows = []
        for card, state in zip(cards, status, strict=True):
            row = Text.assemble(
                (STATUS_MARK[state], f"bold {'green' if state == 'accepted' else ''}".strip()),
                " ",
                (f"{KIND_LABELS.get(card.kind, card.kind):<6}", "dim"),
                " ",
                literal(" ".join(card.prompt.split())[:PROMPT_WIDTH]),
                style="dim strike" if state == "rejected" else "",
            )
            rows.append(Option(row))
        self.set_options(rows)
        if cards:
            self.highlighted = min(highlighted or 0, len(cards) - 1)


def card_details(card: AnyCard, status: Status) -> Text:
    """Everything an author edits, literal: kind, status, prompt, answer, options, explanation."""
    parts: list[Text | str | tuple[str, str]] = [
        (f"{card.kind} · {status}", "bold"),
        "\n",
        literal(card.prompt),
        "\n",
        ("Answer: ", "bold"),
        literal(card.answer),
    ]
    options = getattr(card, "options", None)
    if options:
        parts += ["\n", ("Options: ", "bold"), literal(" | ".join(options))]
    if card.accepted:
        parts += ["\n", ("Also accepted: ", "bold"), literal(" | ".join(card.accepted))]
    if card.explanation:
        parts += ["\n", ("Explanation: ", "bold"), literal(card.explanation)]
    return Text.assemble(*parts)
