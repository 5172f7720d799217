"""The timelines of the seed articles (seeds/): their dated entries are kept, and no entry has a
year the article does not give, either written out or from its publication date."""

from pathlib import Path

import pytest

from commands import ingest, timeline
from store.articles import get_article
from store.db import connect

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
SUBJECTS = ("Mosul", "Syria", "Islamic State", "Raqqa", "Russia")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    db = connect(tmp_path_factory.mktemp("seeds") / "store.db")
    result = ingest.ingest_paths(db, sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert not result.errors, result.errors
    return db


@pytest.mark.slow
def test_the_seed_timelines_keep_their_dated_entries(seed_store):
    dates = {s: {e.date for e in timeline.run(seed_store, s).entries} for s in SUBJECTS}
    # dates the seed articles state outright, about these subjects
    assert {"2016-10", "2017-08-07"} <= dates["Mosul"]
    assert {"2011-03", "2017-08-05"} <= dates["Syria"]
    assert {"2014-08-08", "2016-07-19"} <= dates["Islamic State"]
    assert "2015-09" in dates["Russia"]


@pytest.mark.slow
@pytest.mark.parametrize("subject", SUBJECTS)
def test_no_seed_entry_has_a_year_its_article_does_not_give(seed_store, subject):
    for entry in timeline.run(seed_store, subject).entries:
        article = get_article(seed_store, entry.sources[0][0].id, with_text=True)
        assert article is not None and article.text is not None
        year = entry.date[:4]
        if entry.date_how == "explicit":  # written in what the entry shows, not elsewhere
            assert year in f"{entry.context or ''} {entry.text}", (entry.date, entry.text)
        else:  # a weekday, a month or "last week": its year is the publication's
            assert article.published, (entry.date, entry.text)
            assert abs(int(year) - int(article.published[:4])) <= 1, (entry.date, entry.text)
