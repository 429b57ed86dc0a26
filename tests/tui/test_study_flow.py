"""Pilot tests of a study session: every card kind, ratings, undo, bury, suspend, limits."""

from collections import Counter
from datetime import timedelta

from newsquiz.errors import StoreWriteError
from newsquiz.models import CardProgress, Deck, Review, Settings
from newsquiz.scheduling import Rating
from newsquiz.store.base import MemoryStore
from newsquiz.tui.app import make_app
from newsquiz.tui.screens.study import StudyScreen
from newsquiz.tui.screens.summary import SummaryScreen

from .conftest import NOW, AppFactory, FrozenClock, Stopwatch, mixed_deck
from .helpers import RIGHT_ANSWERS, answer, screen_text, settle, study_screen


async def test_full_mixed_session(
    build_app: AppFactory, store: MemoryStore, stopwatch: Stopwatch, clock: FrozenClock
) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        plan = [
            ("mixed:mcq", "2", False),  # Lu Weibing: a wrong option
            ("mixed:tf", "t", True),
            ("mixed:cloze", "gao ziguan", True),  # one letter short: a forgiven typo
            ("mixed:numeric", "10bn yuan", True),  # 10 billion yuan, as the card's unit says
            ("mixed:recall", "Jinshan Grp Co", False),  # a near miss
        ]
        for card_id, given, correct in plan:
            screen = study_screen(app)
            assert screen.card is not None and screen.card.card_id == card_id
            stopwatch.seconds += 6
            await answer(pilot, given)
            assert screen.phase == "feedback"
            assert screen.grade is not None and screen.grade.correct is correct, screen.grade
            assert screen.suggested == (Rating.GOOD if correct else Rating.AGAIN)
            await pilot.press("enter")
            await pilot.pause()
        near_miss = [r for r in store.reviews() if r.card_id == "mixed:recall"][0]
        assert not near_miss.correct
        reviews = store.reviews()
        assert [r.kind for r in reviews] == ["mcq", "true_false", "cloze", "numeric", "recall"]
        assert [r.correct for r in reviews] == [c for _, _, c in plan]
        assert [r.answer for r in reviews] == ["Lu Weibing", "true"] + [g for _, g, _ in plan[2:]]
        # Every card comes back through the learning steps (1 and 10 minutes) until it
        # graduates; the two misses start again at the first step, so they come back twice.
        shown_again = []
        while not isinstance(app.screen, SummaryScreen):
            screen = study_screen(app)
            assert screen.card is not None
            shown_again.append(screen.card.card_id)
            clock.advance(minutes=1)
            stopwatch.seconds += 6  # neither fast (Easy) nor slow (Hard): Good
            await answer(pilot, RIGHT_ANSWERS[screen.card.card_id], paste=True)
            assert screen.grade is not None and screen.grade.correct
            await pilot.press("space")
            await pilot.pause()
            assert len(shown_again) < 12
        assert Counter(shown_again) == {
            "mixed:mcq": 2,
            "mixed:recall": 2,
            "mixed:tf": 1,
            "mixed:cloze": 1,
            "mixed:numeric": 1,
        }
        assert all(p.state == "review" for p in store.all_progress().values())
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert summary.session.summary.misses == ["mixed:mcq", "mixed:recall"]
        assert summary.session.summary.answered == len(store.reviews()) == 5 + len(shown_again)
        text = screen_text(app)
        assert "Session complete" in text and "To look at again (2)" in text
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_feedback_shows_answer_evidence_and_literal_markup(build_app: AppFactory) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Xiaomi [bold]mixed[/bold] deck" in text
        assert "[@click=app.quit]click[/]" in text
        await pilot.click("#prompt")
        assert app.is_running
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        assert "Not right" in text
        assert "Answer       Lei Jun" in text
        assert "founder Lei Jun" in text  # the evidence sentence, answer emphasized
        assert "[link=https://example.com]recognized[/link]" in text
        screen = study_screen(app)
        rows = {row.index: row.classes for row in screen.query("OptionRow")}
        assert "right" in rows[0] and "wrong" in rows[1]


async def test_rating_override_rerecords_the_answer(
    build_app: AppFactory, store: MemoryStore, stopwatch: Stopwatch
) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        stopwatch.seconds += 8
        await answer(pilot, "1")
        assert store.reviews()[-1].rating == Rating.GOOD
        await pilot.press("4")  # Easy instead of the suggested Good
        await pilot.pause()
        reviews = store.reviews()
        assert len(reviews) == 1 and reviews[0].rating == Rating.EASY
        assert store.progress("mixed:mcq") is not None
        assert store.progress("mixed:mcq").state == "review"  # type: ignore[union-attr]
        assert study_screen(app).card.card_id == "mixed:tf"  # type: ignore[union-attr]
        await answer(pilot, "t")
        await pilot.press("1")  # right, but rated Again: back to learning
        await pilot.pause()
        assert [r.rating for r in store.reviews()] == [Rating.EASY, Rating.AGAIN]
        assert store.progress("mixed:tf").state == "learning"  # type: ignore[union-attr]
        assert study_screen(app).session.summary.answered == 2


async def test_undo_restores_state_exactly(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await answer(pilot, "2")
        assert store.progress("mixed:mcq") is not None
        await pilot.press("u")  # in the feedback
        await pilot.pause()
        assert store.reviews() == [] and store.progress("mixed:mcq") is None
        assert screen.phase == "question" and screen.card.card_id == "mixed:mcq"  # type: ignore[union-attr]
        await answer(pilot, "1")
        before = store.progress("mixed:mcq")
        await pilot.press("enter")
        await answer(pilot, "t")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.card.card_id == "mixed:cloze"  # type: ignore[union-attr]
        await pilot.press("escape")  # ends; undo is tested from the question below instead
        await pilot.pause()
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        assert screen.card.card_id == "mixed:cloze"  # type: ignore[union-attr]
        assert screen.check_action("undo", ()) is False  # nothing answered in this session
    store_reviews = store.reviews()
    assert [r.card_id for r in store_reviews] == ["mixed:mcq", "mixed:tf"]
    assert store.progress("mixed:mcq") == before


async def test_undo_from_the_next_question(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await answer(pilot, "1")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.card.card_id == "mixed:tf"  # type: ignore[union-attr]
        await pilot.press("u")
        await pilot.pause()
        assert screen.card.card_id == "mixed:mcq"  # type: ignore[union-attr]
        assert store.reviews() == [] and screen.session.summary.answered == 0


async def test_bury_and_suspend(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await pilot.press("minus")  # bury (b picks option b on a multiple-choice card)
        await pilot.pause()
        buried = store.progress("mixed:mcq")
        assert buried is not None and buried.buried_until == app.day_bounds()[1]
        assert screen.card.card_id == "mixed:tf"  # type: ignore[union-attr]
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert store.progress("mixed:tf").suspended  # type: ignore[union-attr]
        assert screen.card.card_id == "mixed:cloze"  # type: ignore[union-attr]
        assert store.reviews() == []
        await pilot.press("escape")
        await pilot.pause()
    # Neither comes back in a new session today.
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert study_screen(app).session.counts() == (3, 0, 0)


async def test_b_chooses_option_b_and_buries_after_answering(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await pilot.press("b")
        await pilot.pause()
        assert screen.phase == "feedback" and screen.given == "Lu Weibing"
        await pilot.press("b")  # now it buries the missed card instead of re-showing it today
        await pilot.pause()
        progress = store.progress("mixed:mcq")
        assert progress is not None and progress.buried_until is not None
        assert "mixed:mcq" not in screen.session.queue.learning


async def test_daily_new_limit(build_app: AppFactory, store: MemoryStore) -> None:
    store.save_settings(Settings(new_per_day=2))
    app = build_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert "2 to go" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        for given in ("1", "t"):
            await answer(pilot, given)
            await pilot.press("4")  # Easy: graduated, not back through the learning steps
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert len(store.reviews()) == 2
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert "2 answered, 100% right · 0 to go" in text
        shown = " ".join(text.split())
        assert "Nothing due now" in shown
        assert "Daily limit of 2 new cards reached — raise it in settings (o)." in shown
        await pilot.press("enter")  # the deck still has 3 new cards: the summary says why not
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "Nothing to study right now." in shown
        assert "Daily limit of 2 new cards reached" in shown


async def test_mature_multiple_choice_is_asked_as_recall(
    build_app: AppFactory, store: MemoryStore
) -> None:
    store.set_progress(
        CardProgress(
            card_id="mixed:mcq",
            deck_id="mixed",
            fact_key="founder",
            state="review",
            step=None,
            stability=40.0,
            difficulty=5.0,
            due=NOW - timedelta(days=1),
            last_review=NOW - timedelta(days=41),
            reps=6,
        )
    )
    deck = mixed_deck()
    deck.cards = deck.cards[:1]
    app = build_app(decks=[deck], start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        assert screen.card is not None and screen.card.asked_as == "recall"
        assert "type the answer" in screen_text(app)
        assert not screen.query_one("#options").display
        await answer(pilot, "lei jun")
        assert screen.grade is not None and screen.grade.correct
        review = store.reviews()[-1]
        assert review.kind == "recall" and review.correct


async def test_young_multiple_choice_stays_multiple_choice(
    build_app: AppFactory, store: MemoryStore
) -> None:
    store.set_progress(
        CardProgress(
            card_id="mixed:mcq",
            deck_id="mixed",
            state="review",
            step=None,
            stability=3.0,
            difficulty=5.0,
            due=NOW - timedelta(hours=1),
            last_review=NOW - timedelta(days=3),
            reps=2,
        )
    )
    deck = mixed_deck()
    deck.cards = deck.cards[:1]
    app = build_app(decks=[deck], start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert study_screen(app).card.asked_as == "mcq"  # type: ignore[union-attr]


async def test_tiny_terminal_still_works(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await answer(pilot, "1")
        await pilot.press("enter")
        await answer(pilot, "f")
        await pilot.press("enter")
        await answer(pilot, "Gao Ziguang")
        await pilot.pause()
        assert [r.correct for r in store.reviews()] == [True, False, True]
        assert study_screen(app).phase == "feedback"


async def test_80x24_feedback_fits(build_app: AppFactory) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await answer(pilot, "2")
        text = screen_text(app)
        assert "Not right" in text and "1 Again" in text and "Enter/Space: Again" in text
        assert "Undo" in text  # the footer


async def test_deck_to_study_in_empty_store(build_app: AppFactory) -> None:
    app = build_app(decks=[Deck(id="empty", title="Empty deck")], start=["empty"])
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "Nothing to study right now" in screen_text(app)


async def test_options_can_be_clicked(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = study_screen(app)
        rows = list(screen.query("OptionRow"))
        await pilot.click(rows[2])
        await pilot.pause()
        assert screen.phase == "feedback" and screen.given == "Shang Jin"
        assert store.reviews()[0].answer == "Shang Jin"
        await pilot.press("enter")
        await pilot.click(list(screen.query("OptionRow"))[0])  # True
        await pilot.pause()
        assert store.reviews()[-1].answer == "true" and store.reviews()[-1].correct


class FullDiskStore(MemoryStore):
    """A store that cannot write reviews (disk full)."""

    def record_review(self, review: Review) -> Review:
        raise StoreWriteError("progress could not be written: No space left on device")


async def test_an_answer_the_store_refuses_is_reported_not_lost(
    clock: FrozenClock, stopwatch: Stopwatch
) -> None:
    store = FullDiskStore()
    app = make_app(store, [mixed_deck()], clock=clock, ticker=stopwatch, start_decks=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await pilot.press("1")
        await pilot.pause()
        assert screen.phase == "question" and screen.card.card_id == "mixed:mcq"  # type: ignore[union-attr]
        assert screen.session.summary.answered == 0
        assert any("Not saved" in str(n.message) for n in app._notifications)
        assert app.is_running


async def test_undo_unsuspends_and_unburies(build_app: AppFactory, store: MemoryStore) -> None:
    """Issue #13 bug 3: `u` after `!` brings the suspended card back (not the previous answer)."""
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await answer(pilot, "1")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.card is not None and screen.card.card_id == "mixed:tf"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert store.progress("mixed:tf").suspended  # type: ignore[union-attr]
        assert screen.card.card_id == "mixed:cloze"  # typed: `u` would be typed, ctrl+z undoes
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not store.progress("mixed:tf").suspended  # type: ignore[union-attr]
        assert screen.card.card_id == "mixed:tf"
        assert [r.card_id for r in store.reviews()] == ["mixed:mcq"]  # the answer stays
        await pilot.press("minus")
        await pilot.pause()
        assert store.progress("mixed:tf").buried_until is not None  # type: ignore[union-attr]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store.progress("mixed:tf").buried_until is None  # type: ignore[union-attr]
        assert screen.card.card_id == "mixed:tf"
        await pilot.press("u")  # a true/false question again: `u` undoes the answer before
        await pilot.pause()
        assert store.reviews() == [] and screen.card.card_id == "mixed:mcq"


async def test_enter_on_an_empty_answer_shows_it_and_rates_again(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("1", "enter", "t", "enter")  # on to the cloze card
        await pilot.pause()
        screen = study_screen(app)
        assert screen.card is not None and screen.card.card_id == "mixed:cloze"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.phase == "feedback" and screen.suggested == Rating.AGAIN
        assert "Gao Ziguang" in screen_text(app)
        last = store.reviews()[-1]
        assert last.card_id == "mixed:cloze" and last.rating == Rating.AGAIN and not last.correct


async def test_easy_is_suggested_only_for_a_fast_exact_typed_answer(
    build_app: AppFactory, store: MemoryStore
) -> None:
    """Issue #13: the stopwatch stands still, so every answer here is fast."""
    app = build_app(start=["mixed"])
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = study_screen(app)
        expected = [
            ("1", Rating.GOOD),  # multiple choice: maybe a guess
            ("t", Rating.GOOD),  # true/false: maybe a guess
            ("gao ziguan", Rating.GOOD),  # typed, but accepted with a typo
            ("10", Rating.EASY),  # typed, exact
        ]
        for given, rating in expected:
            await answer(pilot, given, paste=True)
            assert screen.grade is not None and screen.grade.correct
            assert screen.suggested == rating, given
            await pilot.press("enter")
            await pilot.pause()


async def test_rating_keys_show_the_intervals_fsrs_gives(
    build_app: AppFactory, store: MemoryStore, clock: FrozenClock
) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = study_screen(app)
        await answer(pilot, "1")
        text = screen_text(app)
        assert "1 Again 1m" in text and "2 Hard 6m" in text and "3 Good 10m" in text
        card = screen.card
        assert card is not None
        easy = screen.session.intervals(card)[Rating.EASY]
        await pilot.press("4")
        await pilot.pause()
        due = store.progress("mixed:mcq").due  # type: ignore[union-attr]
        assert due - clock() == easy and easy >= timedelta(days=1)
        assert f"4 Easy {easy.days}d" in text


async def test_summary_does_not_call_the_day_done_while_another_deck_has_cards_due(
    build_app: AppFactory, store: MemoryStore
) -> None:
    """Issue #13 bug 2: another deck's learning card is still due today."""
    other = Deck(
        id="other",
        title="Other deck",
        cards=[card.model_copy(update={"id": f"other:{card.kind}"}) for card in mixed_deck().cards],
    )
    app = build_app(decks=[mixed_deck(), other], start=["other"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await answer(pilot, "2")  # wrong: a learning card of `other`, due in a minute
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # home
        await settle(pilot)
    app = build_app(decks=[mixed_deck(), other], start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        while isinstance(app.screen, StudyScreen):
            screen = study_screen(app)
            assert screen.card is not None
            await answer(pilot, RIGHT_ANSWERS[screen.card.card_id], paste=True)
            await pilot.press("4")  # Easy: done for today
            await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "everything due today is done" not in text
        assert "Session complete: these decks are done for today." in text
        assert "5 cards are still due today in other decks." in text
