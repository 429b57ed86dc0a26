"""`newsquiz settings`: show the settings, or change them (fitted FSRS parameters included)."""

import argparse
import json
from typing import Any

from pydantic import ValidationError

from newsquiz.commands.common import add_deck_paths, find_deck_indexes, open_store
from newsquiz.errors import NewsquizError
from newsquiz.export.revlog import parse_fsrs_parameters
from newsquiz.models import Settings
from newsquiz.scheduling import make_scheduler


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "settings",
        help="show or change settings",
        description="Show the settings; with options, change and save them.",
    )
    parser.add_argument("--json", action="store_true", help="print the settings as JSON")
    parser.add_argument(
        "--fsrs-parameters",
        metavar="W0,...,W20",
        help="FSRS-6 parameters fitted by the optimizer (21 numbers)",
    )
    parser.add_argument(
        "--default-fsrs-parameters",
        action="store_true",
        help="go back to fsrs's default parameters",
    )
    parser.add_argument("--desired-retention", type=float, metavar="R", help="0.7 to 0.99")
    parser.add_argument("--new-per-day", type=int, metavar="N", help="new cards per day")
    parser.add_argument("--reviews-per-day", type=int, metavar="N", help="reviews per day")
    parser.add_argument(
        "--rollover-hour", type=int, metavar="H", help="local hour a study day starts (0-23)"
    )
    parser.add_argument(
        "--timezone", metavar="ZONE", help="IANA time zone (Europe/Paris), or 'system'"
    )
    parser.add_argument(
        "--learning-steps", type=_minutes, metavar="M,...", help="learning steps in minutes"
    )
    parser.add_argument(
        "--relearning-steps", type=_minutes, metavar="M,...", help="relearning steps in minutes"
    )
    parser.add_argument(
        "--recall-after-days",
        type=float,
        metavar="D",
        help="stability (days) at which multiple choice is asked as typed recall",
    )
    parser.add_argument("--theme", metavar="NAME", help="Textual theme (textual-dark, nord...)")
    parser.add_argument(
        "--deck",
        metavar="ID",
        help="with --new-per-day / --reviews-per-day: that deck's own daily limits (within the "
        "global ones); with --no-deck-limits: drop them",
    )
    parser.add_argument(
        "--no-deck-limits", action="store_true", help="with --deck: only the global limits apply"
    )
    add_deck_paths(parser)
    parser.set_defaults(func=run)


def _minutes(text: str) -> list[float]:
    """Steps as "1,10" (or "" for none)."""
    try:
        return [float(item) for item in text.replace(" ", "").split(",") if item]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of minutes: {text!r}") from None


def _check_theme(name: str) -> str:
    from textual.theme import BUILTIN_THEMES

    if name not in BUILTIN_THEMES:
        known = ", ".join(sorted(BUILTIN_THEMES))
        raise NewsquizError(f"settings: theme: unknown theme {name!r} (themes: {known})")
    return name


def _deck_limit_changes(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """The `deck_limits` setting after `--deck ID` with its limits (or `--no-deck-limits`)."""
    if args.no_deck_limits and args.deck is None:
        raise NewsquizError("--no-deck-limits needs --deck ID")
    if args.deck is None:
        return {}
    if args.no_deck_limits and (args.new_per_day, args.reviews_per_day) != (None, None):
        raise NewsquizError(
            "--no-deck-limits and --new-per-day / --reviews-per-day exclude each other"
        )
    if not args.no_deck_limits and (args.new_per_day, args.reviews_per_day) == (None, None):
        raise NewsquizError("--deck needs --new-per-day N, --reviews-per-day N or --no-deck-limits")
    decks, _ = find_deck_indexes(args)
    known = sorted(deck.id for deck in decks)
    if args.deck not in known and args.deck not in settings.deck_limits:
        listed = ", ".join(known) or "none; see `newsquiz decks`"
        raise NewsquizError(f"settings: --deck: unknown deck {args.deck!r} (decks: {listed})")
    limits = {key: value.model_dump() for key, value in settings.deck_limits.items()}
    if args.no_deck_limits:
        limits.pop(args.deck, None)
    else:
        own = limits.setdefault(args.deck, {})
        for name in ("new_per_day", "reviews_per_day"):
            if getattr(args, name) is not None:
                own[name] = getattr(args, name)
    return {"deck_limits": limits}


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.fsrs_parameters is not None and args.default_fsrs_parameters:
        raise NewsquizError("--fsrs-parameters and --default-fsrs-parameters exclude each other")
    if args.fsrs_parameters is not None:
        changes["fsrs_parameters"] = parse_fsrs_parameters(args.fsrs_parameters)
    if args.default_fsrs_parameters:
        changes["fsrs_parameters"] = None
    limits = () if args.deck else (("new_per_day",) * 2, ("reviews_per_day",) * 2)
    for option, name in (
        ("desired_retention", "desired_retention"),
        *limits,
        ("rollover_hour", "day_rollover_hour"),
        ("timezone", "timezone"),
        ("learning_steps", "learning_steps_min"),
        ("relearning_steps", "relearning_steps_min"),
        ("recall_after_days", "recall_after_days"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[name] = value
    if changes.get("timezone") == "system":
        changes["timezone"] = None
    if args.theme is not None:
        changes["theme"] = _check_theme(args.theme)
    return changes


def _validated(settings: Settings, changes: dict[str, Any]) -> Settings:
    try:
        return Settings.model_validate({**settings.model_dump(), **changes})
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        raise NewsquizError(f"settings: {field}: {message}") from None


def _show(settings: Settings, as_json: bool) -> None:
    data = settings.model_dump(mode="json")
    if as_json:
        print(json.dumps(data, indent=2))
        return
    for key, value in data.items():
        if key == "deck_limits":
            shown = (
                "; ".join(
                    f"{deck_id}: "
                    + ", ".join(
                        f"{name.replace('_', ' ')} {limit}"
                        for name, limit in own.items()
                        if limit is not None
                    )
                    for deck_id, own in value.items()
                )
                or "(none: the global limits apply)"
            )
        elif key == "fsrs_parameters":
            shown = "fsrs defaults" if value is None else ", ".join(f"{v:g}" for v in value)
        elif key == "extra_new":
            shown = "(none)" if value is None else f"{value['count']} on {value['day']}"
        elif value is None:
            shown = "(system)"
        else:
            shown = str(value)
        print(f"{key}: {shown}")


def run(args: argparse.Namespace) -> int:
    changes = _changes(args)
    if not changes and args.deck is None and not args.no_deck_limits:
        store = open_store(args, readonly=True)
        try:
            _show(store.settings(), args.json)
        finally:
            store.close()
        return 0
    store = open_store(args)
    try:
        changes.update(_deck_limit_changes(args, store.settings()))
        settings = _validated(store.settings(), changes)
        make_scheduler(settings, fuzz=False)
        store.save_settings(settings)
    finally:
        store.close()
    _show(settings, args.json)
    return 0
