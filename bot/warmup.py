"""Load, in the background at start, what the first answers would otherwise load on demand:
the command modules, the actor catalogue, the gazetteer and the date tagger's tables (about
0.2-0.3 s of imports and data). `serve` is ready before this finishes; a command that comes
sooner simply waits for the same imports."""

from __future__ import annotations

import threading

# Short, but it touches every extractor: an actor, a place, a date and an event.
_SAMPLE = ("The United Nations said on Monday, 7 August 2017, that fighting near Raqqa, Syria, "
           "had displaced thousands of people.")


def warm() -> None:
    from commands import actor, quote, timeline  # noqa: F401  (imported for their side effect)
    from extract.pipeline import extract

    extract(_SAMPLE, "2017-08-08", "given")


def start() -> threading.Thread:
    thread = threading.Thread(target=warm, name="warm-up", daemon=True)
    thread.start()
    return thread
