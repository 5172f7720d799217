"""Shared settings of the robustness tests: bounded for CI, longer under SITREP_SOAK=1.

With SITREP_SOAK=1 the property tests draw more examples, the concurrent load runs 60 s instead
of 20 s and the kill test makes more trials (docs/RELIABILITY.md gives the figures of both).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SOAK = os.environ.get("SITREP_SOAK") == "1"


def soak(ci: int, long: int) -> int:
    """A size for CI, or the longer one under SITREP_SOAK=1."""
    return long if SOAK else ci


def examples(ci: int, long: int | None = None) -> settings:
    """Hypothesis settings: no per-example deadline (CI machines stall), a bounded number of
    examples, and in CI a fixed seed so a run is reproducible."""
    return settings(
        max_examples=soak(ci, long or ci * 20),
        deadline=None,
        derandomize=not SOAK,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )
