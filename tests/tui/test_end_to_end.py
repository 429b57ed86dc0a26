"""The real `newsquiz` command in tmux: answer with send-keys, quit, check `stats --json`;
and SIGKILL mid-session, then check that every answered card was recorded."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsquiz.models import DeckIndex
from newsquiz.session import SessionCard
from newsquiz.store.deck_files import write_deck
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import mixed_deck


def option_key(right: bool) -> str:
    """The key of the mcq card's right (or a wrong) option as the real app orders them at the
    first showing: options are shuffled per showing, deterministically from the card."""
    deck = mixed_deck()
    card = next(c for c in deck.cards if c.id == "mixed:mcq")
    shown = SessionCard(DeckIndex.of(deck), card, None, "mcq").options
    index = next(i for i, option in enumerate(shown) if (option == card.answer) == right)
    return str(index + 1)


pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

NEWSQUIZ = Path(sys.executable).parent / "newsquiz"


class Tmux:
    """One private tmux server running one newsquiz, 80x24."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "nq")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; screen:\n{screen}")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "nq", *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "nq", "-l", text)


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    deck_file = tmp_path / "decks" / "mixed.yaml"
    deck_file.parent.mkdir()
    write_deck(mixed_deck(), deck_file)
    return data, deck_file


@pytest.fixture
def tmux(workspace: tuple[Path, Path], request: pytest.FixtureRequest) -> Iterator[Tmux]:
    """newsquiz running in tmux; `@pytest.mark.newsquiz_args(...)` replaces `study ... mixed`."""
    data, deck_file = workspace
    session = Tmux(f"newsquiz-test-{uuid.uuid4().hex[:8]}")
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("NEWSQUIZ_HOME", None)
    marker = request.node.get_closest_marker("newsquiz_args")
    args = marker.args[0] if marker else "study --decks {deck_file} mixed"
    command = f"exec {NEWSQUIZ} --data-dir {data} " + args.format(deck_file=deck_file)
    subprocess.run(
        ["tmux", "-L", session.socket, "new-session", "-d", "-s", "nq", "-x", "80", "-y", "24"]
        + ["sh", "-c", command],
        check=True,
        env=env,
    )
    try:
        yield session
    finally:
        subprocess.run(["tmux", "-L", session.socket, "kill-server"], capture_output=True)


def stats_json(data: Path, deck_file: Path) -> dict[str, object]:
    result = subprocess.run(
        [str(NEWSQUIZ), "--data-dir", str(data), "stats", "--json", "--decks", str(deck_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def filter_decks(tmux: Tmux, text: str, *, shows: str, hides: str) -> None:
    """Open the deck filter, type into it, and wait until the list shows only the wanted deck."""
    tmux.keys("/")
    time.sleep(0.3)  # letters sent in the same instant as "/" were seen lost under load
    tmux.type(text)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        screen = tmux.screen()
        if shows in screen and hides not in screen:
            return
        time.sleep(0.05)
    raise AssertionError(f"the deck filter never applied; screen:\n{tmux.screen()}")


def pane_pid(tmux: Tmux) -> int:
    return int(tmux.run("display-message", "-p", "-t", "nq", "#{pane_pid}").strip())


def wait_for_exit(pid: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError(f"newsquiz (pid {pid}) did not exit")


@pytest.mark.newsquiz_args("study --decks {deck_file}")  # no deck id: home, decks in a worker
def test_study_in_tmux_then_stats(tmux: Tmux, workspace: tuple[Path, Path]) -> None:
    data, deck_file = workspace
    tmux.wait_for("to go")  # the home figures are in
    pid = pane_pid(tmux)
    filter_decks(tmux, "mixed", shows="Xiaomi [bold]mixed[/bold] deck", hides="Business terms")
    tmux.keys("Enter")  # study the highlighted deck, from the filter box
    tmux.wait_for("Choose with 1")
    tmux.keys(option_key(right=True))
    tmux.wait_for("Enter/Space")
    tmux.keys("Enter")
    tmux.wait_for("True or false?")
    tmux.keys("f")  # wrong
    tmux.wait_for("Not right")
    tmux.keys("Space")
    tmux.wait_for("Type the answer")
    tmux.type("gao ziguan")  # a forgiven typo
    tmux.keys("Enter")
    tmux.wait_for("Accepted with a typo")
    tmux.keys("Enter")
    tmux.wait_for("Type a number")
    tmux.keys("Escape")
    tmux.wait_for("Cards answered   3")
    tmux.keys("q")
    wait_for_exit(pid)
    stats = stats_json(data, deck_file)
    assert stats["reviews_total"] == 3
    today = stats["today"]
    assert isinstance(today, dict) and today["done"] == 3 and today["correct"] == 2
    assert (data / "progress.json").exists()  # checkpointed on quit


def test_sigkill_mid_session_loses_no_answer(tmux: Tmux, workspace: tuple[Path, Path]) -> None:
    data, deck_file = workspace
    tmux.wait_for("Choose with 1")
    pid = pane_pid(tmux)
    tmux.keys(option_key(right=False))
    tmux.wait_for("Enter/Space")
    tmux.keys("Enter")
    tmux.wait_for("True or false?")
    tmux.keys("t")
    tmux.wait_for("Enter/Space")  # the feedback is up: the answer was given
    os.kill(pid, signal.SIGKILL)
    wait_for_exit(pid)
    stats = stats_json(data, deck_file)
    assert stats["reviews_total"] == 2
    with TinyDBStore(data) as store:  # the lock died with the process
        reviews = store.reviews()
        assert [(r.card_id, r.correct) for r in reviews] == [
            ("mixed:mcq", False),
            ("mixed:tf", True),
        ]
        assert store.progress("mixed:tf") is not None
