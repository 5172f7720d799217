"""Articles written for the watchlist tests: a clash at a real town (Manbij, which the
gazetteer knows) by invented armed groups, on the day given, so a test decides what happened
when and what arrived when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.bot.conftest import seed

TEAM = "T0FAKE"
TOWN = "Manbij"


# Sentences of background, a different pair for each article, so no two articles are near
# copies of each other (those are stored but counted once).
BACKGROUND = (
    "Residents said shops stayed closed and the main road to the Euphrates was cut.",
    "Aid workers said a convoy of flour and medicine was turned back at the bridge.",
    "Teachers kept the schools shut and families left for villages to the south.",
    "Farmers said the irrigation canals had not been repaired since the winter floods.",
    "The town's only hospital asked for blood donors over loudspeakers at the mosques.",
    "Traders said the price of bread had doubled in the market within a week.",
    "Journalists were kept away from the front line by checkpoints on every road.",
    "Elders from the surrounding tribes met at a wedding hall to call for calm.",
)


def clash(day: date, group: str, dead: int, town: str = TOWN, n: int = 0) -> str:
    """An article telling of one attack on `day` (written as an explicit date)."""
    first, second = BACKGROUND[n % len(BACKGROUND)], BACKGROUND[(n + 3) % len(BACKGROUND)]
    return (
        f"{group} attack near {town} leaves {dead} dead\n\n"
        f"On {day.day} {day:%B %Y}, fighters of the {group} attacked a checkpoint on the edge of "
        f"{town}, killing {dead} people, local officials said. The town lies in northern Syria, "
        f"near the Turkish border. {first} {second} A spokesman "
        f"for the council in {town} said reinforcements had arrived by the evening, report "
        f"number {n} of the desk.\n"
    )


def add_clash(
    db_path: Path,
    day: date,
    group: str,
    dead: int,
    published: date,
    n: int,
    scope: str = "",
    town: str = TOWN,
) -> dict:
    """Store one clash article (the n-th: its link and outlet say which)."""
    return seed(
        db_path,
        TEAM,
        clash(day, group, dead, town, n),
        f"https://news.example.org/clash-{n}",
        scope=scope,
        published=published.isoformat(),
        source="Example Wire" if n % 2 else "Example News",
    )
