"""`newsquiz cards`: list cards matching a search, show one, or suspend, unsuspend, bury,
unbury or forget cards by id or by search; the card browser's actions, from the shell."""

import argparse
import json
import shutil
import sys
from typing import Any

from newsquiz.card_actions import CardAction
from newsquiz.card_catalog import CardCatalog, CardRow
from newsquiz.card_details import card_details, due_text
from newsquiz.commands.common import add_deck_paths, find_deck_indexes, open_store, warn
from newsquiz.errors import NewsquizError
from newsquiz.printable import printable
from newsquiz.scheduling import local_zone
from newsquiz.session import utc_now

ACTIONS = {action.value: action for action in CardAction}
DONE = {
    CardAction.SUSPEND: ("suspended", "already suspended"),
    CardAction.UNSUSPEND: ("unsuspended", "not suspended"),
    CardAction.BURY: ("buried until the next study day", "already buried"),
    CardAction.UNBURY: ("unburied", "not buried"),
    CardAction.FORGET: ("reset to new (reviews kept)", "already new"),
}
VERBS = ("list", "show", *ACTIONS)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "cards",
        help="search cards; show, suspend, bury or forget them",
        description="List the cards matching a search (deck:x state:suspended kind:mcq tag:y "
        "free text; -kind:mcq negates a term), show cards with their source sentence and "
        "history, or change cards: suspend, unsuspend, bury, unbury, forget (reset to new, "
        "reviews kept).",
        epilog="examples: newsquiz cards 'deck:xiaomi state:review' | newsquiz cards show ID | "
        "newsquiz cards suspend ID... | newsquiz cards bury --query 'tag:fx'",
    )
    parser.add_argument(
        "words",
        nargs="*",
        metavar="[list|show|suspend|unsuspend|bury|unbury|forget] QUERY_OR_ID",
        help="a search to list; or an action and card ids",
    )
    parser.add_argument("--query", metavar="SEARCH", help="act on every card this search finds")
    parser.add_argument("--json", action="store_true", help="print JSON (list and show)")
    parser.add_argument("--limit", type=int, metavar="N", help="list at most N cards")
    parser.add_argument("--yes", action="store_true", help="forget without asking")
    add_deck_paths(parser)
    parser.set_defaults(func=run, extra_words=[])


def run(args: argparse.Namespace) -> int:
    words: list[str] = [*args.words, *args.extra_words]
    verb = words.pop(0) if words and words[0] in VERBS else "list"
    if args.limit is not None and args.limit < 0:
        raise NewsquizError("cards: --limit must be 0 or more")
    if verb == "list":
        if args.query is not None:
            words.append(args.query)
        return _with_catalog(args, True, lambda catalog: _list(catalog, " ".join(words), args))
    if verb == "show":
        if not words:
            raise NewsquizError("cards show: name at least one card id")
        return _with_catalog(args, True, lambda catalog: _show(catalog, words, args.json))
    action = ACTIONS[verb]
    if bool(words) == (args.query is not None):
        raise NewsquizError(f"cards {verb}: give card ids or --query SEARCH (one of them)")
    return _with_catalog(args, False, lambda catalog: _act(catalog, action, words, args))


def _with_catalog(args: argparse.Namespace, readonly: bool, body: Any) -> int:
    decks, problems = find_deck_indexes(args)
    warn(problems)
    store = open_store(args, readonly=readonly)
    try:
        zone = local_zone(store.settings().timezone)
        return int(body(CardCatalog(store, decks, clock=utc_now, zone=zone)))
    finally:
        store.close()


def _row_json(row: CardRow) -> dict[str, Any]:
    progress = row.progress
    return {
        "id": row.card_id,
        "deck": row.deck_id,
        "deck_title": row.deck_title,
        "kind": row.kind,
        "prompt": row.prompt,
        "tags": list(row.tags),
        "state": row.state,
        "suspended": row.suspended,
        "buried": row.buried,
        "due": row.due.isoformat() if row.due else None,
        "reps": row.reps,
        "lapses": row.lapses,
        "stability": progress.stability if progress else None,
        "difficulty": progress.difficulty if progress else None,
    }


def _list(catalog: CardCatalog, query: str, args: argparse.Namespace) -> int:
    found = catalog.search(query)
    shown = found if args.limit is None else found[: args.limit]
    if args.json:
        print(json.dumps([_row_json(row) for row in shown], indent=1, ensure_ascii=False))
        return 0
    width = shutil.get_terminal_size((120, 24)).columns
    id_width = max((len(row.card_id) for row in shown), default=2)
    for row in shown:
        head = (
            f"{row.card_id:<{id_width}}  {row.kind:<10}  {row.status:<10}  "
            f"{due_text(row, catalog.zone):<16}  {row.reps:>4}  {row.lapses:>3}  "
        )
        prompt = printable(row.prompt, one_line=True)
        room = max(20, width - len(head))
        if len(prompt) > room and sys.stdout.isatty():  # piped: whole prompts, for grep
            prompt = prompt[: room - 1] + "…"
        print(printable(head, one_line=True) + prompt)
    more = f" (showing {len(shown)})" if len(shown) < len(found) else ""
    total = len(catalog.rows)
    print(f"{len(found)} of {total} cards match{more}", file=sys.stderr)
    return 0


def _show(catalog: CardCatalog, card_ids: list[str], as_json: bool) -> int:
    rows = catalog.rows_for(card_ids)
    if as_json:
        shown = []
        for row in rows:
            card = catalog.card(row)
            item = _row_json(row)
            item["card"] = card.model_dump(mode="json") if card is not None else None
            item["history"] = [r.model_dump(mode="json") for r in catalog.history(row.card_id)]
            shown.append(item)
        print(json.dumps(shown, indent=1, ensure_ascii=False))
        return 0
    for number, row in enumerate(rows):
        if number:
            print()
        details = card_details(row, catalog.card(row), catalog.history(row.card_id), catalog.zone)
        for label, text in details:
            print(printable(f"{label + ':' if label else '':<15}{text}", one_line=True))
    return 0


def _confirm_forget(count: int, yes: bool) -> None:
    if yes or count == 0:
        return
    question = f"Forget {count} card(s)? Their schedule is reset to new; reviews are kept."
    if not sys.stdin.isatty():
        raise NewsquizError(f"cards forget: resets {count} card(s) to new; add --yes to confirm")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise NewsquizError("cards forget: nothing changed")


def _act(
    catalog: CardCatalog, action: CardAction, card_ids: list[str], args: argparse.Namespace
) -> int:
    rows = catalog.search(args.query) if args.query is not None else catalog.rows_for(card_ids)
    if action is CardAction.FORGET:
        _confirm_forget(len(rows), args.yes)
    result = catalog.act(action, rows)
    done, already = DONE[action]
    line = f"{len(result.changed)} card(s) {done}"
    if result.unchanged:
        line += f"; {len(result.unchanged)} {already}"
    print(line)
    return 0
