from __future__ import annotations

import pytest

from extract.actors import Catalogue, load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The built-in actor catalogue."""
    return load_catalogue()
