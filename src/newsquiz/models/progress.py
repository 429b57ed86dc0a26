"""Spaced-repetition progress: per-card FSRS state, reviews and user settings (all times UTC)."""

from datetime import UTC, datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

CardState = Literal["learning", "review", "relearning"]


def _as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


class CardProgress(BaseModel):
    """The scheduler's view of one studied card; a card with no progress is new."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    card_id: str
    deck_id: str
    fact_key: str = ""
    state: CardState = "learning"
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: AwareDatetime
    last_review: AwareDatetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: AwareDatetime | None = None

    _utc = field_validator("due", "last_review", "buried_until")(
        lambda v: None if v is None else _as_utc(v)
    )


class Review(BaseModel):
    """One answer as it was given; `before` and `after` make undo and replay exact."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seq: int = 0
    card_id: str
    deck_id: str
    rating: int = Field(ge=1, le=4)
    time: AwareDatetime
    duration_ms: int = Field(ge=0)
    answer: str = ""
    correct: bool
    kind: str
    before: CardProgress | None = None
    after: CardProgress
    undone: bool = False

    _utc = field_validator("time")(_as_utc)


class Settings(BaseModel):
    """User settings, saved with the progress."""

    model_config = ConfigDict(extra="forbid")

    desired_retention: float = Field(default=0.9, ge=0.7, le=0.99)
    new_per_day: int = Field(default=20, ge=0, le=9999)
    reviews_per_day: int = Field(default=200, ge=0, le=99999)
    learning_steps_min: list[float] = Field(default_factory=lambda: [1.0, 10.0])
    relearning_steps_min: list[float] = Field(default_factory=lambda: [10.0])
    day_rollover_hour: int = Field(default=4, ge=0, le=23)
    timezone: str | None = Field(default=None, description="IANA zone; None = the system's")
    recall_after_days: float = Field(
        default=21.0, ge=0, description="stability at which multiple choice turns into recall"
    )
    fsrs_parameters: list[float] | None = Field(default=None, min_length=21, max_length=21)
    theme: str = "textual-dark"

    @field_validator("learning_steps_min", "relearning_steps_min")
    @classmethod
    def _positive_steps(cls, steps: list[float]) -> list[float]:
        if any(step <= 0 or step >= 24 * 60 for step in steps):
            raise ValueError("steps must be between 0 and 1440 minutes (same-day)")
        return steps
