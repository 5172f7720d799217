"""extract/actors/work.py: the state one find_actors call works on, with typed spans."""

from __future__ import annotations

import pytest

from extract.actors import Catalogue
from extract.actors.work import Span, Work, headline, kind_of, sentence_initial
from extract.name_tokens import tokenize


def work_on(text: str, catalogue: Catalogue) -> Work:
    return Work(tokenize(text), catalogue)


def test_a_claim_owns_its_tokens_until_released(catalogue):
    work = work_on("Wardan Oskivi met Pell Tarragh in Qorvan.", catalogue)
    ident = work.claim(0, 2, "wardan-oskivi", "title", discovered=True)
    assert work.spans[ident] == Span(0, 2, "wardan-oskivi", "title", True)
    assert work.owner[:3] == [ident, ident, -1]
    assert not work.free(1, 3) and work.free(2, 5)
    work.release(ident)
    assert work.spans[ident].end == work.spans[ident].first == 0  # empty: dropped at the end
    assert work.free(0, 5)


def test_spans_are_immutable(catalogue):
    work = work_on("Pell Tarragh spoke.", catalogue)
    work.claim(0, 2, "pell-tarragh", "phrase")
    with pytest.raises(AttributeError):
        work.spans[0].key = "someone-else"  # type: ignore[misc]


def test_one_discovered_person_whatever_the_given_name_or_middle_name(catalogue):
    work = work_on("", catalogue)
    first = work.discover("Mike Tarragh", "person")
    assert work.discover("Michael Tarragh", "person") == first
    assert work.discover("Anders Fogh Quillan", "person") == work.discover(
        "Anders Quillan", "person"
    )
    assert work.actor(first) is not None and work.actor(first).kind == "person"


def test_a_council_or_a_front_is_never_a_person(catalogue):
    work = work_on("", catalogue)
    key = work.discover("Zentil Transitional Council", "person")
    assert work.actor(key).kind == "organisation"
    assert kind_of(["zentil", "liberation", "front"]) == "armed_group"


def test_a_role_is_kept_once_without_a_possessive_tail(catalogue):
    work = work_on("", catalogue)
    work.set_role("pell-tarragh", "s intelligence minister , ")
    work.set_role("pell-tarragh", "a later role")
    assert work.roles == {"pell-tarragh": "intelligence minister"}


def test_token_shapes_the_passes_share(catalogue):
    t = tokenize("Quiet day. Oskivi spoke")
    assert sentence_initial(t, 0) and sentence_initial(t, 2) and not sentence_initial(t, 3)
    lines = "Zentil League And Qorvan Army Sign Truce Deal\n\nThe talks went on."
    work = work_on(lines, catalogue)
    assert headline(work, 0) and not headline(work, len(work.t) - 1)
