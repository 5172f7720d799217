"""The count columns of the date_salience table (migration 9), in their order: written by
store/rows.py at ingest, summed by store/chronology.py for a question. A module of its own so
that a question does not import the write path's row types to read one tuple of names."""

SALIENCE_COUNTS = ("articles", "scoped", "named", "leads", "near", "burst")
