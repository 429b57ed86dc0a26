"""Question cards: five kinds in one discriminated union, each tied to its evidence sentence."""

import hashlib
import unicodedata
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

BLANK = "_____"
"""The gap a cloze prompt shows where the answer belongs."""


class CardKind(StrEnum):
    MCQ = "mcq"
    CLOZE = "cloze"
    TRUE_FALSE = "true_false"
    NUMERIC = "numeric"
    RECALL = "recall"


class FactType(StrEnum):
    PERSON = "person"
    ORG = "org"
    TITLE = "title"
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    DATE = "date"
    PLACE = "place"
    EVENT = "event"
    TERM = "term"
    DERIVED = "derived"


class Evidence(BaseModel):
    """The article sentence a card comes from, and where it sits in the article text."""

    model_config = ConfigDict(extra="forbid")

    sentence: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must be given together")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("end must not be before start")
        return self


def is_trusted(info: ValidationInfo) -> bool:
    """True when re-reading data we validated before (the deck cache): skip costly checks."""
    return isinstance(info.context, dict) and info.context.get("trusted") is True


def normalize_text(text: str) -> str:
    """Case-, accent- and spacing-insensitive form used for ids and comparisons."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


class CardBase(BaseModel):
    """Fields every card kind shares."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]{1,80}$")
    prompt: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    accepted: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None
    fact_type: FactType = FactType.TERM
    fact_key: str | None = None
    explanation: str = ""
    tags: list[str] = Field(default_factory=list)

    @field_validator("prompt", "answer")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    def siblings_key(self) -> str:
        """Cards sharing this key test one fact and are never studied on the same day."""
        return self.fact_key or self.id or ""


class McqCard(CardBase):
    kind: Literal["mcq"] = "mcq"
    options: list[str] = Field(min_length=2, max_length=6)

    @model_validator(mode="after")
    def _answer_is_one_option(self, info: ValidationInfo) -> Self:
        if is_trusted(info):
            return self
        normalized = [normalize_text(o) for o in self.options]
        if len(set(normalized)) != len(normalized):
            raise ValueError("options must be distinct")
        if normalize_text(self.answer) not in normalized:
            raise ValueError("answer must be one of the options")
        return self


class ClozeCard(CardBase):
    kind: Literal["cloze"] = "cloze"

    @model_validator(mode="after")
    def _has_one_blank(self) -> Self:
        if self.prompt.count(BLANK) != 1:
            raise ValueError(f"prompt must contain the blank {BLANK!r} exactly once")
        return self


class TrueFalseCard(CardBase):
    kind: Literal["true_false"] = "true_false"

    @field_validator("answer", mode="before")
    @classmethod
    def _bool_answer(cls, value: object) -> object:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
            return value.strip().lower()
        raise ValueError("answer must be true or false")

    @property
    def is_true(self) -> bool:
        return self.answer == "true"


class NumericCard(CardBase):
    kind: Literal["numeric"] = "numeric"
    value: float
    tolerance: float = Field(default=0.0, ge=0)
    unit: str = ""


class RecallCard(CardBase):
    kind: Literal["recall"] = "recall"


Card = Annotated[
    McqCard | ClozeCard | TrueFalseCard | NumericCard | RecallCard,
    Field(discriminator="kind"),
]


def card_id_for(deck_id: str, card: CardBase) -> str:
    """A stable id from the deck id and the card's normalized content.

    Rewording a card gives it a new id; regenerating an unchanged card keeps its id and so its
    progress.
    """
    kind = getattr(card, "kind", "")
    content = "\x1f".join([deck_id, kind, normalize_text(card.prompt), normalize_text(card.answer)])
    digest = hashlib.blake2b(content.encode("utf-8"), digest_size=6).hexdigest()
    return f"{deck_id}:{digest}"
