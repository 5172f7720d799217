"""A run of linked story titles printed into the story with nothing between them.

News pages print a list of links to other stories or videos between two paragraphs; flattened,
the titles run together, one after another without a stop, and into the first sentence of the
paragraph after the list ("... the strikes were justified. Are kids being trained to defend
Orsk? | Orsk envoy to Kestria talks ferries Homes destroyed in battle for Orsk | The Red
Cross-chartered ship evacuated 600 civilians ..."). A source that splits sentences breaks the
run after each title that is a question. No one title tells a list, so the run is read as a
whole, from the start of a paragraph after the first (the first may be a headline run into
the lead):

- titles run together are words without a sentence's stop or a bracket, in sentence case (at
  least MIN_LOWER_WORDS everyday words in lower case), few of them function words
  (MAX_FUNCTION_SHARE), a comma only after a name in capitals or initials ("U.S., UN must
  act"), and none of the words of TITLENOT (text/clutter.txt: a story's speech verbs, its
  first and second person, the words that join a clause, the pronouns); three to
  MAX_TITLE_WORDS words;
- they end where a sentence of the story opens right after a word that may end a title (no
  function word, no word that joins a clause, no preposition or role before a name:
  GLUEDLAST), with no stop between: an opener before a lower-case word ("... Lebanese PM The
  ex-leader fled ..."), "The", "A" or "An", a subject and a verb ("The Red Cross-chartered
  ship evacuated ..."), a name and its verb after a lower-case word ("... Varnholt warships
  Orsk was mining ..."), a name, its role set off by commas and its speech verb
  (TITLESPEAKERVERB: "... a 'dead man walking' Kel Varga, deputy head of the crews, said
  ..."), a quotation ("... in Orsk "As you know ..."), or a question
  (TITLEQUESTION: "... to Twitter What's next for ...?"); a run ending the paragraph on a
  question of MIN_QUESTION_TITLE words or more is all titles, a shorter question is the
  story's subheading and stays ("... cuts internet | Why now?");
- what tells a list, and not a headline or a caption run into the story, is more than one
  title: a title's label and its colon (TITLELABEL: "Gallery: Protesters on streets") run in
  after another title or followed by one, a question title run in after MIN_BEFORE_QUESTION
  words of titles (or after a label), or a paragraph before of one title that is a question
  (at most MAX_QUESTIONS such paragraphs: short, no comma, no pronoun), which goes with the
  run; after a question title alone, the titles are MIN_AFTER_QUESTION words or more, hold no
  auxiliary or modal (TITLEAUX) and do not open as a sentence does ("The Varnholt paper | La
  Gazeta says ..."); a label naming what a link leads to (LINKLABEL: "Gallery: Crowds on
  Orsk's quays | As the ferries ...") tells a link by itself, and one title after it is
  enough;
- a paragraph that is two titles and nothing else, the second a question, is a list too
  ("Fighting on Orsk's front lines | Should crews back the rebels?"): the second opening on a
  question word before a lower-case word, or, on a page that shows a run of titles
  elsewhere, on a capitalised word after a title with no auxiliary ("The face of Orsk's
  revolt | Quiet change in the straits?"; a story's question may run a name in so: "The best
  goal | Kel Varga ever scored?");
- on a page that shows a run of titles elsewhere, one title run into the story's sentence is
  a link too ("Building frequented by Varga hit | Varnholt is leading ..."): of
  MIN_AFTER_QUESTION words or more, no auxiliary or modal, not opening as a sentence does,
  in a paragraph that follows one ending on a sentence's stop.
- on a CNN page (the outlet its dateline names), two or more titles run together with no label
  or question mark, alone or into the story's sentence, are a list ("Rare view inside Orsk's
  harbour | Wounded ferryman tells story of the flood | According to ..."): the words of a
  paragraph after one ending on a stop or a colon are cut where a word in lower case (or a
  number, a question, a place after a preposition of place: "... flee Orsk for Varnholt |
  Ferry ...") that may end a title meets a word in capitals that is no weekday or month, each
  title MIN_LINK_TITLE to MAX_GLUED_TITLE words shaped as a headline: opening on no word that
  opens a sentence, with no stop, comma, bracket or quotation mark, no pronoun, speech verb,
  auxiliary or modal (save in a question, or in a quotation after the title's colon: "Orsk
  sailor: I'm a free man"), no name and its verb in the past ("Kel Varga met"), no list going
  on ("... and the docks"); after two such titles, one may hold a comma ("Marching for,
  against Varga in Orsk"), or one between two others ("Crews return | Strikes, arrests go
  on in Orsk | Who runs the harbour?"). The story's sentence after them runs MIN_STORY_WORDS
  words to its stop (fewer when it opens plainly) and does not open on a name and its verb
  after a word in lower case, which may go on a subject begun before it ("Harbour closes for
  winter Orsk ferry operator | Varga Lines said ..." stays); a plain opening ("The", an
  opener, a quotation) ends the titles even after a name, which goes with the last title
  ("... Resolution meant to pressure Varga | "We ..."); titles alone end on a question.
- the same list cut across two lines by a source that splits sentences after a question
  ("... Who runs the harbour? | Can the ferries sail again?"), on a CNN page: a paragraph
  that is one title and a question (as a question title before a run is read: short, no
  comma, no pronoun), after a paragraph ending on a sentence's stop, goes with the titles of
  the paragraph after it, and there one title of MIN_AFTER_QUESTION words or more is enough,
  run into the story's sentence or alone and a question ("Can the ferries sail again? |
  Crews return to the flooded harbour quays | According to ..."), not ending on a verb in the
  past before a sentence that opens as no title's does ("Can the harbour survive another
  winter? | Rescue crews from three countries reached Orsk harbour ..." is the story's own
  subheading and sentence); two such question titles on lines of their own (MAX_QUESTIONS),
  the first after a sentence's stop, go so with the titles of the line after them, the list
  then cut across three lines ("Orsk ferries to sail again? | Will the strikes spread to the
  docks? | Where does Varnholt go from here with Orsk?"); after titles alone ending on a
  question, a paragraph that is such a question title goes with them.

The run and its question paragraphs are related-story clutter. The story's own questions (an
interview's, a columnist's) hold its pronouns and commas, or are followed by the story's
sentence with no title run into it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from text.clutter_lead_caption import subject_and_verb
from text.clutter_shapes import macros
from text.sentences import abbreviations

MIN_TITLE_WORDS = 3  # words of the titles before the sentence they run into
MAX_TITLE_WORDS = 40  # a list of three or four titles
MAX_FUNCTION_SHARE = 0.4  # a title is mostly nouns and verbs
MIN_AFTER_QUESTION = 5  # words of titles that a question title before tells alone
MIN_QUESTION_TITLE = 4  # words of a question run in that is a title, not a subheading
MIN_BEFORE_QUESTION = 6  # words of titles before a question title run in, without a label
MIN_LOWER_WORDS = 2  # titles in sentence case: words in lower case that are no function words
MIN_LINKED_LOWER = 1  # ... after a label naming a link ("Gallery: Civil war in Orsk")
MIN_GLUE_CHARS = 3  # a lower-case word that ends a title ("Marco di | Lauro" is one name)
MAX_QUESTION_WORDS = 12  # a title that is a question
MAX_QUESTION_CHARS = 200  # ... told by its length before its words are counted
MAX_PAIR_WORDS = 24  # a paragraph of two titles, the second a question
MIN_PAIR_QUESTION = 5  # ... of this many words when it opens on a question word: a shorter
# one after a single title may be the story's subheading ("... interactive map What's in a
# name?" over a paragraph on a disease's name)
HEAD_CHARS = 600  # a label among the titles stands this near the paragraph's start
LABEL_CHARS = 60  # ... and is this long at most
MAX_QUESTIONS = 2  # such paragraphs before the run
MIN_SENTENCE_WORDS = 4  # the story's sentence after the run, to its stop
MAX_SUBJECT_WORDS = 5  # "The Red Cross-chartered ship evacuated ..."
MAX_NAME_WORDS = 3  # a speaker's name before the comma and the role: "Kel Varga, deputy ..."
MAX_ROLE_WORDS = 12  # ... the role: "deputy head of the Orsk crews' union,"
MIN_LINK_TITLE = 4  # words of each of two titles run together with no label or question
MAX_GLUED_TITLE = 12  # ... a headline's length at most
MAX_RUN_WORDS = 80  # the words read for such titles: five of them and the story's opening
MIN_STORY_WORDS = 8  # the story's sentence after them, to its stop
CUT_CHARS = 400  # a cut between two of them opens this near the paragraph's start
_WORD = re.compile(r"\S+")
_EDGES = "\"“”‘’'`.,;:!?()[]"
_OPENING_QUOTES = ('"', "“", "``", "‘", "'")
_QUOTATION_OPENS = ('"', "“", "``")  # a quotation (not a title's single quotation marks)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?")  # "U.S.", "U.K."
_MARKED = frozenset(("The", "A", "An"))
_QUESTION = "question"  # a second title opening on a question word: a list by itself
_NAME = "name"  # ... on a capitalised word: a list on a page that shows one elsewhere


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    defined = macros()
    return {
        "question": re.compile(defined["TITLEQUESTION"]),
        "label": re.compile(rf"(?:^|(?<=[\w'’\"”] )){defined['TITLELABEL']}"),
        "link": re.compile(rf"{defined['LINKLABEL']}:"),
        "series": re.compile(rf"{defined['TITLESERIES']}:(?= [A-Z'‘\"“`])"),
        "not": re.compile(defined["TITLENOT"]),
        "person": re.compile(rf"\b{defined['TITLEPERSON']}\b"),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "opener": re.compile(defined["OPENER"]),
        "joining": re.compile(f"(?i:{defined['GLUEDJOINING']})"),
        "aux": re.compile(defined["TITLEAUX"]),
        "last": re.compile(f"(?i:{defined['GLUEDLAST']})"),
        "verb": re.compile(defined["LEADVERB"]),
        "place": re.compile(defined["PLACEPREPOSITION"]),
        "speaker": re.compile(defined["TITLESPEAKERVERB"]),
        "firstnot": re.compile(defined["TITLERUNFIRSTNOT"]),
        "lastnot": re.compile(defined["TITLERUNLASTNOT"]),
        # the words no title ends on: FUNCTION, GLUEDJOINING, GLUEDLAST, TITLENOT, TITLERUNLASTNOT
        "endsnot": re.compile(
            f"(?i:{defined['FUNCTION']}|{defined['GLUEDJOINING']}|{defined['GLUEDLAST']})"
            f"|{defined['TITLENOT']}|{defined['TITLERUNLASTNOT']}"
        ),
        "verb_of_report": re.compile(defined["TITLERUNVERB"]),
        "past": re.compile(defined["TITLERUNPAST"]),
        "asks": re.compile(defined["TITLERUNASKS"]),
        # ... the words a paragraph of titles may open on all the same (_headline reads them)
        "opens": re.compile(
            f"{defined['TITLERUNASKS']}|{defined['TITLERUNARTICLE']}|{defined['TITLEQUESTION']}"
        ),
        "list": re.compile(defined["TITLERUNLIST"]),
        "article": re.compile(defined["TITLERUNARTICLE"]),
        "lastdone": re.compile(defined["TITLERUNLASTDONE"]),
        "beforenot": re.compile(defined["TITLERUNBEFORENOT"]),
        "runplace": re.compile(defined["TITLERUNPLACE"]),
        "date": re.compile(f"(?:{defined['WEEKDAY']}|{defined['MONTH']})"),
        # a word in capitals after one in lower case, where a title may end and another open
        "cut": re.compile(r"[a-z0-9?] [A-Z]"),
    }


def title_runs(paragraphs: list[str], glued: bool = False) -> list[tuple[int, int]]:
    """The runs of titles among the paragraphs: (index, end) for each paragraph that is part of
    one, end being where its titles end (the whole paragraph or a prefix). The first paragraph
    is never read (a headline may be run into the lead). A paragraph of two titles whose
    second opens without a question word is one only on a page that shows a run of titles
    elsewhere: a story's own question may run a name in after a lower-case word ("The best
    goal Kel Varga ever scored?"). glued: read titles run together with no label or question
    too (_glued_titles), on the pages whose lists of links take that shape."""
    paragraphs = [_series_as_one_word(p) for p in paragraphs]
    found: list[tuple[int, int]] = []
    pairs: list[tuple[int, str]] = []
    index = 1
    while index < len(paragraphs):
        questions: list[int] = []
        at, run = index, None
        while at < len(paragraphs):
            paragraph = paragraphs[at]
            if questions or paragraph.endswith("?") or paragraph.find(": ", 0, HEAD_CHARS) >= 0:
                run = _run_of_titles(paragraph, questioned=bool(questions))
            if run is not None or len(questions) == MAX_QUESTIONS:
                break
            if not _question_title(paragraph):
                break
            questions.append(at)
            at += 1
        if run is not None and (run[1] or (questions and run[2])):
            found.extend((q, len(paragraphs[q])) for q in questions)
            found.append((at, run[0]))
            index = at + 1
        else:
            if (pair := _title_pair(paragraphs[index])) is not None:
                pairs.append((index, pair))
            index += 1
    shown = bool(found)
    found.extend((i, len(paragraphs[i])) for i, kind in pairs if kind == _QUESTION or shown)
    if shown:
        found.extend(_single_titles(paragraphs, {i for i, _ in found}))
    if glued:
        found.extend(_glued_titles(paragraphs, {i for i, _ in found}))
    return sorted(found)


def _series_as_one_word(paragraph: str) -> str:
    """The paragraph with each series' label of several words (TITLESERIES: "Explain it to
    me: ...") written as one word of the same length ("Explain_it_to_me: ..."), so that it
    reads as a title's label and its pronoun as no title's word; where the titles end stays
    where it was."""
    if ": " not in paragraph:
        return paragraph
    return _patterns()["series"].sub(lambda m: m.group().replace(" ", "_"), paragraph)


def _glued_titles(paragraphs: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """The paragraphs that open on two or more titles run together with no label or question
    mark, alone or into the story's sentence ("Rare view inside Orsk's harbour | Wounded
    ferryman tells story of the flood | "We will sail ..."), on the pages title_runs is told to
    read them on, right after a paragraph that ends on a sentence's stop or a colon: where the
    titles end (_linked_titles). A list cut across two lines after a title that is a question
    is read across them: the question title before the titles goes with them, and one title
    after it is enough (_question_link), across three lines when two question titles stand on
    lines of their own before it; a question title after titles alone ending on a question
    goes with them."""
    found: list[tuple[int, int]] = []
    for index in range(1, len(paragraphs)):
        paragraph = paragraphs[index]
        if index in taken or index - 1 in taken:
            continue
        if not paragraphs[index - 1].rstrip("\"”’'").endswith((".", "!", "?", ":")):
            continue
        if _patterns()["cut"].search(paragraph, 0, CUT_CHARS) is None:
            continue  # no word in capitals after one in lower case: a cheap look first
        end = _linked_titles(paragraph)
        questions = _question_link(paragraphs, index)
        if end is None and questions:
            end = _linked_titles(paragraph, least=1)
        if end is None:
            continue
        listed = {i for i, _ in found}
        found.extend((i, len(paragraphs[i])) for i in questions if i not in listed)
        found.append((index, end))
        # a source that splits sentences after a question cuts a list ending on question
        # titles there, so its last title stands on the next line ("... | Who runs the
        # harbour? | Can the ferries sail again?"), left as a paragraph if not taken here
        after = index + 1
        if (
            end == len(paragraph)
            and after < len(paragraphs)
            and after not in taken
            and _question_title(paragraphs[after])
        ):
            found.append((after, len(paragraphs[after])))
            taken = taken | {after}
    return found


def _question_link(paragraphs: list[str], index: int) -> list[int]:
    """The paragraphs right before paragraph `index` that are linked stories' titles that are
    questions (_question_title), the list cut across two lines after them by a source that
    splits sentences ("... the harbour reopened. | Can the ferries sail again? | Crews return
    to Orsk quays | The council said ..."), or none: one such paragraph, or MAX_QUESTIONS on
    consecutive lines when the list is cut after each of its question titles, so across three
    lines ("... reopened. | Orsk ferries to sail again? | Will the strikes spread to the docks?
    | Where does Varnholt go from here with Orsk?"); after a paragraph ending on a sentence's
    stop, never the text's first."""
    at = index - 1
    while at >= 1 and index - at <= MAX_QUESTIONS and _question_title(paragraphs[at]):
        if paragraphs[at - 1].rstrip("\"”’'").endswith((".", "!")):
            return list(range(at, index))
        at -= 1
    return []


def _linked_titles(paragraph: str, least: int = 2) -> int | None:
    """Where the titles opening a paragraph end, when two or more run together (the whole
    paragraph when nothing follows them), or None. The words are cut into titles where a title
    may end and the next open (_cuts); each title is MIN_LINK_TITLE to MAX_GLUED_TITLE words
    shaped as a headline (_headline); after two or more, or between two, one title may hold a
    comma ("Protesting for, against Varga in Orsk"); the story's sentence after them runs
    MIN_STORY_WORDS words or more to its stop (MIN_SENTENCE_WORDS when it opens plainly:
    _plain_opening), and does not open on a name its subject may begin before
    (_subject_goes_back); titles alone end on a question. A plain sentence's opening ends the
    titles even after a name ("... to pressure Varga | The council ..."), which goes with the
    title. least: the titles that tell a list (one after a question title on the line before,
    of MIN_AFTER_QUESTION words or more, not ending on a verb in the past unless the sentence
    after it opens plainly)."""
    if not paragraph.lstrip("'‘")[:1].isupper():
        return None
    found = _patterns()
    first = paragraph.split(maxsplit=1)[0].lstrip("'‘")
    if found["firstnot"].fullmatch(first) and not found["opens"].fullmatch(first):
        return None  # a sentence's opener (as _headline reads it): a look before the words
    words = [(m.start(), m.group()) for m in islice(_WORD.finditer(paragraph), MAX_RUN_WORDS)]
    titles, commas, at, opened = 0, 0, 0, False
    while at < len(words):
        cut, plain = _next_cut(words, at)
        headline = _headline(words[at:cut], first=at == 0, last=cut == len(words))
        if headline is False and titles == 1 and not plain:
            # a headline may hold a comma ("Crews return | Strikes, arrests go on in Orsk |
            # Who runs the harbour?"): with a title after it, it is one of the list, where
            # after one title with nothing like it after it would be the story's sentence
            following = _next_cut(words, cut)[0]
            if _headline(words[cut:following], first=False, last=following == len(words)):
                titles += 1
                commas += 1
                at = cut
                continue
        if headline is None or (not headline and (titles < 2 or commas)):
            break  # the story's sentence opens here
        titles += 1
        commas += not headline
        at, opened = cut, plain
        if plain:
            break
    if titles < least or (titles == 1 and at < MIN_AFTER_QUESTION):
        return None
    if titles == 1 and at < len(words) and not opened and _past(words[at - 1][1]):
        # a headline tells in the present ("Refugees flee Orsk for Varnholt"): one title
        # ending on a verb in the past before a capitalised word is a story's sentence cut
        # between its verb and its object ("Rescue crews from three countries reached |
        # Orsk harbour on Tuesday ..." under the story's own question), unless the sentence
        # after it opens plainly
        return None
    if at == len(words):
        # titles alone, the last a question ("... | Who leads the Orsk crews?"): a wire's flash
        # alone on its line may run a headline and its summary together so
        question = len(words) < MAX_RUN_WORDS and words[-1][1].endswith("?")
        return len(paragraph) if question else None
    if _subject_goes_back(words, at):
        return None
    plain = _plain_opening(" ".join(w for _, w in words[at : at + 2]))
    after = (w for _, w in words[at:])
    to_stop = next((n for n, w in enumerate(after) if _stops(w)), None)
    if to_stop is None or to_stop + 1 < (MIN_SENTENCE_WORDS if plain else MIN_STORY_WORDS):
        return None
    return words[at - 1][0] + len(words[at - 1][1])


def _past(word: str) -> bool:
    """Whether a word may be a verb in the past: in "-ed" or an irregular one (TITLERUNPAST)."""
    return word.endswith("ed") or _patterns()["past"].fullmatch(word) is not None


def _subject_goes_back(words: list[tuple[int, str]], at: int) -> bool:
    """Whether the story's sentence opens at word `at` on a name of two words or more and its
    verb (LEADVERB, TITLESPEAKERVERB) right after a word in lower case, so that the words
    before may be the start of its subject ("Harbour closes for winter | Orsk ferry operator
    | Varga Lines said ..."), a brief's headline run into its lead."""
    if not words[at - 1][1][:1].islower():
        return False
    found = _patterns()
    for k in range(at + 1, min(len(words), at + 1 + MAX_NAME_WORDS)):
        word = words[k][1]
        if found["verb"].fullmatch(word) or found["speaker"].fullmatch(word):
            return k - at >= 2
        if not _named_word(words[k - 1][1]) or not word[:1].isupper():
            return False
    return False


def _named_word(word: str) -> bool:
    """Whether a word may be part of a name: in capitals, with no punctuation after it."""
    return word[:1].isupper() and word[-1:].isalnum()


def _next_cut(words: list[tuple[int, str]], at: int) -> tuple[int, bool]:
    """Where the title opening at word `at` ends (the next cut MIN_LINK_TITLE words on or more,
    or the end of the words), and whether the story's sentence opens plainly there: "The", "A"
    or "An", an opener before a word in lower case or a quotation, after a word that may end a
    title, even a name ("... to pressure Varga | The council ..."), or a name and its verb at a
    cut ("... flood | Varga has ..."); up to MAX_NAME_WORDS words between a cut and such an
    opening go with the title ("... to pressure | Kel Varga | The council ...", "... to aid |
    Orsk crews | The council ...")."""
    end = min(len(words), at + MAX_GLUED_TITLE + 1)  # a longer title is none (_headline)
    for k in range(at + MIN_LINK_TITLE, end):
        last, word = words[k - 1][1], words[k][1]
        if _opens_plainly(words, k) and _ends_title(last, words[k - 2][1]):
            return k, True
        if _cuts(last, word, words[k - 2][1]):
            for j in range(k + 1, min(len(words), k + 1 + MAX_NAME_WORDS)):
                if not _title_word(words[j - 1][1]):
                    break
                if _opens_plainly(words, j):
                    return j, True
            plain = _plain_opening(" ".join(w for _, w in words[k : k + 2]))
            return k, plain
    return end, False


def _opens_plainly(words: list[tuple[int, str]], k: int) -> bool:
    """Whether the story's sentence opens plainly at word k, even after a name: "The", "A" or
    "An", an opener before a word in lower case (OPENER), or a quotation in capitals."""
    word = words[k][1]
    if word in _MARKED or word.startswith(_QUOTATION_OPENS):
        return _plain_opening(" ".join(w for _, w in words[k : k + 2]))
    return bool(
        k + 1 < len(words)
        and _patterns()["opener"].fullmatch(word)
        and words[k + 1][1][:1].islower()
    )


def _title_word(word: str) -> bool:
    """Whether a word may go on a title past a cut: no punctuation after it, no function
    word."""
    return word[-1:].isalnum() and _patterns()["function"].fullmatch(word) is None


def _ends_title(word: str, before: str) -> bool:
    """Whether a title may end on a word (`before`: the word before it): letters or digits at
    its end, or a question mark or a quotation mark after them, and not a function word, a
    word that joins a clause, nor a word asking for the name after it (GLUEDLAST,
    TITLERUNLASTNOT: "... the former | Orsk mayor", "... the harbour's spokesman | Kel
    Varga"), save in the ends of TITLERUNLASTDONE ("each other")."""
    bare = word.rstrip("?'’\"”")
    if not bare[-1:].isalnum():
        return False
    bare = bare.lstrip("'‘\"“")
    found = _patterns()
    if found["lastdone"].fullmatch(f"{before} {bare}"):
        return True
    return found["endsnot"].fullmatch(bare) is None


def _cuts(last: str, word: str, before: str) -> bool:
    """Whether one title ends on `last` and the next opens on `word` (`before`: the word before
    `last`): a word that may end a title, in lower case, a number or a question, or a place
    after a preposition of place (TITLERUNPLACE: "... clash in Orsk | Children ..."), then
    a word in capitals that is no weekday, month or "I"."""
    found = _patterns()
    if not word[:1].isupper() or word == "I" or found["beforenot"].fullmatch(before):
        return False
    if not _ends_title(last, before) or found["date"].fullmatch(word.rstrip(",.:;'’")):
        return False
    if last[:1].islower() or last[:1].isdigit() or last.endswith("?"):
        return True
    place = found["runplace"].fullmatch(before) is not None
    return place and last[1:].isalpha() and last[1:].islower()


def _headline(words: list[tuple[int, str]], first: bool, last: bool) -> bool | None:
    """Whether words read as one linked story's title: True, False when they do save for one
    comma, else None. A title is MIN_LINK_TITLE to MAX_GLUED_TITLE words; opens in capitals on
    no word that opens a sentence (TITLERUNFIRSTNOT; "A" or "An" when first, the paragraph's
    first title, which nothing runs into: TITLERUNARTICLE; a question word only when it is a
    question); holds no stop, bracket, quotation mark, dash ("--") or semicolon (a question mark
    ends it, the last of a paragraph's titles only when last); no word of TITLENOT, auxiliary
    or modal (TITLEAUX, unless it is a question) or verb of a story's report (TITLERUNVERB,
    "Kel Varga accused"), save in the words after a colon inside it (a title's quotation:
    "Varga: I'm staying"), no name and a verb in the past after it ("Kel Varga visited", "Kel
    Varga met": TITLERUNPAST), and no conjunction before a determiner, which goes on a list
    (TITLERUNLIST: "... and the docks")."""
    if not MIN_LINK_TITLE <= len(words) <= MAX_GLUED_TITLE:
        return None
    found = _patterns()
    texts = [w for _, w in words]
    opening = texts[0].lstrip("'‘")
    question = texts[-1].endswith("?") and (last or len(texts) >= MIN_QUESTION_TITLE)
    if not opening[:1].isupper() or texts[-1].endswith(":"):
        return None
    asks = found["asks"].fullmatch(opening) or (question and found["question"].fullmatch(opening))
    article = first and found["article"].fullmatch(opening) is not None
    if found["firstnot"].fullmatch(opening) and not asks and not article:
        return None
    if found["list"].search(" ".join(texts)):
        return None
    commas, quoted = 0, False
    for n, word in enumerate(texts):
        if any(c in word for c in '"“”();!') or "--" in word:
            return None
        if word.endswith("?") and n < len(texts) - 1:
            return None
        if word.endswith(","):
            commas += 1
            word = word[:-1]
        if word.endswith(".") and _stops(word):
            return None
        bare = word.strip(_EDGES)
        if not quoted and (
            found["not"].fullmatch(bare)
            or found["verb_of_report"].fullmatch(bare)
            or (found["aux"].fullmatch(bare) and not question)
        ):
            return None
        quoted = quoted or word.endswith(":")
        if (
            n >= 2
            and (bare[-2:] == "ed" or found["past"].fullmatch(bare))
            and bare[:1].islower()
            and texts[n - 1][:1].isupper()
            and texts[n - 2][:1].isupper()
        ):
            return None  # "Kel Varga visited the harbour": a name and its verb in the past
    if commas > 1:
        return None
    return not commas


def _plain_opening(sentence: str) -> bool:
    """Whether the story's sentence after a run of titles opens plainly: "The", "A" or "An", an
    opener (OPENER) before a word in lower case, a quotation in capitals, or one capitalised
    word and its verb (LEADVERB: "Varga has ..."); not on a name of more words, which may be
    the subject the words before it go on with ("... ferry operator | Varga Lines said")."""
    words = sentence.split()[:2]
    if len(words) < 2:
        return False
    first, second = words
    if first.startswith(_QUOTATION_OPENS):
        return first.lstrip('"“`')[:1].isupper()
    if first in _MARKED:
        return True
    if _patterns()["opener"].fullmatch(first):
        return second[:1].islower()
    return first[:1].isupper() and _patterns()["verb"].fullmatch(second) is not None


def _single_titles(paragraphs: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """The paragraphs that open on one title run into the story's sentence ("Building hit by
    Orsk shelling | The harbour crews ..."), on a page that shows a run of titles elsewhere:
    MIN_AFTER_QUESTION words of titles or more, with no auxiliary or modal, not opening as a
    sentence does, right after a paragraph that ends on a sentence's stop (the words do not
    carry the paragraph before on). No one title tells a link where the page shows none: a
    caption or a subheading run into its paragraph looks the same."""
    found: list[tuple[int, int]] = []
    for index in range(1, len(paragraphs)):
        if index in taken or index - 1 in taken:
            continue
        before = paragraphs[index - 1].rstrip("\"”’'")
        if not before.endswith((".", "!", "?")) or paragraphs[index].endswith("?"):
            continue
        run = _run_of_titles(paragraphs[index], single=True)
        if run is not None and run[2]:
            found.append((index, run[0]))
    return found


def _question_title(paragraph: str) -> bool:
    """Whether a paragraph is one title that is a question ("Are kids being trained to defend
    Orsk's militia?"): short, no stop before its end, no comma, no pronoun (TITLEPERSON), not
    opening on a function word that carries the story on ("But what ...?")."""
    if not paragraph.endswith("?") or len(paragraph) > MAX_QUESTION_CHARS:
        return False
    words = paragraph.split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_QUESTION_WORDS:
        return False
    if not paragraph[:1].isupper() or words[0].isupper() or not _plain_question(paragraph):
        return False
    if _patterns()["function"].fullmatch(words[0]) and not _patterns()["question"].fullmatch(
        words[0]
    ):
        return False  # "But what caused ...?", "Or even ...?": the story's question goes on
    return not any(_stops(word) for word in words[:-1])


def _plain_question(question: str) -> bool:
    """Whether a question may be a title: short, without a comma or a pronoun (TITLEPERSON)."""
    if len(question.split()) > MAX_QUESTION_WORDS or "," in question:
        return False
    return _patterns()["person"].search(question) is None


def _run_of_titles(
    paragraph: str, questioned: bool = False, single: bool = False
) -> tuple[int, bool, bool] | None:
    """Where the titles opening a paragraph end, whether more than one title shows (a
    label run in after a title or followed by another title, or a question run in), and
    whether they may be titles after a question title (more than a sentence's subject), or
    None. single: read the paragraph even when nothing in it shows more than one title (a
    page that shows a run of titles elsewhere)."""
    if not paragraph[:1].isupper() and not paragraph.startswith(_OPENING_QUOTES):
        return None
    question = paragraph.endswith("?")
    found = _labels(paragraph)
    if not (question or questioned or found or single):
        return None  # nothing shows more than one title
    # the titles and the subject and verb after them are among the first words
    words = [
        (m.start(), m.group())
        for m in islice(_WORD.finditer(paragraph), MAX_TITLE_WORDS + MAX_SUBJECT_WORDS + 2)
    ]
    head = words[-1][0] + len(words[-1][1])
    found = [m for m in found if m.end() <= head]
    labels = [m.end() for m in found]
    linked = bool(found) and _links(found[0])
    run_in = any(m.start() > 0 and _run_in(paragraph, m.start(), m.group()) for m in found)
    first = words[0][1].strip(_EDGES)
    opener = first in _MARKED or any(
        _patterns()[name].fullmatch(first) for name in ("opener", "function")
    )
    tally = _Tally()
    for k in range(1, min(len(words), MAX_TITLE_WORDS + 1)):
        if _stops(words[k - 1][1]) or not tally.add(words[k - 1][1], words[k][1]):
            return None
        start = words[k][0]
        if k < MIN_TITLE_WORDS or any(start <= end for end in labels):
            continue
        if not _opens(words, k, question) or not tally.few_functions():
            continue
        # a title follows a label: "Gallery: Protesters on streets", not "Last week: President"
        if labels and len(_WORD.findall(paragraph, labels[-1], start)) < MIN_TITLE_WORDS - 1:
            return None
        end = words[k - 1][0] + len(words[k - 1][1])
        if not _closed_quotations(paragraph[:end]):
            continue  # a quotation that the sentence goes on with: "Kel Varga: "We left ..."
        if tally.lower < (MIN_LINKED_LOWER if linked else MIN_LOWER_WORDS):
            continue  # titles in capitals are a headline's or a release's, not a list's
        several = bool(labels) and (run_in or _glued(words, labels[-1], k) or linked)
        may_follow = k >= MIN_AFTER_QUESTION and not opener and not tally.clause
        if _patterns()["question"].fullmatch(words[k][1]):
            rest = paragraph[start:].split()
            if any(_stops(w) for w in rest[:-1]):
                return None
            if (
                (k >= MIN_BEFORE_QUESTION or labels)
                and len(rest) >= MIN_QUESTION_TITLE
                and _plain_question(" ".join(rest))
            ):
                return len(paragraph), True, True  # the run ends on a title that is a question
            return end, several, may_follow  # ... or on the story's subheading
        after = (m.group() for m in _WORD.finditer(paragraph, start))
        to_stop = next((n for n, w in enumerate(after) if _stops(w)), None)
        if to_stop is None or to_stop + 1 < MIN_SENTENCE_WORDS:
            return None
        return end, several, may_follow
    return None


def _title_pair(paragraph: str) -> str | None:
    """How a paragraph is two titles and nothing else, the second a question, or None:
    "Fighting on Orsk's front lines Should crews back the Orsk rebels?" (_QUESTION), "Rare view
    inside Orsk's harbour Navy mining the straits off Orsk?" (_NAME). The second title opens
    right after a word in lower case that may end a title (no function word, no word that
    joins a clause, no preposition or role before a name: GLUEDLAST), with a question word
    (TITLEQUESTION) before a lower-case word, the question MIN_PAIR_QUESTION words or more (a
    shorter one may be the story's subheading: "... cuts the harbour cable Why now?", "...
    harbour map What's in a name?"), or with a capitalised word
    when the first title holds no auxiliary or modal (TITLEAUX) and no question word opens the
    second; the first title may also end on a capitalised place after a preposition of place
    (PLACEPREPOSITION: "... boils over in Orsk"), the second then opening on a capitalised
    word, no question word (_NAME). The words are those of a run of titles (_Tally: no speech
    verb, first or second person, pronoun or comma); the paragraph opens on neither a question
    word nor a function word other than "The", "A" or "An": a story's own question ("Why did
    the crews leave Orsk?", "So the crews want Varga out?") opens so, or holds a pronoun or a
    comma."""
    if not paragraph.endswith("?") or len(paragraph) > MAX_QUESTION_CHARS:
        return None
    words = [(m.start(), m.group()) for m in _WORD.finditer(paragraph)]
    if not 2 * MIN_TITLE_WORDS <= len(words) <= MAX_PAIR_WORDS or "," in paragraph:
        return None
    found = _patterns()
    first = words[0][1]
    if not first[:1].isupper() or first.isupper() or found["question"].fullmatch(first):
        return None
    if found["function"].fullmatch(first) and first not in _MARKED:
        return None
    if found["person"].search(paragraph) or any(_stops(w) for _, w in words[:-1]):
        return None
    tally, kinds = _Tally(), set()
    for k, (_, word) in enumerate(words):
        after = words[k + 1][1] if k + 1 < len(words) else ""
        if found["joining"].fullmatch(word.strip(_EDGES).lower()) or not tally.add(word, after):
            return None
        if MIN_TITLE_WORDS <= k + 1 <= len(words) - MIN_TITLE_WORDS:
            kinds.add(_pair_opens(words, k + 1, clause=tally.clause))
    if tally.lower < MIN_LOWER_WORDS or not tally.few_functions():
        return None
    return _QUESTION if _QUESTION in kinds else _NAME if _NAME in kinds else None


def _pair_opens(words: list[tuple[int, str]], k: int, clause: bool) -> str | None:
    """Whether a second title opens at word k of a paragraph of two (see _title_pair), and
    how (_QUESTION or _NAME), or None; clause: the words before hold an auxiliary or a
    modal."""
    found = _patterns()
    last, word = words[k - 1][1], words[k][1]
    if not (last[-1:].isalnum() and len(last) >= MIN_GLUE_CHARS):
        return None
    place = last[:1].isupper()
    if place:
        # a title may end on the place it happened ("Violence boils over in Orsk Varga
        # 'borrowing from ...'?"): a capitalised word after a preposition of place, the
        # second title then opening on a capitalised word as well; the name may run on past
        # it ("in New Orsk ...?"), so only where a run of titles elsewhere shows the list
        # (_NAME, never _QUESTION)
        before = words[k - 2][1] if k >= 2 else ""
        if not (last[1:].islower() and found["place"].fullmatch(before)):
            return None
    elif not last[:1].islower() or any(
        found[name].fullmatch(last) for name in ("function", "joining", "last")
    ):
        return None  # otherwise a lower-case word ends the first title, not a number
    if not word[:1].isupper() or word == "I":
        return None
    if found["question"].fullmatch(word) and not place:
        # a question word before a capitalised word may open a name ("... to see Will
        # Varga sail ...?")
        named = k + 1 < len(words) and words[k + 1][1][:1].isupper()
        return _QUESTION if len(words) - k >= MIN_PAIR_QUESTION and not named else None
    if clause or any(found["question"].fullmatch(w) for _, w in words[k:]):
        return None
    return _NAME


def _links(label: re.Match[str]) -> bool:
    """Whether a paragraph opens on a label naming what a link leads to (LINKLABEL:
    "Gallery: ..."), which tells a link without a second title."""
    named = label.group().replace("_", " ")  # a series' label read as one word, as written
    return label.start() == 0 and _patterns()["link"].fullmatch(named) is not None


def _labels(paragraph: str) -> list[re.Match[str]]:
    """The titles' labels (TITLELABEL) near the paragraph's start, each looked for only in
    the few characters before a colon."""
    found: list[re.Match[str]] = []
    label = _patterns()["label"]
    after, colon = 0, paragraph.find(": ", 0, HEAD_CHARS)
    while colon >= 0:
        # from the last colon on: a label ends at the first colon after its start
        match = label.search(paragraph, max(after, colon - LABEL_CHARS), colon + 3)
        if match is not None and match.end() == colon + 1:
            found.append(match)
        after, colon = colon + 2, paragraph.find(": ", colon + 2, HEAD_CHARS)
    return found


def _closed_quotations(run: str) -> bool:
    """Whether every quotation the words open they close (a title's quotation is whole)."""
    return run.count('"') % 2 == 0 and run.count("“") == run.count("”")


def _glued(words: list[tuple[int, str]], after: int, k: int) -> bool:
    """Whether another title opens between offset `after` (a label's end) and word k: a
    capitalised word right after a lower-case word that is no function word ("Obama: Our
    message is simple | Zakaria on ...")."""
    function = _patterns()["function"]
    for j in range(1, k):
        if words[j][0] <= after:
            continue
        last = words[j - 1][1]
        if (
            words[j][1][:1].isupper()
            and last[:1].islower()
            and len(last) >= MIN_GLUE_CHARS  # "Marco di | Lauro" is one name
            and last[-1:].isalnum()
            and not function.fullmatch(last)
        ):
            return True
    return False


class _Tally:
    """The words of a run of titles read so far: none of TITLENOT and no bracket, a comma
    only after a name in capitals or initials, how many are function words and how many
    everyday words in lower case, and whether an auxiliary or a modal shows a clause."""

    def __init__(self) -> None:
        self.words = 0
        self.functions = 0
        self.lower = 0  # words in lower case that are no function words
        self.clause = False  # an auxiliary or a modal: a clause's verb

    def add(self, word: str, after: str) -> bool:
        """Take the next word (and the one after it); whether the run may still be titles."""
        found = _patterns()
        bare = word.strip(_EDGES)
        if found["not"].fullmatch(bare) or "(" in word or ")" in word:
            return False
        # a comma only in a title's list of names ("U.S., UN must act"): "... a book, The ..."
        # or "Move over, Kel Varga: ..." is a sentence
        if word.endswith(",") and not (word[:-1].isupper() or _INITIALS.fullmatch(word[:-1])):
            return False
        self.words += 1
        function = found["function"].fullmatch(bare) is not None
        self.functions += function
        self.lower += not function and bare[:1].islower() and len(bare) >= MIN_GLUE_CHARS
        self.clause = self.clause or found["aux"].fullmatch(bare) is not None
        return True

    def few_functions(self) -> bool:
        return self.functions <= MAX_FUNCTION_SHARE * self.words


def _stops(word: str) -> bool:
    """Whether a word ends a sentence (an abbreviation's point does not)."""
    bare = word.rstrip("\"”’'")
    if not bare.endswith((".", "!", "?", ";")):
        return False
    if not bare.endswith("."):
        return True
    return not (_INITIALS.fullmatch(bare) or bare[:-1].lower() in abbreviations())


def _opens(words: list[tuple[int, str]], k: int, question: bool) -> bool:
    """Whether a sentence or a title that is a question opens at word k right after a word
    that ends a title: no stop, comma or colon between, and not after a function word.
    question: the paragraph ends on a question mark."""
    found = _patterns()
    last, word = words[k - 1][1], words[k][1]
    if not (last[-1:].isalnum() or (last[-1:] in "'’\"”" and last[-2:-1].isalnum())):
        return False  # a quotation mark alone opens a quotation: "He added: " The ..."
    bare = last.strip(_EDGES)
    if any(found[name].fullmatch(bare) for name in ("function", "joining", "last")):
        # "... for | Orsk", "... behind what | I fear ...", "... 110 people inside | Orsk
        # have ...", "... ouster of the leader | Kel Varga have ..."
        return False
    after = words[k + 1][1] if k + 1 < len(words) else ""
    if word.startswith(_QUOTATION_OPENS) and word.lstrip('"“`')[:1].isupper():
        # a quotation opens the story's sentence: not a word in quotation marks ("PARKS")
        return not word.rstrip(".,;:!?").endswith(('"', "”", "''"))
    if found["question"].fullmatch(word):
        return question  # a question run in, not "... Mossberg | Is Far Too Flawed ..."
    if found["opener"].fullmatch(word) and after[:1].islower():
        return True
    if subject_and_verb(words, k) or _marked_and_past(words, k):
        return True
    # a name and its verb: after a word in lower case, as a capitalised word before it may
    # begin the name ("Last week: President | Kel Varga had said ...")
    return (
        last[:1].islower()
        and word != "I"
        and (subject_and_verb(words, k, bare=True) or _speaker_and_role(words, k))
        and _named(words, k)
    )


def _speaker_and_role(words: list[tuple[int, str]], k: int) -> bool:
    """Whether a sentence opens at word k on a name, its role set off by commas and its speech
    verb (TITLESPEAKERVERB): "Kel Varga, deputy head of the Orsk crews' union, said ...". The
    name is at most MAX_NAME_WORDS capitalised words, the role at most MAX_ROLE_WORDS words
    before the comma that closes it, with no stop."""
    name = 0
    for j in range(k, min(len(words), k + MAX_NAME_WORDS)):
        word = words[j][1]
        if not word[:1].isupper() or _stops(word):
            return False
        name += 1
        if word.endswith(","):
            break
    else:
        return False
    for j in range(k + name, min(len(words) - 1, k + name + MAX_ROLE_WORDS)):
        word = words[j][1]
        if _stops(word):
            return False
        if word.endswith(","):
            return _patterns()["speaker"].fullmatch(words[j + 1][1]) is not None
    return False


def _run_in(paragraph: str, start: int, label: str) -> bool:
    """Whether a label at `start` is run in after a title: after a word that may end one
    ("Benghazi | Ambassador: ..."), not a function word ("The | Orsk effect: ..."), or, of two
    capitalised words, its second alone ("in Cairo | Protester: ...")."""
    words = label.split()
    if len(words) == 2 and words[1][:1].isupper() and words[0] != "&":
        return True
    before = paragraph[:start].split()[-1]
    return before[-1:].isalnum() and _patterns()["function"].fullmatch(before) is None


def _named(words: list[tuple[int, str]], k: int) -> bool:
    """Whether the subject opening at word k reads as a name and what it names, with no word
    in lower case before a capitalised one ("Orsk forces said", not "Varnholt warships Orsk
    was": the sentence opens at "Orsk")."""
    lower = False
    verb = _patterns()["verb"]
    for _, word in words[k : k + 1 + MAX_SUBJECT_WORDS]:
        if verb.fullmatch(word):
            break
        if word[:1].islower():
            lower = True
        elif lower:
            return False
    return True


def _marked_and_past(words: list[tuple[int, str]], k: int) -> bool:
    """Whether "The", "A" or "An", a subject of a few words and a verb in the past open a
    sentence at word k ("The Red Cross-chartered ship evacuated ...")."""
    if words[k][1] not in _MARKED:
        return False
    function = _patterns()["function"]
    for _, later in words[k + 2 : k + 2 + MAX_SUBJECT_WORDS]:
        if later.endswith("ed") and later[:1].islower():
            return True
        if function.fullmatch(later):
            return False
    return False
