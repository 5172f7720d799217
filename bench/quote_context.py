"""The article's context for `quote` coverage, measured beside the default in one run (variants
off by default in commands/quote.py: Methods(context=True), CONTEXT_SHARE, CONTEXT_NAMES_ONLY,
CONTEXT_FLOOR, TITLE_SHARE). Prints a table: dev, held-out (substring only), dev2, held-out2 (judged),
questions gained and lost against the default, top-three passages without a verdict (written to
bench/out/quote-context-unjudged.jsonl). Uses bench/out/quote-quality.db (bench/quote_quality.py).

Usage: .venv/bin/python bench/quote_context.py
"""

import json
import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from bench import quote_quality as qq
from commands import quote
from commands.quote_plan import Methods
from store.db import connect

db = connect(
    str(__import__("pathlib").Path(__file__).resolve().parent / "out" / "quote-quality.db"),
    create=False,
)
qs = qq.load_questions()
ver = qq.load_verdicts()


def run(m):
    return [[r.text for r in quote.run(db, q["question"], limit=10, methods=m).results] for q in qs]


def settings(share=0.5, names=False, floor=True, title=1.0):
    quote.CONTEXT_SHARE, quote.CONTEXT_NAMES_ONLY, quote.CONTEXT_FLOOR, quote.TITLE_SHARE = (
        share,
        names,
        floor,
        title,
    )


settings()
base = {"default": run(Methods()), "lexical": run(Methods(meaning=False))}
V = [
    ("article words, coverage and floor, 0.5", dict(share=0.5), True),
    ("article words, coverage and floor, 1", dict(share=1.0), True),
    ("article names, coverage and floor, 0.5", dict(share=0.5, names=True), True),
    ("article names, coverage and floor, 1", dict(share=1.0, names=True), True),
    ("article words, ranking only, 0.5", dict(share=0.5, floor=False), True),
    ("article words, ranking only, 1", dict(share=1.0, floor=False), True),
    ("article names, ranking only, 1", dict(share=1.0, names=True, floor=False), True),
    ("lexical + article names, coverage and floor, 0.5", dict(share=0.5, names=True), False),
    ("title words at 0.5 of a passage word", dict(title=0.5), None),
    ("title words at 0.75", dict(title=0.75), None),
    ("lexical + title words at 0.5", dict(title=0.5), "lex"),
]


def line(label, res, ref):
    cells = []
    for split in ("dev", "held-out", "dev2", "held-out2"):
        idx = [i for i, q in enumerate(qs) if q["split"] == split]
        s = qq.scores(
            [qs[i] for i in idx], [res[i] for i in idx], ver if split != "held-out" else {}
        )
        cells.append(f"{s['success3']:.3f} / {s['mrr']:.3f}")
    one = lambda q, r: qq.scores([q], [r], ver)["success3"]
    gain = [
        q["id"]
        for i, q in enumerate(qs)
        if q["split"] in ("dev", "dev2") and one(q, res[i]) > one(q, ref[i])
    ]
    lost = [
        q["id"]
        for i, q in enumerate(qs)
        if q["split"] in ("dev", "dev2") and one(q, res[i]) < one(q, ref[i])
    ]
    hg = sum(
        1
        for i, q in enumerate(qs)
        if q["split"] in ("held-out", "held-out2") and one(q, res[i]) > one(q, ref[i])
    )
    hl = sum(
        1
        for i, q in enumerate(qs)
        if q["split"] in ("held-out", "held-out2") and one(q, res[i]) < one(q, ref[i])
    )
    unj = [
        (q["id"], q["question"], q["answer"], t)
        for i, q in enumerate(qs)
        if q["split"] in ("dev", "dev2") and q["answer"]
        for t in res[i][:3]
        if not qq.is_answer(q, t, ver) and (q["id"], qq._verdict_key(t)) not in ver
    ]
    print(
        f"| {label} | "
        + " | ".join(cells)
        + f" | {', '.join(gain) or '–'} / {', '.join(lost) or '–'} | {hg} / {hl} | {len(unj)} |",
        flush=True,
    )
    return unj


print(
    "| method | dev | held-out | dev2 | held-out2 | dev+dev2 gained / lost | held-out+held-out2 gained / lost | unjudged |"
)
line("default", base["default"], base["default"])
line("lexical", base["lexical"], base["lexical"])
unjudged = {}
for label, kw, mode in V:
    settings(**kw)
    if mode is None:
        m, ref = Methods(), base["default"]
    elif mode == "lex":
        m, ref = Methods(meaning=False), base["lexical"]
    else:
        m, ref = Methods(meaning=mode, context=True), base["default" if mode else "lexical"]
    for u in line(label, run(m), ref):
        unjudged.setdefault((u[0], qq._verdict_key(u[3])), u)
settings()
with open("bench/out/quote-context-unjudged.jsonl", "w") as f:
    for u in unjudged.values():
        f.write(
            json.dumps({"question": u[0], "asked": u[1], "substring": u[2], "passage": u[3]}) + "\n"
        )
print(len(unjudged), "unjudged", file=sys.stderr)
