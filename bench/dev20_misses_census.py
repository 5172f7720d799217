"""Census of two shapes over the corpus that the twentieth dev sample (dev20) showed, as this
tree's cleaner leaves them: a paragraph of article text dropped as a photo credit because the
mojibake of an "é" ("JosÃ © Guimarães", the "©" its second byte decoded) reads as a "©" credit
ending a short paragraph; and a closing line giving a show's venue and box-office number
("<show> is at <theatre> , London , <dates> ( 020 - 7478 0100 ) ...").

Usage: PYTHONPATH=. .venv/bin/python bench/dev20_misses_census.py

Reads the corpus (the held-out articles of the marked sample left out). For the credits: every
text holding "Ã ©" goes through the cleaning steps of text/clean.py up to the caption step, and
each paragraph that step drops is counted, apart when the credit it was read as starts at such
an "©", with its id and first 40 characters (the reading is bench/mojibake_credit_reads.jsonl);
since pipeline version 100 those steps put the garbled letters back first (text/mojibake.py),
and none is dropped at such an "©".
For the box-office lines: the texts with a bracketed British phone number in their last 400
characters, and whether the cleaned text still holds that line. Prints only: the reading goes
into docs/QUALITY.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from text import furniture  # noqa: E402
from text.clean import TEXT_STEPS  # noqa: E402
from text.paragraphs import split_paragraphs  # noqa: E402
from text.read import Document  # noqa: E402
from text.split import split_articles  # noqa: E402

MOJIBAKE_E = "Ã ©"  # "é" in UTF-8 read as cp1252, its two characters spaced by tokenization
BOX_OFFICE = re.compile(r"\( 0\d{2,3} - \d{3,4} \d{3,4} \)")
CLOSING = 400  # a closing line stands in the text's last this many characters


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text)


def _dropped_at_mojibake(text: str) -> tuple[list[str], int]:
    """The paragraphs the caption step drops at an "Ã ©", and how many it drops otherwise."""
    for step in TEXT_STEPS:
        text = step(text)
    items = furniture.drop_teasers(furniture.drop_boilerplate(split_paragraphs(text)))
    credit = furniture._credit_at_end()
    at_mojibake, other = [], 0
    for (_, before), (_, after) in zip(items, furniture.drop_captions(items), strict=True):
        if not before or after:
            continue
        tail = before[-furniture.MAX_CREDIT_CHARS :]
        found = credit.search(tail)
        start = len(before) - len(tail) + found.start() if found else -1
        if start >= 2 and before[start - 2 : start + 1] == MOJIBAKE_E:
            at_mojibake.append(before)
        else:
            other += 1
    return at_mojibake, other


def main() -> None:
    records = corpus()
    held = held_out_ids(records)
    texts = other = 0
    dropped: list[tuple[str, str]] = []
    box_lines: list[tuple[str, bool, str]] = []  # id, left in, the line's first 60 characters
    for record in records:
        if record["id"] in held:
            continue
        text = record["text"]
        if MOJIBAKE_E in text:
            texts += 1
            found, others = _dropped_at_mojibake(text)
            dropped += [(record["id"], paragraph) for paragraph in found]
            other += others
        numbers = list(BOX_OFFICE.finditer(text, max(0, len(text) - CLOSING)))
        if numbers:
            at = numbers[-1].start()
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)]
            drafts = split_articles(Document(text=text, origin="bench", kind="text"))
            kept = _key("\n".join(draft.text for draft in drafts))
            box_lines.append((record["id"], _key(line[-40:]) in kept, line[:60]))
    print(
        f'{texts} texts hold "{MOJIBAKE_E}"; the caption step drops {len(dropped)} paragraphs '
        f"of {len({i for i, _ in dropped})} of them as a credit at it, {other} others"
    )
    for article_id, paragraph in dropped:
        print(f"  `{article_id}` {paragraph[:40]!r}")
    print(
        f"\n{len(box_lines)} texts close with a bracketed box-office number, "
        f"{sum(left for _, left, _ in box_lines)} of them still holding the line"
    )
    for article_id, left, line in box_lines:
        print(f"  `{article_id}` {'left' if left else 'gone'}: {line}")


if __name__ == "__main__":
    main()
