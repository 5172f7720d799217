"""Write text/irregular_forms.tsv: each lemma of text/word_relations.tsv that has irregular forms,
with them (say: said; strike: struck; child: children), for `quote` to search a typed word and
its irregular forms as one term (text/word_relations.irregular_forms).

Usage: .venv/bin/python bench/quote_irregular_forms.py

text/word_relations.tsv holds, for an irregular form, its lemma (WordNet 3.0's exception
lists, read by bench/quote_word_relations.py): the form finds its lemma there by bisection.
This file is its inverse, a lemma's forms, so that a typed lemma ("struck" written, "strike"
asked) finds them without the whole relations file being parsed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "text" / "irregular_forms.tsv"
HEADER = (
    "# Irregular forms of English words, by lemma, for `quote` to search a typed word and its\n"
    "# irregular forms as one term ('said' for 'says', 'struck' for 'strike'). Each line: a lemma,\n"
    "# a tab, its forms (space-separated). The inverse of the lemma column of\n"
    "# text/word_relations.tsv, written by bench/quote_irregular_forms.py.\n"
    "# Source: WordNet 3.0's exception lists (Princeton University; its licence is in\n"
    "# text/word_relations.tsv), for the lemmas that file relates.\n"
)


def main() -> None:
    from text.word_relations import _text

    forms: dict[str, set[str]] = {}
    for line in _text().splitlines():
        cells = line.split("\t")
        if len(cells) == 4 and cells[3]:
            for lemma in cells[3].split(" "):
                forms.setdefault(lemma, set()).add(cells[0])
    body = "".join(f"{lemma}\t{' '.join(sorted(f))}\n" for lemma, f in sorted(forms.items()))
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(forms)} lemmas written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
