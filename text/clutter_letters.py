"""A letters page's signatures: the name and the place closing each reader's letter.

A newspaper's letters page prints several short letters, each closed by its writer's name and
town or the body the writer speaks for ("Kel Varga Orsk", "Ilsa Marrow Varnholt, North
Orvalle"). Flattened, a signature is a paragraph of its own between two letters. Printed with
the bullet that opens the next letter, the [every byline] shape of text/clutter.txt takes it;
without the bullet, a paragraph of a few capitalised words is also a story's subheading or a
name run into the next sentence, so the page is told first by its form: a letter answers a
piece of the paper and names it in brackets with the day it was printed ("(Report, 11
December)", LETTERREF in text/clutter.txt), and a text holding MIN_REFERENCES of them is a
letters page; so is a text holding one and MIN_SIGNATURES signatures of a name and a place (at
least MIN_PLACED_WORDS words: a name alone is also a feature's subheading), and a text that is
one letter holding one and closed by such a signature with its town and county after a comma
("Kel Varga Orsk, Varnshire"). There a paragraph that is a signature (LETTERSIGNATURE, at most
MAX_SIGNATURE_WORDS words) is set apart when the paragraph kept before it ends a sentence (the
letter it closes) and the one after it, if any, opens a new letter with a capital or a
quotation mark: a name before a bracket or a lower-case word is the subject of the sentence
that goes on ("Kel Varga / (Harbour notes, 8 May) argues ..."). A first name alone between the
same neighbours is a signature broken over two lines ("Eunice / Hinds Bristol • ..."), whose
second line the bullet shape takes.

A reader's credit under a letter, question or review needs no letters page when it is signed
as readers sign, the town after a comma (READERPLACED, "Kel Varga, Orsk"); a name with its town
and no comma, or alone, is also a subheading over the paragraph on the person ("Kel Varga /
The harbour master has ..."), so it is a credit only on a page of readers' questions, where
MIN_QUESTION_CREDITS of them stand under a question (READERCREDIT). Either stands between a
paragraph ending a sentence and one opening another (or the text's end), and not beside
another such line: a run of names is a list (a team, a cast, the members of a panel).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from text.clutter_shapes import macro_pattern, macros

MIN_REFERENCES = 2  # several letters, each naming the piece it answers
MAX_SIGNATURE_WORDS = 9
MIN_SIGNATURES = 2  # ... or several letters, each closed by its signature
MIN_PLACED_WORDS = 3  # a name and a place
MIN_QUESTION_CREDITS = 2  # a page of readers' questions: several, each under its question
_FIRST_NAME = re.compile(r"[A-Z][a-z'’]+")
_LETTER_END = re.compile(r"[.!?][\"”’')]*$|\)$")  # the letter before a signature ends a sentence
_LETTER_START = re.compile(r"[A-Z\"“‘'`]")
_QUESTION_END = re.compile(r"\?[\"”’')]*$")
# a credit's piece ends a sentence: not on a bracket, which closes a track list's or a
# scoreboard's line as often
_PIECE_END = re.compile(r"[.!?][\"”’')]*$")


@cache
def _town_run_in() -> re.Pattern[str]:
    # the town of a credit broken after the name, run into the answer's first sentence
    # ("Kel Varga / Orsk The harbour is ...")
    return re.compile(rf"{macros()['LETTERPLACEWORD']} (?={macros()['OPENER']} [a-z])")


def _references(text: str) -> int:
    """How many references to the paper's own pieces text holds, counted to MIN_REFERENCES."""
    return sum(1 for _ in islice(macro_pattern("LETTERREF").finditer(text), MIN_REFERENCES))


def _signed(paragraph: str) -> bool:
    if len(paragraph.split()) > MAX_SIGNATURE_WORDS:
        return False
    return bool(
        macro_pattern("LETTERSIGNATURE").fullmatch(paragraph) or _FIRST_NAME.fullmatch(paragraph)
    )


def letter_signatures(paragraphs: list[str]) -> list[int]:
    """The indices of the paragraphs that are a letters page's signatures (none unless the
    paragraphs are one)."""
    references = _references("\n".join(paragraphs))
    if not references:
        return []
    found = _between_letters(paragraphs)
    if references >= MIN_REFERENCES:
        return found
    # with one reference, a signature names a place too: a name alone, or a first name, is
    # also the shape of a feature's subheadings ("Kel Varga" over the paragraph on him)
    found = [index for index in found if len(paragraphs[index].split()) >= MIN_PLACED_WORDS]
    if len(found) >= MIN_SIGNATURES:
        return found
    if found == [len(paragraphs) - 1] and "," in paragraphs[found[0]]:
        return found  # one letter, closed by its writer's name, town and county
    return []


def _between_letters(paragraphs: list[str]) -> list[int]:
    """The indices of the paragraphs shaped as signatures between a letter's end and the
    next letter's start. Read again with those taken out until none is found, so that a
    signature whose neighbour was one is judged beside the letters around both, as it will be
    when the text is cleaned again."""
    taken: set[int] = set()
    while True:
        kept = [index for index in range(len(paragraphs)) if index not in taken]
        found = set()
        for position, index in enumerate(kept):
            paragraph = paragraphs[index].strip()
            if position == 0 or not _signed(paragraph):
                continue
            if not _LETTER_END.search(paragraphs[kept[position - 1]].rstrip()):
                continue
            if position + 1 < len(kept) and not _LETTER_START.match(
                paragraphs[kept[position + 1]].lstrip()
            ):
                continue
            found.add(index)
        if not found:
            return sorted(taken)
        taken |= found


def reader_credits(paragraphs: list[str], title: str | None = None) -> dict[int, int]:
    """The indices of the paragraphs that are readers' credits under their letter, question or
    review, each with how many characters at the start of the next paragraph are the credit's
    town, run into the answer when a credit was broken after the name (0 mostly). title: the
    headline over the first paragraph, a page's first question where the page has none."""
    above = [title or "", *paragraphs[:-1]]  # the piece each paragraph would close
    placed: list[int] = []
    asked: list[int] = []  # a name, with or without a town, under a question
    for index, paragraph in enumerate(paragraphs):
        paragraph = paragraph.strip()
        if paragraph.count(" ") >= MAX_SIGNATURE_WORDS or not paragraph[:1].isupper():
            continue  # a cheap test first: most paragraphs are long
        if not _between_pieces(above[index], paragraphs[index + 1 : index + 2]):
            continue
        if "," in paragraph and macro_pattern("READERPLACED").fullmatch(paragraph):
            placed.append(index)
        elif _QUESTION_END.search(above[index].rstrip()) and macro_pattern(
            "READERCREDIT"
        ).fullmatch(paragraph):
            asked.append(index)
    credits = dict.fromkeys(placed, 0)
    signed_questions = [i for i in placed if _QUESTION_END.search(above[i].rstrip())]
    if len(asked) + len(signed_questions) < MIN_QUESTION_CREDITS:
        return credits
    for index in asked:
        credits[index] = _town_length(paragraphs, index)
    return dict(sorted(credits.items()))


def _between_pieces(before: str, after: list[str]) -> bool:
    """Whether a line between the paragraph before and the one after (none at the text's end)
    stands between one ending a sentence and one opening another that is no line of a name
    too."""
    if not _PIECE_END.search(before.rstrip()):
        return False
    if not after:
        return True
    return bool(_LETTER_START.match(after[0].lstrip())) and not macro_pattern(
        "READERCREDIT"
    ).fullmatch(after[0].strip())


def _town_length(paragraphs: list[str], index: int) -> int:
    """How many characters open the next paragraph with the town of the credit at index, a
    name alone broken from its town; 0 when none."""
    if index + 1 == len(paragraphs) or len(paragraphs[index].split()) >= MIN_PLACED_WORDS:
        return 0
    after = paragraphs[index + 1]
    found = _town_run_in().match(after.lstrip())
    return 0 if found is None else len(after) - len(after.lstrip()) + found.end()
