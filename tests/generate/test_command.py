"""`newsquiz generate`: files and folders, YAML and JSON output, per-file errors, --jobs."""

import argparse
import json
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.commands import generate as command
from newsquiz.errors import NewsquizError
from newsquiz.store.deck_files import load_deck

from .helpers import SEED

STORY = (
    "Acme Corp said its revenue rose to $4.5bn from $4.0bn.\n\n"
    "Chief executive Jane Doerr said Acme Corp would open 300 new stores. "
    "Doerr joined Acme Corp in March 2011.\n"
)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    return parser.parse_args(["generate", *argv])


def test_one_file_to_a_yaml_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.yaml"
    args = parse(str(SEED), "-o", str(out), "--deck-id", "xiaomi-seed")
    assert args.func(args) == 0
    deck = load_deck(out)
    assert deck.id == "xiaomi-seed" and len(deck.cards) >= 18
    assert f"-> {out}" in capsys.readouterr().out


def test_json_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "acme.txt"
    story.write_text("Acme beats forecasts\n\n" + STORY)
    args = parse(str(story), "--json")
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "acme-beats-forecasts" and data["title"] == "Acme beats forecasts"
    card = data["cards"][0]
    assert {"id", "kind", "prompt", "answer", "evidence", "fact_type"} <= set(card)
    assert isinstance(card["evidence"], str) and card["evidence"] in STORY


def test_folder_with_bad_files_continues_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme beats forecasts\n\n" + STORY)
    (folder / "b.md").write_text("# Acme opens stores\n\n" + STORY)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "notes.csv").write_text("ignored")
    out = tmp_path / "decks"
    args = parse(str(folder), "-o", str(out), "--jobs", "2")
    assert args.func(args) == 1
    err = capsys.readouterr().err
    assert "empty.txt: file is empty" in err and "binary.txt: file looks binary" in err
    assert sorted(p.name for p in out.iterdir()) == [
        "acme-beats-forecasts.yaml",
        "acme-opens-stores.yaml",
    ]


def test_regenerating_keeps_ids_and_rejections(tmp_path: Path) -> None:
    out = tmp_path / "seed.yaml"
    args = parse(str(SEED), "-o", str(out))
    assert args.func(args) == 0
    first = load_deck(out)
    rejected = first.cards[0].id
    assert rejected is not None
    out.write_text(out.read_text() + f"rejected:\n- {rejected}\n")
    args = parse(str(SEED), "-o", str(out), "--force")
    assert args.func(args) == 0
    second = load_deck(out)
    assert second.rejected == [rejected]
    assert second.card_ids() == [i for i in first.card_ids() if i != rejected]


def test_deck_id_needs_a_single_article(tmp_path: Path) -> None:
    args = parse(str(SEED), str(SEED), "--deck-id", "x")
    with pytest.raises(NewsquizError, match="--deck-id"):
        command.run(args)


@pytest.mark.parametrize("deck_id", ["../../x", "-x", "X", "a" * 81, "a/b", "a\x1b[2J"])
def test_a_bad_deck_id_is_one_line(
    deck_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path), "generate", str(SEED), f"--deck-id={deck_id}"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsquiz: --deck-id: ") and "is not a deck id" in err
    assert err.count("\n") == 1 and "\x1b" not in err.replace("\\x1b", "")
    assert not (tmp_path / "decks").exists()


def test_no_article_files(tmp_path: Path) -> None:
    with pytest.raises(NewsquizError, match="no article files"):
        command.run(parse(str(tmp_path)))


def test_same_headline_twice_gives_two_decks(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Acme beats forecasts\n\n" + STORY)
    out = tmp_path / "decks"
    args = parse(str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "-o", str(out))
    assert args.func(args) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["acme-beats-forecasts-2.yaml", "acme-beats-forecasts.yaml"]


def test_an_existing_deck_file_is_never_replaced_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "curated.yaml"
    out.write_text("id: curated\ntitle: Curated\ncards: []\n")
    argv = ["--data-dir", str(tmp_path / "data"), "generate", str(SEED), "-o", str(out)]
    assert main(argv) == 1
    assert out.read_text() == "id: curated\ntitle: Curated\ncards: []\n"
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsquiz: {out}: a deck file is already there; --force replaces it"]
    assert main([*argv, "--force"]) == 0
    assert load_deck(out).cards


def test_output_and_data_dir_mistakes_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("")
    assert main(["--data-dir", str(a_file), "decks"]) == 1
    second = tmp_path / "second.txt"
    second.write_text(SEED.read_text())
    argv = ["--data-dir", str(tmp_path / "data"), "generate", str(SEED), str(second)]
    assert main([*argv, "-o", str(tmp_path / "x.yaml")]) == 1
    assert main([*argv, "-o", str(a_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"newsquiz: {a_file}: not a folder (the data directory must be one)",
        f"newsquiz: {tmp_path / 'x.yaml'}: one deck file for 2 articles; -o a folder",
        f"newsquiz: {a_file}: not a folder, and not a .yaml deck file",
    ]
    assert not (tmp_path / "x.yaml").exists()
