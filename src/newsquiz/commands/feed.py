"""`newsquiz feed add|list|remove|update`: follow RSS and Atom feeds; each new item becomes a
deck in your decks folder, tagged with its feed.

`update` saves the feeds file after every item, so an interrupted update never fetches an
item twice, and a failed item (reported in one line) is tried again next time.
"""

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsquiz.commands.common import print_line, progress_bar, resolve_data_dir
from newsquiz.commands.generate import add_timeout
from newsquiz.errors import NewsquizError
from newsquiz.feeds.model import FEED_NAME_PATTERN, Feed, FeedList
from newsquiz.printable import printable

if TYPE_CHECKING:  # the network modules load only when a feed is fetched
    from newsquiz.feeds.parse import FeedItem
    from newsquiz.feeds.update import FeedCheck


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "feed",
        help="follow news feeds; new items become decks",
        description=(
            "Follow RSS and Atom feeds. `feed update` fetches each new item once and makes a "
            "deck of it in your decks folder, tagged with the feed; the home screen lists the "
            "newest feed decks first."
        ),
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="follow a feed", description="Follow an RSS or Atom feed.")
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", help="short name, used in deck tags (default: from the title)")
    add_timeout(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="the feeds you follow")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(func=run_list)

    remove = actions.add_parser(
        "remove",
        help="stop following a feed",
        description="Stop following a feed; the decks it gave (and their progress) stay.",
    )
    remove.add_argument("feed", metavar="NAME_OR_URL")
    remove.set_defaults(func=run_remove)

    update = actions.add_parser(
        "update",
        help="make decks of the feeds' new items",
        description=(
            "Fetch every feed (or the named ones) and make a deck of each new item. Items are "
            "fetched once; a failed item is tried again next time."
        ),
    )
    update.add_argument("feeds", nargs="*", metavar="NAME_OR_URL")
    update.add_argument(
        "--limit",
        type=int,
        default=10,
        metavar="N",
        help="at most N new items per feed, newest first; older unseen ones are skipped "
        "(default 10)",
    )
    update.add_argument("--style", choices=("full", "story"), default="full", help="deck style")
    add_timeout(update)
    update.set_defaults(func=run_update)


def _now() -> datetime:
    return datetime.now(UTC)


def run_add(args: argparse.Namespace) -> int:
    from newsquiz.feeds.file import feeds_locked, load_feeds, save_feeds
    from newsquiz.feeds.update import check_feed, new_feed_name

    data = resolve_data_dir(args)
    if not args.timeout > 0:
        raise NewsquizError("--timeout: must be more than 0 seconds")
    if args.name is not None and re.fullmatch(FEED_NAME_PATTERN, args.name) is None:
        raise NewsquizError(
            f"--name: {args.name!r} is not a feed name (lowercase letters, digits and "
            "hyphens, at most 40, not starting with a hyphen)"
        )
    _check_new(load_feeds(data), args)
    feed = Feed(name=args.name or "feed", url=args.url, added=_now())
    parsed = check_feed(feed, timeout=args.timeout).parsed  # before anything is written
    assert parsed is not None  # a feed without validators is never answered 304
    with feeds_locked(data):
        feeds = load_feeds(data)  # again: another command may have changed it meanwhile
        _check_new(feeds, args)
        name = args.name or new_feed_name(parsed.title, args.url, {f.name for f in feeds.feeds})
        feeds.feeds.append(feed.model_copy(update={"name": name, "title": parsed.title}))
        save_feeds(data, feeds)
    title = f" ({parsed.title})" if parsed.title else ""
    print(
        printable(
            f"following {name}{title}: {len(parsed.items)} items; "
            "`newsquiz feed update` makes their decks",
            one_line=True,
        )
    )
    return 0


def _check_new(feeds: FeedList, args: argparse.Namespace) -> None:
    if feeds.find(args.url) is not None:
        raise NewsquizError(f"{args.url}: already followed")
    if args.name is not None and feeds.find(args.name) is not None:
        raise NewsquizError(f"--name: a feed is already called {args.name}")


def run_list(args: argparse.Namespace) -> int:
    from newsquiz.feeds.file import load_feeds

    feeds = load_feeds(resolve_data_dir(args))
    if args.json:
        rows = [_feed_row(feed) for feed in feeds.feeds]
        print(printable(json.dumps(rows, indent=2, ensure_ascii=False)))
        return 0
    if not feeds.feeds:
        print("No feeds yet: newsquiz feed add URL")
    for feed in feeds.feeds:
        row = _feed_row(feed)
        when = row["updated"] or "never updated"
        line = f"{feed.name}  {feed.url}  {row['decks']} decks  {when}"
        print(printable(line, one_line=True))
    return 0


def _feed_row(feed: Feed) -> dict[str, Any]:
    return {
        "name": feed.name,
        "url": feed.url,
        "title": feed.title,
        "decks": sum(1 for deck in feed.seen.values() if deck),
        "updated": feed.updated.isoformat(timespec="seconds") if feed.updated else None,
    }


def run_remove(args: argparse.Namespace) -> int:
    from newsquiz.feeds.file import feeds_locked, load_feeds, save_feeds

    data = resolve_data_dir(args)
    with feeds_locked(data):
        feeds = load_feeds(data)
        feed = feeds.find(args.feed)
        if feed is None:
            raise NewsquizError(f"{args.feed}: no such feed (newsquiz feed list shows them)")
        feeds.feeds.remove(feed)
        save_feeds(data, feeds)
    print(printable(f"stopped following {feed.name}; its decks stay", one_line=True))
    return 0


def run_update(args: argparse.Namespace) -> int:
    from newsquiz.feeds.file import feeds_locked, load_feeds

    if args.limit < 0:
        raise NewsquizError("--limit: must be 0 or more")
    if not args.timeout > 0:
        raise NewsquizError("--timeout: must be more than 0 seconds")
    data = resolve_data_dir(args)
    with feeds_locked(data):
        feeds = load_feeds(data)
        chosen = feeds.feeds
        if args.feeds:
            chosen = []
            for wanted in args.feeds:
                feed = feeds.find(wanted)
                if feed is None:
                    raise NewsquizError(f"{wanted}: no such feed (newsquiz feed list shows them)")
                chosen.append(feed)
        if not feeds.feeds:
            print("No feeds yet: newsquiz feed add URL")
            return 0
        return _Update(args, data, feeds).run([feed.name for feed in chosen])


class _Update:
    """One `feed update`: check each feed, then make the new items' decks under one bar."""

    def __init__(self, args: argparse.Namespace, data: Path, feeds: FeedList) -> None:
        self.args = args
        self.data = data
        self.feeds = feeds
        self.failures = 0

    def _save(self) -> None:
        from newsquiz.feeds.file import save_feeds

        save_feeds(self.data, self.feeds)

    def _feed(self, name: str) -> Feed:
        feed = self.feeds.find(name)
        if feed is None:
            raise KeyError(name)
        return feed

    def _replace(self, name: str, **changes: Any) -> Feed:
        """Swap the named feed for a copy with `changes` (the feed models stay immutable)."""
        for position, feed in enumerate(self.feeds.feeds):
            if feed.name == name:
                self.feeds.feeds[position] = feed.model_copy(update=changes)
                return self.feeds.feeds[position]
        raise KeyError(name)

    def run(self, names: list[str]) -> int:
        from newsquiz.feeds.update import check_feed, new_items

        plans: list[tuple[str, FeedCheck, list[FeedItem], int]] = []
        for name in names:
            feed = self._feed(name)
            try:
                check = check_feed(feed, timeout=self.args.timeout)
            except NewsquizError as exc:
                self._fail(None, f"{name}: {exc}")
                continue
            if check.parsed is None:
                self._replace(name, updated=_now())
                self._save()
                print_line(None, f"{name}: unchanged")
                continue
            take, rest = new_items(feed, check.parsed, self.args.limit)
            if rest:
                self._replace(name, seen=dict(feed.seen) | {item.key: "" for item in rest})
                self._save()
            plans.append((name, check, take, len(rest)))
        total = sum(len(take) for _, _, take, _ in plans)
        progress = progress_bar(total > 1 and sys.stderr.isatty())  # piped: plain lines
        task = progress.add_task("fetching", total=total) if progress is not None else None
        try:
            if progress is not None:
                progress.start()
            for plan in plans:
                self._feed_items(progress, task, *plan)
        finally:
            if progress is not None:
                progress.stop()
        return 1 if self.failures else 0

    def _feed_items(
        self,
        progress: Any,
        task: Any,
        name: str,
        check: "FeedCheck",
        take: "list[FeedItem]",
        skipped: int,
    ) -> None:
        from newsquiz.feeds.update import make_item_deck

        made = failed = 0
        for item in take:
            feed = self._feed(name)
            try:
                deck, path = make_item_deck(
                    feed,
                    item,
                    self.data / "decks",
                    timeout=self.args.timeout,
                    style=self.args.style,
                )
            except NewsquizError as exc:
                failed += 1
                self._fail(progress, f"{name}: {exc}")
            else:
                made += 1
                self._replace(name, seen=dict(feed.seen) | {item.key: deck.id})
                self._save()  # the deck is written: the item is never fetched again
                print_line(progress, f"{name}: {deck.title}: {len(deck.cards)} cards -> {path}")
            if progress is not None:
                progress.advance(task)
        title = check.parsed.title if check.parsed is not None else self._feed(name).title
        changes: dict[str, Any] = {"updated": _now(), "title": title}
        if not failed:  # else a 304 next time would hide the items to retry
            changes |= {"etag": check.etag, "last_modified": check.last_modified}
        self._replace(name, **changes)
        self._save()
        summary = f"{name}: {made} new deck{'' if made == 1 else 's'}"
        if failed:
            summary += f", {failed} failed (tried again next time)"
        if skipped:
            summary += f", {skipped} older items skipped"
        print_line(progress, summary)

    def _fail(self, progress: Any, message: str) -> None:
        self.failures += 1
        print_line(progress, f"newsquiz: {message}", error=True)
