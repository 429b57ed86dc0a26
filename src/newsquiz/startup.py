"""Start-up with the cyclic garbage collector paused.

Importing Textual and pydantic, reading the progress checkpoint and the deck indexes create a few
hundred thousand objects that live as long as the process; the collector scanning them again
and again took about a third of the study app's start-up. `newsquiz` pauses it while it starts;
the study app resumes it once its first screen is up, other commands once their arguments are
parsed.
"""

import gc


def pause_collector() -> None:
    gc.disable()


def resume_collector(*, freeze: bool = False) -> None:
    """Turn the collector back on; with `freeze`, what exists now is left out of its scans for
    good (a big collection's decks and progress would otherwise be rescanned on every pass)."""
    if freeze:
        gc.freeze()
    gc.enable()
