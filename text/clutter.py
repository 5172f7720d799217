"""Page clutter set apart from an article's own text, with what it tells kept as metadata.

Web pages, wire feeds and pasted text wrap an article in furniture that is not its text: page
stamps and wire datelines ("LONDON (Reuters) -"), bylines, photo captions, "Story highlights"
blocks, teasers of other stories, tag lists, share and newsletter lines, site footers and reader
comments. Left in, they become passages, events and relations ("IS NATO SUPPORTING BIN LADEN NOW
???" read as a relation). `set_apart` takes them out of a cleaned article text and returns them
labelled, together with what the clutter says about the article: the outlet, place and date of a
dateline and the author of a byline. The shapes are data (text/clutter.txt), each with examples.

Runs on text that `text.clean.clean` has repaired (one paragraph a line, blank lines between).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from text.clutter_below_caption import below_caption
from text.clutter_box_speaker import box_speaker
from text.clutter_byline_caption import byline_caption, opening_byline
from text.clutter_clause_caption import clause_caption
from text.clutter_credited_opening import credited_opening
from text.clutter_defines import box_quote_words
from text.clutter_digest import digest_blocks
from text.clutter_editor_note import editor_notes
from text.clutter_factbox import factboxes
from text.clutter_fronted_caption import candidate_paragraphs, fronted_caption
from text.clutter_glued_caption import glued_caption
from text.clutter_graphic_box import graphic_box
from text.clutter_head_byline import head_byline
from text.clutter_head_caption import head_caption
from text.clutter_lead_caption import lead_caption
from text.clutter_letters import letter_signatures, reader_credits
from text.clutter_named_box import named_box
from text.clutter_photo_caption import dated_byline_caption, photo_caption, second_photo_caption
from text.clutter_quote_caption import quote_candidates, quote_caption
from text.clutter_quotes import strip_pull_quotes
from text.clutter_reader_call import is_call, reader_calls
from text.clutter_repeat_caption import repeat_caption
from text.clutter_reported_caption import reported_caption
from text.clutter_restated_caption import restated_caption
from text.clutter_shapes import (
    Chosen,
    Found,
    Memo,
    active,
    expand,
    macro_pattern,
    macro_words,
    macros,
    of_kind,
)
from text.clutter_stamps import is_live_bracket
from text.clutter_stopless_caption import candidate_paragraphs as stopless_candidates
from text.clutter_stopless_caption import stopless_caption
from text.clutter_tag_run import restated_tag_run
from text.clutter_title_run import title_runs
from text.clutter_writer_note import writer_note
from text.data import text_lines
from text.furniture import drop_repeats
from text.live_blog import is_live_blog
from text.paragraphs import render_paragraphs, split_paragraphs
from text.run_in_heading import text_run_in_headings

TAIL_CHARS = 400  # shapes anchored at the end of the text are looked for this far from it
LEAD_CHARS = 600  # "lead" shapes are looked for this far into a paragraph
BEFORE_CHARS = 1000  # "before" shapes this far: an AP caption with its credit lines is long
LEAD_PARAGRAPHS = 2  # ... of the first two (a headline or standfirst may stand before)
BEFORE_PARAGRAPHS = 3  # a wire dateline after a caption, a promotion and highlights
HEAD_PARAGRAPHS = 6  # ... after the head of a page that prints one (HEADOUTLET): its items
START_PARAGRAPHS = 3  # datelines, stamps and bylines open one of the first paragraphs
MAX_START_STRIPS = 4  # a stamp, a byline, a dateline, a short-link widget in a row
MAX_HIGHLIGHT_POINTS = 6  # the points under "Story highlights"
MAX_HIGHLIGHT_WORDS = 30
MAX_HEADING_WORDS = 3  # "Story highlights"; a longer highlights paragraph holds the points
MAX_CREDITED_WORDS = 60  # a caption over a credit line is short
MIN_CAPTION_WORDS = 3
MAX_SHAPED_CHARS = 700  # no whole-paragraph shape is longer
MAX_CREDIT_CHARS = 120
MAX_END_MATTER_CHARS = 1500  # what follows a footer, credit or tag list (a comment thread: any)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)")  # a sentence ended before a stamp
MAX_COMMENT_WALK = 80  # paragraphs looked at back from a comment thread for unsigned comments
MAX_COMMENT_GAP = 2  # ... and how many in a row that do not read as a reader's it passes over
# above the comments the marks found, paragraphs in a reader's voice (first person, questions,
# exclamations) go with them, passing over at most this many in a row without one ...
MAX_VOICE_GAP = 3
# ... and when at least this many were, those passed over before the story's last reporting or
# quoting paragraph go too: in a run that dense, a comment without the voice is a comment
MIN_DENSE_THREAD = 5
# a call to comment opens the thread found at most this far after it: the unsigned comments
# between them are few (2,805 characters at most in the corpus); a call further back is a
# blog's call in mid-post, its roundup of links after it (4,722 characters on to the thread)
MAX_CALL_BEFORE_THREAD = 3000
# a comment closed by its stamp on a live blog, above the stamp: at most this many paragraphs
# (the corpus's three such comments take 4, 5 and 7) ...
MAX_CLOSED_COMMENT_PARAGRAPHS = 8
MIN_LIVE_ENTRIES = 2  # ... and the entry stamps above it that tell a live blog
_QUOTATION_MARKS = ('"', "“", "”", "``", "''")
MAX_WRITER_NOTES = 3  # a piece's writers, each with a note closing it
# the first characters of the text's first paragraph that must still open what followed the
# opening byline for its caption to be looked for (no earlier step cut there)
BYLINE_CAPTION_CHECK = 40
MAX_PASSES = 3  # clutter bared by taking clutter off is taken in a further pass
STAMP_ANCHOR_CHARS = 60  # a stamped entry is found again by its opening after a further pass
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a caption's last character that closes it (a stop, a quotation's or a credit's bracket) and
# the words run on after it on its line: a capitalised word after a space
_CLOSING = frozenset(".!?\"”’')]")
_RUN_ON = re.compile(r"[ \t]+[A-Z]")
_LINE_END_SPACE = re.compile(r"[ \t]+(?=\n)|(?<=\n)[ \t]+")
_LINE_END_PAIRS = (" \n", "\t\n", "\n ", "\n\t")


@dataclass(frozen=True)
class Clutter:
    label: str
    text: str


@dataclass
class Sorted:
    """An article's own text, the clutter set apart from it, and what the clutter told."""

    text: str
    clutter: list[Clutter] = field(default_factory=list)
    outlet: str | None = None
    place: str | None = None
    date: str | None = None  # as printed, see dateline_date
    author: str | None = None
    # live-blog stamps on their own line, each with the offset in `text` of the entry it opens
    # (moved by _cut as later steps cut the text)
    stamps: list[tuple[int, str]] = field(default_factory=list)
    # whether the article is a live blog of entries stating no day, read from the text given
    # (text.live_blog.is_live_blog): its update stamps are set apart
    live_blog: bool = False
    # subheadings run into the story, set off as paragraphs of their own (kept in `text`)
    headings: list[str] = field(default_factory=list)

    def labels(self) -> list[str]:
        return [c.label for c in self.clutter]


# ----------------------------------------------------------------------------- setting apart


def set_apart(text: str, title: str | None = None) -> Sorted:
    """The article's own text with every paragraph and prefix of clutter taken out, and taken
    out again until nothing more is found: taking a stamp off a paragraph can leave a byline
    that is the whole paragraph, and cutting a footer can bare a credit. What is stored must
    clean to itself, or re-cleaning a store (`sitrep reindex`) would change texts that no new
    rule concerns. A pass that would leave no text is not taken (a one-line wire flash).
    title: the article's headline as found with it, which a page may print run into the lead
    with a dateline between."""
    memo: Memo = {}  # a further pass reads mostly the paragraphs the first read
    result = _set_apart_once(text, memo, title)
    result.live_blog = is_live_blog(text)
    for _ in range(MAX_PASSES - 1):
        if not result.clutter or not result.text.strip():
            break
        again = _set_apart_once(result.text, memo, title)
        if not again.clutter or not again.text.strip():
            break
        _merge(result, again)
    _strip_head_byline(result)
    _strip_restated_tag_runs(result)
    _strip_title_runs(result)
    _strip_factboxes(result)
    headed = _strip_lead_caption(result, title)
    found_in = _strip_glued_captions(result, head=not headed)
    if not headed and 0 not in found_in and _strip_restated_caption(result):
        found_in.add(0)
    run_in = bool(headed or found_in) or _ran_in(result, text)
    if run_in:
        found_in |= _strip_below_captions(result, found_in)
    found_in |= _strip_fronted_captions(result, found_in, run_in)
    found_in |= _strip_quote_captions(result, found_in, run_in)
    _strip_stopless_captions(result, found_in)
    if 0 not in found_in:
        _strip_byline_caption(result, text)
    _strip_letter_signatures(result, title)
    _strip_signature(result)
    _strip_writer_note(result)
    _strip_box_speakers(result)
    _strip_editor_notes(result)
    _strip_bared_repeats(result, text)
    _set_off_run_in_headings(result, title)
    return result


def _strip_bared_repeats(result: Sorted, text: str) -> None:
    """A paragraph that a cut left as the copy of words printed elsewhere in the text (a BBC
    video caption run into the end teaser: "The incoming chief executive of Orsk Ferries, Kel
    Varga, on his new job The pun - ...", the caption repeating the story's own words) is
    dropped as text.furniture.drop_repeats drops it: the repair step would drop it when the
    stored text is cleaned again, and what is stored must clean to itself. Only a paragraph
    a cut changed is dropped: the others are as the repair step left them. text: the text
    before the clutter was taken out."""
    if not result.clutter:
        return  # nothing was cut: the repair step already read these paragraphs
    before = set(text.split("\n\n"))
    if all(paragraph in before for paragraph in result.text.split("\n\n")):
        return  # whole paragraphs went, none was cut short: no copy was bared
    items = split_paragraphs(result.text)
    kept = list(items)
    for index, ((separator, paragraph), (_, left)) in enumerate(
        zip(items, drop_repeats(items), strict=True)
    ):
        # by position, not by text: the copy kept and the copy dropped may be the same words
        if not left and paragraph not in before:
            kept[index] = (separator, "")
            result.clutter.append(Clutter("other", paragraph))
    if kept == items:
        return
    # The kept paragraphs stand alike in both texts: only what stands between them changes (a
    # dropped paragraph goes with a break, and render_paragraphs writes the breaks its own way).
    # They are found among all the paragraphs: a dropped copy may hold a kept one's words.
    rendered = render_paragraphs(kept)
    spans = _spans(result.text, [paragraph for _, paragraph in items])
    old = _gaps([span for span, (_, p) in zip(spans, kept, strict=True) if p], len(result.text))
    new = _gaps(_spans(rendered, [p for _, p in kept if p]), len(rendered))
    for (start, end), (put_start, put_end) in reversed(list(zip(old, new, strict=True))):
        if result.text[start:end] != rendered[put_start:put_end]:
            _cut(result, start, end, rendered[put_start:put_end])


def _spans(text: str, paragraphs: list[str]) -> list[tuple[int, int]]:
    """Where each of paragraphs stands in text, found in their order."""
    spans, position = [], 0
    for paragraph in paragraphs:
        position = text.index(paragraph, position)
        spans.append((position, position + len(paragraph)))
        position += len(paragraph)
    return spans


def _gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """What stands before each span of a text of length, and after the last."""
    return list(zip([0] + [end for _, end in spans], [s for s, _ in spans] + [length], strict=True))


def _strip_box_speakers(result: Sorted) -> None:
    """Pull-quote boxes whose speaker the story's next sentence, opening on a name, hides
    (text.clutter_box_speaker), and boxes closed by their speaker's name and a comma with no
    "End Quote" (text.clutter_named_box), looked for once all other clutter is gone, so that
    the story read for the names it uses elsewhere is the story's own text."""
    if box_quote_words() in result.text:
        text = result.text
        _strip_in_paragraphs(result, "caption", lambda p, _: box_speaker(p, text), every=True)
    text = result.text
    _strip_in_paragraphs(result, "caption", lambda p, _: named_box(p, text), every=True)


def _strip_head_byline(result: Sorted) -> None:
    """The writers' names alone between the headline and the lead (text.clutter_head_byline),
    looked for once the page's date before the headline is gone. The names are the author
    when the document left it unknown."""
    found = head_byline(result.text)
    if found is None:
        return
    start, end, names = found
    result.clutter.append(Clutter("byline", result.text[start:end]))
    result.author = result.author or names
    _cut(result, start, len(result.text) - len(result.text[end:].lstrip()))


def _strip_byline_caption(result: Sorted, text: str) -> None:
    """The caption between a BBC byline opening the text and the lead, run into the lead
    (text.clutter_byline_caption), looked for once the other caption steps found none in the
    first paragraph: the text then opens where the byline ended. text: the text given."""
    byline = opening_byline(text, [c.text for c in result.clutter if c.label == "byline"])
    if byline is None:
        return
    after = text.lstrip()[len(byline) :].lstrip()
    end = result.text.find("\n\n")
    paragraph = result.text if end < 0 else result.text[:end]
    if not paragraph or not after.startswith(paragraph[:BYLINE_CAPTION_CHECK]):
        return  # a step cut the opening: what opens the text is no longer what followed
    found = byline_caption(paragraph, result.author)
    if found is None:
        return
    result.clutter.append(Clutter("caption", paragraph[:found]))
    _cut(result, 0, len(paragraph) - len(paragraph[found:].lstrip()))


def _strip_restated_tag_runs(result: Sorted) -> None:
    """Tag lists whose end only the story's restated first sentence tells
    (text.clutter_tag_run), looked for once the shapes of text/clutter.txt have taken the
    lists they tell; a paragraph may hold more than one."""
    if "Tags" in result.text or "TAGS" in result.text:
        _strip_in_paragraphs(result, "tags", lambda p, _: restated_tag_run(p), every=True)


def _strip_title_runs(result: Sorted) -> None:
    """Lists of linked story titles run together and into the story's next sentence
    (text.clutter_title_run), looked for once the shapes of text/clutter.txt have taken the
    clutter they tell: the titles are a paragraph's opening words or whole paragraphs. Titles
    run together with no label or question mark are read on CNN's pages only (the outlet its
    dateline names), where they are its lists of links: read on every text, the step took
    nothing elsewhere (10 corpus texts, all CNN's) and cost 3-5% of setting clutter apart."""
    glued = result.outlet == "CNN"
    if not glued and "?" not in result.text and ": " not in result.text:
        return
    paragraphs = result.text.split("\n\n")
    runs = title_runs(paragraphs, glued=glued)
    if not runs:
        return
    kept: list[str | None] = list(paragraphs)
    for index, end in runs:
        paragraph = paragraphs[index]
        result.clutter.append(Clutter("related", paragraph[:end]))
        kept[index] = paragraph[end:].lstrip() or None  # a paragraph of titles alone goes
    _rewrite_paragraphs(result, kept)


def _strip_factboxes(result: Sorted) -> None:
    """Factboxes run into a story (text.clutter_factbox), looked for once the shapes of
    text/clutter.txt have taken the clutter they tell: a box is a caption, kept apart from the
    story's sentence its last item runs into."""
    paragraphs = result.text.split("\n\n")
    boxes = factboxes(paragraphs)
    if not boxes:
        return
    for box in boxes:
        result.clutter.append(
            Clutter("caption", "\n".join(paragraphs[i][:end].strip() for i, end in box))
        )
        for index, end in box:
            paragraphs[index] = paragraphs[index][end:].strip()
    _rewrite_paragraphs(result, [p or None for p in paragraphs])


def _strip_glued_captions(result: Sorted, head: bool) -> set[int]:
    """Photo captions run into the sentence of a paragraph of one sentence
    (text.clutter_glued_caption), looked for once the other clutter is gone and a caption
    after a headline was (text.clutter_lead_caption); in the first paragraph, when head (no
    caption after a headline was found there), also one opening the text whose lead opens
    otherwise (text.clutter_head_caption), or one whose clause and the lead's run into one
    sentence with nothing to join them (text.clutter_clause_caption), or one telling what
    someone says (text.clutter_reported_caption); in any paragraph, where
    no step found one, a caption whose name the lead after it repeats
    (text.clutter_repeat_caption). The indices of the paragraphs a caption was found in."""
    text = result.text
    found_in: set[int] = set()

    def caption(paragraph: str, index: int) -> tuple[int, int] | None:
        found = _glued_caption(paragraph, index)
        if found is not None:
            found_in.add(index)
        return found

    def _glued_caption(paragraph: str, index: int) -> tuple[int, int] | None:
        end = glued_caption(paragraph, text, first=index == 0)
        if end is not None:
            return 0, end
        if index == 0 and head:
            found = head_caption(paragraph, text)
            if found is not None:
                return found
            end = clause_caption(paragraph)
            if end is not None:
                return 0, end
            found = reported_caption(paragraph, text)
            if found is not None:
                return found
        return repeat_caption(paragraph, first=index == 0, headed=not head)

    _strip_in_paragraphs(result, "caption", caption)
    return found_in


def _ran_in(result: Sorted, text: str) -> bool:
    """Whether a caption set apart from text stood run into the words after it on its line, no
    stop closing it: the page runs its captions into its text (text.clutter_below_caption). A
    caption on a line of its own, or closed by its stop or its credit, tells nothing of it."""
    for clutter in result.clutter:
        if clutter.label != "caption" or clutter.text[-1:] in _CLOSING:
            continue
        at = text.find(clutter.text)
        if at >= 0 and _RUN_ON.match(text, at + len(clutter.text)):
            return True
    return False


def _strip_below_captions(result: Sorted, found_in: set[int]) -> set[int]:
    """Captions run into a paragraph's sentence further down, told by the shape of a caption's
    clause and a lead's with nothing to join them (text.clutter_below_caption): asked only of
    a page where a caption step found a caption run into the text (found_in, the paragraphs it
    was found in, or one after a headline) or a caption set apart ran on into its line
    (_ran_in), in paragraphs after the first where none was. The indices of the paragraphs a
    caption was found in."""

    def caption(paragraph: str, index: int) -> tuple[int, int] | None:
        if index == 0 or index in found_in:
            return None
        end = below_caption(paragraph)
        return None if end is None else (0, end)

    return _strip_in_paragraphs(result, "caption", caption)


def _strip_fronted_captions(result: Sorted, found_in: set[int], run_in: bool) -> set[int]:
    """Captions run into a paragraph's sentence further down whose lead opens on a fronted
    adverbial (text.clutter_fronted_caption), on any page: a sentence adverb or a preposition
    in capitals after a lower-case word shows a sentence opening there by itself. Asked of the
    paragraphs after the first where no caption step found a caption (found_in). run_in: the
    page ran another caption into its text (as _strip_below_captions asks), where a caption's
    verb may be read by its form alone. The indices of the paragraphs a caption was found in."""

    candidates = candidate_paragraphs(result.text) - found_in - {0}
    return _strip_opening_captions(
        result, candidates, lambda paragraph: fronted_caption(paragraph, run_in=run_in)
    )


def _strip_quote_captions(result: Sorted, found_in: set[int], run_in: bool) -> set[int]:
    """Captions run into a quotation opening a paragraph's sentence further down
    (text.clutter_quote_caption), on any page: a caption's plain clause and a speaker's
    sentence on either side of the quotation's mark. Asked of the paragraphs after the first
    where no caption step found a caption (found_in); run_in as for _strip_fronted_captions.
    The indices of the paragraphs a caption was found in."""

    candidates = quote_candidates(result.text) - found_in - {0}
    return _strip_opening_captions(
        result, candidates, lambda paragraph: quote_caption(paragraph, run_in=run_in)
    )


def _strip_stopless_captions(result: Sorted, found_in: set[int]) -> None:
    """Captions with no stop run into a paragraph's sentence further down whose first word
    opens sentences (text.clutter_stopless_caption), on any page: asked of the paragraphs
    after the first where no caption step found a caption (found_in) and one scan of the text
    found an opener after a lower-case word."""

    candidates = stopless_candidates(result.text) - found_in - {0}
    _strip_opening_captions(result, candidates, stopless_caption)


def _strip_opening_captions(
    result: Sorted, candidates: set[int], find: Callable[[str], int | None]
) -> set[int]:
    """Set apart, as a caption, the words opening each paragraph of candidates (indices) up to
    where find says its caption ends. The indices of the paragraphs a caption was found in."""
    if not candidates:
        return set()

    def caption(paragraph: str, index: int) -> tuple[int, int] | None:
        if index not in candidates:
            return None
        end = find(paragraph)
        return None if end is None else (0, end)

    return _strip_in_paragraphs(result, "caption", caption)


def _strip_in_paragraphs(
    result: Sorted,
    label: str,
    find: Callable[[str, int], tuple[int, int] | None],
    every: bool = False,
) -> set[int]:
    """Set apart, as label, the span find gives in each paragraph (given it and its index),
    and, when every, the next span it finds there after that one is gone. The indices of the
    paragraphs a span was set apart from."""
    paragraphs = result.text.split("\n\n")
    changed: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        while (span := find(paragraph, index)) is not None:
            start, end = span
            result.clutter.append(Clutter(label, paragraph[start:end]))
            paragraph = paragraphs[index] = paragraph[:start] + paragraph[end:].lstrip()
            changed.add(index)
            if not every:
                break
    if changed:
        _rewrite_paragraphs(result, paragraphs)
    return changed


def _strip_lead_caption(result: Sorted, title: str | None) -> bool:
    """A photo caption between the headline and the lead of the first paragraph
    (text.clutter_lead_caption), looked for once the other clutter is gone: what opens the
    paragraph then is the headline or the caption. Whether one was found."""
    text = result.text
    end = text.find("\n\n")
    paragraph = text if end < 0 else text[:end]
    found = lead_caption(paragraph, text, titled=title is not None)
    if found is None:
        return False
    start, stop = found
    result.clutter.append(Clutter("caption", paragraph[start:stop]))
    headline, lead = paragraph[:start].rstrip(), paragraph[stop:].lstrip()
    _cut(result, len(headline), len(paragraph) - len(lead), " " if headline else "")
    return True


def _strip_restated_caption(result: Sorted) -> bool:
    """A photo caption between the headline and a lead that restates it, in the first paragraph
    (text.clutter_restated_caption), looked for once the other clutter is gone and no other
    step found a caption there. The headline and the lead are left two paragraphs: run
    together, the headline would read as a caption glued to a lead opening on "The" or "A".
    Whether one was found."""
    text = result.text
    end = text.find("\n\n")
    paragraph = text if end < 0 else text[:end]
    found = restated_caption(paragraph, text)
    if found is None:
        return False
    start, stop = found
    result.clutter.append(Clutter("caption", paragraph[start:stop]))
    headline, lead = paragraph[:start].rstrip(), paragraph[stop:].lstrip()
    _cut(result, len(headline), len(paragraph) - len(lead), "\n\n")
    return True


def _strip_letter_signatures(result: Sorted, title: str | None) -> None:
    """The signatures closing a letters page's letters and the readers' credits under their
    letters, questions or reviews, each a paragraph of its own (text.clutter_letters), looked
    for once the other clutter is gone: a signature printed with the bullet of the next letter
    is then taken, and the paragraphs around the others are letters. A credit broken after
    the name takes its town off the answer's first line. title: the headline over the text,
    which a page of readers' questions makes its first question."""
    paragraphs = result.text.split("\n\n")
    # no letter names the piece it answers without a bracket
    signatures = letter_signatures(paragraphs) if "(" in result.text else []
    credits = reader_credits(paragraphs, title)
    if not signatures and not credits:
        return
    taken = {*signatures, *credits}
    kept: list[str | None] = [None if n in taken else p for n, p in enumerate(paragraphs)]
    for index in sorted(taken):
        line, town = paragraphs[index].strip(), credits.get(index, 0)
        if town:
            line = f"{line} {paragraphs[index + 1][:town].strip()}"
            kept[index + 1] = paragraphs[index + 1][town:].lstrip()
        result.clutter.append(Clutter("byline", line))
    _rewrite_paragraphs(result, kept)


def _strip_signature(result: Sorted) -> None:
    """The byline's author named again alone after the text's last sentence, as pages that
    print the writers over a story sign it with the same names ("April 5 2017 by Kel Varga and
    Ilsa Marrow ... the council said. Kel Varga and Ilsa Marrow."): a byline too."""
    text = result.text.rstrip()
    if not result.author:
        return
    signed = text[:-1] if text.endswith(".") else text
    if not signed.endswith(result.author):
        return
    before = text[: len(signed) - len(result.author)]
    if not (before.endswith("\n") or before.endswith((". ", "! ", "? ", '" ', "” "))):
        return
    if not before.strip():
        return
    result.clutter.append(Clutter("byline", text[len(before) :]))
    _cut(result, len(before.rstrip()), len(result.text))


def _strip_writer_note(result: Sorted) -> None:
    """Writers' notes closing a comment piece without a bullet (text.clutter_writer_note),
    looked for once all other clutter is gone, so that a note is the last paragraph; a piece of
    several writers closes on a note for each (MAX_WRITER_NOTES)."""
    for _ in range(MAX_WRITER_NOTES):
        start = writer_note(result.text)
        if start is None:
            return
        result.clutter.append(Clutter("byline", result.text[start:].strip()))
        _cut(result, len(result.text[:start].rstrip()), len(result.text))


def _strip_editor_notes(result: Sorted) -> None:
    """Editors' notes on the page below its head (text.clutter_editor_note), looked for once
    the head and its note are gone: a note opening its paragraph goes with the break before or
    after it, so that no empty paragraph is left; one run in after a paragraph's words leaves
    them."""
    for start, end in reversed(editor_notes(result.text)):
        text = result.text
        # a bullet heading the note ("•", "*"), on its line or before the label, goes with it:
        # left alone it would be a paragraph of no words
        opening = _opening_of(text, start)
        if not any(c.isalnum() for c in text[opening:start]):
            start = opening
            bullet = _opening_of(text, start - 2) if start >= 2 else start
            if not any(c.isalnum() for c in text[bullet:start]):
                start = bullet
        result.clutter.append(Clutter("other", text[start:end].strip()))
        if start == 0 or text[start - 1] == "\n":
            before = len(text[:start].rstrip())
            after = len(text) - len(text[end:].lstrip())
            put = "\n\n" if before and after < len(text) else ""
            _cut(result, before, after, put)
        else:
            _cut(result, len(text[:start].rstrip(" ")), end)


def _opening_of(text: str, position: int) -> int:
    """Where the paragraph holding position opens."""
    found = text.rfind("\n\n", 0, position)
    return 0 if found < 0 else found + 2


def _rewrite_paragraphs(result: Sorted, paragraphs: Sequence[str | None]) -> None:
    """result.text with each of its paragraphs (split at its blank lines) replaced by the
    one given, cut short or emptied; one given as None goes with a break beside it, as
    joining the others would leave the text. A changed paragraph is put in whole: an entry
    opens a paragraph, so a stamp stands at one's start and only the length cut before it
    counts. Made from the last paragraph back, so that where the earlier ones stand holds."""
    old = result.text.split("\n\n")
    starts, position = [], 0
    for before in old:
        starts.append(position)
        position += len(before) + 2
    for index in reversed(range(len(old))):
        start, end, paragraph = starts[index], starts[index] + len(old[index]), paragraphs[index]
        if paragraph is None:
            if end < len(result.text):
                _cut(result, start, end + 2)  # with the break after it
            else:
                _cut(result, max(0, start - 2), end)  # the last: with the break before it
        elif paragraph != old[index]:
            _cut(result, start, end, paragraph)


def _cut(result: Sorted, start: int, end: int, put: str = "") -> None:
    """result.text with text[start:end] cut (put in its place), and each live-blog stamp moved
    to where its entry now starts: back by what was cut before it, and onto what follows the
    cut when the cut took its entry's opening (the entry goes on there; finding the opening
    again, as _merge does, would lose it). Every step after the passes changes the text here
    alone: a stamp left where it stood would open the middle of its entry or the next one,
    whose dates would take its day (text.clutter_stamps). A stamp whose entry is all gone (it
    would open the next entry's words, or none) is dropped."""
    text = result.text
    result.text = text[:start] + put + text[end:]
    if not result.stamps:
        return
    shift = len(put) - (end - start)
    moved = [
        (at if at <= start else max(start + len(put), at + shift), stamp)
        for at, stamp in result.stamps
    ]
    ends = [at for at, _ in moved[1:]] + [len(result.text)]
    result.stamps = [
        (at, stamp) for (at, stamp), until in zip(moved, ends, strict=True) if at < until
    ]


def _merge(result: Sorted, again: Sorted) -> None:
    """Fold a further pass into the first: its clutter added, what it told filling what is
    still unknown, and each stamp moved to where its entry now starts (dropped if it is gone)."""
    result.clutter.extend(again.clutter)
    result.headings.extend(again.headings)
    result.outlet = result.outlet or again.outlet
    result.place = result.place or again.place
    result.date = result.date or again.date
    result.author = result.author or again.author
    moved = list(again.stamps)
    for offset, stamp in result.stamps:
        found = again.text.find(result.text[offset : offset + STAMP_ANCHOR_CHARS])
        if found >= 0:
            moved.append((found, stamp))
    result.stamps = sorted(moved)
    result.text = again.text


def _set_apart_once(text: str, memo: Memo, title: str | None = None) -> Sorted:
    result = Sorted(text)
    text, blocks = digest_blocks(text, title)
    result.clutter.extend(Clutter(label, block) for label, block in blocks)
    text = _cut_end_matter(text, result, memo)
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if box_quote_words() in text:
        paragraphs = _strip_box_quote_paragraphs(paragraphs, result)
    # a plain test first: most texts hold no credit's label at all
    # (CREDITLABELWORD of text/clutter.txt)
    if any(word in text for word in macro_words("CREDITLABELWORD")):
        paragraphs = _part_at_run_in_credits(paragraphs)
    paragraphs = _strip_reader_calls(paragraphs, result)
    paragraphs = _strip_graphic_box(paragraphs, result)
    stamps: dict[int, str] = {}  # index of the paragraph an entry stamp opens -> the stamp
    paragraphs = _drop_clutter_paragraphs(paragraphs, result, stamps, memo)
    opening = paragraphs[0] if paragraphs else ""  # before its stamps and bylines go
    _strip_starts(paragraphs, result, memo, stamps=stamps)
    _strip_photo_caption(paragraphs, result, opening)
    result.clutter.extend(Clutter("caption", quote) for quote in strip_pull_quotes(paragraphs))
    lead = "\n".join(p[:LEAD_CHARS] for p in paragraphs[:LEAD_PARAGRAPHS])
    # a page whose head may stand over its dateline is read further down (HEADOUTLET)
    reach = HEAD_PARAGRAPHS if _names_head_outlet(text) else BEFORE_PARAGRAPHS
    _strip_before(
        paragraphs,
        result,
        "\n".join(p[:BEFORE_CHARS] for p in paragraphs[:reach]),
        memo,
        reach,
    )
    _strip_lead(paragraphs, result, lead, memo)
    _set_off_run_in_heads(paragraphs, result)
    kept = [index for index, p in enumerate(paragraphs) if p.strip()]
    text = "\n\n".join(paragraphs[index].strip() for index in kept)
    # What was taken from inside a line leaves no space at the line's ends (clean() would take
    # it on a second pass).
    text = _without_line_end_space(_strip_inline(text, result, memo)).strip()
    text = _strip_capital_datelines(_strip_dateline_words(text, result), result)
    result.text = _strip_title_dateline(text, title, result)
    if stamps:
        result.stamps = _entry_offsets(result.text, paragraphs, kept, stamps)
    return result


def _part_at_run_in_credits(paragraphs: list[str]) -> list[str]:
    """A labelled photo credit inside a paragraph, run into its caption before it and the story
    after it (RUNINCREDIT in text/clutter.txt: a flattened Guardian page's "<headline>
    <standfirst> <caption> Photograph: Kel Varga/AP <story>"), opens a paragraph of its own:
    there the [every credit] shapes take it, and it takes its caption, the last piece of the
    paragraph before (`_credited_caption`), leaving the headline and the standfirst."""
    credit = macro_pattern("RUNINCREDIT")
    labels = macro_words("CREDITLABELWORD")
    out: list[str] = []
    for paragraph in paragraphs:
        if not any(word in paragraph for word in labels):
            out.append(paragraph)
            continue
        position = 0
        for found in credit.finditer(paragraph):
            out.append(paragraph[position : found.start()])
            position = found.end()
        out.append(paragraph[position:])
    return out


def _strip_box_quote_paragraphs(paragraphs: list[str], result: Sorted) -> list[str]:
    """A BBC pull-quote box's quotation standing as a paragraph of its own right above the
    paragraph opening on the template's "End Quote" (BOXQUOTEPARAGRAPH in text/clutter.txt) is a
    caption; the "End Quote" line and its speaker are left to the shapes that take them. Read
    before any of them, while "End Quote" still tells where the box ends."""
    quotation = macro_pattern("BOXQUOTEPARAGRAPH")
    closing = box_quote_words() + " "
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        below = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if below.startswith(closing) and quotation.fullmatch(paragraph.strip()):
            result.clutter.append(Clutter("caption", paragraph.strip()))
            continue
        out.append(paragraph)
    return out


def _strip_photo_caption(paragraphs: list[str], result: Sorted, opening: str = "") -> None:
    """A photo's description opening the text once its stamps and bylines are off, the caption
    printed under CNN's date-and-writer line that opening (the first paragraph as it stood
    before them) held, or the text's second paragraph below a head of one sentence
    (text.clutter_photo_caption). Taken within a
    pass, so that what it stood before (a column's highlights, a dateline) opens the text on
    the next pass and is read as it would be when the stored text is cleaned again."""
    # the first two paragraphs holding words, found without reading the rest
    filled = list(islice((index for index, p in enumerate(paragraphs) if p.strip()), 2))
    if not filled:
        return
    first = filled[0]
    paragraph = paragraphs[first].lstrip()
    text = "\n\n".join([paragraph, *paragraphs[first + 1 :]])
    found = photo_caption(paragraph, text)
    if found is None and first == 0:
        found = dated_byline_caption(opening, paragraph, text)
    if found is None and len(filled) == 2:
        first = filled[1]
        head, paragraph = paragraph, paragraphs[first].lstrip()
        found = second_photo_caption(
            head, paragraph, "\n\n".join([paragraph, *paragraphs[first + 1 :]])
        )
    if found is None:
        return
    start, end = found
    result.clutter.append(Clutter("caption", paragraph[start:end]))
    paragraphs[first] = paragraph[end:].lstrip()


def _strip_reader_calls(paragraphs: list[str], result: Sorted) -> list[str]:
    """The paragraphs without the calls for readers' comments, stories or pictures and the
    questions put to the reader before them (text.clutter_reader_call). Looked for before the
    form's notes are taken, which other shapes know, so that a call they would take still
    takes its questions along; after the end matter is cut, so that a call opening a comment
    thread ("Add your comments ...") still takes the thread: the questions before it are then
    the text's last paragraphs. Never the whole text."""
    # the end matter cut, if any, is the only clutter set apart so far
    closing = bool(result.clutter) and is_call(result.clutter[0].text.split("\n\n", 1)[0])
    taken = reader_calls(paragraphs, closing_call=closing)
    if not taken or len(taken) == len(paragraphs):
        return paragraphs
    result.clutter.extend(Clutter("share", paragraphs[index]) for index in taken)
    return [p for n, p in enumerate(paragraphs) if n not in taken]


def _strip_graphic_box(paragraphs: list[str], result: Sorted) -> list[str]:
    """The paragraphs without a graphic's box printed after the story or inside it
    (text.clutter_graphic_box), looked for before the slideshow's control that closes it is
    taken off the story's paragraph it runs into."""
    box = graphic_box(paragraphs)
    if box is None:
        return paragraphs
    first, end = box
    result.clutter.append(Clutter("caption", "\n\n".join(paragraphs[first:end])))
    return paragraphs[:first] + paragraphs[end:]


def _without_line_end_space(text: str) -> str:
    """The text without spaces or tabs at its lines' ends. Every match holds a space or tab
    beside a line break: a text without one (nearly every text, as clean() left it) is spared
    the pattern, which starts with no character the engine could skip ahead to."""
    if any(pair in text for pair in _LINE_END_PAIRS):
        return _LINE_END_SPACE.sub("", text)
    return text


def _entry_offsets(
    text: str, paragraphs: list[str], kept: list[int], stamps: dict[int, str]
) -> list[tuple[int, str]]:
    """Where in the final text each stamped entry starts. Inline clutter never spans a blank
    line, so the paragraphs are those joined; if one did, the stamps are left out rather than
    put on the wrong entry."""
    starts = [0] + [m.end() for m in re.finditer("\n\n", text)]
    # a paragraph cut in two by a lead stamp (_strip_lead) counts for two
    firsts, n = {}, 0
    for index in kept:
        firsts[index] = n
        n += 1 + paragraphs[index].count("\n\n")
    if len(starts) != n:
        return []
    position = {index: starts[first] for index, first in firsts.items()}
    return [(position[index], stamp) for index, stamp in stamps.items() if index in position]


def _cut_end_matter(text: str, result: Sorted, memo: Memo) -> str:
    """Comments, tag lists and footers close a page: from the first of them on, all is clutter.
    Never from the text's start: a text that opens so is not an article's end. Nor from an
    update stamp before the text's first sentence has ended: a short BBC item prints its "Last
    updated at 14:51 GMT" under its headline, and its story of a sentence or two follows."""
    found = [(f.match.start(), f.shape.label) for f in active("end", text, memo).every(text, 1)]
    # Shapes of the very end: tried on the last characters only, not at every position.
    start = max(1, len(text) - TAIL_CHARS)
    if (last := active("tail", text[start:], memo).search(text, start)) is not None:
        found.append((last.match.start(), last.shape.label))
        found.sort()
    # Footers, credits and tag lists are short: one far from the end of the text (or from the
    # comment thread that ends it) is article text that happens to look like one.
    thread = next((start for start, label in found if label == "comment"), len(text))
    opener = _after_story_end(text, thread) if thread < len(text) else None
    if opener is not None:
        # a call to comment that opens the thread is the thread's, as is a shape after it
        # ("Leave your thoughts in the comments section below" is also a closing call alone)
        found = [(start, label) for start, label in found if start < opener or start >= thread]
    for start, label in found:
        if label == "comment":  # the first comment found: the thread
            walked = _unsigned_comments_before(text, start, opener)
            if walked == start and opener is None:
                walked = _comment_closed_on_live_blog(text, start)
            start = walked
        if label == "timestamp" and not _SENTENCE_END.search(text, 0, start):
            continue  # an update stamp under a headline opens the page: the story follows
        if label == "comment" or thread - start <= MAX_END_MATTER_CHARS:
            result.clutter.append(Clutter(label, text[start:].strip()))
            return text[:start].rstrip()
    return text


def _unsigned_comments_before(text: str, start: int, closed: int | None) -> int:
    """Where a comment thread found at start begins, taking along the paragraphs before it
    that read as a reader's (READERMARKS: doubled stops, a sentence opening in lower case,
    outside a quotation) and the few between them: comments whose signatures the page lost.
    A run of more than MAX_COMMENT_GAP paragraphs that do not read so ends the walk; never the
    text's first paragraph. A line that closes a commentary (STORYEND: "The views expressed
    in this article are solely those of ..."), a call to comment or a post's closing byline
    before the thread ends the story: every paragraph after it is the readers', whatever marks
    it shows (closed: where that paragraph opens, _after_story_end, or None). Above a comment
    found by its marks, the walk reads on by a reader's voice (_readers_voice_before)."""
    begins, gap, position = start, 0, start
    for _ in range(MAX_COMMENT_WALK):
        opening, paragraph = _paragraph_before(text, position)
        if opening < 2:
            break
        if macro_pattern("READERMARKS").search(paragraph) and not _quoting(paragraph):
            begins, gap = opening, 0
        else:
            gap += 1
            if gap > MAX_COMMENT_GAP:
                break
        position = opening
    if begins < start:
        begins = _readers_voice_before(text, begins)
    return begins if closed is None else min(begins, closed)


def _readers_voice_before(text: str, begins: int) -> int:
    """Where unsigned comments begin above the one at begins that showed a reader's marks:
    paragraphs in a reader's voice (READERVOICE: the first person, a question, an exclamation,
    outside a quotation) and at most MAX_VOICE_GAP in a row between them without one. A
    paragraph that reports or quotes (STORYVOICE, a quotation mark) is the story's and ends the
    walk; after MIN_DENSE_THREAD paragraphs in the voice, those passed over right after it go
    with the thread. Asked only once a reader's marks were found: a column or a question blog
    writes in the first person and asks too, but never in lower case or with doubled stops."""
    found, gap, voiced, position = begins, 0, 0, begins
    for _ in range(MAX_COMMENT_WALK):
        opening, paragraph = _paragraph_before(text, position)
        if opening < 2:
            break
        quoting = _quoting(paragraph)
        if not quoting and macro_pattern("READERVOICE").search(paragraph):
            found, gap, voiced = opening, 0, voiced + 1
        elif quoting or macro_pattern("STORYVOICE").search(paragraph):
            if voiced >= MIN_DENSE_THREAD:
                found = position
            break
        else:
            gap += 1
            if gap > MAX_VOICE_GAP:
                break
        position = opening
    return found


def _comment_closed_on_live_blog(text: str, start: int) -> int:
    """Where the comment begins that a thread's first stamp, found at start, closes: a
    comment's closing stamp opening a paragraph of its own (CLOSINGSTAMP, "March 19, 2011 at
    11:03 am | Report abuse |", printed under the comment) on a live blog (at least
    MIN_LIVE_ENTRIES entry stamps above it, ENTRYSTAMP) closes the paragraphs above it up to
    the blog's last reporting or quoting paragraph (STORYVOICE, a quotation mark), at most
    MAX_CLOSED_COMMENT_PARAGRAPHS of them; else start. Asked only where no comment above the
    stamp showed a reader's marks, and only on a live blog, whose entries report: on other
    pages a story's last paragraphs report nothing as often as a comment does."""
    if text[start - 2 : start] != "\n\n" or not macro_pattern("CLOSINGSTAMP").match(text, start):
        return start
    entries = islice(macro_pattern("ENTRYSTAMP").finditer(text, 0, start), MIN_LIVE_ENTRIES)
    if sum(1 for _ in entries) < MIN_LIVE_ENTRIES:
        return start
    position = start
    for _ in range(MAX_CLOSED_COMMENT_PARAGRAPHS + 1):
        opening, paragraph = _paragraph_before(text, position)
        if opening < 2:
            break  # the text's first paragraph: no entry above
        if _quoting(paragraph) or macro_pattern("STORYVOICE").search(paragraph):
            return position
        position = opening
    return start


def _paragraph_before(text: str, position: int) -> tuple[int, str]:
    """The paragraph before position, without the spaces after it, and where it opens (below 2:
    it is the text's first)."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    opening = text.rfind("\n\n", 0, end) + 2
    return opening, text[opening:end]


def _quoting(paragraph: str) -> bool:
    return any(mark in paragraph for mark in _QUOTATION_MARKS)


def _after_story_end(text: str, start: int) -> int | None:
    """Where the readers' comments before a thread found at start begin, or None: after the
    last line closing a commentary (STORYEND), or at a call to comment below the story
    (COMMENTCALL: "Leave your questions below ...") or a blog post's closing byline and stamp
    (POSTEND), whichever comes last before start. The article ends there."""
    openings = []
    ends = [m.end() for m in macro_pattern("STORYEND", re.MULTILINE).finditer(text, 0, start)]
    if ends:
        opening = ends[-1]
        while opening < start and text[opening].isspace():
            opening += 1
        if opening < start:
            openings.append(opening)
    # never from the text's start: a text that opens so is not an article's end
    openings.extend(
        m.start() for m in macro_pattern("POSTEND", re.MULTILINE).finditer(text, 1, start)
    )
    calls = macro_pattern("COMMENTCALL", re.MULTILINE).finditer(
        text, max(1, start - MAX_CALL_BEFORE_THREAD), start
    )
    openings.extend(m.start() for m in calls)
    return max(openings) if openings else None


def _drop_clutter_paragraphs(
    paragraphs: list[str], result: Sorted, stamps: dict[int, str], memo: Memo
) -> list[str]:
    """The paragraphs that are not clutter. A time stamp on its own line opens a live blog's
    entry: it is noted in stamps under the index of the paragraph that follows it."""
    kept: list[str] = []
    highlights = 0  # points still to take under a "Story highlights" heading
    short = "\n".join(p for p in paragraphs if len(p) <= MAX_SHAPED_CHARS)
    credit = active("credit", short, memo)
    whole = active("paragraph", short, memo)
    for paragraph in paragraphs:
        if (
            highlights
            and len(paragraph.split()) <= MAX_HIGHLIGHT_WORDS
            and paragraph.rstrip("\"'”’)")[-1:] not in ".!?"
        ):
            # The points are headline-like: short, without a full stop.
            result.clutter.append(Clutter("highlights", paragraph))
            highlights -= 1
            continue
        highlights = 0
        if len(paragraph) > MAX_SHAPED_CHARS:
            kept.append(paragraph)  # every shape is shorter: spare long paragraphs the patterns
            continue
        if len(paragraph) <= MAX_CREDIT_CHARS and credit.fullmatch(paragraph):
            # a label alone between the caption and its credit ("Photograph:") goes with them
            label = kept.pop() if kept and macro_pattern("LABELLINE").fullmatch(kept[-1]) else None
            if kept and len(kept[-1].split()) <= MAX_CREDITED_WORDS:
                result.clutter.append(Clutter("caption", kept.pop()))
            if label is not None:
                result.clutter.append(Clutter("caption", label))
            result.clutter.append(Clutter("caption", paragraph))
            continue
        found = whole.fullmatch(paragraph)
        if found is None:
            kept.append(paragraph)
            continue
        result.clutter.append(Clutter(found.shape.label, paragraph))
        if found.shape.label == "highlights" and len(paragraph.split()) <= MAX_HEADING_WORDS:
            highlights = MAX_HIGHLIGHT_POINTS  # a heading: the points follow it
        if found.shape.label == "byline" and result.author is None:
            result.author = found.groups().get("author")
        if found.shape.label == "timestamp":
            stamps[len(kept)] = paragraph
    return kept


def _strip_starts(
    paragraphs: list[str],
    result: Sorted,
    memo: Memo,
    only: int | None = None,
    stamps: dict[int, str] | None = None,
) -> None:
    """only: strip the start of that paragraph alone (one whose start was just cut). A live
    blog's bracketed entry stamp taken off a paragraph's start (LIVEBRACKET in
    text/clutter.txt) is noted in stamps under that paragraph's index: the entry it opens is
    dated by it, as one under a stamp on its own line is."""
    first, every = Chosen(of_kind("start"), memo), active("every", "\n".join(paragraphs), memo)
    indices = range(len(paragraphs) if every.shapes else START_PARAGRAPHS)
    for index in indices if only is None else (only,):
        if index >= len(paragraphs):
            break
        paragraph = paragraphs[index]
        opening = index < START_PARAGRAPHS  # the "start" shapes first, then "every"
        for _ in range(MAX_START_STRIPS):
            found = first.match(paragraph) if opening else None
            if found is None:
                found = every.match(paragraph)  # (no generator a paragraph: most are many)
            if found is None:
                break
            if (
                found.shape.label == "caption"
                and found.match.end() < len(paragraph)
                and _opens_with_credit(paragraphs, index + 1, first, every)
            ):
                # The credit opening the next paragraph credits this paragraph's last piece
                # (_credited_caption): what runs into that caption at the paragraph's start
                # is the page's headline or standfirst, not a second caption.
                break
            if index == 0 and found.shape.label == "caption" and paragraph is paragraphs[0]:
                headed = _headed_caption(paragraph, found.match.end(), paragraphs)
                if headed is not None:
                    start, stop = headed
                    result.clutter.append(Clutter("caption", paragraph[start:stop]))
                    # the headline and the lead are two paragraphs, as _strip_lead leaves them
                    paragraph = f"{paragraph[:start].rstrip()}\n\n{paragraph[stop:].lstrip()}"
                    break
            _keep_metadata(found.groups(), result)
            if found.shape.label == "credit":
                _credited_caption(paragraphs, index, result)
            outlet = found.groups().get("outlet")
            if outlet and 0 < index < (HEAD_PARAGRAPHS if _heads(outlet) else BEFORE_PARAGRAPHS):
                _captions_before(paragraphs, index, result, head=_heads(outlet))
            result.clutter.append(Clutter(found.shape.label, found.match.group().strip()))
            if stamps is not None and is_live_bracket(found.match.group().strip()):
                stamps[index] = found.match.group().strip()
            paragraph = paragraph[found.match.end() :].lstrip(" |-–—:_")
        paragraphs[index] = paragraph


def _headed_caption(paragraph: str, end: int, paragraphs: list[str]) -> tuple[int, int] | None:
    """Where the caption stands (start, end offsets) when a caption shape opening the text's
    first paragraph would take it up to `end` with the headline printed before it, or take the
    headline alone before it: the first paragraph reads headline, caption, lead
    (text.clutter_lead_caption: "Orsk ferry hoax | Kel Varga is the port's only pilot | A hoax
    message ..."), or the lead restates the headline (text.clutter_restated_caption), and the
    caption found so opens after a headline, inside the shape's match or right after it, and
    ends no earlier than the match does. None where neither reads the paragraph so: the match
    is the caption."""
    text = "\n\n".join(paragraphs)
    for find in (lead_caption, restated_caption):
        found = find(paragraph, text)
        if found is not None and 0 < found[0] <= end + 1 and found[1] >= end:
            return found
    return None


def _opens_with_credit(paragraphs: list[str], index: int, first: Chosen, every: Chosen) -> bool:
    """Whether paragraph index opens with a photo credit run into the story."""
    if index >= len(paragraphs):
        return False
    paragraph = paragraphs[index]
    found = first.match(paragraph) if index < START_PARAGRAPHS else None
    if found is None or found.shape.label != "credit":
        found = every.match(paragraph)
    return found is not None and found.shape.label == "credit"


def _captions_before(paragraphs: list[str], index: int, result: Sorted, head: bool = False) -> None:
    """What stands before an agency's dateline is not the story: the paragraphs before it
    are set apart when they are sentences (a caption, a programme's promotion), not when they
    are a headline (no final stop). head: the dateline is an outlet's whose pages print a head
    of page items above it (HEADOUTLET in text/clutter.txt), where a paragraph ending on a
    question mark is one of them too (a video's title, the highlights run into a question put
    to the reader: "... the ferry sank Are you in Orsk?")."""
    ends = (".", "!", "?") if head else (".", "!")
    for earlier in range(index):
        if paragraphs[earlier].rstrip("\"'”’)")[-1:] in ends:
            result.clutter.append(Clutter("caption", paragraphs[earlier]))
            paragraphs[earlier] = ""


def _names_head_outlet(text: str) -> bool:
    """Whether the text names in brackets, as its dateline does, an outlet whose pages print a
    head above it (HEADOUTLET): a plain test before its first paragraphs are read further."""
    return any(f"({name})" in text for name in macro_words("HEADOUTLET"))


def _heads(outlet: str) -> bool:
    """Whether an outlet's pages print a head of page items above its dateline (HEADOUTLET in
    text/clutter.txt)."""
    return macro_pattern("HEADOUTLET").fullmatch(outlet) is not None


def _credited_caption(paragraphs: list[str], index: int, result: Sorted) -> None:
    """A credit opening paragraph index credits the paragraph before it, or that paragraph's
    last piece: a caption. A flattened page may have run a headline, a standfirst and a page
    stamp into that paragraph; the caption is then its last piece, after the last sentence end,
    page stamp or lower-case word run into a capital, and it is short. Where nothing ran into
    the text's second paragraph so credited, the caption's first sentence may end the first
    paragraph (text.clutter_credited_opening) and is set apart with it. A caption led by its
    picture's day and a colon (a gallery's, GALLERYLEAD) opens the paragraph and is taken
    whole: its own words run into a name ("The yacht | Bob, owned by ...") are no place to cut
    it."""
    previous = paragraphs[index - 1] if index else ""
    if not previous:
        return
    if index >= 2 and macro_pattern("LABELLINE").fullmatch(previous):
        # a label alone on its line ("Photograph:") stands between the caption and its credit:
        # the caption is the whole paragraph above it, nothing run into it
        caption = paragraphs[index - 2]
        if caption and len(caption.split()) <= MAX_CREDITED_WORDS:
            result.clutter.append(Clutter("caption", caption))
            paragraphs[index - 2] = ""
        result.clutter.append(Clutter("caption", previous))
        paragraphs[index - 1] = ""
        return
    if (
        _slash_credit().match(paragraphs[index])
        and len(previous.split()) <= MAX_CREDITED_WORDS
        and not _sentence_end().search(previous)
    ):
        # a photographer's credit with a spaced slash (SPACEDCREDIT; blog pages that print the
        # caption as a paragraph of its own): a caption of one sentence above it is taken whole,
        # not cut at a lower-case word run into a name ("... in Pakistan's | Northwest ...")
        result.clutter.append(Clutter("caption", previous))
        paragraphs[index - 1] = ""
        return
    if macro_pattern("GALLERYLEAD").match(previous) and len(previous.split()) <= MAX_CREDITED_WORDS:
        result.clutter.append(Clutter("caption", previous))
        paragraphs[index - 1] = ""
        return
    cut = 0
    for boundary in _caption_boundary().finditer(previous):
        if len(previous[boundary.end() :].split()) >= MIN_CAPTION_WORDS:
            cut = boundary.end()
    # The caption is short, whatever ran into the paragraph before it.
    caption_words = len(previous[cut:].split())
    if caption_words > MAX_CREDITED_WORDS:
        return
    if cut == 0 and index == 2:
        # nothing ran into the caption: its first sentence may end the page's head above it
        # (text.clutter_credited_opening)
        first = paragraphs[0]
        opening = credited_opening(first, _caption_boundary(), caption_words, MAX_CREDITED_WORDS)
        if opening is not None:
            result.clutter.append(Clutter("caption", f"{first[opening:]} {previous}"))
            paragraphs[0] = first[:opening].rstrip()
            paragraphs[1] = ""
            return
    result.clutter.append(Clutter("caption", previous[cut:]))
    paragraphs[index - 1] = previous[:cut].rstrip()


@cache
def _slash_credit() -> re.Pattern[str]:
    return re.compile(expand("{SPACEDCREDIT}", macros()))


@cache
def _sentence_end() -> re.Pattern[str]:
    """A sentence's end before another sentence in the same paragraph."""
    return re.compile(r"[.!?][\"”’')]* [\"“‘']?[A-Z]")


@cache
def _caption_boundary() -> re.Pattern[str]:
    return re.compile(
        expand(
            r"(?:(?<=[.!?])[\"”’)]?|\b(?!{FUNCTION}\b)[a-z][\w'’-]*|\b{TIME}) (?=[A-Z])", macros()
        )
    )


def _strip_before(paragraphs: list[str], result: Sorted, lead: str, memo: Memo, reach: int) -> None:
    """The first `reach` paragraphs are read for a dateline with what stands before it."""
    chosen = active("before", lead, memo)
    for index in range(min(reach, len(paragraphs))):
        paragraph = paragraphs[index]
        found = chosen.search(paragraph, 0, BEFORE_CHARS)
        if found is None:
            continue
        head = _heads(found.groups().get("outlet", ""))
        if index >= BEFORE_PARAGRAPHS and not head:
            continue  # further down, only below the head of a page that prints one
        _captions_before(paragraphs, index, result, head=head)
        before, headline = paragraph[: found.match.start()].strip(), ""
        # A page stamp right before the dateline ("... HONG KONG | Mon May 18, 2009 1:35 pm")
        # follows the page's headline, not highlights: the headline stays, a paragraph (not
        # a photo credit or a byline there: a slash or "By"; a link's label goes).
        stamp = _page_stamp().search(before)
        if stamp and stamp.start() and not _not_headline().search(before[: stamp.start()]):
            headline, before = before[: stamp.start()].strip(), stamp.group()
            # A headline's last words in capitals ("... new risks for NATO BRUSSELS |") are not
            # the place: it is what the stamp's and the dateline's places end with alike.
            place, dateline = stamp["place"].split(), (found.groups().get("place") or "").split()
            same = 0
            while same < min(len(place), len(dateline)) and place[~same] == dateline[~same]:
                same += 1
            if 0 < same < len(place):
                words = " ".join(place[:-same])
                headline, before = f"{headline} {words}", before[len(words) :].strip()
                place = place[-same:]
            _keep_metadata({**stamp.groupdict(), "place": " ".join(place)}, result)
            if (label := _link_label().match(headline)) is not None:
                result.clutter.append(Clutter("related", label.group().strip()))
                headline = headline[label.end() :]
        _keep_metadata(found.groups(), result)
        result.clutter.append(Clutter("timestamp" if headline else "highlights", before))
        result.clutter.append(Clutter(found.shape.label, found.match.group().strip()))
        rest = paragraph[found.match.end() :].lstrip()
        paragraphs[index] = f"{headline}\n\n{rest}" if headline else rest
        # A page that printed its dateline twice ("Jul (Reuters) - CAIRO, July 7 (Reuters) -")
        # has the second at the start of what is left.
        _strip_starts(paragraphs, result, memo, only=index)
        return


@cache
def _page_stamp() -> re.Pattern[str]:
    """A page's place and time stamp ending what stands before a dateline."""
    return re.compile(
        expand(r"(?<= )(?P<place>{PLACE}) \| (?P<date>{DATE})(?:,? {TIME})?\Z", macros())
    )


@cache
def _not_headline() -> re.Pattern[str]:
    return re.compile(r"/|\bBy |^Credit\b")


@cache
def _link_label() -> re.Pattern[str]:
    return re.compile(r"Full (?:Article|Story|Coverage) ")


def _strip_lead(paragraphs: list[str], result: Sorted, lead: str, memo: Memo) -> None:
    """Stamps printed between a headline or standfirst and the story, which a flattened page
    runs into one paragraph."""
    chosen = active("lead", lead, memo)
    for index in range(min(LEAD_PARAGRAPHS, len(paragraphs))):
        paragraph = paragraphs[index]
        while (found := chosen.search(paragraph, 0, LEAD_CHARS)) and found.match.end():
            match = found.match
            _keep_metadata(found.groups(), result)
            result.clutter.extend(_lead_clutter(found))
            # What the stamp stood between (a headline or standfirst and the story) are two
            # paragraphs: run together, the headline would read as a caption glued to the story.
            before, after = paragraph[: match.start()].rstrip(), paragraph[match.end() :].lstrip()
            paragraph = f"{before}\n\n{after}" if before and after else (before or after)
        paragraphs[index] = paragraph


def _lead_clutter(found: Found) -> list[Clutter]:
    """What a lead shape's match records. One of another label that takes the wire dateline
    after it along (its "place" group: a teaser's headline, taken with the dateline so that the
    standfirst before it is not left a paragraph alone above a dateline) records the dateline
    as a dateline."""
    match, label = found.match, found.shape.label
    cut = match.start("place") - match.start() if "place" in match.re.groupindex else 0
    if label != "dateline" and cut > 0:
        taken = match.group()
        return [Clutter(label, taken[:cut].strip()), Clutter("dateline", taken[cut:].strip())]
    return [Clutter(label, match.group())]


def _strip_inline(text: str, result: Sorted, memo: Memo) -> str:
    search = active("inline", text, memo).scanner(text)
    pieces: list[str] = []
    position = 0
    while (found := search(position)) is not None:
        match = found.match
        if match.end() == match.start():  # an empty match takes nothing: step over it
            pieces.append(text[position : match.start() + 1])
            position = match.start() + 1
            continue
        result.clutter.append(Clutter(found.shape.label, match.group().strip()))
        pieces.append(text[position : match.start()])
        position = match.end()
        if (
            text[match.start() - 1 : match.start()] in (" ", "\n", "")
            and text[position : position + 1] == " "
        ):
            position += 1  # one space between the sentences it stood between, none at a start
    return "".join(pieces) + text[position:] if pieces else text


@cache
def _dateline_word() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word, what stands before it, a date's head (a pattern that starts with the word
    is searched several times faster than one that starts with what stands before it)."""
    shapes = macros()
    return (
        re.compile(shapes["DATELINEWORD"]),
        re.compile(shapes["DATELINEBEFORE"]),
        re.compile(shapes["DATEHEAD"]),
    )


def _strip_dateline_words(text: str, result: Sorted) -> str:
    """The text without a place's name standing alone before a sentence as a dateline (the
    DATELINEWORD shape of text/clutter.txt): taken off when text/dateline_cities.txt lists
    it or the article names the word elsewhere as a place, after a preposition of place and
    with no label letter after it ("in Aleppo", not "to Miss A"). A name the article never
    puts after such a preposition is a list's run-in head or a person ("Eminem The rapper
    ...") and stays. The place of one that
    opens the text is the article's dateline place."""
    pieces: list[str] = []
    position = 0
    word, before, date_head = _dateline_word()
    for found in word.finditer(text):
        place = found["place"]
        if not before.search(text, max(0, found.start() - 3), found.start()):
            continue
        if date_head.fullmatch(place):
            continue
        if place not in _dateline_cities() and not _named_as_place(text, place):
            continue
        if found.start() == 0 and result.place is None:
            result.place = place
        result.clutter.append(Clutter("dateline", place))
        pieces.append(text[position : found.start()])
        position = found.end()
    return "".join(pieces) + text[position:] if pieces else text


def _strip_capital_datelines(text: str, result: Sorted) -> str:
    """The text without a place's name in capitals standing alone before a sentence as a
    dateline, with or without its country after it and no agency (the DATELINECAPS shape of
    text/clutter.txt: "BEIRUT A Russian helicopter ...", "KHAN SHEIKHUN Syria A suspected
    ..."): taken off with its country where the country is one of text/capitals.tsv, or alone
    before the story's words where text/dateline_cities.txt lists the place; words in capitals
    that are neither ("HARBOUR ROAD On Friday ...", a run-in heading), a city on a line of its
    own (a cable's header: "KABUL" over its number) and a wire dateline whose day follows
    ("ATLANTA Oct 21 (Reuters Legal) -", its agency's bracket left open) stay. The place of
    one that opens the text is the article's dateline place."""
    if _CAPITALS_WORD.search(text) is None:
        return text
    pieces: list[str] = []
    position = 0
    shape, (_, before, date_head) = macro_pattern("DATELINECAPS"), _dateline_word()
    for found in shape.finditer(text):
        if found.start() < position:
            continue
        if not before.search(text, max(0, found.start() - 3), found.start()):
            continue
        place, country = found["place"], found["country"]
        if country is not None and country in _countries():
            # before a lead's opening word only: an organisation's initials before a country
            # open a sentence too ("UN Syria Envoy said ...")
            following = text[found.end() :].split(maxsplit=1)
            if not following or not _lead_opener().fullmatch(following[0]):
                continue
            end, told = found.end(), f"{place}, {country}"
        elif place.title() in _dateline_cities() and text[found.end("place") :][:1] == " ":
            end, told = found.end("place"), place  # a city alone before the story's words
        else:
            continue
        after = text[end:].split(maxsplit=1)
        if after and date_head.fullmatch(after[0]):
            continue  # a wire dateline's day goes on ("ATLANTA Oct 21 (Reuters Legal) -")
        if found.start() == 0 and result.place is None:
            result.place = told
        result.clutter.append(Clutter("dateline", text[found.start() : end]))
        pieces.append(text[position : found.start()])
        position = end + 1 if text[end : end + 1] == " " else end
    return "".join(pieces) + text[position:] if pieces else text


_CAPITALS_WORD = re.compile(r"[A-Z]{3}")


@cache
def _lead_opener() -> re.Pattern[str]:
    return macro_pattern("LEADOPENER")


@cache
def _countries() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in text_lines("text", "capitals.tsv"))


def _named_as_place(text: str, place: str) -> bool:
    """The text puts the name after a preposition of place ("in Aleppo", not "to Miss A")."""
    named = rf"\b{macros()['PLACEPREPOSITION']} {re.escape(place)}\b(?! [A-Z]\b)"
    return re.search(named, text) is not None


def _set_off_run_in_heads(paragraphs: list[str], result: Sorted) -> None:
    """A subheading run into the story after a sentence's end (RUNINHEAD in text/clutter.txt:
    "... blamed it on rebels. Military denies The military source denied ...") made a
    paragraph of its own, between the sentence before it and the one after: the heading is
    the article's text, but no part of the sentence it was run into."""
    head = macro_pattern("RUNINHEAD")
    # One search of the text first: run-in heads are rare, and a search per paragraph cost
    # several times more than one over the text.
    if head.search("\n".join(paragraphs)) is None:
        return
    for index, paragraph in enumerate(paragraphs):
        spans = [found.span("head") for found in head.finditer(paragraph)]
        if spans:
            paragraphs[index] = _set_off(paragraph, spans, result)


def _set_off_run_in_headings(result: Sorted, title: str | None) -> None:
    """A headline or a subheading run into the sentence after it with no stop between them
    (text.run_in_heading: "Ferry sinks off Orsk NGO At least 31 ...", "HARBOUR ROAD On Friday
    ...") made a paragraph of its own, once the clutter around it is gone: the heading is the
    article's text, but no part of the sentence."""
    paragraphs = result.text.split("\n\n")
    rewritten: list[str | None] = []
    for paragraph, spans in zip(paragraphs, text_run_in_headings(paragraphs, title), strict=True):
        rewritten.append(_set_off(paragraph, spans, result) if spans else paragraph.strip())
    if rewritten != paragraphs:
        _rewrite_paragraphs(result, rewritten)


def _set_off(paragraph: str, spans: list[tuple[int, int]], result: Sorted) -> str:
    """The paragraph with each heading (a (start, end) span of it, in order) made a paragraph
    of its own between the words before it and those after, and the headings kept in
    result.headings: the two run-in passes above set off what they find so."""
    pieces, position = [], 0
    for start, end in spans:
        result.headings.append(paragraph[start:end])
        pieces += [paragraph[position:start].strip(), paragraph[start:end]]
        position = end
    pieces.append(paragraph[position:].strip())
    return "\n\n".join(piece for piece in pieces if piece)


@cache
def _dateline_cities() -> frozenset[str]:
    return frozenset(line.strip() for line in text_lines("text", "dateline_cities.txt"))


def _strip_title_dateline(text: str, title: str | None, result: Sorted) -> str:
    """The text without a city's name alone between the article's headline, printed run into
    the lead, and the lead (TITLEDATELINE in text/clutter.txt): "... Chemical Weapons in Hama
    Beirut Doctors Without Borders accused ..."; the city is the article's dateline place."""
    head = " ".join((title or "").split())
    if not head or not text.startswith(head + " "):
        return text
    at = len(head) + 1
    found = macro_pattern("TITLEDATELINE").match(text, at)
    if found is None or found["place"] not in _dateline_cities():
        return text
    if result.place is None:
        result.place = found["place"]
    result.clutter.append(Clutter("dateline", found["place"]))
    return text[:at] + text[found.end() :]


def _keep_metadata(found: dict[str, str], result: Sorted) -> None:
    if "outlet" in found and result.outlet is None:
        result.outlet = found["outlet"]
    if "place" in found and result.place is None:
        result.place = found["place"]
    date = found.get("date") or found.get("date2")
    if date and result.date is None:
        result.date = date
    if "author" in found and result.author is None:
        result.author = found["author"]
