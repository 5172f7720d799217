"""A photo caption between a page's headline and a lead that restates the headline: flattened BBC
pages print the headline, the picture's caption and the story's first sentence as one line
("Orsk ferry fares cut after storm | Crews wait on the quay at Port Varn for the first sailing |
Orsk Ferries has cut its fares on every route since the storm ...").

text.clutter_lead_caption and text.clutter_head_caption tell the caption's end by the lead's
grammar alone and refuse what it leaves in doubt: a caption ending on a name or a month, a verb
no list holds ("Video from Orsk appears to show ..."), a lead opening on a bare name. What a BBC
lead also shows is its headline's words: the story's first sentence says again what the
headline says, and the caption says what the picture shows. Here:

- only the first paragraph is read, when it is one sentence of at most READ_CHARS characters
  and no other caption step found a caption in it, and a caption is taken only where what is
  left does not show the shape again (restated_caption), so that the result cleans to itself;
- the headline is the longest run of three to fourteen words opening it that reads as a BBC
  headline: no verb of a clause (CAPTIONAUX, CAPTIONVERB), no sentence punctuation (a decimal
  point is none), brackets or double quotation marks, no comma, no article in capitals after
  its first word (RESTATEDINNER: a BBC headline drops its articles), not opening on a word of
  LEADOPENER, ending before a capitalised word on a word of letters, digits or hyphens or on
  its quotation's closing mark, which is no function word, preposition or role (FUNCTION,
  GLUEDLAST: "... erupts near | Velm", "... envoy | Kel Varga"); after a name only where the
  caption opens on a word of LEADOPENER before a lower-case word (a name after a headline's
  verb goes with it: "Orsk troops shell | Velm and other towns");
- at least MIN_SHARED of the headline's content words (MIN_CONTENT letters or more, no
  function word, compared by their first PREFIX letters) come back after it, and the caption
  ends at the first place after which the sentence still holds every one of them: the lead
  restates the headline, the caption may share some of its words but says nothing of it the
  lead does not;
- the lead opens there on a word of LEADOPENER before a lower-case word, after any word ending
  on a letter or digit that is no function word ("... at Port Varn | The ferry company has
  ..."), or on at most MAX_SUBJECT words (no function word; no month or weekday first) and a
  verb of LEADVERB, after a month, a weekday or a lower-case word that is no function word,
  no possessive, no noun heading a clause without "that" or a role (GLUEDLAST: "... the moment
  | Orsk was shaken") and no noun after a determiner that the text never closes (ends_open:
  "... a coming | Orsk meeting will ..."): "... since last May | Orsk Ferries has cut ...";
  after a name, on a word in capitals before a lower-case word that is no function word or
  verb, or before "and", where the text writes the two words together nowhere else ("... in
  Port Varn | Orskian officials have ...", "... across Port Varn | Roadblocks and storm damage
  have ..."; "Kel Varga" written again is one name); the subject may list its names with a
  comma and "and" (RESTATEDJOIN: "Orsk, Velm and Varnholt ferries have ..."), save after an
  "-ing" word, whose object the list is ("... stars including | Kel Varga and ..."), and the
  caption ends on no name after a comma ("Kel Varga, Ilsa | Marrow and ..."); it runs on for
  MIN_LEAD words or more;
- the caption is MIN_CAPTION to MAX_CAPTION words, at least MIN_CAPTION_LOWER of them in lower
  case (a clause, not a date line or a name's run), holding a finite verb after its first word
  (an auxiliary, a verb of LEADVERB or CAPTIONVERB, a past tense, or a present in "-s" before
  an object's determiner or "to": "Autopsy images of the Orsk ferry | ..." is the lead's
  subject), with no quotation marks, colon, dash or article in capitals after its first word
  (a sentence opening inside it), not ending on "and" or "or" and a word (a pair of names the
  lead goes on with);
- the headline and the lead left together hold no such caption again.

The headline stays, a paragraph of its own (text.clutter parts it from the lead: run together,
the headline would read as a caption glued to a lead on "The" or "A"); only the caption is set
apart. Where a caption shape of text/clutter.txt would take the headline with the caption, or
the headline alone before it, text.clutter asks this step and text.clutter_lead_caption where
the caption stands, and keeps the headline. Censuses of what it takes on main's cleaned corpus:
bench/bbc_head_caption_census.py, and bench/clean_diff.py --site bbc.
"""

from __future__ import annotations

import re
from functools import cache

from text.clutter_defines import clutter_shape
from text.clutter_lead_caption import Words, ends_open, sentence_words

READ_CHARS = 600  # the paragraph, one sentence, is read only this long
MIN_HEADLINE, MAX_HEADLINE = 3, 14
MIN_CAPTION, MAX_CAPTION = 5, 30
MIN_CAPTION_LOWER = 3
MIN_LEAD = 8
MIN_SHARED = 2  # headline words the lead says again
MAX_SUBJECT = 5  # "French Foreign Minister Kel Varga has ..."
PREFIX = 5  # "sanctions" and "sanction", "Syria" and "Syrian"
MIN_CONTENT = 4  # shorter words are left out of the comparison ("row", "flu", "UN")
_LOWER = re.compile(r"[a-z0-9]")
_LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9'’.,-]*")
_SUBJECT = re.compile(r"[\w'’.-]+")
_NOT_LETTERS = re.compile(r"[^a-z0-9-]")
_HEADLINE_END = re.compile(r"[\w-]*[A-Za-z0-9]['’]?")
_NOT_IN_HEADLINE = re.compile(r"[;|()\"“”,!?]|``|''|(?<!\d)\.|\.(?!\d)")
_QUOTED = re.compile(r"[\"“”]|``|''|(?:^|\s)['‘`]|['’](?:\s|$)")
_NOT_IN_CAPTION = re.compile(r"[:;|]|\s[-–—]\s")


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    # the [define] lines alone (text.clutter_defines), as text.clutter_lead_caption reads them
    shape = clutter_shape
    return {
        "function": re.compile(f"(?i:{shape('FUNCTION')})"),
        "dated": re.compile(f"(?:{shape('MONTH')}|{shape('WEEKDAY')})"),
        "opener": re.compile(shape("LEADOPENER")),
        "verb": re.compile(shape("LEADVERB")),
        "clause": re.compile(rf"\b(?:{shape('CAPTIONAUX')}|{shape('CAPTIONVERB')})\b"),
        "finite": re.compile(
            f"(?:{shape('CAPTIONAUX')}|{shape('LEADVERB')}|{shape('CAPTIONVERB')}"
            f"|{shape('CAPTIONPAST')}|{shape('CAPTIONPASTONLY')})"
        ),
        "present": re.compile(shape("CAPTIONPRESENT")),
        "object": re.compile(f"(?:{shape('CAPTIONOBJECT')}|to)"),
        "inner": re.compile(shape("RESTATEDINNER")),
        "pair": re.compile(shape("RESTATEDPAIR")),
        "join": re.compile(shape("RESTATEDJOIN")),
        "heads": re.compile(shape("GLUEDLAST")),
    }


def restated_caption(paragraph: str, text: str) -> tuple[int, int] | None:
    """Where the caption between the headline opening the paragraph and a lead restating it
    stands (start, end offsets in the paragraph), or None. paragraph: the article's first;
    text: the whole article."""
    found = _find(paragraph, text)
    if found is None:
        return None
    start, end = found
    # what is left must not read as a headline, a caption and a lead again
    left = paragraph[:start] + paragraph[end:].lstrip()
    return None if _find(left, text) is not None else found


def _find(paragraph: str, text: str) -> tuple[int, int] | None:
    """The caption's offsets in paragraph, before the check that what is left holds none."""
    if len(paragraph.rstrip()) > READ_CHARS:
        return None  # a first sentence this long holds no headline, caption and lead
    words = sentence_words(paragraph, alone=True)
    if words is None or len(words) < MIN_HEADLINE + MIN_CAPTION + MIN_LEAD:
        return None
    plain = [word for _, word in words]
    first = _headline_end(paragraph, plain, words)
    if first is None:
        return None
    defined = _defined()
    head = _content(plain[:first])
    shared = head & _content(plain[first:])
    if len(shared) < MIN_SHARED:
        return None
    last = min(first + MAX_CAPTION, len(plain) - MIN_LEAD)
    for boundary in range(first + MIN_CAPTION, last + 1):
        if not _lead_opens(plain, boundary, text) or head & _content(plain[boundary:]) != shared:
            continue
        caption = plain[first:boundary]
        run = paragraph[words[first][0] : words[boundary - 1][0] + len(plain[boundary - 1])]
        if (
            _QUOTED.search(run)
            or _NOT_IN_CAPTION.search(run)
            or any(defined["inner"].fullmatch(word) for word in caption[1:])
            or sum(1 for word in caption if _LOWER_WORD.fullmatch(word)) < MIN_CAPTION_LOWER
            or not _has_verb(caption)
        ):
            return None
        return words[first][0], words[first][0] + len(run)
    return None


def _headline_end(paragraph: str, plain: list[str], words: Words) -> int | None:
    """The word the caption opens at after the longest headline opening the paragraph, or
    None."""
    defined = _defined()
    if defined["opener"].fullmatch(plain[0]):
        return None  # a sentence's opening, not a headline's
    top = min(MAX_HEADLINE, len(plain) - MIN_CAPTION - MIN_LEAD)
    for first in range(top, MIN_HEADLINE - 1, -1):
        if not _headline_ends(plain, first):
            continue
        run = paragraph[: words[first - 1][0] + len(plain[first - 1])]
        if (
            _NOT_IN_HEADLINE.search(run) is None
            and defined["clause"].search(run) is None
            and not any(defined["inner"].fullmatch(word) for word in plain[1:first])
        ):
            return first
    return None


def _headline_ends(plain: list[str], first: int) -> bool:
    """Whether a headline may end before word `first` and a caption open there."""
    defined = _defined()
    last, word = plain[first - 1], plain[first]
    if not word[:1].isupper() or not _HEADLINE_END.fullmatch(last):
        return False
    if defined["function"].fullmatch(last) or defined["heads"].fullmatch(last):
        return False  # a preposition or a role goes on: "... erupts near | Velm", "... envoy | Kel"
    if _LOWER.match(last) or last[-1:] in "'’":
        return True
    # after a name, only a caption that opens beyond doubt
    return (
        defined["opener"].fullmatch(word) is not None and _LOWER.match(plain[first + 1]) is not None
    )


def _lead_opens(plain: list[str], boundary: int, text: str) -> bool:
    """Whether a caption may end before word `boundary` and the lead open there. text: the
    whole article, to tell an adjective before a name from a noun (ends_open)."""
    defined = _defined()
    last, word = plain[boundary - 1], plain[boundary]
    if not word[:1].isupper() or not last[-1:].isalnum() or defined["function"].fullmatch(last):
        return False
    before = plain[boundary - 2]
    if defined["pair"].fullmatch(before) or (before.endswith(",") and before[:1].isupper()):
        return False  # "... Kel Varga and Ilsa | Marrow were ...", "... Kel Varga, Ilsa | Marrow"
    if defined["opener"].fullmatch(word) and _LOWER.match(plain[boundary + 1]):
        return True
    lower = last.islower() or last.isdigit()  # "al-Varga's" is a name
    if not lower and not defined["dated"].fullmatch(last):
        return _opens_after_name(plain, boundary, text)
    if last.endswith(("'s", "’s")) or ends_open(plain[:boundary], text):
        # a noun after it ("... thinks next year's | Orsk Marathon will ..."), or a noun of
        # GLUEDLAST heading a clause ("... of the moment | Orsk was shaken by ...")
        return False
    if defined["dated"].fullmatch(word):
        return False  # "... since last | May Orsk Ferries has ..."
    # a list after an "-ing" word is its object ("... stars including | Kel Varga and Ilsa
    # Marrow will ..."), where one name is a subject ("... the first sailing | Orsk has ...")
    return _subject_and_verb(plain, boundary, lists=not last.endswith("ing"))


def _opens_after_name(plain: list[str], boundary: int, text: str) -> bool:
    """Whether the lead may open at word `boundary` after a caption ending on a name ("... in
    Port Varn | Storm damage has ..."): on a word in capitals before a lower-case word that is
    no function word or verb (a name goes on before its verb: "... met Kel | Varga has ..."),
    or before "and" ("Gales and flooding have ..."); a pair the text writes nowhere else (a
    name's run: "Port Varn" written again is one name); then the subject and its verb."""
    defined = _defined()
    word, after = plain[boundary], plain[boundary + 1]
    if defined["dated"].fullmatch(word) or not _LOWER_WORD.fullmatch(after):
        return False
    if defined["verb"].fullmatch(after) or (
        defined["function"].fullmatch(after) and not defined["join"].fullmatch(after)
    ):
        return False
    bare = word.removesuffix("'s").removesuffix("’s")
    pair = rf"(?<![\w'’-]){re.escape(plain[boundary - 1])} {re.escape(bare)}\b"
    if len(re.findall(pair, text)) > 1:
        return False  # "... the trial of Michael | Jackson's doctor", "Michael Jackson" again
    return _subject_and_verb(plain, boundary)


def _subject_and_verb(plain: list[str], boundary: int, lists: bool = True) -> bool:
    """Whether the words after word `boundary` hold a verb of LEADVERB after at most
    MAX_SUBJECT words of a subject (no function word), which may list its names with
    RESTATEDJOIN where lists ("Kel Varga, Ilsa Marrow and the crews have" holds one "the" too
    many)."""
    defined = _defined()
    counted, joined = 0, False
    if lists and plain[boundary].endswith(","):
        joined = True  # "Orsk, Velm and ..."
    for later in plain[boundary + 1 :]:
        if defined["verb"].fullmatch(later):
            return not joined
        if lists and defined["join"].fullmatch(later):
            if joined:
                return False
            joined = True
            continue
        listed = lists and later.endswith(",")  # a name the comma after it joins: "Velm,"
        word = later[:-1] if listed else later
        if defined["function"].fullmatch(word) or not _SUBJECT.fullmatch(word):
            return False
        counted, joined = counted + 1, listed
        if counted >= MAX_SUBJECT:
            return False  # the first word and four more: "French Foreign Minister Kel Varga has"
    return False


def _has_verb(caption: list[str]) -> bool:
    """Whether the caption holds a finite verb after its first word: an auxiliary, a verb of
    LEADVERB or CAPTIONVERB, a past tense (CAPTIONPAST, CAPTIONPASTONLY), or a present in "-s"
    before an object's determiner or "to" ("... appears to show ..."; a plural noun is no verb:
    "Autopsy room images of ..." names the lead's subject)."""
    defined = _defined()
    for index, word in enumerate(caption[1:], start=1):
        if defined["finite"].fullmatch(word):
            return True
        after = caption[index + 1] if index + 1 < len(caption) else ""
        if defined["present"].fullmatch(word) and defined["object"].fullmatch(after):
            return True
    return False


def _content(words: list[str]) -> set[str]:
    """The content words of words, each by its first PREFIX letters, lower-cased."""
    function = _defined()["function"]
    found = set()
    for word in words:
        bare = _NOT_LETTERS.sub("", word.lower().removesuffix("'s").removesuffix("’s"))
        if len(bare) >= MIN_CONTENT and not function.fullmatch(bare):
            found.add(bare[:PREFIX])
    return found
