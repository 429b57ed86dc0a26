"""`newsquiz generate URL`: the same deck as the article's clean text; every failure is one
line on stderr, exit 1, and no file written."""

from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.store.deck_files import load_deck

from . import pages
from .conftest import WebServer


def test_a_url_makes_the_same_deck_as_the_clean_text(
    web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(
        f"---\ndate: {pages.PUBLISHED}\n---\n{pages.HEADLINE}\n\n" + "\n\n".join(pages.PARAGRAPHS)
    )
    assert main(["--data-dir", str(tmp_path / "a"), "generate", str(clean)]) == 0
    url = web.url("/story.html")
    assert main(["--data-dir", str(tmp_path / "b"), "generate", url]) == 0
    assert f"{url}: " in capsys.readouterr().out
    (from_text,) = (tmp_path / "a" / "decks").iterdir()
    (from_url,) = (tmp_path / "b" / "decks").iterdir()
    assert from_text.name == from_url.name == "larchmont-foods-to-buy-pemberton-dairy-for-420m.yaml"
    text_deck, url_deck = load_deck(from_text), load_deck(from_url)
    assert len(url_deck.cards) >= 5
    assert url_deck.cards == text_deck.cards
    assert url_deck.linked_cards == text_deck.linked_cards
    source = url_deck.source
    assert source is not None and source.url == url and source.outlet == "The Ledger Gazette"
    assert source.author == "Rhys Calloway" and str(source.published) == pages.PUBLISHED


def test_a_redirected_url_is_read_at_its_destination(web: WebServer, tmp_path: Path) -> None:
    out = tmp_path / "deck.yaml"
    assert main(["generate", web.url("/moved"), "-o", str(out)]) == 0
    source = load_deck(out).source
    assert source is not None and source.url == web.url("/story.html")


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing.html", "the server answered 404 Not Found"),
        ("/slow.html", "no answer within 0.3 s"),
        ("/huge.html", "larger than 2 MB; stopped reading"),
        ("/data.json", "not a web page (application/json)"),
        ("/paywall.html", "words of the article are shown to readers without a subscription"),
    ],
    ids=["404", "timeout", "5-MB-body", "not-html", "paywall"],
)
def test_a_failure_is_one_line_and_writes_nothing(
    web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, problem: str
) -> None:
    data = tmp_path / "data"
    url = web.url(path)
    argv = ["--data-dir", str(data), "generate", url, "--timeout", "0.3"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"newsquiz: {url}: ") and problem in captured.err
    assert captured.err.count("\n") == 1
    assert not (data / "decks").exists() or not any((data / "decks").iterdir())


def test_files_and_urls_mix_and_a_bad_url_does_not_stop_the_others(
    web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "decks"
    argv = ["generate", web.url("/missing.html"), web.url("/story.html"), "-o", str(out)]
    assert main(argv) == 1
    assert "404" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == [
        "larchmont-foods-to-buy-pemberton-dairy-for-420m.yaml"
    ]


def test_the_timeout_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "http://127.0.0.1:9/x", "--timeout", "0"]) == 1
    assert capsys.readouterr().err == "newsquiz: --timeout: must be more than 0 seconds\n"
