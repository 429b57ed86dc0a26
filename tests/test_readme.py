"""The README's promises: the CI command is the one it documents, every command is described."""

from .conftest import ROOT


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    command = next(line for line in ci_lines if "pytest" in line)
    assert command in (ROOT / "README.md").read_text()


def test_readme_documents_every_command() -> None:
    import argparse

    from newsquiz.cli import build_parser

    readme = (ROOT / "README.md").read_text()
    parser = build_parser()
    commands = next(
        action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert len(commands) >= 8
    for name in commands:
        assert f"newsquiz {name}" in readme, name
