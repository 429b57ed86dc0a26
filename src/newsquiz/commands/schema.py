"""`newsquiz schema`: the deck JSON Schema, for editors that validate YAML as it is typed."""

import argparse
import json

from newsquiz.models import Deck


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "schema",
        help="print the deck JSON Schema",
        description="Print the JSON Schema of deck files (for yaml-language-server and editors).",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    schema = Deck.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsquiz deck"
    print(json.dumps(schema, indent=2))
    return 0
