"""`newsquiz author`: arguments, the target file, an existing deck loaded first, errors."""

from pathlib import Path
from typing import Any

import pytest

from newsquiz.cli import main
from newsquiz.store.deck_files import write_deck
from newsquiz.tui.author_app import AuthorApp

from .conftest import SEED_ARTICLE, seed_deck


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[AuthorApp]:
    """The apps the command would run (not started: no terminal in tests)."""
    apps: list[AuthorApp] = []

    def fake_run(self: AuthorApp, *args: Any, **kwargs: Any) -> None:
        apps.append(self)

    monkeypatch.setattr(AuthorApp, "run", fake_run)
    return apps


def test_default_target_is_the_decks_folder(tmp_path: Path, opened: list[AuthorApp]) -> None:
    assert main(["--data-dir", str(tmp_path), "author", str(SEED_ARTICLE)]) == 0
    (app,) = opened
    assert app.target == tmp_path / "decks" / f"{seed_deck().id}.yaml"
    assert app.authoring.current.status == ("pending",) * len(seed_deck().cards)


def test_existing_deck_is_loaded_first(tmp_path: Path, opened: list[AuthorApp]) -> None:
    deck = seed_deck()
    kept, rejected = deck.cards[0], deck.cards[1]
    path = tmp_path / "mine.yaml"
    write_deck(deck.model_copy(update={"cards": [kept], "rejected": [rejected.id]}), path)
    assert main(["author", str(SEED_ARTICLE), "--deck", str(path)]) == 0
    (app,) = opened
    ids = [card.id for card in app.authoring.current.cards]
    assert ids[0] == kept.id and ids.count(kept.id) == 1
    assert rejected.id not in ids
    assert app.authoring.deck().rejected == [rejected.id]


def test_regenerating_keeps_rejected_cards_out(tmp_path: Path) -> None:
    deck = seed_deck()
    path = tmp_path / "mine.yaml"
    write_deck(deck.model_copy(update={"cards": [], "rejected": [deck.cards[1].id]}), path)
    assert main(["generate", str(SEED_ARTICLE), "-o", str(path)]) == 1  # a curated deck stays
    assert main(["generate", str(SEED_ARTICLE), "-o", str(path), "--force"]) == 0
    from newsquiz.store.deck_files import load_deck

    regenerated = load_deck(path)
    assert deck.cards[1].id not in regenerated.card_ids()
    assert regenerated.rejected == [deck.cards[1].id]


def test_user_mistakes_are_one_line(
    tmp_path: Path, opened: list[AuthorApp], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["author", str(tmp_path / "missing.txt")]) == 1
    assert main(["author", str(SEED_ARTICLE), "--deck", str(tmp_path / "deck.txt")]) == 1
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [\n", encoding="utf-8")
    assert main(["author", str(SEED_ARTICLE), "--deck", str(broken)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("newsquiz: ") for line in lines)
    assert not opened
