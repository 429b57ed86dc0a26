"""Suspend, unsuspend, bury, unbury, forget: pure functions from one progress to the next."""

from datetime import UTC, datetime, timedelta

import pytest

from newsquiz.card_actions import (
    CardAction,
    CardTarget,
    apply_action,
    bury,
    forget,
    suspend,
    unbury,
    unsuspend,
)
from newsquiz.models import CardProgress

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DAY_END = datetime(2026, 11, 26, 4, 0, tzinfo=UTC)
TARGET = CardTarget("deck:abc", "deck", "fact-1")
STUDIED = CardProgress(
    card_id="deck:abc",
    deck_id="deck",
    fact_key="fact-1",
    state="review",
    step=None,
    stability=12.5,
    difficulty=5.1,
    due=NOW + timedelta(days=9),
    last_review=NOW - timedelta(days=3),
    reps=6,
    lapses=2,
)


def test_suspend_a_new_card_starts_its_progress() -> None:
    made = suspend(None, TARGET, NOW)
    assert made is not None and made.suspended and made.reps == 0
    assert (made.card_id, made.deck_id, made.fact_key, made.due) == (
        "deck:abc",
        "deck",
        "fact-1",
        NOW,
    )


def test_suspend_and_unsuspend_keep_the_schedule() -> None:
    suspended = suspend(STUDIED, TARGET, NOW)
    assert suspended == STUDIED.model_copy(update={"suspended": True})
    assert suspend(suspended, TARGET, NOW) is None
    assert unsuspend(suspended) == STUDIED
    assert unsuspend(STUDIED) is None and unsuspend(None) is None


def test_bury_until_the_next_day_and_unbury() -> None:
    buried = bury(STUDIED, TARGET, NOW, DAY_END)
    assert buried == STUDIED.model_copy(update={"buried_until": DAY_END})
    assert bury(buried, TARGET, NOW, DAY_END) is None
    assert unbury(buried, NOW) == STUDIED
    assert unbury(STUDIED, NOW) is None
    assert unbury(buried, DAY_END) is None  # the burial is over by itself
    new_buried = bury(None, TARGET, NOW, DAY_END)
    assert new_buried is not None and new_buried.reps == 0 and new_buried.buried_until == DAY_END


def test_forget_resets_the_schedule_and_keeps_suspension() -> None:
    forgotten = forget(STUDIED.model_copy(update={"suspended": True, "buried_until": DAY_END}), NOW)
    assert forgotten == CardProgress(
        card_id="deck:abc", deck_id="deck", fact_key="fact-1", due=NOW, suspended=True
    )
    assert forgotten.reps == forgotten.lapses == 0 and forgotten.stability is None
    assert forget(forgotten.model_copy(update={"suspended": False}), NOW) is None
    assert forget(None, NOW) is None


@pytest.mark.parametrize("action", list(CardAction))
def test_apply_action_dispatches(action: CardAction) -> None:
    expected = {
        CardAction.SUSPEND: suspend(STUDIED, TARGET, NOW),
        CardAction.UNSUSPEND: None,
        CardAction.BURY: bury(STUDIED, TARGET, NOW, DAY_END),
        CardAction.UNBURY: None,
        CardAction.FORGET: forget(STUDIED, NOW),
    }[action]
    assert apply_action(action, STUDIED, TARGET, now=NOW, day_end=DAY_END) == expected


def test_actions_never_change_their_input() -> None:
    before = STUDIED.model_dump()
    for action in CardAction:
        apply_action(action, STUDIED, TARGET, now=NOW, day_end=DAY_END)
    assert STUDIED.model_dump() == before
