"""Saved and fetched pages: trafilatura keeps the article and drops the rest; a paywall stub
and a page without an article are one-line errors."""

from pathlib import Path

import pytest

from newsquiz.errors import ArticleError
from newsquiz.generate.reader import read_article

from . import pages


def test_a_news_page_keeps_its_article_and_drops_navigation_and_comments(
    tmp_path: Path,
) -> None:
    path = tmp_path / "story.html"
    path.write_text(pages.news_page())
    article = read_article(path)
    assert article.title == pages.HEADLINE
    assert article.text == "\n\n".join(pages.PARAGRAPHS)
    assert article.author == "Rhys Calloway" and article.outlet == "The Ledger Gazette"
    assert article.published is not None and article.published.isoformat() == pages.PUBLISHED


def test_front_matter_wins_over_the_page(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text("---\ndate: 2026-04-01\noutlet: Clippings\n---\n" + pages.news_page())
    article = read_article(path)
    assert article.outlet == "Clippings" and str(article.published) == "2026-04-01"


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (pages.PAYWALL_PAGE, "words of the article are shown to readers without a subscription"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
    ],
    ids=["paywall", "no-article"],
)
def test_unusable_pages_are_one_line_naming_the_file(
    tmp_path: Path, page: str, problem: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(page)
    with pytest.raises(ArticleError) as excinfo:
        read_article(path)
    message = str(excinfo.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_a_page_without_a_date_in_its_markup_has_none(tmp_path: Path) -> None:
    """Not a date guessed from the text: the footer's "Copyright 2026" is no publication date."""
    path = tmp_path / "story.html"
    page = pages.news_page()
    path.write_text(page.replace(f'content="{pages.PUBLISHED}T07:30:00Z"', 'content=""'))
    assert "Copyright 2026" in page
    assert read_article(path).published is None
