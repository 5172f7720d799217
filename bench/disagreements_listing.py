"""The disagreements Sitrep shows for a store's most reported subjects, listed once each: the
listing bench/disagreements.py scores. It imports only the commands' public `run`, so the
same file also lists what an earlier commit's code shows (run in a checkout of it, whose
`commands` package is then the one imported).

Three listings:
- standard: every disagreement of the SUBJECTS subjects' timelines (default length), year by
  year for the WINDOWED most reported, and of the actors' profiles;
- long: every disagreement of the LONG most reported subjects' timelines at their longest
  (`--limit 200`), the dates a default timeline leaves out;
- days: the reports of every place on every day, as the entry of that day in the place's
  timeline holds them (the day's events of the passages naming it, from two articles or
  more), compared as an entry's are, whether or not a timeline would show that day.
The items of the long and days listings that the standard one does not show are the fresh
sample.

    python bench/disagreements_listing.py STORE OUT.jsonl [--standard | --long | --days]
"""

from __future__ import annotations

import hashlib
import json
import sys

SUBJECTS = 800
WINDOWED = 40  # of them, the most reported also asked year by year ("--from 2016 --to 2016")
YEARS = range(2011, 2018)
LONG = SUBJECTS  # subjects asked for their longest timeline
LONGEST = 200  # entries of a timeline at most


def subjects(db, n: int) -> list[tuple[str, str]]:
    """The n most reported places and actors: (kind, name)."""
    rows = db.conn.execute(
        "SELECT 'place', p.name, count(DISTINCT m.article_id) c FROM place_mentions m "
        "JOIN places p ON p.id = m.place_id GROUP BY p.id ORDER BY c DESC LIMIT ?",
        (n // 2,),
    ).fetchall()
    rows += db.conn.execute(
        "SELECT 'actor', a.name, count(DISTINCT m.article_id) c FROM actor_mentions m "
        "JOIN actors a ON a.id = m.actor_id GROUP BY a.id ORDER BY c DESC LIMIT ?",
        (n - n // 2,),
    ).fetchall()
    return [(kind, name) for kind, name, _ in rows]


def item_id(date: str, d: dict) -> str:
    claims = sorted(f"{c['article']['origin']}|{c['said']}" for c in d["claims"])
    return hashlib.sha1("\n".join([date, d["kind"], d["topic"], *claims]).encode()).hexdigest()[:12]


def _answers(db, n: int, kind: str, name: str, long: bool) -> list[dict]:
    from commands import actor, timeline

    if long:
        return [timeline.run(db, name, limit=LONGEST).to_json()]
    answers = [timeline.run(db, name).to_json()]
    if n % (SUBJECTS // 2) < WINDOWED // 2:  # the most reported places and actors
        answers += [
            timeline.run(db, name, date_from=str(y), date_to=str(y)).to_json() for y in YEARS
        ]
    if kind == "actor":
        answer = actor.run(db, name).to_json()
        answers.append({"entries": answer.get("timeline") or []})
    return answers


def shown(db, long: bool = False) -> dict[str, dict]:
    """Every disagreement shown in the listing's answers, by id."""
    found: dict[str, dict] = {}
    for n, (kind, name) in enumerate(subjects(db, LONG if long else SUBJECTS)):
        for answer in _answers(db, n, kind, name, long):
            for entry in answer.get("entries") or []:
                for d in entry.get("disagreements", []):
                    key = item_id(entry["date"], d)
                    found.setdefault(key, {"date": entry["date"], "subject": name, **d})
    return found


DAY_GROUPS = """
SELECT e.date, p.name, group_concat(DISTINCT e.id) FROM events e
JOIN passages s ON s.id = e.passage_id
JOIN place_mentions m ON m.article_id = e.article_id AND m.start >= s.start AND m.end <= s.end
JOIN places p ON p.id = m.place_id
WHERE e.precision = 'day'
GROUP BY e.date, p.id HAVING count(DISTINCT e.article_id) > 1
ORDER BY e.date, p.name
"""


def by_day(db) -> dict[str, dict]:
    """Every disagreement among the reports of one place on one day (the days listing)."""
    from commands.citations import Citation
    from commands.disagreements import disagreements
    from store.articles import get_article
    from store.events import EVENT_SELECT, EventRow

    cache: dict = {}

    def citation_of(article_id: int):
        if article_id not in cache:
            article = get_article(db, article_id)
            cache[article_id] = Citation.of(article) if article else None
        return cache[article_id]

    found: dict[str, dict] = {}
    for day, place, ids in db.conn.execute(DAY_GROUPS).fetchall():
        marks = ",".join("?" * len(ids.split(",")))
        rows = db.conn.execute(f"{EVENT_SELECT} WHERE e.id IN ({marks})", ids.split(","))
        events = [EventRow(*row) for row in rows]
        for d in disagreements(db, events, citation_of):
            doc = d.to_json()
            found.setdefault(item_id(day, doc), {"date": day, "subject": place, **doc})
    return found


def main() -> None:
    from store.db import connect

    db = connect(sys.argv[1])
    items = by_day(db) if "--days" in sys.argv[3:] else shown(db, long="--long" in sys.argv[3:])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for key, item in items.items():
            out.write(json.dumps({"id": key, **item}) + "\n")


if __name__ == "__main__":
    main()
