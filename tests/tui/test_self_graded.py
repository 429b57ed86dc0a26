"""Long recall answers (definitions) are self-graded, as in Anki: show the answer, rate recall."""

from newsquiz.grading import is_self_graded
from newsquiz.models import Deck, RecallCard
from newsquiz.store.base import MemoryStore

from .conftest import AppFactory
from .helpers import screen_text, settle, study_screen

DEFINITION = "The total value of goods sold through a platform over a period, before returns."


def glossary_deck() -> Deck:
    return Deck(
        id="terms",
        title="Terms",
        cards=[
            RecallCard(id="terms:gmv", prompt="What does GMV mean?", answer=DEFINITION),
            RecallCard(
                id="terms:ipo", prompt="What does IPO stand for?", answer="initial public offering"
            ),
        ],
    )


def test_only_sentence_long_recall_answers_are_self_graded() -> None:
    deck = glossary_deck()
    assert is_self_graded(deck.cards[0], "recall")
    assert not is_self_graded(deck.cards[1], "recall")


async def test_enter_shows_the_answer_and_the_learners_rating_is_recorded(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app(decks=[glossary_deck()], start=["terms"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = study_screen(app)
        assert screen.card is not None and screen.card.card_id == "terms:gmv"
        await pilot.press("enter")  # nothing typed: just show the answer
        await settle(pilot)
        assert screen.phase == "feedback"
        shown = " ".join(screen_text(app).split())
        assert "Your call" in shown and "before returns" in shown
        assert store.reviews() == []  # nothing recorded until the learner rates
        await pilot.press("1")  # Again: did not recall it
        await settle(pilot)
        (review,) = store.reviews()
        assert review.card_id == "terms:gmv" and review.rating == 1 and not review.correct


async def test_enter_after_the_answer_means_good(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(decks=[glossary_deck()], start=["terms"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        (review,) = store.reviews()
        assert review.rating == 3 and review.correct
