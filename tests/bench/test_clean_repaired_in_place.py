"""bench/clean.py reads a marked text with its garbled letters and marks put back in place: every
offset kept, so that the hand-marked spans still stand where they were marked."""

from bench.clean import repaired_in_place


def test_garbled_marks_and_letters_read_in_place_keep_every_offset():
    for text, starts in (
        ("Kel Vargaâ€™s convoy", "Kel Varga’"),
        ("Vargaâ€ ™ s convoy", "Varga’"),
        ("â€œWe stay,â€ � said JosÃ © Orvalle", "“"),
        ("a line\nâ€œWe stay,â€\n� said", "a line\n“"),
    ):
        read = repaired_in_place(text)
        assert len(read) == len(text)
        assert read.startswith(starts)
        assert "â€" not in read


def test_a_mark_after_a_letters_lead_is_left_as_the_cleaner_leaves_it():
    assert repaired_in_place("IRMÃ â€“ Varno") == "IRMÃ â€“ Varno"
