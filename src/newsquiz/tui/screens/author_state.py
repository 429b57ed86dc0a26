"""The author's working deck: cards with a review status, changes kept on an undo stack.

Pure (no Textual): the screen calls these operations and redraws from `current`.
"""

from dataclasses import dataclass, field, replace
from typing import Literal

from newsquiz.generate.checks import AnyCard
from newsquiz.models import BLANK, Article, ClozeCard, Deck, McqCard, RecallCard, card_id_for

Status = Literal["accepted", "rejected", "pending"]
STATUS_MARK: dict[Status, str] = {"accepted": "✓", "rejected": "✗", "pending": "·"}


@dataclass(frozen=True)
class Draft:
    """One state of the deck being authored (immutable: the undo stack shares them)."""

    cards: tuple[AnyCard, ...]
    status: tuple[Status, ...]

    def counts(self) -> dict[Status, int]:
        return {s: self.status.count(s) for s in ("accepted", "rejected", "pending")}


def blank_answer(sentence: str, answer: str) -> str | None:
    """The sentence with the first occurrence of `answer` replaced by BLANK, or None."""
    start = sentence.casefold().find(answer.casefold())
    if start < 0 or not answer.strip():
        return None
    return f"{sentence[:start]}{BLANK}{sentence[start + len(answer) :]}"


@dataclass
class Authoring:
    """A generated deck under review, merged with the deck file it will be saved to."""

    base: Deck
    """Id, title, source, linked cards and already rejected ids of the deck being written."""
    current: Draft
    history: list[Draft] = field(default_factory=list)
    saved: Draft | None = None

    @classmethod
    def start(cls, generated: Deck, existing: Deck | None = None) -> "Authoring":
        """Cards of `existing` (kept, shown accepted), then generated cards not yet decided."""
        if existing is None:
            cards: list[AnyCard] = list(generated.cards)
            status: list[Status] = ["pending"] * len(cards)
            draft = Draft(tuple(cards), tuple(status))
            return cls(generated, draft, saved=draft)
        known = set(existing.card_ids()) | set(existing.rejected)
        cards = list(existing.cards)
        status = ["accepted"] * len(cards)
        for card in generated.cards:
            if card.id not in known:
                cards.append(card)
                status.append("pending")
        linked = list(dict.fromkeys([*existing.linked_cards, *generated.linked_cards]))
        base = existing.model_copy(
            update={"source": existing.source or generated.source, "linked_cards": linked}
        )
        draft = Draft(tuple(cards), tuple(status))
        return cls(base, draft, saved=draft)

    @property
    def dirty(self) -> bool:
        return self.current != self.saved

    @property
    def article(self) -> Article | None:
        return self.base.source

    def _push(self, draft: Draft) -> None:
        if draft != self.current:
            self.history.append(self.current)
            self.current = draft

    def undo(self) -> bool:
        if not self.history:
            return False
        self.current = self.history.pop()
        return True

    def set_status(self, index: int, status: Status) -> None:
        statuses = list(self.current.status)
        statuses[index] = status
        self._push(replace(self.current, status=tuple(statuses)))

    def replace_card(self, index: int, card: AnyCard) -> None:
        """An edited card keeps its id (and so its progress) and counts as accepted."""
        cards = list(self.current.cards)
        cards[index] = card.model_copy(update={"id": cards[index].id})
        statuses = list(self.current.status)
        statuses[index] = "accepted"
        self._push(Draft(tuple(cards), tuple(statuses)))

    def add_card(self, card: AnyCard) -> int:
        """A hand-made card, accepted, with an id from its content; returns its index."""
        card = card.model_copy(update={"id": card_id_for(self.base.id, card)})
        taken = {c.id for c in self.current.cards}
        if card.id in taken:
            raise ValueError("the deck already has this card")
        self._push(
            Draft((*self.current.cards, card), (*self.current.status, "accepted")),
        )
        return len(self.current.cards) - 1

    def deck(self) -> Deck:
        """The deck to write: accepted cards, and every rejected id (old and new)."""
        draft = self.current
        keep = [c for c, s in zip(draft.cards, draft.status, strict=True) if s == "accepted"]
        newly = [c.id for c, s in zip(draft.cards, draft.status, strict=True) if s == "rejected"]
        rejected = list(dict.fromkeys([*self.base.rejected, *(i for i in newly if i)]))
        return Deck.model_validate(
            {
                **self.base.model_dump(exclude={"cards", "rejected"}),
                "cards": [c.model_dump() for c in keep],
                "rejected": rejected,
            }
        )

    def mark_saved(self) -> None:
        self.saved = self.current


def changed_kind(card: AnyCard, options: list[str]) -> AnyCard | None:
    """The card as the next kind: mcq -> cloze -> recall -> mcq (None when it cannot be).

    MCQ to cloze blanks the answer in the evidence sentence (or keeps a prompt that has the
    blank); cloze to MCQ needs `options` (the answer and distractors).
    """
    common = card.model_dump(
        include={
            "id",
            "answer",
            "accepted",
            "evidence",
            "fact_type",
            "fact_key",
            "explanation",
            "tags",
        }
    )
    if isinstance(card, McqCard) or card.kind in {"true_false", "numeric"}:
        prompt = card.prompt if card.prompt.count(BLANK) == 1 else None
        if prompt is None and card.evidence is not None:
            prompt = blank_answer(card.evidence.sentence, card.answer)
        if prompt is not None and card.kind != "true_false":
            return ClozeCard(**common, prompt=prompt)
        return RecallCard(**common, prompt=card.prompt) if card.kind != "mcq" else None
    if isinstance(card, ClozeCard):
        if len(options) < 3:
            return RecallCard(**common, prompt=card.prompt)
        return McqCard(**common, prompt=card.prompt, options=options)
    if len(options) >= 3:
        return McqCard(**common, prompt=card.prompt, options=options)
    return None


def kind_unchanged_reason(card: AnyCard) -> str:
    """Why `changed_kind` gave None, in the author's terms (issue #13: a recall card was
    said to have its answer outside its sentence when no wrong options were found)."""
    if isinstance(card, McqCard):
        return "the answer is not in its sentence, so it cannot be blanked"
    return "the article has fewer than three answers of the same kind to offer as wrong options"
