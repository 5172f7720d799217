"""Synthetic news articles for load and fault tests: seeded, distinct, short, and full of what
the extractors look for (actors, places, dates), so every table an ingest writes gets rows."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

ACTORS = [
    "the Syrian Democratic Forces",
    "the SDF",
    "Islamic State",
    "the Iraqi army",
    "Turkey",
    "the YPG",
    "Russian jets",
    "the US-led coalition",
    "Hayat Tahrir al-Sham",
    "the Syrian army",
    "Kurdish fighters",
    "Hezbollah",
]
PLACES = [
    "Raqqa",
    "Mosul",
    "Manbij",
    "Aleppo",
    "Deir ez-Zor",
    "Tabqa",
    "Idlib",
    "Afrin",
    "Kobane",
    "Palmyra",
    "Tal Afar",
    "Hasakeh",
    "Qamishli",
    "al-Bab",
]
VERBS = [
    "captured",
    "shelled",
    "encircled",
    "entered",
    "withdrew from",
    "attacked",
    "besieged",
    "struck targets near",
]
SOURCES = [
    "activists",
    "a spokesman",
    "the monitoring group",
    "local officials",
    "residents",
    "state media",
    "commanders",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OUTLETS = ["Levant Monitor", "Example Wire", "Frontline Daily", "Crisis Desk"]
SENTENCES = [
    "{Actor} {verb} {place} on {day} {month} {year}, {source} said.",
    "Fighting around {place} continued last week, according to {source}.",
    "{Actor} said it had {verb} the outskirts of {place} after {n} days of clashes.",
    "Aid agencies warned that {n},000 civilians remained trapped in {place}.",
    "On {day} {month} {year}, {actor} and {actor2} met near {place} to discuss a ceasefire.",
    "Residents of {place} described {adjective} nights of air strikes and shelling.",
    "The road between {place} and {place2} was cut in {month} {year}, {source} reported.",
    "{Actor} accused {actor2} of breaking the truce around {place}.",
]
ADJECTIVES = ["long", "sleepless", "terrifying", "cold", "endless", "quiet"]


def article(rng: random.Random, number: int) -> dict[str, str]:
    """One JSON-lines record: title, text, published, source, url."""

    def sentence() -> str:
        actor, actor2 = rng.sample(ACTORS, 2)
        place, place2 = rng.sample(PLACES, 2)
        text = rng.choice(SENTENCES).format(
            actor=actor,
            Actor=actor[0].upper() + actor[1:],
            actor2=actor2,
            place=place,
            place2=place2,
            verb=rng.choice(VERBS),
            source=rng.choice(SOURCES),
            day=rng.randint(1, 28),
            month=rng.choice(MONTHS),
            year=rng.randint(2014, 2019),
            n=rng.randint(2, 90),
            adjective=rng.choice(ADJECTIVES),
        )
        return text

    paragraphs = [
        " ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))
    ]
    # A serial number in the text keeps every article distinct, even from a near twin.
    paragraphs.append(
        f"This is dispatch number {number} of the series, filed by "
        f"{rng.choice(SOURCES)} with reference {rng.getrandbits(48):x}."
    )
    actor, place = rng.choice(ACTORS), rng.choice(PLACES)
    title = f"{actor[0].upper() + actor[1:]} {rng.choice(VERBS)} {place}"
    published = f"{rng.randint(2014, 2019)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": published,
        "source": rng.choice(OUTLETS),
        "url": f"https://news.example.org/{number}",
    }


def articles(seed: int, count: int, first: int = 0) -> list[dict[str, str]]:
    return list(stream(seed, first, count))


def stream(seed: int, first: int = 0, count: int | None = None) -> Iterator[dict[str, str]]:
    """Articles one at a time, as many as asked for (or without end)."""
    rng = random.Random(seed)
    numbers = itertools.count(first) if count is None else range(first, first + count)
    for number in numbers:
        yield article(rng, number)


def as_text(record: dict[str, str]) -> str:
    """The record as a pasted article: its title line, then the body."""
    return f"{record['title']}\n\n{record['text']}\n"
