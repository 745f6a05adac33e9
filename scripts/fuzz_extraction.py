"""Run the extraction property tests on many more generated pages than CI does.

    python scripts/fuzz_extraction.py              # 100,000 pages, a fresh random seed
    python scripts/fuzz_extraction.py 20000 --seed # 20,000 pages, the fixed CI seed

Each page comes from ``tests/genre.py``; every record must satisfy ``tests/invariants.py``.
A failure prints the generated text (Hypothesis shrinks it) and exits with code 1.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    examples = int(argv[0]) if argv and argv[0].isdigit() else 100_000
    env = {"REFORMNLP_PROPERTY_EXAMPLES": str(examples)}
    if "--seed" not in argv:
        env["REFORMNLP_PROPERTY_SEED"] = "random"  # any value turns derandomisation off
    os.environ.update(env)
    began = time.perf_counter()
    code = pytest.main(["-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "test_properties.py")])
    took = time.perf_counter() - began
    print(f"{examples:,} pages per property in {took:.0f} s: exit code {code}")
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
