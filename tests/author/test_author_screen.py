"""The author screen driven with Pilot: review, edit, change kind, add, undo, save, quit."""

from pathlib import Path

from textual.widgets import Static

from newsquiz.models import BLANK, ClozeCard, McqCard, RecallCard
from newsquiz.store.deck_files import load_deck
from newsquiz.tui.screens.author_dialogs import CardEditor, ConfirmQuit
from newsquiz.tui.widgets.author_lists import ArticleView, CardList

from .conftest import AppFactory, seed_deck
from .helpers import author_screen, fill, select_card, select_sentence, settle


async def test_accept_and_reject_move_on_and_count(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", "x")
        draft = app.authoring.current
        assert draft.status[:3] == ("accepted", "rejected", "pending")
        assert author_screen(app).query_one(CardList).highlighted == 2
        status = str(author_screen(app).query_one("#author-status", Static).render())
        total = len(draft.cards)
        assert f"accepted 1 · rejected 1 · pending {total - 2}" in status
        assert "unsaved" in status


async def test_edit_keeps_the_id_and_accepts(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = app.authoring.current.cards[0]
        assert isinstance(before, McqCard)
        await pilot.press("e")
        assert isinstance(app.screen, CardEditor)
        await fill(
            pilot,
            prompt="Who left Xiaomi, as LatePost reported?",
            options="Gao Ziguang | Lei Jun | Lu Weibing | Wang Xiang",
            accepted="Gao",
            explanation="He ran the offline business.",
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        after = app.authoring.current.cards[0]
        assert isinstance(after, McqCard)
        assert after.id == before.id
        assert after.prompt == "Who left Xiaomi, as LatePost reported?"
        assert after.options == ["Gao Ziguang", "Lei Jun", "Lu Weibing", "Wang Xiang"]
        assert after.accepted == ["Gao"]
        assert after.explanation == "He ran the offline business."
        assert app.authoring.current.status[0] == "accepted"


async def test_edit_shows_a_validation_error(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await fill(pilot, options="Gao Ziguang")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        error = str(app.screen.query_one("#edit-error", Static).render())
        assert "options" in error
        await pilot.press("escape")
        await settle(pilot)
        assert app.authoring.current.cards[0] == seed_deck().cards[0]
        assert not app.authoring.dirty


async def test_change_kind_mcq_to_cloze_and_cloze_to_mcq(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await select_card(pilot, 1)  # "Which media outlet reported ...?" LatePost
        await pilot.press("k")
        card = app.authoring.current.cards[1]
        assert isinstance(card, ClozeCard)
        assert card.prompt.count(BLANK) == 1
        assert "LatePost" not in card.prompt
        assert card.evidence is not None
        assert card.prompt.replace(BLANK, "LatePost") == card.evidence.sentence
        await pilot.press("k")
        card = app.authoring.current.cards[1]
        assert isinstance(card, McqCard)
        assert card.answer == "LatePost" and "LatePost" in card.options
        assert len(card.options) == 4


async def test_regenerate_distractors(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await select_card(pilot, 1)
        before = app.authoring.current.cards[1]
        await pilot.press("o")
        after = app.authoring.current.cards[1]
        assert isinstance(before, McqCard) and isinstance(after, McqCard)
        assert after.answer in after.options
        assert set(after.options) != set(before.options)
        assert after.id == before.id


async def test_add_a_card_from_a_sentence(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = author_screen(app)
        sentence = screen.sentences[6]
        assert sentence.text.startswith("Shang worked in Jinshan Group")
        await select_sentence(pilot, 6)
        assert screen.query_one(ArticleView).current_sentence() == sentence
        count = len(app.authoring.current.cards)
        await pilot.press("n")
        assert isinstance(app.screen, CardEditor)
        await fill(pilot, answer="Jinshan Group")
        app.screen.query_one("#edit-kind").value = "cloze"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(app.authoring.current.cards) == count + 1
        card = app.authoring.current.cards[-1]
        assert isinstance(card, ClozeCard)
        assert card.prompt == sentence.text.replace("Jinshan Group", BLANK, 1)
        assert card.evidence is not None and card.evidence.start == sentence.start
        assert app.authoring.current.status[-1] == "accepted"
        assert screen.query_one(CardList).highlighted == count


async def test_add_a_recall_card(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await select_sentence(pilot, 4)
        await pilot.press("n")
        await fill(pilot, prompt="Who is Xiaomi's youngest Vice President?", answer="Gao Ziguang")
        await pilot.press("ctrl+s")
        await settle(pilot)
        card = app.authoring.current.cards[-1]
        assert isinstance(card, RecallCard)
        assert card.evidence is not None
        assert card.evidence.sentence == "He is the youngest Vice President of Xiaomi."


async def test_undo_steps_back_through_changes(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        start = app.authoring.current
        await pilot.press("a", "x", "k")
        assert app.authoring.dirty
        await pilot.press("u")
        assert app.authoring.current.status[:2] == ("accepted", "rejected")
        await pilot.press("u", "ctrl+z")
        assert app.authoring.current == start
        assert not app.authoring.dirty
        await pilot.press("u")  # nothing left: says so, changes nothing
        assert app.authoring.current == start


async def test_save_writes_a_valid_deck_and_remembers_rejections(
    build_app: AppFactory, target: Path
) -> None:
    app = build_app()
    deck = seed_deck()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", "x", "a")
        await pilot.press("s")
        await settle(pilot)
        assert not app.authoring.dirty
    saved = load_deck(target)
    assert saved.id == deck.id
    assert [card.id for card in saved.cards] == [deck.cards[0].id, deck.cards[2].id]
    assert saved.rejected == [deck.cards[1].id]
    assert saved.source is not None and saved.source.title == deck.title
    assert saved.linked_cards == deck.linked_cards

    again = build_app(existing=saved)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        ids = [card.id for card in again.authoring.current.cards]
        assert deck.cards[1].id not in ids
        assert ids[:2] == [deck.cards[0].id, deck.cards[2].id]
        assert again.authoring.current.status[:3] == ("accepted", "accepted", "pending")
        assert not again.authoring.dirty


async def test_quit_with_unsaved_changes_asks(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", "q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("n")
        await settle(pilot)
        author_screen(app)
        assert app.is_running
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("y")
        await settle(pilot)
    assert app.return_code == 0


async def test_quit_without_changes_leaves_at_once(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        exits: list[object] = []
        app.exit = lambda *args, **kwargs: exits.append(args)  # type: ignore[method-assign]
        await pilot.press("q")
        await settle(pilot)
        assert exits == [()]


async def test_keyboard_only_card_from_the_next_sentence(build_app: AppFactory) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        screen = author_screen(app)
        article = screen.query_one(ArticleView)
        assert article.has_focus
        current = article.current_sentence()
        assert current is not None and current.index == 0  # the first card's sentence
        await pilot.press("down", "n")
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        await pilot.press("ctrl+s")  # no answer yet: refused
        await settle(pilot)
        assert isinstance(app.screen, CardEditor)
        await pilot.press(*"LatePost")
        await pilot.press("ctrl+s")
        await settle(pilot)
        card = app.authoring.current.cards[-1]
        assert isinstance(card, RecallCard) and card.answer == "LatePost"
        assert card.evidence is not None
        assert card.evidence.sentence == screen.sentences[1].text


async def test_card_text_is_shown_literally(target: Path) -> None:
    from newsquiz.models import Article, Deck
    from newsquiz.tui.author_app import AuthorApp

    sentence = "Xiaomi [bold]opened[/bold] 7,600 stores."
    deck = Deck(
        id="markup",
        title="Markup",
        source=Article(title="Markup", text=sentence),
        cards=[
            RecallCard(
                prompt="How many stores? [@click=app.quit]x[/]",
                answer="7,600",
                explanation="[link=https://example.com]see[/link]",
            )
        ],
    )
    app = AuthorApp(deck, target)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        detail = str(author_screen(app).query_one("#author-detail", Static).render())
        assert "[@click=app.quit]x[/]" in detail
        assert "[link=https://example.com]see[/link]" in detail
        article = author_screen(app).query_one(ArticleView)
        assert str(article.get_option_at_index(0).prompt) == sentence
