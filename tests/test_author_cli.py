"""`newsquiz new` and `newsquiz add`: scriptable authoring, validated before anything is written."""

from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.store.deck_files import load_deck


def test_new_then_add_every_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "mine.yaml"
    assert main(["new", str(deck), "--title", "Retail week", "--tag", "retail"]) == 0
    assert (
        main(
            [
                "add",
                str(deck),
                "--kind",
                "mcq",
                "--prompt",
                "Who replaced Gao?",
                "--answer",
                "Shang Jin",
                "--option",
                "Lu Weibing",
                "--option",
                "Lei Jun",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "add",
                str(deck),
                "--kind",
                "cloze",
                "--prompt",
                "Gao joined in _____.",
                "--answer",
                "February 2014",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "add",
                str(deck),
                "--kind",
                "numeric",
                "--prompt",
                "How many Mi Homes?",
                "--answer",
                "7,600",
                "--value",
                "7600",
                "--unit",
                "stores",
            ]
        )
        == 0
    )
    assert (
        main(
            ["add", str(deck), "--kind", "true_false", "--prompt", "Gao left.", "--answer", "true"]
        )
        == 0
    )
    assert (
        main(
            [
                "add",
                str(deck),
                "--kind",
                "recall",
                "--prompt",
                "Founder of Xiaomi?",
                "--answer",
                "Lei Jun",
                "--accept",
                "Lei",
            ]
        )
        == 0
    )
    loaded = load_deck(deck)
    assert loaded.id == "retail-week" and loaded.tags == ["retail"]
    assert [c.kind for c in loaded.cards] == ["mcq", "cloze", "numeric", "true_false", "recall"]
    assert loaded.cards[0].options == ["Shang Jin", "Lu Weibing", "Lei Jun"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--kind", "cloze", "--prompt", "No gap", "--answer", "x"],
            "cards[0]: prompt must contain",
        ),
        (["--kind", "numeric", "--prompt", "N?", "--answer", "5"], "need --value"),
        (["--kind", "recall", "--prompt", "Q", "--answer", "a", "--option", "b"], "only for mcq"),
        (["--kind", "true_false", "--prompt", "S", "--answer", "maybe"], "true or false"),
    ],
    ids=["cloze-without-gap", "numeric-without-value", "option-on-recall", "bad-boolean"],
)
def test_invalid_cards_leave_the_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    deck = tmp_path / "mine.yaml"
    main(["new", str(deck), "--title", "T"])
    before = deck.read_bytes()
    assert main(["add", str(deck), *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and str(deck) in err
    assert deck.read_bytes() == before


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "mine.yaml"
    main(["new", str(deck), "--title", "T"])
    assert main(["new", str(deck), "--title", "Other"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["new", str(deck), "--title", "Other", "--force"]) == 0
    assert load_deck(deck).title == "Other"


def test_add_to_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.yaml"
    assert main(["add", str(missing), "--kind", "recall", "--prompt", "Q", "--answer", "A"]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_new_says_how_to_study_a_file_outside_the_decks_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "mine.yaml"
    assert main(["--data-dir", str(tmp_path / "data"), "new", str(deck), "--title", "Retail"]) == 0
    out = capsys.readouterr().out
    assert f"newsquiz study retail --decks {deck}" in out
    assert f"newsquiz add {deck}" in out


def test_new_in_the_decks_folder_says_it_is_loaded_already(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decks = tmp_path / "data" / "decks"
    decks.mkdir(parents=True)
    deck = decks / "mine.yaml"
    assert main(["--data-dir", str(tmp_path / "data"), "new", str(deck), "--title", "Retail"]) == 0
    out = capsys.readouterr().out
    assert f"in your decks folder ({decks})" in out and "`newsquiz study retail`" in out
    assert "--decks" not in out
