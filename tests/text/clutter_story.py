"""The invented story the clutter tests run their clutter into: names and places made up, so
that a shape passes only by its structure."""

STORY = (
    "The council of Varnholt said on Tuesday that the river crossing would reopen within a "
    "week. Engineers from Orsk arrived at the bridge on Monday."
)
NEXT = "Ferries waited at the quay for a second night as the water rose."
