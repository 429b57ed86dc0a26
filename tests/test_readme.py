"""The README's promises: the CI command is the one it documents, every command is described."""

from .conftest import ROOT


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    command = next(line for line in ci_lines if "pytest" in line)
    assert command in (ROOT / "README.md").read_text()


def test_readme_documents_every_command() -> None:
    from newsquiz.commands import load_commands

    readme = (ROOT / "README.md").read_text()
    for module in load_commands():
        name = module.__name__.rsplit(".", 1)[-1].rstrip("_")
        assert f"newsquiz {name}" in readme, name
