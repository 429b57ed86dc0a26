"""Reading articles: typography, headlines, Markdown and HTML, and unusable files."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.errors import ArticleError
from newsquiz.generate.reader import (
    MAX_BYTES,
    normalize_typography,
    parse_article_text,
    read_article,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Xiaomi\u2018s shares", "Xiaomi's shares"),
        ("\u201cquoted\u201d", '"quoted"'),
        ("profit\u00a0rose", "profit rose"),
        ("2004\u20132005", "2004-2005"),
        ("growth \u2014 slow", "growth - slow"),
        ("manu-\nfacturing", "manufacturing"),
    ],
    ids=["curly-apostrophe", "curly-quotes", "nbsp", "en-dash-range", "em-dash", "hyphen-break"],
)
def test_typography_is_normalized(raw: str, clean: str) -> None:
    assert normalize_typography(raw) == clean


def test_plain_text_headline_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Acme buys Widgets\n\nAcme Corp said it\nwould buy Widgets Ltd.\n\nMore.\n")
    article = read_article(path)
    assert article.title == "Acme buys Widgets"
    assert article.text == "Acme Corp said it would buy Widgets Ltd.\n\nMore."
    assert article.source_path == str(path)


def test_plain_text_without_headline_uses_file_name(tmp_path: Path) -> None:
    path = tmp_path / "acme-results.txt"
    path.write_text("Acme Corp said profits rose 5% to $2m in the year.")
    assert read_article(path).title == "acme results"


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ndate: 2020-08-14\noutlet: Pandaily\n---\n# Acme buys Widgets\n\n"
        "**Acme Corp** said it would buy [Widgets Ltd](http://x.y) for $5m.\n"
    )
    article = read_article(path)
    assert article.title == "Acme buys Widgets"
    assert article.published is not None and article.published.year == 2020
    assert article.outlet == "Pandaily"
    assert article.text == "Acme Corp said it would buy Widgets Ltd for $5m."


def test_html_title_paragraphs_and_no_scripts(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>Site | Acme</title><script>var x=1;</script></head><body>"
        "<h1>Acme buys Widgets</h1><p>Acme Corp said it would buy Widgets&nbsp;Ltd.</p>"
        "<p>The deal is worth $5m.</p></body></html>"
    )
    article = read_article(path)
    assert article.title == "Acme buys Widgets"
    assert article.text == "Acme Corp said it would buy Widgets Ltd.\n\nThe deal is worth $5m."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("caf\u00e9".encode("latin-1") + b" au lait", "UTF-8"),
    ],
    ids=["empty", "blank", "binary", "latin-1"],
)
def test_unusable_files_raise_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as excinfo:
        read_article(path)
    text = str(excinfo.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match="larger than 2 MB"):
        read_article(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


def test_markdown_is_read_as_commonmark(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "Acme buys Widgets\n=================\n\n"
        "Acme Corp said it would buy [Widgets Ltd][w] for *$5m*,\nits first deal.\n\n"
        "Context\n-------\n\n"
        "```\nprint('not prose')\n```\n\n"
        "| year | sales |\n|---|---|\n| 2025 | $2m |\n\n"
        "> The price is fair, Acme said.\n\n"
        "- Widgets makes valves. ![logo](logo.png)\n\n"
        "<div>raw html</div>\n\n"
        "[w]: https://widgets.example\n"
    )
    article = read_article(path)
    assert article.title == "Acme buys Widgets"
    assert article.text == (
        "Acme Corp said it would buy Widgets Ltd for $5m, its first deal.\n\n"
        "Context\n\nThe price is fair, Acme said.\n\nWidgets makes valves."
    )


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789", min_size=1, max_size=8)
PROSE = st.lists(st.lists(WORD, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=5)


@settings(max_examples=100, deadline=None)
@given(PROSE)
def test_markdown_plain_prose_reads_as_itself(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    assert parse_article_text("# Title\n\n" + text, "markdown").text == text
