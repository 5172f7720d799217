import dataclasses

import pytest

from text.document import Document, InputError


def test_a_document_is_frozen_and_its_metadata_is_optional():
    doc = Document(text="Raqqa fell.", origin="a.txt", kind="text")
    assert (doc.title, doc.source, doc.author, doc.published) == (None, None, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "changed"  # type: ignore[misc]


def test_an_input_error_is_a_value_error_with_its_line():
    error = InputError("a.txt: input is empty")
    assert isinstance(error, ValueError) and str(error) == "a.txt: input is empty"
