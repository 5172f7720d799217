"""How fast clutter shapes are tried must change nothing they find: the choice of shapes a
text can hold (one scan of the text for all needs chooses exactly the shapes a test of each
need on its own chooses), and the lookahead guards in front of the caption shapes (a shape
matches exactly where it matches without its guard)."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text.clutter import set_apart
from text.clutter_shapes import (
    KINDS,
    Chosen,
    Opening,
    Shape,
    active,
    expand,
    macros,
    of_kind,
    shapes,
    word_trie,
)

TEXTS = [
    "",
    "Plain words from Varnholt with no clutter at all.",
    # needs that overlap or lie inside one another ("AP Photo" holds "AP", "Photo" holds "hoto")
    "Varnholt, Orsk (AP Photo/Ilse Marten) Tags: Orsk Keywords: Varnholt",
    "Posted by Ilse Marten on 3 March 2019 at 10:15 am\nFollow the latest from Orsk",
    # characters beyond the first 256 and beyond the first plane
    "• Orsk · Varnholt â€¢ © 2019 “quoted” — dashes – and 🙂 an emoji (Reuters) -",
    # a lone surrogate, which no UTF-8 automaton reads
    "Ilse Marten, Reuters, Orsk \ud800 Photo: Varnholt",
]


def _chosen_one_need_at_a_time(kind: str, region: str) -> Chosen:
    return Chosen(
        tuple(
            shape
            for shape in of_kind(kind)
            if not shape.needs or any(need in region for need in shape.needs)
        )
    )


def test_the_shapes_chosen_by_one_scan_are_those_each_need_chooses():
    for kind in (*KINDS, "tail"):
        needs = sorted({need for shape in of_kind(kind) for need in shape.needs})
        # every need alone, and all of them run together, as well as the invented texts
        for region in [*TEXTS, *needs, " ".join(needs), "".join(needs)]:
            assert active(kind, region) == _chosen_one_need_at_a_time(kind, region), (kind, region)


def test_a_text_with_a_lone_surrogate_is_set_apart_as_any_other():
    story = "The council of Varnholt said on Tuesday that the crossing would reopen."
    found = set_apart(f"ORSK (Reuters) - {story} \ud800")
    assert found.outlet == "Reuters"
    assert found.text == f"{story} \ud800"


# Words a caption, its opener, a date and the punctuation that stops a caption are made of.
_WORDS = [
    "Smoke",
    "rose",
    "over",
    "the",
    "old",
    "quarter",
    "of",
    "Varnholt",
    "after",
    "shelling",
    "Experts",
    "say",
    "The",
    "council",
    "Engineers",
    "are",
    "planning",
    "a",
    "By",
    "Ilse",
    "Marten",
    "3",
    "March",
    "2019",
    "Mar.",
    "and",
    "it",
    "we",
    "said",
    "Orsk,",
    "bridge.",
    "crossing;",
    "(AP)",
    "“Varnholt”",
    "it’s",
    "When",
    "votes",
]
_SEPARATORS = [" "] * 16 + ["  ", "\n", ".\n\n", "\n\n", ". ", ", ", ": ", "! "]


def _unguarded(shape: Shape) -> re.Pattern[str]:
    """The shape's pattern without its lookahead guard, "(?={CAPTIONRUN} ...)" or
    "(?={NAMERUN} ...)"."""
    source = shape.source
    start = max(source.find("(?={CAPTIONRUN}"), source.find("(?={NAMERUN}"))
    depth, end = 0, start
    for end in range(start, len(source)):
        depth += {"(": 1, ")": -1}.get(source[end], 0) if source[end - 1] != "\\" else 0
        if depth == 0:
            break
    return re.compile(expand(source[:start] + source[end + 1 :], macros()))


def _guarded_shapes() -> list[Shape]:
    return [s for s in shapes() if "{CAPTIONRUN}" in s.source or "{NAMERUN}" in s.source]


def test_the_guarded_shapes_are_those_a_speed_guard_was_put_in():
    assert {s.kind for s in _guarded_shapes()} == {"every", "inline"}
    for shape in _guarded_shapes():
        assert "RUN}" not in _unguarded(shape).pattern


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40
    )
)
def test_a_speed_guard_changes_nothing_a_caption_shape_matches(pieces):
    _same_matches(".\n\n" + "".join(word + separator for word, separator in pieces))


def _same_matches(text: str) -> None:
    for shape in _guarded_shapes():
        bare = _unguarded(shape)
        for start in range(len(text)):
            found, expected = shape.pattern.match(text, start), bare.match(text, start)
            assert (found and found.span()) == (expected and expected.span()), shape.source


def test_a_speed_guard_changes_nothing_on_the_captions_the_shapes_are_written_for():
    invented = [
        "The bridge held.\n\nFerries waited at the quay of Orsk for a night Engineers say it "
        "is safe.",
        "Smoke rose over the old quarter of Varnholt after the shelling Experts say the "
        "crossing will reopen. Ferries waited at the quay of Orsk for a second night The "
        "council votes.",
        "Ferries waited at the quay, of Orsk for a night Engineers say.\n\nThey left at dawn "
        "3 March 2019 Ilse Marten said.",
    ]
    examples = [e.replace(" || ", " ") for s in _guarded_shapes() for e in s.examples]
    for text in invented + examples:
        _same_matches(text)


def _opened_shapes() -> list[Shape]:
    return [s for s in shapes() if s.opening is not None]


def test_a_plain_lookbehind_or_a_line_start_opens_a_search():
    assert {s.kind for s in _opened_shapes()} >= {"inline", "lead", "end"}
    for source, flags, scans, at_start in [
        (r'(?<=[.!?"”] )[A-Z]', 0, [('[.!?"”] (?:[A-Z])', 2)], False),
        (r"(?<=[.!?]\n\n)X", 0, [("[.!?]\\n\\n(?:X)", 3)], False),
        (r"(?<=\.\.\. )Topic", 0, [("\\.\\.\\. (?:Topic)", 4)], False),
        (r"(?<=[]a] )X", 0, [("[]a] (?:X)", 2)], False),
        (r"(?<= )X", 0, [(" (?:X)", 1)], False),
        (r"^X", re.MULTILINE, [("\n(?:X)", 1)], True),
        (r"(?:^|(?<=[.)] ))X|Y", re.MULTILINE, None, False),
        (
            r"(?:^|(?<=[.)] ))(?:X|Y)",
            re.MULTILINE,
            [("\n(?:(?:X|Y))", 1), ("[.)] (?:(?:X|Y))", 2)],
            True,
        ),
        (r"(?:(?<![^\n])|(?<= ))X", 0, [("\n(?:X)", 1), (" (?:X)", 1)], True),
        # a class that holds letters opens the way: its plain characters are scanned for first
        (r"(?<=[a-z] )X", 0, [(" (?<=[a-z] )(?:X)", 1)], False),
        (r"(?<=[\w.!?] )X", 0, [(r" (?<=[\w.!?] )(?:X)", 1)], False),
        (r"(?<=[a-z]\n\n)X", 0, [(r"\n\n(?<=[a-z]\n\n)(?:X)", 2)], False),
        (r"(?<=[a-z][.!?])X", 0, [("[a-z][.!?](?:X)", 2)], False),
        (r"(?<=\w )X", re.IGNORECASE, [(r" (?<=\w )(?:X)", 1)], False),
        # an alternation at the top level whose every branch opens so: each branch's ways
        (
            r"(?<=[.!?] )X|^Y",
            re.MULTILINE,
            [("[.!?] (?:X)", 2), ("\n(?:Y)", 1)],
            True,
        ),
        (r"(?<=[a-z] )X|(?<=, )Y", 0, [(" (?<=[a-z] )(?:X)", 1), (", (?:Y)", 2)], False),
    ]:
        found = _opening_of(source, flags)
        if scans is None:
            assert found is None, source
            continue
        assert found is not None, source
        assert [(p.pattern, w) for p, w in found.scans] == scans, source
        assert found.at_start == at_start, source
    # alternation, repetition, groups, anchors in the lookbehind, "^" without re.MULTILINE, an
    # alternation at the top level: searched as written
    for source in [
        r"(?<=a|b )X",
        r"(?<=a+ )X",
        r"(?<=(?:a) )X",
        r"(?<=\b )X",
        "aX",
        "^X",
        r"(?<=a)X|Y",
        r"X|(?<=a)Y",
        # a branch scanned alone would read another branch's group by its number or name
        r"(?<=a)(b)X|(?<=c)\1",
        r"(?<=a)(?P<b>b)X|(?<=c)(?P=b)",
    ]:
        assert _opening_of(source) is None, source


def _opening_of(source: str, flags: int = 0) -> Opening | None:
    from text.clutter_shapes import _opening

    return _opening(source, flags)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40
    ),
    st.integers(min_value=0, max_value=30),
)
def test_a_search_from_its_lookbehind_finds_what_the_pattern_finds(pieces, start):
    from text.clutter_shapes import _search

    text = "".join(word + separator for word, separator in pieces)
    for shape in _opened_shapes():
        for begin in (0, start, start + 1):
            found = _search(shape, text, begin, len(text))
            expected = shape.pattern.search(text, begin)
            assert (found and found.span()) == (expected and expected.span()), shape.source


def test_a_search_from_its_lookbehind_finds_the_examples_the_shapes_are_written_for():
    from text.clutter_shapes import _search

    for shape in _opened_shapes():
        for example in shape.examples:
            text = "Ferries waited at the quay. " + example.replace(" || ", " ")
            for begin in range(len(text) + 1):
                found, expected = (
                    _search(shape, text, begin, len(text)),
                    shape.pattern.search(text, begin),
                )
                assert (found and found.span()) == (expected and expected.span()), shape.source


INVENTED_OPENINGS = [
    (r"(?<=[a-z] )(?:Varn|Orsk)\w*", 0),
    (r"(?<=[\w.!?] )\d+(?:st|nd) Orsk", 0),
    (r"(?<=[a-z]\n\n)[A-Z]\w+", 0),
    (r"(?<=[.!?] )Orsk|^Varn\w*", re.MULTILINE),
    (r"(?<=[a-z] )Varn(?=holt)|(?<=, )Orsk|(?:^|(?<=\) ))Ilse", re.MULTILINE),
    (r"(?<=[a-z] )v(?:arn|orsk)", re.IGNORECASE),
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_WORDS, "Varnholt", "Orsk", "1st", "Ilse", "VARN"]),
            st.sampled_from([*_SEPARATORS, ", ", ") ", "\n\n"]),
        ),
        min_size=1,
        max_size=30,
    ),
    st.integers(min_value=0, max_value=30),
)
def test_a_search_from_a_scanned_opening_finds_what_an_invented_pattern_finds(pieces, start):
    from text.clutter_shapes import _search

    text = "".join(word + separator for word, separator in pieces)
    for source, flags in INVENTED_OPENINGS:
        shape = Shape("inline", "other", source, flags, source, (), ())
        assert shape.opening is not None, source
        for begin in (0, start, start + 1):
            found = _search(shape, text, begin, len(text))
            expected = shape.pattern.search(text, begin)
            assert (found and found.span()) == (expected and expected.span()), source


WORD_LISTS = [
    "(?:The|A|An|And|There|It|Its)",
    "(?:a|an|and|announced|as|asked|at)",
    "(?:Most|Many|Meanwhile)",
]


@pytest.mark.parametrize("listed", WORD_LISTS)
def test_a_word_list_grouped_by_its_letters_matches_the_same_words(listed):
    words = listed[3:-1].split("|")
    grouped = re.compile(word_trie(listed))
    assert word_trie(listed) != listed
    assert all(grouped.fullmatch(word) for word in words)
    others = {w[:-1] for w in words} | {w + "s" for w in words} | {w + w[-1] for w in words}
    assert not any(grouped.fullmatch(word) for word in others - set(words) - {""})
    # followed by more text, as the caption shapes use them: every word is still found
    assert all(re.match(word_trie(listed) + r" [a-z]", f"{word} x") for word in words)


def test_a_pattern_that_is_not_a_plain_word_list_is_left_as_it_is():
    for pattern in ("(?:Mon|Tues?)\\.?", "[A-Z][a-z]+", "(?:a|b)?", "(?:The|A|An)\\b"):
        assert word_trie(pattern) == pattern


def test_the_word_list_macros_match_the_words_written_in_the_data_file():
    written = {}
    for line in (Path(__file__).parents[2] / "text" / "clutter.txt").read_text().splitlines():
        name, _, pattern = line.partition(" = ")
        if name in ("OPENER", "NAMEOPENER", "FUNCTION"):
            written[name] = pattern[3:-1].split("|")
    assert set(written) == {"OPENER", "NAMEOPENER", "FUNCTION"}
    for name, words in written.items():
        grouped = re.compile(macros()[name])
        assert all(grouped.fullmatch(word) for word in words)
        assert not grouped.fullmatch(words[0] + "zz")


@pytest.mark.parametrize(
    ("source", "flags", "opens", "never"),
    [
        (r"[Bb]y (?P<author>[A-Z]\w+)", 0, "Bb", "ya ("),
        (r"(?:Posted )?[0-9]", 0, "P0123456789", "pa "),
        (r"(?=\w+ said)[A-Z]", 0, "AZ", "a1"),
        (r"\d{0,2}x", 0, "x07", "y"),
        (r"[^a-z].", 0, "A1 ", "ab"),
        (r"\s*(?:\(|\W)", 0, " (.-", ""),
        (r"(?i:by) X", 0, "bBzZ", ""),
        (r"by", re.IGNORECASE, "bBq", ""),
        (r".x", 0, "a ", "\n"),
    ],
)
def test_the_characters_a_match_can_open_with(source, flags, opens, never):
    from text.clutter_shapes import _can_start_with

    pattern = re.compile(source, flags)
    assert all(_can_start_with(pattern, char) for char in opens), source
    assert not any(_can_start_with(pattern, char) for char in never), source


def test_a_shape_spared_for_its_first_character_would_not_have_matched():
    texts = [e.replace(" || ", " ") for s in shapes() for e in s.examples] + [t for t in TEXTS if t]
    for text in texts:
        for begin in range(0, len(text), 3):
            piece = text[begin:]
            for shape in shapes():
                if not shape.can_start_with(piece[0]):
                    match = shape.pattern.match(piece)
                    assert match is None or not match.end(), (shape.source, piece)


@pytest.mark.parametrize(
    ("written", "rewritten"),
    [
        (r"(?=[^.]*? The)X", r"(?=[^.]* The)X"),
        (r"(?=a*?b)c*?", r"(?=a*b)c*?"),  # a lazy repeat outside a lookahead stays lazy
        (r"(?!(?:a|b)??c)(?=x{1,3}?y)", r"(?!(?:a|b)?c)(?=x{1,3}y)"),
        (r"(?=(?=x+?)a*?b)", r"(?=(?=x+)a*b)"),
        (r"(?=[*?]+?\?)", r"(?=[*?]+\?)"),
        (r"(?=(x)+?)", r"(?=(x)+?)"),  # a capturing group: what it captures could change
        (r"(?=(?>a*?)b)", r"(?=(?>a*?)b)"),  # an atomic group keeps only its first way
        (r"(?<=a+?)", r"(?<=a+?)"),
    ],
)
def test_lazy_repeats_in_lookaheads_are_made_greedy_where_nothing_changes(written, rewritten):
    from text.clutter_shapes import greedy_lookaheads

    assert greedy_lookaheads(written, 0) == rewritten


def test_the_greedy_lookaheads_find_what_the_written_patterns_find():
    from text.clutter_shapes import greedy_lookaheads

    texts = [e.replace(" || ", " ") for s in shapes() for e in s.examples] + [t for t in TEXTS if t]
    rewritten = [
        (s, re.compile(s.pattern.pattern, s.pattern.flags))
        for s in shapes()
        if greedy_lookaheads(expand(s.source, macros()), s.pattern.flags)
        != expand(s.source, macros())
    ]
    assert rewritten
    for shape, _ in rewritten:
        written = re.compile(expand(shape.source, macros()), shape.pattern.flags)
        for text in texts:
            for begin in range(0, len(text), 2):
                found, expected = shape.pattern.search(text, begin), written.search(text, begin)
                assert (found and (found.span(), found.groupdict())) == (
                    expected and (expected.span(), expected.groupdict())
                ), shape.source


def test_the_leading_atoms_tell_what_the_whole_parsed_pattern_tells():
    from text.clutter_shapes import _first_pieces, _leading_atoms, _parsed

    read = 0
    for shape in shapes():
        source, flags = shape.pattern.pattern, shape.pattern.flags
        leading = _leading_atoms(source, flags)
        if leading is None:
            continue
        read += 1
        assert _first_pieces(leading, flags)[0] == _first_pieces(_parsed(source, flags), flags)[0]
    assert read > len(shapes()) * 0.9
    assert _leading_atoms(r"(?=a)(?!b)^\bx*y", 0) is not None
    assert _leading_atoms(r"a|b", 0) is None


def test_a_needs_line_naming_a_macro_of_words_needs_each_word():
    from text.clutter_shapes import _needs_named

    written = {"OPENS": "(?:Meanwhile|Since then)", "RULE": "[A-Z]+"}
    assert _needs_named("{OPENS},", written) == ["Meanwhile,", "Since then,"]
    assert _needs_named("plain,", written) == ["plain,"]
    with pytest.raises(ValueError):
        _needs_named("{RULE},", written)
    # a macro after other text is spelled out too, never left as text no page holds
    assert _needs_named(". {OPENS},", written) == [". Meanwhile,", ". Since then,"]
    with pytest.raises(ValueError):
        _needs_named(". {NOSUCH},", written)
    with pytest.raises(ValueError):
        _needs_named("{OPENS} {OPENS}", written)


def test_the_linked_caption_shape_needs_every_linking_adverb():
    linking = next(s for s in shapes() if "(?= {LINKADVERB},)" in s.source)
    caption = "Ilsa Marrow has been organising the Orsk harbour telethon for weeks"
    text = f"The board met.\n\n{caption} Since then, more ferries sailed."
    assert "Since then," in linking.needs
    assert caption not in set_apart(text).text


LIVE_BLOG = (
    "VORNLAND, 11:22 p.m. ET, 6:22 a.m. local: The council met. More on the Orvalle protests: "
    "ORVALLE, 3:53 p.m. ET: The ferry sailed. Below is video of those comments. Read more here "
    "The harbour reopened (O/R) on Monday. VORNLAND, noon ET, 7 p.m. local: Crews waited."
)


def test_a_scanner_finds_at_each_forward_position_what_a_search_from_there_finds():
    chosen = active("inline", LIVE_BLOG, {})
    scan = chosen.scanner(LIVE_BLOG)
    found_any = 0
    for position in range(len(LIVE_BLOG) + 1):
        searched, scanned = chosen.search(LIVE_BLOG, position), scan(position)
        assert (searched is None) == (scanned is None)
        if searched is not None and scanned is not None:
            assert scanned.shape == searched.shape
            assert scanned.match.span() == searched.match.span()
            found_any += 1
    assert found_any
