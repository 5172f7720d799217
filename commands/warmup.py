"""Load, in the background at start, what the first answers would otherwise load on demand:
the command modules, the actor catalogue, the gazetteer, the date tagger's tables, the name
lists of fuzzy lookups, the cleaner's patterns (about a second to compile, which the first
posted article would pay, once for each work thread reading one at that moment) and the
model `quote` re-ranks with (two to four seconds in all). `serve` is ready before this
finishes; a command that comes sooner simply waits for the same imports."""

from __future__ import annotations

import gc
import threading

# Short, but it touches every extractor: an actor, a place, a date and an event.
_SAMPLE = (
    "The United Nations said on Monday, 7 August 2017, that fighting near Raqqa, Syria, "
    "had displaced thousands of people."
)


def warm() -> None:
    from commands import actor, quote, timeline  # noqa: F401  (imported for their side effect)
    from extract.actors import load_catalogue, lookup_actor
    from extract.pipeline import extract
    from extract.places import lookup_place
    from store import index  # noqa: F401  (a long-lived process scores with numpy and caches)
    from text.clutter import set_apart
    from text.clutter_shapes import compile_all

    compile_all()
    set_apart(_SAMPLE)
    extract(_SAMPLE, "2017-08-08", "given")
    # Misspelt on purpose: fuzzy lookups build their list of every known name on first use
    # (a quarter of a second for the places).
    lookup_place("Raqqqa")
    lookup_actor("Syrian Democratic Forcces", load_catalogue())
    # What `quote` reads to widen a question: synonyms, romanisation rules, everyday words.
    from text import expand, spelling

    expand.synonyms("killed")
    spelling.is_everyday_word(spelling.skeleton("qadhafi") or "")
    # The model `quote` re-ranks by meaning with (about half a second to read).
    from text import meaning

    meaning.load()
    # What was loaded stays for the life of the process: the collector's full passes need not
    # walk it. Without this a full pass (one every few dozen `timeline` answers at 100k
    # articles) walked it all inside whichever answer it fell in: 28 ms, the slowest answer of
    # a run (75 ms against 46 warm; docs/PERFORMANCE.md). Garbage is collected first so that
    # none of it is kept.
    gc.collect()
    gc.freeze()


def start() -> threading.Thread:
    thread = threading.Thread(target=warm, name="warm-up", daemon=True)
    thread.start()
    return thread
