"""A news page by URL becomes an `Article`: fetched with the limits of `fetch`, read by the
same extractor as saved pages."""

from newsquiz.errors import ArticleError
from newsquiz.generate.reader import parse_article_text
from newsquiz.models import Article
from newsquiz.sources.fetch import FetchError, fetch
from newsquiz.sources.urls import DEFAULT_TIMEOUT


def fetch_article(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> Article:
    """The article at `url`; raises `FetchError` or `ArticleError` (one line naming the URL)
    for network failures, pages that are not HTML, without article text or behind a paywall."""
    response = fetch(url, timeout=timeout)
    if not response.is_html():
        shown = response.content_type or "no content type"
        raise FetchError(f"{url}: not a web page ({shown})")
    article = parse_article_text(response.text(), "html", url=response.url)
    if not article.text.strip():
        raise ArticleError(f"{url}: no article text found in the page")
    return article
