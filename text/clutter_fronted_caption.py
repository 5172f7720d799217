"""A caption run into a sentence further down whose lead opens on a fronted adverbial: flattened
BBC pages print each picture's caption, without a stop, right before the sentence of the
paragraph after the picture, and when that sentence opens on an adverbial rather than on its
subject ("... the quay of Port Varn Overnight a rumour went round ...", "... the crews To speed
up the process, the council has ..."), the steps that ask the lead for its subject and verb
(text.clutter_glued_caption, text.clutter_below_caption) do not see it: the glued-caption step
reads a comma-closed adverbial only after a caption holding an auxiliary or a caption verb and
before a subject and its verb, within twelve words.

English prints a sentence adverb ("Overnight", "Meanwhile") or a preposition opening an
adverbial ("In Orsk, ...", "To counter ..., ...") in capitals only where a sentence opens, or
inside a name or a title: after a lower-case word with no stop between, such a word shows two
sentences run into one by itself, so no other caption on the page is asked for (the below
step's page signal). In a paragraph of one sentence after the first, where no other caption
step found a caption:

- the caption opens on its subject in capitals ("A" too: "A body lies ...") and its finite
  verb among its first seven words, as text.clutter_clause_caption reads one (an auxiliary or
  a modal, or a past or present tense before its object's determiner), or else read by its
  form alone, not after a function word (where a plural noun stands: "Calls for ferries ..."):
  a past tense on any page (FRONTEDPAST: "Kel Varga lived in Port Varn | In Orsk, ..."), a
  present in "-s" not before "to" only on a page that ran another caption into its text
  (FRONTEDPRESENT, FRONTEDNOTBEFOREPRESENT: a plural noun has its form, "The next steps for
  Orsk", "Efforts to cap the leak"); with two words or more after the verb, it is the plain
  clause that step asks for (five to forty-five words, no punctuation, nothing that joins or
  opens a second clause but an "and" with no finite verb after it but the caption's own,
  FRONTEDNOUNJOINER: "Rope and timber were ...", "... to the quay and the ferries", no last
  word where its phrase goes on), with no negation (FRONTEDNEGATION: a subheading's claim,
  "... weren't intended as ..."), its first word no joiner or pronoun in whatever case ("THat
  is ..."), not ending on a past tense in the active voice (a verb that names what follows:
  "... a song titled | In Orsk Tonight, ...");
- the lead opens on a word of FRONTEDADVERB after a word that may close the caption (a
  lower-case word that is no function word, or a name: "... of Port Varn | Overnight ..."), or
  on a word of FRONTEDPREPOSITION after a lower-case word that is no function word, whose
  adverbial a comma closes within MAX_ADVERBIAL_WORDS words with no subject pronoun before it
  (FRONTEDPRONOUN: "At dawn we heard ..., wherein" closes a clause) and a clause of
  MIN_AFTER_COMMA words or more after it, not opening on a participle ("... In Orsk, waiting
  for ..." goes on the sentence before), and not a name of capitalised words with an
  apposition after it between two commas ("... compatriot and champion | On Varn Lee, the
  holder, in ...": a name opening on a preposition's letters); a title or a name opening on a
  preposition ("... a film about the crossing On Stormy Seas for ...") has no such comma, and
  none opens after a word that names a work (GLUEDTITLE: "... its song | Under Orsk, ...");
- the lead runs on for six words or more to the stop.

At the text's first paragraph the same shape is mostly a headline or a standfirst run into a
lead that opens on an adverbial ("... over the leaked memo | In 1997, the new government
..."), so it is not read there. Counted over main ee6ed7b's cleaned corpus (20,154 texts):
11 paragraphs after the first, 9 BBC captions, a reader's comment ("THat is ...") and a
listicle's subheading ("... is a smokescreen | At 6.30am we heard ..."), which the guards above
hold off (bench/fronted_caption_census.jsonl). The verb read by its form, the "A", the "and"
joining nouns and the negation (pipeline version 123) were read over main 94d4af4's cleaned
BBC texts: of the 17 paragraphs of one sentence after the first holding a plain run of words
before a capitalised FRONTEDPREPOSITION whose comma closes its adverbial, 6 captions in 6 texts
are taken now; the 11 left are a reader's comment, two titles (after "is", after "album"), a
teachers' heading with no verb, a diary's line opening on "He", and six captions still held
off (four words; "than" or a speech verb inside; a present by form on a page with no other
caption run in; a participle after the comma; a day's name closing the caption). Over the
whole corpus a draft without the apposition's guard also cut a newswire's sentence before a
player's name ("... compatriot and defending champion | On <name>, the defending champion,
..."); with it, 7 texts move, the 6 BBC captions and a CNN video's title.
"""

from __future__ import annotations

import re
from functools import cache

from ahocorasick_rs import AhoCorasick

from text.clutter_below_caption import ends_on_active_past
from text.clutter_clause_caption import MIN_COMPLEMENT_WORDS, caption_verb, is_plain_caption
from text.clutter_defines import clutter_shape
from text.clutter_head_caption import VERB_WITHIN
from text.clutter_lead_caption import MIN_LEAD_WORDS, Words, end_of, paragraphs_at, sentence_words
from text.clutter_shapes import macros

MAX_ADVERBIAL_WORDS = 16  # "To counter the sanctions imposed by <two names> and <a third>,"
MIN_AFTER_COMMA = 3  # "these are tense times"
MAX_APPOSITION_WORDS = 4  # "the defending champion," after a name and its comma
_ARTICLES = frozenset(("the", "a", "an"))
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*[a-z0-9]|[a-z]")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*[A-Za-z0-9]")
_CAPITALISED = re.compile(r"[A-Z](?:[\w'’-]*[A-Za-z0-9])?(?![\w'’-])")
_PLAIN_WORDS = re.compile(r"\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)")
_BEFORE_WORD = "'’-_"  # with letters and digits, what may end the word before an opener


@cache
def _defined() -> dict[str, re.Pattern[str]]:
    defined = macros()
    adverb, preposition = defined["FRONTEDADVERB"], defined["FRONTEDPREPOSITION"]
    return {
        "adverb": re.compile(adverb),
        "preposition": re.compile(preposition),
        "function": re.compile(f"(?i:{defined['FUNCTION']})"),
        "pronoun": re.compile(defined["FRONTEDPRONOUN"]),
        "past": re.compile(defined["FRONTEDPAST"]),
        "present": re.compile(defined["FRONTEDPRESENT"]),
        "nounjoiner": re.compile(defined["FRONTEDNOUNJOINER"]),
        "notbeforepresent": re.compile(defined["FRONTEDNOTBEFOREPRESENT"]),
        "negation": re.compile(defined["FRONTEDNEGATION"]),
        "relative": re.compile(defined["FRONTEDRELATIVE"]),
        "aux": re.compile(defined["CLAUSECAPTIONAUX"]),
        "title": re.compile(defined["GLUEDTITLE"]),
        # a joiner or a pronoun opening the caption in whatever case ("THat is ...")
        "joiner": re.compile(f"(?i:{defined['CLAUSEJOINER']})"),
        # an opener in capitals right after a word, then a space or its comma and a space (the
        # automaton of candidate_paragraphs reads no space after the comma); the capital looked
        # for first lets the scan skip the lower-case letters
        "candidate": re.compile(rf"(?=[A-Z])(?<=[\w'’-] )(?:{adverb}|{preposition}),? "),
    }


@cache
def _openers() -> AhoCorasick:
    """Every opener after a space, before a space or its comma, in one automaton."""
    # as written, not as macros() gives them (its word lists grouped by their letters)
    words = [
        word
        for name in ("FRONTEDADVERB", "FRONTEDPREPOSITION")
        for word in _plain_words(clutter_shape(name), name)
    ]
    return AhoCorasick([f" {word}{after}" for word in words for after in (" ", ",")])


def _plain_words(pattern: str, name: str) -> list[str]:
    listed = _PLAIN_WORDS.fullmatch(pattern)
    if listed is None:
        raise ValueError(f"clutter.txt: {name} must list plain words")
    return listed.group(1).split("|")


def candidate_paragraphs(text: str) -> set[int]:
    """The indices of the text's paragraphs (blank-line apart) holding an opener in capitals
    right after a word: the only ones fronted_caption need read. One scan of the whole text
    finds every opener after a space, most of them opening a sentence after a stop; a
    regular expression run over every paragraph cost 3.5 to 6% of setting clutter apart."""
    try:
        found = _openers().find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate, which the automaton cannot read
        return set(range(text.count("\n\n") + 1))
    return paragraphs_at(text, (start for _, start, _ in found if _after_a_word(text, start)))


def _after_a_word(text: str, start: int) -> bool:
    before = text[start - 1 : start]
    return bool(before) and (before.isalnum() or before in _BEFORE_WORD)


def fronted_caption(paragraph: str, run_in: bool = False) -> int | None:
    """Where the caption opening a paragraph of one sentence further down ends, its lead
    opening on a fronted adverbial, or None. Asked of the paragraphs after the first that
    candidate_paragraphs chose, on any page. run_in: the page ran another caption into its
    text, where a present in "-s" read by its form alone may be the caption's verb."""
    found = _defined()
    if found["candidate"].search(paragraph) is None:
        return None
    words = sentence_words(paragraph, alone=True)
    if not words or not _CAPITALISED.match(words[0][1]):
        return None  # a caption opens on its subject in capitals, "A" too ("A body lies ...")
    verb = caption_verb(words)
    if verb is None:
        verb = verb_by_form(words, run_in)
    if verb is None:
        return None
    boundary = _fronted_boundary(words, verb + MIN_COMPLEMENT_WORDS + 1)
    if boundary is None:
        return None
    caption = [word for _, word in words[:boundary]]
    if found["joiner"].fullmatch(caption[0]):
        return None
    if any(found["negation"].fullmatch(word) for word in caption):
        return None  # a claim's words, not what a picture shows
    if not is_plain_caption(caption, nouns_joined(caption, verb)) or ends_on_active_past(caption):
        return None
    return end_of(words, boundary)


def nouns_joined(caption: list[str], verb: int) -> set[int]:
    """The indices of the caption's words of FRONTEDNOUNJOINER after which no finite verb
    (CLAUSECAPTIONAUX, FRONTEDPAST) stands but the caption's own, at index verb: they join
    nouns ("Rope and timber were ...", "... to the harbour and the ferries"), no clauses. A
    present in "-s" is not looked for: its form is a plural noun's as often ("... were the
    scarcest supplies at the harbour"), so "... and the council votes on ..." reads as nouns
    joined too."""
    found = _defined()
    verbs = [
        i
        for i, word in enumerate(caption)
        if i != verb and (found["aux"].fullmatch(word) or found["past"].fullmatch(word))
    ]
    return {
        i
        for i, word in enumerate(caption)
        if found["nounjoiner"].fullmatch(word) and not any(k > i for k in verbs)
    }


def verb_by_form(words: Words, present: bool) -> int | None:
    """Where a past tense (FRONTEDPAST), or when present a present in "-s" (FRONTEDPRESENT),
    stands among the caption's first seven words, after the first, with no object's
    determiner asked after it as caption_verb asks: the fronted adverbial after the caption
    is the signal of two sentences ("Kel Varga lived in Port Varn | In Orsk, ..."). Not
    after a function word, where no subject ends and a plural noun stands ("Hopes for
    ferries in ...", "Calling the crews of ...")."""
    found = _defined()
    for i in range(1, min(VERB_WITHIN, len(words))):
        word = words[i][1]
        if found["function"].fullmatch(words[i - 1][1]):
            continue
        if found["past"].fullmatch(word):
            return i
        if (
            present
            and found["present"].fullmatch(word)
            and not (i + 1 < len(words) and found["notbeforepresent"].fullmatch(words[i + 1][1]))
        ):
            return i
    return None


def _fronted_boundary(words: Words, first: int) -> int | None:
    """The first word from `first` on where a lead opens on a fronted adverbial, or None."""
    found = _defined()
    for i in range(first, len(words) - MIN_LEAD_WORDS + 1):
        word, last = words[i][1].rstrip(","), words[i - 1][1]
        if found["function"].fullmatch(last) or found["title"].fullmatch(last):
            continue  # a work's title opens after a word that names it: "... its song | Under"
        if found["adverb"].fullmatch(word):
            if _LOWER_WORD.fullmatch(last) or _NAME_WORD.fullmatch(last):
                return i
        elif (
            found["preposition"].fullmatch(word)
            and _LOWER_WORD.fullmatch(last)
            and _comma_closes(words, i)
        ):
            return i
    return None


def _comma_closes(words: Words, i: int) -> bool:
    """Whether a comma closes the adverbial opening at word i within MAX_ADVERBIAL_WORDS
    words, a clause of MIN_AFTER_COMMA words or more after it, and no name with its
    apposition after it (_apposition_after_name: "... compatriot and champion | On Varn Lee,
    the defending champion, in the final")."""
    pronoun = _defined()["pronoun"]
    for k in range(i, min(i + MAX_ADVERBIAL_WORDS, len(words))):
        if pronoun.fullmatch(words[k][1].rstrip(",")):
            return False  # a clause's subject: its comma closes no adverbial
        if words[k][1].endswith(","):
            # a participle after the comma goes on the sentence before it: "... for a week In
            # Orsk, waiting for the river to fall"
            after = words[k + 1][1] if k + 1 < len(words) else ""
            return (
                len(words) - (k + 1) >= MIN_AFTER_COMMA
                and not after.endswith("ing")
                and not _apposition_after_name(words, i, k)
            )
    return False


def _apposition_after_name(words: Words, i: int, k: int) -> bool:
    """Whether the words after the preposition at i to the comma at k are capitalised, a
    name's, and a relative pronoun follows (FRONTEDRELATIVE: "On Varn Lee, who beat her ...")
    or an article opens a phrase after it that a second comma closes within
    MAX_APPOSITION_WORDS words: "On Varn Lee, the defending champion, ..." names someone, no
    adverbial. A place with its apposition ("In Varnholt, the capital, crews ...") reads the
    same and is held off too: the words alone do not tell a person's name from a place's."""
    if not all(word[:1].isupper() for _, word in words[i + 1 : k + 1]):
        return False
    after = [word for _, word in words[k + 1 : k + 1 + MAX_APPOSITION_WORDS]]
    if after and _defined()["relative"].fullmatch(after[0]):
        return True
    return bool(after) and after[0] in _ARTICLES and any(w.endswith(",") for w in after[1:])
