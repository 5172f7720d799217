"""The texts that close on a writer's note of two sentences, each on a line of its own: a note
of who the writer is or of the writer's book (WRITERNOTE, WRITERBOOK of text/clutter.txt), then
a sentence on the writer's pronoun ("He is currently ...", "She formerly served ..."), and
whether this tree sets the two apart (text/clutter_writer_note.py, WRITERNOTENEXT).

Usage: .venv/bin/python bench/writer_note_two_census.py

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) whose last lines hold "He" or "She" opening a line is split into articles and
cleaned as ingest does (text.split.split_articles) but for the writer's note step, which is
left out so that the notes it takes still close the text; each text is read to its last two
paragraphs: the one before the last matches a note's shape, the last opens on "He", "She",
"His" or "Her". Every hit is printed: id, whether the note's surname is named before it in the
text, whether this tree's writer_note takes the two, and the two paragraphs' first words.
What each is was read in its article; the verdicts are in bench/writer_note_two_census.jsonl.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, sample  # noqa: E402
from text import clutter  # noqa: E402
from text.clutter_shapes import macro_pattern  # noqa: E402
from text.clutter_writer_note import writer_note  # noqa: E402
from text.read import Document  # noqa: E402
from text.split import split_articles  # noqa: E402

PRONOUN = re.compile(r"(?:He|She|His|Her)\b")


def _kept(result: object) -> None:
    """The writer's note step left out: the notes stay in the text, to be read here."""


def main() -> None:
    note, book = macro_pattern("WRITERNOTE"), macro_pattern("WRITERBOOK")
    clutter._strip_writer_note = _kept  # type: ignore[assignment]  # the notes stay, to be read
    records = corpus()
    held = {r["id"] for r in sample(records) if r["split"] == "heldout"}
    hits = 0
    for record in records:
        text = record.get("text") or ""
        if record["id"] in held or not re.search(r"\n(?:He|She|His|Her) ", text[-600:]):
            continue
        for draft in split_articles(Document(text=text, origin="bench", kind="text")):
            paragraphs = draft.text.rstrip().split("\n\n")
            if len(paragraphs) < 3 or not PRONOUN.match(paragraphs[-1]):
                continue
            found = note.match(paragraphs[-2]) or book.match(paragraphs[-2])
            if found is None:
                continue
            hits += 1
            surname = found.group("name").split()[-1]
            named = re.search(rf"\b{re.escape(surname)}\b", "\n\n".join(paragraphs[:-2]))
            at = writer_note(draft.text)
            taken = at is not None and at <= draft.text.rstrip().rfind(paragraphs[-2])
            print(
                f"{record['id']}\t{'named' if named else 'new'}\t{'taken' if taken else 'kept'}"
                f"\t{paragraphs[-2][:60]} | {paragraphs[-1][:60]}"
            )
    print(f"{hits} texts")


if __name__ == "__main__":
    main()
