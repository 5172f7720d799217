"""What a cleaned text still holds of two agencies' fixed furniture, by source: Reuters' closing
notices (its copyright and trademark notice, "All rights reserved" without the sign, the quotes
and editorial-handbook notes of its pages), and a wire credit in brackets ("(reuters)",
"(AFP)") left at a paragraph's start or after a sentence's end, in any case.

Usage: .venv/bin/python bench/wire_notice_census.py [--rev 334e284]

Each corpus article (../shared/eval/news-corpus.jsonl, the held-out articles of the marked
sample left out) is cleaned by the code at rev, as bench/clean.py runs it; the output is kept in
bench/out/cleaned-<rev>.jsonl (bench/stopless_caption_census.py's cache). Prints the count of
texts by source for each shape, then every hit, one a line: id, paragraph, the line or the words
around it. The patterns are loose on purpose (a census, not the rule): what they find is read
in its article, and the verdicts go into docs/QUALITY.md by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_sample import corpus, site  # noqa: E402
from bench.stopless_caption_census import cleaned  # noqa: E402

NOTICE = re.compile(
    r"Republication or redistribution of ?Reuters|Reuters ?sphere logo|All quotes delayed"
    r"|Editorial Handbook|(?:Thomson )?Reuters,? (?:19|20)\d\d\.? All rights reserved",
    re.IGNORECASE,
)
AGENCIES = "reuters|afp|ap|sana|xinhua|upi|anadolu|sputnik|dpa|aa|ansa|efe|cnn|irna|tass|agencies"
CREDIT = re.compile(rf"(?:^|(?<=[.!?\"”] ))\((?i:{AGENCIES})\)(?= |$)", re.MULTILINE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="334e284", help="the cleaner whose output is read")
    args = parser.parse_args()
    texts = cleaned(args.rev)
    source = {r["id"]: site(r["id"], r.get("outlet")) for r in corpus()}
    for name, pattern in (("Reuters notices", NOTICE), ("wire credits", CREDIT)):
        hits = []
        for article_id, out in texts.items():
            for match in pattern.finditer(out):
                paragraph = out.count("\n\n", 0, match.start())
                around = out[max(0, match.start() - 60) : match.end() + 60].replace("\n", "|")
                hits.append((article_id, paragraph, match.group(), around))
        by_source = Counter(source.get(h[0], "?") for h in {h[0]: h for h in hits}.values())
        print(
            f"{name}: {len({h[0] for h in hits})} texts;",
            ", ".join(f"{n} {c}" for n, c in by_source.most_common()),
        )
        for article_id, paragraph, found, around in sorted(hits):
            print(f"  {article_id}\t{paragraph}\t{found}\t{around}")


if __name__ == "__main__":
    main()
