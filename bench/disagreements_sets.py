"""The stores bench/disagreements.py lists reports that differ from, and the judged part each
listed item belongs to.

Two stores, of collections that share no article:

- "conflict": the conflict articles (bench/common.py conflict_records()). An item of the
  standard listing (bench/disagreements_listing.py) is in the development part when its event
  is before CONFLICT_HELD_OUT_FROM, else in the held-out part: the parts judged first. An item
  only the long or the days listing shows (dates a default timeline leaves out, reports of a
  place on a day) is in the fresh part, or the fresh held-out part from
  CONFLICT_HELD_OUT_FROM on.
- "other": other collections of the news corpus that report violence and disasters (Guardian
  profiles of Afghan, Zimbabwean, Liberian, Pakistani and Iranian leaders, the Timeline17
  Haiti earthquake and BP oil spill topics, and the TempEval newswire), all in the fresh
  parts. Whole collections are held out (leave-topic-out): an item citing any article of a
  FRESH_HELD_OUT collection is in the fresh held-out part.

The held-out parts' items are only totalled while the rules change, and judged once after.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import NEWS, ROOT, conflict_records

OUT = ROOT / "bench" / "out"
CONFLICT_HELD_OUT_FROM = "2017-01-01"  # conflict events from this day on are held out
# collection prefixes of corpus ids (news-corpus.jsonl "id"), chosen before any item was read
FRESH_DEVELOPMENT = (
    "t17/haiti_",
    "t17/bpoil_",
    "entities/Hamid_Karzai/",
    "entities/Morgan_Tsvangirai/",
    "entities/Charles_Taylor/",
)
FRESH_HELD_OUT = (
    "te3-silver/",
    "aquaint/",
    "timebank/",
    "entities/Nawaz_Sharif/",
    "entities/Mahmoud_Ahmadinejad/",
    "entities/Hassan_Rouhani/",
)
# the outlet a corpus id names: Timeline17's folder ("t17/haiti_bbc/3"), the newswire file's
# agency ("te3-silver/AFP_ENG_19970401.0006.tml")
T17_OUTLETS = {
    "reuters": "Reuters",
    "cnn": "CNN",
    "guardian": "The Guardian",
    "bbc": "BBC",
    "foxnews": "Fox News",
    "washingtonpost": "The Washington Post",
}
WIRE_OUTLETS = {
    "AFP": "AFP",
    "APW": "AP",
    "AP9": "AP",
    "NYT": "The New York Times",
    "XIN": "Xinhua",
    "XIE": "Xinhua",
    "WSJ": "The Wall Street Journal",
    "wsj": "The Wall Street Journal",
    "CNN": "CNN",
    "ABC": "ABC",
    "VOA": "Voice of America",
    "PRI": "PRI",
    "SJM": "San Jose Mercury News",
}


def outlet_of(corpus_id: str) -> str | None:
    """The outlet a corpus id names, or None (FA-KES and Guardian profile ids name none)."""
    parts = corpus_id.split("/")
    if parts[0] == "t17":
        return T17_OUTLETS.get(parts[1].rsplit("_", 1)[-1])
    if parts[0] in ("te3-silver", "aquaint", "timebank"):
        return WIRE_OUTLETS.get(parts[1][:3])
    return None


def with_outlet(record: dict) -> dict:
    return {**record, "source": outlet_of(record["url"])}


def fresh_records() -> list[dict]:
    """The fresh collections' articles, as ingest records, in file order."""
    wanted = FRESH_DEVELOPMENT + FRESH_HELD_OUT
    records = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r["id"].startswith(wanted):
                records.append(
                    {
                        "title": r.get("title"),
                        "text": r["text"],
                        "published": r.get("date"),
                        "url": r["id"],
                    }
                )
    return records


def _conflict_part(item: dict, long: bool) -> str:
    later = item["date"] >= CONFLICT_HELD_OUT_FROM
    if long:
        return "fresh held-out" if later else "fresh"
    return "held-out" if later else "development"


def _other_part(item: dict, long: bool) -> str:
    origins = [c["article"]["origin"] for c in item["claims"]]
    return "fresh held-out" if any(o.startswith(FRESH_HELD_OUT) for o in origins) else "fresh"


PARTS = ("development", "held-out", "fresh", "fresh held-out")
HELD_OUT_PARTS = ("held-out", "fresh held-out")


@dataclass(frozen=True)
class JudgedSet:
    """A store, the records it is built from, and the part of each item listed from it (the
    flag: the item is shown only by the long or the days listing, not the standard one)."""

    name: str
    store: Path
    records: Callable[[], list[dict]]
    part_of: Callable[[dict, bool], str]


SETS = (
    JudgedSet("conflict", OUT / "disagreements.db", conflict_records, _conflict_part),
    JudgedSet("other", OUT / "disagreements-fresh.db", fresh_records, _other_part),
)
