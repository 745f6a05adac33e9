"""Scale run: ``reformnlp batch`` over 1,000, 10,000 and 100,000 generated articles.

    python benchmarks/scale.py                          # 1k, 10k, 100k; 2 workers
    python benchmarks/scale.py --sizes 1000 5000 --workers 1

Each size is one JSONL file of generated articles (``generate.py``, the same seed,
so a larger corpus starts with the smaller ones) and one fresh ``reformnlp batch``
process, timed from outside. The table shows wall time, seconds per 1,000
articles (flat when time grows linearly with the count), and peak resident
memory of the largest process and of the whole process tree: flat when nothing
accumulates per article.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import print_table, run_batch, tree_mib  # sibling scripts, not a package
from generate import generate, write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    results = []
    with tempfile.TemporaryDirectory(prefix="reformnlp-scale-") as tmp:
        for size in sorted(args.sizes):
            folder = Path(tmp) / f"n{size}"
            folder.mkdir()
            write_jsonl(generate(size, args.seed), folder / "articles.jsonl")
            result = run_batch(folder, args.workers, Path(tmp))
            result["size"] = size
            results.append(result)
            print(f"  {result['summary']} ({result['wall']:.0f} s)", flush=True)
            (folder / "articles.jsonl").unlink()

    print(f"\nreformnlp batch --workers {args.workers} ({os.cpu_count()} cores)\n")
    print_table(
        [
            "articles",
            "wall s",
            "s per 1,000",
            "articles/s",
            "peak MiB, largest process",
            "peak MiB, all processes",
        ],
        [
            [
                f"{r['size']:,}",
                f"{r['wall']:.1f}",
                f"{1000 * r['wall'] / r['size']:.2f}",
                f"{r['rate_wall']:.1f}",
                f"{r['largest_mib']:.0f}",
                tree_mib(r),
            ]
            for r in results
        ],
    )
    if len(results) > 1:
        first, last = results[-2], results[-1]
        growth = (last["wall"] / last["size"]) / (first["wall"] / first["size"]) - 1
        print(
            f"\ntime per article, {last['size']:,} against {first['size']:,}: {growth:+.1%}; "
            f"peak of the largest process: {first['largest_mib']:.0f} -> "
            f"{last['largest_mib']:.0f} MiB"
        )


if __name__ == "__main__":
    main()
