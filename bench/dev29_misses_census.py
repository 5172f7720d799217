"""Census of the shapes the twenty-ninth dev sample (dev29) still showed, and of the comment
thread dev28 still showed, over the corpus as the cleaner at rev leaves it, and which of them
this tree's cleaner sets apart.

Usage: PYTHONPATH=. .venv/bin/python bench/dev29_misses_census.py [--rev 5df30c5]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked sample
left out) is cleaned by the code at rev, the way bench/clean.py runs it; the output is kept in
bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache). Shapes, each looser
than a rule that would take it:

- note: an editor's note, "editor's note" in any case (CNN's news blog prints one on a series it
  carries before each of its items: "Editor's note: <host>'s new show on HLN ...");
- position: a picture's position words after a comma (", left,", ", right,", ", center,"), the
  one cue of a photo caption standing before a news blog's item ("<name>, left, <name> and
  <name> were accused ..."; the blog's other captions show none);
- initialism: a paragraph after a sentence's end opening on an initialism in capitals and a
  comma before a word in lower case ("US, allies debate no-fly zone for Libya ..."), the first
  title of a CNN link list run into the next sentence, which the glued titles' reading refuses
  for its comma (text/clutter_title_run.py);
- policy: Reuters' comment policy ("We welcome comments that advance the story") in the corpus
  text glued after another line's words, the comment thread above it left; `kept` when the
  cleaned text at rev still holds the line the policy was glued to;
- timeline: an embedded TimelineJS chronology ("TimelineJS Embed");
- ideas: a closed call for readers' ideas ("Thank you for your ideas").

Every hit is printed, one a line: shape, id, whether this tree sets it apart (`set_apart` on the
cleaned text, the hit's words no longer in its text), the words before it and the hit. What
each is was read in its article; the verdicts are in bench/dev29_misses_census.jsonl.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, held_out_ids  # noqa: E402
from bench.common import print_shape_counts, print_shape_hits, shape_hits  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402
from text.clutter import set_apart  # noqa: E402

SHAPES = {
    "note": re.compile(r"(?i)\beditor['’]?s['’]? note\b[^\n]{0,150}"),
    "position": re.compile(
        r"[^\n]{0,60}, (?:far )?(?:left|right|center|centre|top|bottom|second left|second right),"
        r"[^\n]{0,80}"
    ),
    "initialism": re.compile(r"(?m)(?<=[.!?:\"”]\n\n)[A-Z][A-Z.]+, [a-z][^\n]{0,120}"),
    "timeline": re.compile(r"TimelineJS[^\n]{0,80}"),
    "ideas": re.compile(r"Thank you for your ideas[^\n]{0,80}"),
}
POLICY = re.compile(r"([^\n]{1,80}?) ?We welcome comments that advance the story")


def policy_hits(texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """("policy", id, whether the cleaned text at rev still holds the words the policy was
    glued to, those words) of every policy glued after another line's words in the corpus."""
    found = []
    held = held_out_ids(records := corpus())
    for record in records:
        if record["id"] in held or record["id"] not in texts:
            continue
        for match in POLICY.finditer(record["text"]):
            glued = " ".join(match.group(1).split())
            words = " ".join(glued.split()[-6:])
            left = words.replace(" ", "") in texts[record["id"]].replace(" ", "")
            found.append(("policy", record["id"], "kept" if left else "gone", glued))
    return found


def taken(out: str, hit: str) -> bool:
    """Whether this tree's cleaner takes the hit out of the cleaned text: its words (the first
    60 characters of it) are no longer there."""
    words = " ".join(hit.split())[:60]
    return words not in " ".join(set_apart(out).text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="5df30c5", help="the cleaner whose output is read")
    args = parser.parse_args()
    texts = cleaned(args.rev)
    found = shape_hits(texts, SHAPES)
    print_shape_counts(found, SHAPES, texts, taken)
    policies = policy_hits(texts)
    left = sum(state == "kept" for _, _, state, _ in policies)
    print(f"policy: glued after a line in {len(policies)} texts, that line kept in {left}")
    print_shape_hits(found, texts, taken)
    for shape, article_id, state, glued in policies:
        print(f"{shape}\t{article_id}\t{state}\t{glued}")


if __name__ == "__main__":
    main()
