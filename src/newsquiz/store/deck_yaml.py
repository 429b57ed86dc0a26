"""Deck YAML: safe parsing with line-numbered problems, and readable output.

Parsing uses libyaml when present and falls back to the pure-Python loader to word an error;
aliases are refused (no billion-laughs expansion). Kept apart from `deck_files` so that a study
session reading decks from the cache never imports yaml.
"""

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from newsquiz.errors import DeckError
from newsquiz.models import Deck


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader refusing aliases: no billion-laughs expansion, and decks never need them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", mark)
        return super().compose_node(parent, index)


def _card_lines(root: yaml.Node | None) -> list[int]:
    """1-based line of each item of the top-level `cards` sequence."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value == "cards"
            and isinstance(value, yaml.SequenceNode)
        ):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _key_line(root: yaml.Node | None, name: str) -> int:
    if isinstance(root, yaml.MappingNode):
        for key, _ in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return int(key.start_mark.line) + 1
    return 1


def field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in {"mcq", "cloze", "true_false", "numeric", "recall"} and parts:
            continue  # discriminator tag pydantic inserts into the location
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "deck"


_FastLoader: Any = getattr(yaml, "CSafeLoader", None)


def _has_alias(root: yaml.Node) -> bool:
    """True when a node is reached twice: libyaml composes an alias as a shared node."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return False


def _compose_fast(text: str) -> tuple[yaml.Node | None, Any] | None:
    """Parse with libyaml (about 8x faster); None sends the text to the pure-Python loader,
    whose messages say exactly where a problem is (syntax errors, aliases)."""
    if _FastLoader is None:
        return None
    loader = _FastLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        if _has_alias(root):
            return None
        return root, loader.construct_document(root)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def parse_deck(text: str, path: Path) -> Deck:
    """Validate deck YAML; raises DeckError listing every problem with its line."""
    try:
        return _parse_deck(text, path)
    except RecursionError:  # the YAML loaders recurse once per level of nesting
        raise DeckError([f"{path}:1: yaml: lists or mappings nested too deeply"]) from None


def _parse_deck(text: str, path: Path) -> Deck:
    fast = _compose_fast(text)
    if fast is not None:
        return _validate(*fast, path)
    try:
        loader = _NoAliasLoader(text)
    except yaml.YAMLError as exc:
        raise DeckError([f"{path}:1: yaml: {exc}".splitlines()[0]]) from None
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise DeckError([f"{path}:{line}: yaml: {exc.problem or exc.context}"]) from None
    except yaml.YAMLError as exc:
        raise DeckError([f"{path}:1: yaml: {exc}".splitlines()[0]]) from None
    finally:
        loader.dispose()
    return _validate(root, data, path)


def _validate(root: yaml.Node | None, data: Any, path: Path) -> Deck:
    if not isinstance(data, dict):
        raise DeckError([f"{path}:1: deck: expected a mapping with id, title and cards"])
    card_lines = _card_lines(root)
    try:
        return Deck.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line = _key_line(root, str(loc[0])) if loc else 1
            if (
                len(loc) >= 2
                and loc[0] == "cards"
                and isinstance(loc[1], int)
                and loc[1] < len(card_lines)
            ):
                line = card_lines[loc[1]]
            message = str(error["msg"]).removeprefix("Value error, ")
            field = field_path(loc)
            if message.startswith("cards[") and "]: " in message:
                index_text, message = message[len("cards[") :].split("]: ", 1)
                if index_text.isdigit() and int(index_text) < len(card_lines):
                    line, field = card_lines[int(index_text)], f"cards[{index_text}]"
            problems.append(f"{path}:{line}: {field}: {message}")
        raise DeckError(problems) from None


class _DeckDumper(yaml.SafeDumper):
    """Block style, literal blocks for long text, no aliases: readable in a diff."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_DeckDumper.add_representer(str, _str_representer)


_CARD_KEY_ORDER = ("id", "kind", "prompt", "answer", "options", "value", "tolerance", "unit")


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """The deck as plain data in file order, defaults left out (kinds always kept)."""
    data = deck.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("cards", [])
    for card, dumped in zip(deck.cards, data["cards"], strict=True):
        dumped["kind"] = card.kind
        ordered = {key: dumped.pop(key) for key in _CARD_KEY_ORDER if key in dumped}
        ordered.update(dumped)
        dumped.clear()
        dumped.update(ordered)
    return data


def dump_deck(deck: Deck) -> str:
    """The deck as YAML, fields in model order, defaults left out."""
    data = deck_to_data(deck)
    return yaml.dump(
        data, Dumper=_DeckDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
