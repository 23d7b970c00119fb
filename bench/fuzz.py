"""Run every fuzz target of ``tests/test_fuzz.py`` with many inputs, once, and report.

    python -m bench.fuzz      # HYPOTHESIS_PROFILE=fuzz: 20,000 inputs per target, 120,000 in all

Prints, per target, the inputs tried, the time taken and the uncaught exceptions (a target
stops at its first one, which Hypothesis shrinks and prints).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HYPOTHESIS_PROFILE", "fuzz")

import tests.conftest  # noqa: F401  (registers and loads the Hypothesis profile)
from tests import test_fuzz


class TempPaths:
    """What the sources target needs of pytest's tmp_path_factory."""

    def __init__(self, root: Path):
        self.root = root

    def getbasetemp(self) -> Path:
        return self.root


def targets() -> list[str]:
    """The fuzz targets, the slowest (extraction) last."""
    names = [name for name in vars(test_fuzz) if name.startswith("test_")]
    return sorted(names, key=lambda name: "extraction" in name)


def run(name: str, temp: Path) -> tuple[int, float, str | None]:
    """Inputs tried, seconds taken, and the uncaught exception of target ``name``."""
    test = getattr(test_fuzz, name)
    before = sum(test_fuzz.CALLS.values())
    started = time.perf_counter()
    error = None
    try:
        test(tmp_path_factory=TempPaths(temp)) if "sources" in name else test()
    except Exception:
        error = traceback.format_exc()
    return sum(test_fuzz.CALLS.values()) - before, time.perf_counter() - started, error


def main() -> int:
    total, failures = 0, 0
    test_fuzz.warm_up.__wrapped__()
    print(
        "| target | inputs | seconds | slowest input (s) | uncaught exceptions |\n"
        "| --- | ---: | ---: | ---: | ---: |"
    )
    with tempfile.TemporaryDirectory() as folder:
        for name in targets():
            tried, seconds, error = run(name, Path(folder))
            total += tried
            failures += error is not None
            slowest = max(test_fuzz.SLOWEST.values(), default=0.0)
            test_fuzz.SLOWEST.clear()
            errors = int(error is not None)
            print(f"| {name} | {tried:,} | {seconds:.0f} | {slowest:.2f} | {errors} |", flush=True)
            if error:
                print(error, file=sys.stderr)
    print(f"\ninputs tried {total:,}, uncaught exceptions {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
