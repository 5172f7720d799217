"""The invented story the clutter tests run their clutter into: names and places made up, so
that a shape passes only by its structure."""

STORY = (
    "The council of Varnholt said on Tuesday that the river crossing would reopen within a "
    "week. Engineers from Orsk arrived at the bridge on Monday."
)
NEXT = "Ferries waited at the quay for a second night as the water rose."


# the paragraph after the story's next one, in the tests of a caption opening the text
LEADS_AFTER = "The harbour master of Varnholt closed the port to all traffic on Wednesday."


def opening_caption_set_apart(caption: str, lead: str) -> None:
    """Assert that `caption` run into `lead` at the text's opening is set apart as a caption,
    the lead and the paragraphs after it kept, and that the stored text cleaned again stays."""
    from text.clutter import set_apart

    found = set_apart(f"{caption} {lead}\n\n{NEXT}\n\n{LEADS_AFTER}")
    assert found.text.strip() == f"{lead}\n\n{NEXT}\n\n{LEADS_AFTER}"
    assert found.labels() == ["caption"]
    assert [c.text for c in found.clutter] == [caption]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


def set_apart_as(text: str, kept: str, labels: list[str]) -> None:
    """Assert that the cleaner keeps `kept` of `text` and sets the rest apart under `labels`."""
    from text.clutter import set_apart

    found = set_apart(text)
    assert found.text == kept
    assert found.labels() == labels


def captions(*paragraphs: str) -> list[str]:
    """The texts the cleaner sets apart as captions from the paragraphs joined as one text."""
    from text.clutter import set_apart

    found = set_apart("\n\n".join(paragraphs))
    return [c.text for c in found.clutter if c.label == "caption"]


def cleaned_once_and_again(text: str) -> str:
    """The text cleaned and its clutter set apart, asserting that the stored text cleaned again
    stays as it is."""
    from text.clean import clean
    from text.clutter import set_apart

    once = set_apart(clean(text)).text
    assert set_apart(clean(once)).text == once
    return once


def article(*paragraphs: str) -> str:
    """The stored text of the paragraphs ingested as one pasted document: its articles' texts,
    split and cleaned as ingest does."""
    from text.read import Document
    from text.split import split_articles

    drafts = split_articles(Document(text="\n\n".join(paragraphs), origin="test", kind="text"))
    return "\n\n".join(d.text for d in drafts)


# a page that runs its captions into its text: its first sentence is a caption and the lead
# (text/clutter_clause_caption.py), set apart before any paragraph further down is read
RUN_IN_CAPTION = "Parts of Orsk were flooded for weeks"
RUN_IN_LEAD = "The Varnholt Red Cross has been unable to reach the harbour of Orsk for a third day."
RUN_IN_OPENING = f"{RUN_IN_CAPTION} {RUN_IN_LEAD}"


def caption_further_down_set_apart(caption: str, lead: str) -> None:
    """Assert that, on a page that runs its captions in, `caption` run into `lead` further down
    is set apart as a caption, and that the stored text cleaned again stays as it is."""
    from text.clutter import set_apart

    found = set_apart(f"{RUN_IN_OPENING}\n\n{NEXT}\n\n{caption} {lead}\n\n{NEXT}")
    assert found.text.strip() == f"{RUN_IN_LEAD}\n\n{NEXT}\n\n{lead}\n\n{NEXT}"
    assert found.labels() == ["caption", "caption"]
    assert [c.text for c in found.clutter] == [RUN_IN_CAPTION, caption]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


def caption_alone_further_down_set_apart(caption: str, lead: str) -> None:
    """Assert that `caption` run into `lead` further down is set apart as a caption on a page
    that runs no other caption in, and that the stored text cleaned again stays as it is."""
    from text.clutter import set_apart

    found = set_apart(f"{STORY}\n\n{NEXT}\n\n{caption} {lead}\n\n{NEXT}")
    assert found.text.strip() == f"{STORY}\n\n{NEXT}\n\n{lead}\n\n{NEXT}"
    assert [(c.label, c.text) for c in found.clutter] == [("caption", caption)]
    again = set_apart(found.text)
    assert again.text.strip() == found.text.strip() and again.labels() == []


def sentence_further_down_kept(sentence: str) -> None:
    """Assert that `sentence` further down a page that runs its captions in stays whole: only
    the page's opening caption is set apart."""
    from text.clutter import set_apart

    found = set_apart(f"{RUN_IN_OPENING}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}")
    assert found.text.strip() == f"{RUN_IN_LEAD}\n\n{NEXT}\n\n{sentence}\n\n{NEXT}"
    assert found.labels() == ["caption"]
