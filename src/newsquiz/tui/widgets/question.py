"""The question's text: the prompt (literal, a cloze blank standing out) and how to answer."""

from rich.text import Text

from newsquiz.grading import is_self_graded
from newsquiz.models import BLANK, CardKind, McqCard, NumericCard
from newsquiz.session import SessionCard
from newsquiz.tui.widgets.text import literal


def prompt_text(card: SessionCard) -> Text:
    """The question, literal; a cloze blank stands out; a mature mcq says it is now recall."""
    prompt = card.card.prompt
    if card.asked_as == CardKind.CLOZE and BLANK in prompt:
        before, after = prompt.split(BLANK, 1)
        return Text.assemble(literal(before), (" ____ ", "bold reverse"), literal(after))
    return literal(prompt)


def hint_text(card: SessionCard) -> Text:
    kind = card.asked_as
    if kind == CardKind.MCQ:
        return Text("Choose with 1–4, a–d or the mouse.", style="dim")
    if kind == CardKind.TRUE_FALSE:
        return Text("True or false? Press t or f (or 1, 2).", style="dim")
    if isinstance(card.card, NumericCard):
        unit = f" in {card.card.unit}" if card.card.unit else ""
        return Text.assemble(
            ("Type a number", "dim"), literal(unit, "dim"), (", then Enter.", "dim")
        )
    if isinstance(card.card, McqCard):
        return Text("You know this one well now: type the answer, then Enter.", style="dim italic")
    if is_self_graded(card.card, card.asked_as):
        return Text("Recall the answer (type it if you like), then Enter to see it.", style="dim")
    return Text("Type the answer, then Enter.", style="dim")
