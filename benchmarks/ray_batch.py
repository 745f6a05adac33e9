"""``reformnlp batch --engine ray`` (a local Ray with N CPUs) against ``--workers N``.

    python benchmarks/ray_batch.py                   # 10,000 articles, 2 workers/CPUs
    python benchmarks/ray_batch.py --n 2000 --repeat 2 --parquet

Both engines run as fresh ``reformnlp batch`` processes over the same folder of
generated articles (``generate.py``), timed from outside, alternating when
``--repeat`` is more than 1. Each is also run on a folder of ``--small``
articles: that run's wall time is the engine's start-up cost, and
``(n - small) / (wall - wall small)`` its steady rate, start-up excluded. CPU
seconds are those of the whole process tree (workers, Ray's own services),
sampled from ``/proc``, so that a busy machine shows as wall time, not as CPU.
``--parquet`` adds a Ray run over the same articles as one Parquet file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate, write_folder  # a sibling script, not a package


class CpuSampler(threading.Thread):
    """CPU seconds (user + system) of a process and all its descendants, from ``/proc``."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.seen: dict[int, float] = {}
        self.stopped = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            self.sample()

    def sample(self) -> None:
        stats: dict[int, tuple[int, float]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # utime + stime of the process itself; the last sample before it exits counts.
            cpu = (int(fields[11]) + int(fields[12])) / self.tick
            stats[int(entry)] = (int(fields[1]), cpu)
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            frontier = [p for p, (pp, _) in stats.items() if pp in frontier and p not in tree]
            tree.update(frontier)
        for pid in tree & stats.keys():
            self.seen[pid] = max(self.seen.get(pid, 0.0), stats[pid][1])

    @property
    def seconds(self) -> float:
        """CPU seconds seen so far."""
        return sum(self.seen.values())


def command(engine: str, corpus: Path, out: Path, workers: int) -> list[str]:
    """The ``reformnlp batch`` command line of one run."""
    base = [sys.executable, "-c", "from reformnlp.cli import main; main()", "batch", str(corpus)]
    if engine == "local":
        return [*base, "-o", str(out / "records.jsonl"), "--workers", str(workers), "-q"]
    return [*base, "--engine", "ray", "-o", str(out), "--workers", str(workers), "-q"]


def run(engine: str, corpus: Path, scratch: Path, workers: int) -> dict:
    """One timed run; returns wall and CPU seconds and the summary line."""
    out = scratch / f"out-{engine}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    start = time.perf_counter()
    process = subprocess.Popen(
        command(engine, corpus, out, workers),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = CpuSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    sampler.stopped.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{engine} run failed ({process.returncode}):\n{stderr[-3000:]}")
    summary = stdout.strip().splitlines()[-1]
    return {"engine": engine, "wall": wall, "cpu": sampler.seconds, "summary": summary}


def write_parquet(articles: list[dict], path: Path) -> None:
    """The articles as one Parquet file of ``id`` and ``text``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": a["id"], "text": a["text"]} for a in articles]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--small", type=int, default=20, help="articles of the start-up run")
    parser.add_argument("--workers", type=int, default=2, help="--workers, and Ray's CPUs")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--parquet", action="store_true", help="also Ray over a Parquet file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="reformnlp-ray-bench-") as tmp:
        scratch = Path(tmp)
        articles = list(generate(args.n, args.seed))
        big, small = scratch / "big", scratch / "small"
        write_folder(iter(articles), big)
        write_folder(iter(articles[: args.small]), small)
        inputs = {"local": big, "ray": big}
        if args.parquet:
            (scratch / "parquet").mkdir()
            write_parquet(articles, scratch / "parquet" / "articles.parquet")
            inputs["ray-parquet"] = scratch / "parquet"
        print(f"{args.n:,} articles ({os.cpu_count()} cores, {args.workers} workers/CPUs)")
        results: dict[str, list[dict]] = {name: [] for name in inputs}
        startup: dict[str, list[float]] = {"local": [], "ray": []}
        for _ in range(args.repeat):
            for name, corpus in inputs.items():
                engine = "local" if name == "local" else "ray"
                if name in startup:
                    startup[name].append(run(engine, small, scratch, args.workers)["wall"])
                results[name].append(run(engine, corpus, scratch, args.workers))
                print(f"  {name:<12} {results[name][-1]['summary']}", flush=True)

    header = (
        f"{'engine':<12} {'wall s':>8} {'articles/s':>11} {'start-up s':>11} "
        f"{'steady articles/s':>18} {'CPU s':>7} {'CPU ms/article':>15}"
    )
    print(f"\n{header}\n{'-' * len(header)}")
    for name, runs in results.items():
        wall = statistics.median(r["wall"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        start = statistics.median(startup.get(name) or startup["ray"])
        steady = (args.n - args.small) / (wall - start) if wall > start else float("nan")
        print(
            f"{name:<12} {wall:>8.1f} {args.n / wall:>11.1f} {start:>11.1f} "
            f"{steady:>18.1f} {cpu:>7.0f} {1000 * cpu / args.n:>15.2f}"
        )
    local = statistics.median(r["wall"] for r in results["local"])
    ray = statistics.median(r["wall"] for r in results["ray"])
    print(f"\nRay-local wall throughput: {local / ray:.1%} of --workers {args.workers}")


if __name__ == "__main__":
    main()
