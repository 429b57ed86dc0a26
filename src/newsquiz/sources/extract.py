"""A web page's article: main text paragraphs, headline, author, outlet and publication date.

trafilatura does the finding (it scores best among open-source main-text extractors): it
drops navigation, comments, share bars and footers. Pure: HTML in, `ExtractedPage` out; the
caller (`generate.reader`) turns it into an `Article` with the typography every input gets.
"""

import logging
import re
from configparser import ConfigParser
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from newsquiz.errors import ArticleError

# A page with fewer words than this and the wording of a subscription wall is a paywall stub.
PAYWALL_WORDS = 150
_TEXT_TAGS = frozenset({"p", "head", "item", "quote"})
_SKIPPED_TAGS = frozenset({"table", "code", "graphic", "figure"})
_PAYWALL = re.compile(
    r'"isAccessibleForFree"\s*:\s*"?false'
    r"|subscribe (?:now )?to (?:continue|read|keep)|to continue reading|already a subscriber"
    r"|(?:for|only for) (?:paying )?subscribers|subscribers only|sign in to (?:continue|read)"
    r"|log in to (?:continue|read)|create a free account to",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


# trafilatura and its helpers log what they discard; with no handler Python would print
# those records on stderr, and a user mistake must stay one line.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class ExtractedPage:
    """What a page says about its article; `paragraphs` excludes the headline."""

    title: str
    paragraphs: list[str]
    author: str
    outlet: str
    published: date | None
    url: str


@cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    # Short news briefs are articles too: without this, a page under 250 characters of main
    # text is read whole (navigation and all) by trafilatura's fallback.
    config.set("DEFAULT", "min_extracted_size", "20")
    return config


def extract_page(page: str, where: str) -> ExtractedPage:
    """The article of an HTML page; raises `ArticleError("where: problem")` when the page has
    no article text or is a paywall stub."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        # Only the page's own markup: guessing from its text took "Copyright 2026" in a
        # footer for 1 January 2026, and a wrong date misplaces every "in March".
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    if doc is None or isinstance(doc, dict) or doc.body is None:
        raise ArticleError(f"{where}: no article text found in the page")
    title = _clean(doc.title or "")
    paragraphs = [text for text in map(_element_text, _text_elements(doc.body)) if text]
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs.pop(0)
    words = sum(len(text.split()) for text in paragraphs)
    if not words:
        raise ArticleError(f"{where}: no article text found in the page")
    if words < PAYWALL_WORDS and _PAYWALL.search(page):
        raise ArticleError(
            f"{where}: only {words} words of the article are shown to readers without a "
            "subscription (a paywall)"
        )
    return ExtractedPage(
        title=title,
        paragraphs=paragraphs,
        author=_clean(doc.author or ""),
        outlet=_clean(doc.sitename or ""),
        published=parse_iso_date(doc.date or ""),
        url=doc.url or "",
    )


def _text_elements(element: Any) -> list[Any]:
    """The paragraph-like elements under `element`, in order, none inside another."""
    found: list[Any] = []
    for child in element:
        if child.tag in _TEXT_TAGS:
            found.append(child)
        elif child.tag not in _SKIPPED_TAGS:
            found.extend(_text_elements(child))
    return found


def _element_text(element: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "lb":
                parts.append(" ")
            elif child.tag not in _SKIPPED_TAGS:
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return _clean("".join(parts))


def _clean(text: str) -> str:
    return " ".join(text.split())


def parse_iso_date(value: str) -> date | None:
    """The first YYYY-MM-DD date in `value`, or None."""
    match = _ISO_DATE.search(value)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
