"""Spaced-repetition progress: per-card FSRS state, reviews and user settings (all times UTC)."""

import math
import re
from datetime import UTC, date, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsquiz.models.deck import DECK_ID_PATTERN

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


class DeckLimits(BaseModel):
    """One deck's own daily limits, within the global ones (None: only the global limit)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    new_per_day: int | None = Field(default=None, ge=0, le=9999)
    reviews_per_day: int | None = Field(default=None, ge=0, le=99999)


class ExtraNew(BaseModel):
    """More new cards on one study day only (custom study), on top of every new-card limit."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    day: date
    count: int = Field(ge=1, le=9999)


class Settings(BaseModel):
    """User settings, saved with the progress. Every field is checked here, so a dump or a
    progress file cannot bring in a setting that fails later, in the middle of a session."""

    model_config = ConfigDict(extra="forbid")

    desired_retention: float = Field(default=0.9, ge=0.7, le=0.99, allow_inf_nan=False)
    new_per_day: int = Field(default=20, ge=0, le=9999)
    reviews_per_day: int = Field(default=200, ge=0, le=99999)
    learning_steps_min: list[float] = Field(default_factory=lambda: [1.0, 10.0], max_length=20)
    relearning_steps_min: list[float] = Field(default_factory=lambda: [10.0], max_length=20)
    day_rollover_hour: int = Field(default=4, ge=0, le=23)
    timezone: str | None = Field(default=None, description="IANA zone; None = the system's")
    recall_after_days: float = Field(
        default=21.0,
        ge=0,
        le=36500,
        allow_inf_nan=False,
        description="stability at which multiple choice turns into recall",
    )
    fsrs_parameters: list[float] | None = Field(default=None, min_length=21, max_length=21)
    theme: str = Field(default="textual-dark", max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")
    deck_limits: dict[str, DeckLimits] = Field(
        default_factory=dict, description="per-deck new and review limits, by deck id"
    )
    extra_new: ExtraNew | None = Field(
        default=None, description="extra new cards for one study day (custom study)"
    )

    @field_validator("deck_limits")
    @classmethod
    def _deck_ids(cls, limits: dict[str, DeckLimits]) -> dict[str, DeckLimits]:
        for deck_id in limits:
            if not re.match(DECK_ID_PATTERN, deck_id):
                raise ValueError(f"{deck_id!r} is not a deck id (lowercase letters, digits, -)")
        return {deck_id: lim for deck_id, lim in limits.items() if lim != DeckLimits()}

    @field_validator("learning_steps_min", "relearning_steps_min")
    @classmethod
    def _positive_steps(cls, steps: list[float]) -> list[float]:
        if not all(0 < step < 24 * 60 for step in steps):  # NaN fails too
            raise ValueError("steps must be between 0 and 1440 minutes (same-day)")
        return steps

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str | None) -> str | None:
        if not name:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValueError(f"unknown time zone {name!r} (an IANA name: Europe/Paris)") from None
        return name

    @field_validator("fsrs_parameters")
    @classmethod
    def _fsrs_bounds(cls, values: list[float] | None) -> list[float] | None:
        if values is None:
            return None
        if not all(math.isfinite(value) for value in values):
            raise ValueError("every FSRS parameter must be a finite number")
        # fsrs knows each parameter's bounds; imported here, as the scheduling layer is the
        # only one that imports fsrs (and it imports this module)
        from newsquiz.scheduling.fsrs_bridge import fsrs_parameters_problem

        problem = fsrs_parameters_problem(values)
        if problem is not None:
            raise ValueError(problem)
        return values


_DEFAULT_NAMES = {"timezone": "the system's time zone", "fsrs_parameters": "fsrs's defaults"}


def settings_from_stored(data: object) -> tuple[Settings, list[str]]:
    """Settings read back from disk, and what was wrong with them: each invalid setting is
    replaced by its default and named, so one bad value (a time zone an older version let in)
    neither locks the user out nor disappears unsaid. Raises ValueError when `data` is no
    mapping of settings at all."""
    try:
        return Settings.model_validate(data), []
    except ValidationError as exc:
        if not isinstance(data, dict):
            raise
        errors = [error for error in exc.errors() if error["loc"]]
    bad = {str(error["loc"][0]) for error in errors}
    settings = Settings.model_validate({k: v for k, v in data.items() if k not in bad})
    problems = []
    for error in errors:
        field = str(error["loc"][0])
        message = str(error["msg"]).removeprefix("Value error, ")
        if field in Settings.model_fields:
            shown = _DEFAULT_NAMES.get(field, repr(getattr(settings, field)))
            problems.append(
                f"settings: {field}: {message}; using {shown} (`newsquiz settings` changes it)"
            )
        else:
            problems.append(f"settings: {field}: {message}; ignored")
    return settings, problems
