"""Throughput and memory of ``reformnlp batch`` over a folder of generated articles.

    python benchmarks/batch.py                       # 10,000 articles, 1 and 2 workers
    python benchmarks/batch.py --n 2000 --workers 1 2 4
    python benchmarks/batch.py --corpus /data/pages  # an existing folder instead

Each run is a fresh ``reformnlp batch`` process, timed from outside (wall time
includes interpreter start-up and pipeline loading). Peak memory is measured two
ways: the largest single process (``getrusage`` of an intermediate process's
children, standard library only) and, on Linux, the peak of the whole process
tree's resident memory, sampled from ``/proc`` four times a second.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate, write_folder  # a sibling script, not a package

# Runs the command and reports the largest RSS among its process tree (KiB on Linux).
WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "maxrss": peak, "code": done.returncode,
                  "stdout": done.stdout, "stderr": done.stderr[-2000:]}))
"""


class TreeSampler(threading.Thread):
    """Peak resident memory of a process and all its descendants, read from ``/proc``."""

    def __init__(self, pid: int, every: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak = 0
        self.stopped = threading.Event()
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            self.peak = max(self.peak, self._tree_rss())

    def _tree_rss(self) -> int:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                    parents[int(entry)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            children = [p for p, pp in parents.items() if pp in frontier and p not in tree]
            tree.update(children)
            frontier = children
        total = 0
        for pid in tree:
            try:
                with open(f"/proc/{pid}/statm") as handle:
                    total += int(handle.read().split()[1]) * self.page
            except (OSError, IndexError, ValueError):
                continue
        return total


def run_batch(corpus: Path, workers: int, out_dir: Path) -> dict:
    """One ``reformnlp batch`` run; returns wall time, rates and peak memory."""
    out = out_dir / f"records-w{workers}.jsonl"
    command = [
        sys.executable,
        "-c",
        "from reformnlp.cli import main; main()",
        "batch",
        str(corpus),
        "--output",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
    ]
    wrapper = subprocess.Popen(
        [sys.executable, "-c", WRAPPER, *command], stdout=subprocess.PIPE, text=True
    )
    sampler = TreeSampler(wrapper.pid) if Path("/proc/self/statm").exists() else None
    if sampler:
        sampler.start()
    stdout, _ = wrapper.communicate()
    if sampler:
        sampler.stopped.set()
        sampler.join()
    report = json.loads(stdout)
    if report["code"] not in (0, 1):
        raise SystemExit(f"reformnlp batch failed:\n{report['stderr']}")
    summary = report["stdout"].strip().splitlines()[-1]
    articles = int(summary.split()[0])
    internal = float(re.search(r"([\d.]+) articles/s", summary).group(1))
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss is KiB on Linux, bytes on macOS
    return {
        "workers": workers,
        "articles": articles,
        "wall": report["wall"],
        "rate_wall": articles / report["wall"],
        "rate_run": internal,
        "largest_mib": report["maxrss"] * scale / 2**20,
        "tree_mib": sampler.peak / 2**20 if sampler else None,
        "summary": summary,
    }


def tree_mib(result: dict) -> str:
    """Peak MiB of the whole process tree, or n/a where /proc is not there to read."""
    return f"{result['tree_mib']:.0f}" if result["tree_mib"] is not None else "n/a"


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Right-aligned columns, each as wide as its header or its widest cell."""
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    line = " ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))
    print(f"{line}\n{'-' * len(line)}")
    for row in rows:
        print(" ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", type=Path, help="an existing folder of articles")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="reformnlp-bench-") as tmp:
        tmp_path = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = tmp_path / "corpus"
            start = time.perf_counter()
            count = write_folder(generate(args.n, args.seed), corpus)
            print(f"generated {count:,} articles in {time.perf_counter() - start:.1f} s")
        results = [run_batch(corpus, workers, tmp_path) for workers in args.workers]

    print(f"\nreformnlp batch over {results[0]['articles']:,} articles ({os.cpu_count()} cores)\n")
    print_table(
        [
            "workers",
            "wall s",
            "articles/s (wall)",
            "articles/s (run)",
            "peak MiB, largest process",
            "peak MiB, all processes",
        ],
        [
            [
                str(r["workers"]),
                f"{r['wall']:.1f}",
                f"{r['rate_wall']:.1f}",
                f"{r['rate_run']:.1f}",
                f"{r['largest_mib']:.0f}",
                tree_mib(r),
            ]
            for r in results
        ],
    )
    if len(results) > 1:
        base = results[0]["rate_wall"]
        speedups = ", ".join(f"{r['workers']}: {r['rate_wall'] / base:.2f}x" for r in results[1:])
        print(f"\nspeed-up over {results[0]['workers']} worker(s), wall: {speedups}")


if __name__ == "__main__":
    main()
