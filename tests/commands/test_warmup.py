"""commands/warmup.py: what a long-lived process loads at start is left out of the garbage
collector's full passes (each of which would otherwise walk it inside some answer)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_what_warm_loaded_is_out_of_the_collectors_passes():
    # in a process of its own: freezing the test runner's objects would keep them for good
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc\n"
            "from commands import warmup\n"
            "warmup.warm()\n"
            "print(gc.get_freeze_count(), len(gc.get_objects(2)))\n",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    frozen, left = done.stdout.split()
    assert int(frozen) > 10_000  # the catalogue, gazetteer, patterns and model
    assert int(left) < 1_000  # none of it left in the oldest generation
