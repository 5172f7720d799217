"""Print, as JSON lines, every item an actor profile shows: its relations (each with its first
evidence sentence), its description and its places, in the order the profile shows them.

Usage: python bench/actors_profiles.py STORE.db NAME [NAME ...]

It imports `commands.actor` from whatever tree is first on PYTHONPATH, so bench/actors.py runs it
once with the previous code and once with this tree's, over their own stores.
"""

from __future__ import annotations

import json
import sys


def _offsets(db, article_id: int | None, sentence: str) -> tuple[int | None, int | None]:
    """Where the evidence sentence sits in its article's stored text."""
    if article_id is None or not sentence:
        return None, None
    row = db.conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    at = row[0].find(sentence) if row else -1
    return (at, at + len(sentence)) if at >= 0 else (None, None)


def items(db, name: str) -> list[dict]:
    from commands import actor

    answer = actor.run(db, name).to_json()
    profile = answer.get("actor")
    if not profile:
        return [{"actor": name, "type": "missing", "value": answer.get("suggestions")}]
    out: list[dict] = []
    description = profile.get("description")
    if description:
        source = profile.get("description_source") or {}
        out.append(
            {
                "actor": name,
                "type": "description",
                "value": description,
                "url": source.get("origin"),
                "text": description,
            }
        )
    for rank, rel in enumerate(answer["relations"]):
        evidence = rel["evidence"][0] if rel["evidence"] else {"text": "", "article": {}}
        article = evidence["article"].get("id")
        start, end = _offsets(db, article, evidence["text"])
        url = evidence["article"].get("origin") or ""
        if "/seeds/" in url:
            url = "seeds/" + url.split("/seeds/")[1]  # the same file, wherever the tree is
        out.append(
            {
                "actor": name,
                "type": "relation",
                "rank": rank,
                "value": f"{rel['subject']} | {rel['predicate']} | {rel['object']}",
                "support": rel.get("support", len(rel["evidence"])),
                "url": url,
                "article": article,
                "start": start,
                "end": end,
                "text": evidence["text"],
            }
        )
    for place in answer["places"]:
        label = place.get("label") or place["name"]
        out.append(
            {"actor": name, "type": "place", "value": label, "count": place.get("sentences")}
        )
    out.append(
        {
            "actor": name,
            "type": "profile",
            "value": profile["name"],
            "kind": profile["kind"],
            "aliases": profile["aliases"],
        }
    )
    return out


def main() -> None:
    from store.db import connect

    db = connect(sys.argv[1])
    for name in sys.argv[2:]:
        for item in items(db, name):
            print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
