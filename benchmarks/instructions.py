"""Instructions per article of each pipeline stage, counted by callgrind: a profile that does
not move with the machine's load.

    python benchmarks/instructions.py                      # every stage, 40 generated articles
    python benchmarks/instructions.py --stages metrics --n 20

Seconds on a shared machine move by 10-15% from one run to the next, more than most single
changes of the code; instruction counts repeat to about 0.1%. Each stage runs in its own
``valgrind --tool=callgrind`` process with instrumentation off while spaCy loads and the
articles go through the stages before it; it is switched on (``callgrind_control``) for
that stage alone. Needs valgrind (Debian: ``apt-get install valgrind``); about a minute per
stage for 40 articles.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # a sibling script, not a package

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count_stage(stage: str, n: int, seed: int) -> int:
    """Instructions of ``stage`` over ``n`` generated articles (one callgrind process)."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        stage,
        "--n",
        str(n),
        "--seed",
        str(seed),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run of {stage} failed:\n{done.stderr[-2000:]}")
    return int(found[1])


def run_child(stage: str, n: int, seed: int) -> None:
    """Inside callgrind: prepare the Docs, count ``stage`` alone."""
    import reformnlp

    nlp = reformnlp.load()
    names = [name for name, _ in nlp.pipeline]
    texts = [page["text"] for page in generate(n, seed)]
    with nlp.select_pipes(disable=names[names.index(stage) :]):
        docs = list(nlp.pipe(texts))
        warm_up = next(nlp.pipe(texts[:1]))  # a Doc of its own: the counted ones stay fresh
    component = nlp.get_pipe(stage)
    component(warm_up)  # first-call caches, uncounted
    toggle = ["callgrind_control", "--instr=on", str(os.getpid())]
    subprocess.run(toggle, capture_output=True, check=True)
    for doc in docs:
        component(doc)
    toggle[1] = "--instr=off"
    subprocess.run(toggle, capture_output=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40, help="generated articles (default 40)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--stages", nargs="+", help="stages to count (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.n, args.seed)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    import reformnlp

    stages = args.stages or [name for name, _ in reformnlp.load().pipeline]
    counts = {stage: count_stage(stage, args.n, args.seed) / args.n for stage in stages}
    total = sum(counts.values())
    print(f"{args.n} generated articles (seed {args.seed}); millions of instructions per article")
    print(f"{'stage':<12}{'M instr':>10}{'share':>8}")
    for stage, count in counts.items():
        print(f"{stage:<12}{count / 1e6:>10.2f}{count / total:>8.0%}")
    print(f"{'total':<12}{total / 1e6:>10.2f}")


if __name__ == "__main__":
    main()
