"""An RSS or Atom document becomes its title and items, through feedparser."""

from dataclasses import dataclass
from datetime import date

from newsquiz.errors import NewsquizError
from newsquiz.sources.urls import is_url


@dataclass(frozen=True)
class FeedItem:
    """An entry with an http(s) link; `key` (its GUID, else its link) is how it is
    remembered."""

    key: str
    link: str
    title: str
    published: date | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: list[FeedItem]


def parse_feed(body: bytes, where: str) -> ParsedFeed:
    """The feed's items in document order; raises `NewsquizError("where: problem")` when the
    body is not an RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(problem).split())})" if problem else ""
        raise NewsquizError(f"{where}: not an RSS or Atom feed{detail}")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not is_url(link):  # nothing newsquiz could fetch
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(
            FeedItem(
                key=str(entry.get("id") or link).strip(),
                link=link,
                title=" ".join(str(entry.get("title") or "").split()),
                published=date(when.tm_year, when.tm_mon, when.tm_mday) if when else None,
            )
        )
    return ParsedFeed(" ".join(str(parsed.feed.get("title") or "").split()), items)
