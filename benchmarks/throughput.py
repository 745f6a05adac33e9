"""Articles per second of the pipeline against spaCy's tokenizer alone, same texts, same run.

    python benchmarks/throughput.py                    # 1,000 generated articles, 3 passes
    python benchmarks/throughput.py --n 300 --passes 5
    python benchmarks/throughput.py --corpus pages.jsonl   # JSONL with a "text" field

Every configuration gets a warm-up pass first (tokenizer caches, pattern
compilation), then the median of ``--passes`` timed passes is reported, with
its ratio to tokenisation alone (the project's speed yardstick). A profile
follows: milliseconds per article of the tokenizer, of each component and of
building the record, each timed on its own over the same texts (median of the
passes), so that the next profile is this one command. Last, the peak
resident memory of the process during the timed passes.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

import reformnlp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # a sibling script, not a package


def load_texts(corpus: Path | None, n: int, seed: int) -> list[str]:
    """The benchmark texts: a JSONL corpus's ``text`` fields, or ``n`` generated pages."""
    if corpus is None:
        return [page["text"] for page in generate(n, seed)]
    with open(corpus, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line, _ in zip(handle, range(n), strict=False)]


def timed(run: Callable[[list[str]], None], texts: list[str], passes: int) -> float:
    """Median seconds of ``passes`` runs over ``texts``, after one warm-up run."""
    run(texts)
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--corpus", type=Path, help="JSONL file with a 'text' field")
    args = parser.parse_args()

    texts = load_texts(args.corpus, args.n, args.seed)
    words = sum(len(text.split()) for text in texts)
    blank = spacy.blank("en")
    nlp = reformnlp.load()

    def tokenize(batch: list[str]) -> None:
        for _doc in blank.pipe(batch, batch_size=256):
            pass

    def pipeline(batch: list[str]) -> None:
        for _doc in nlp.pipe(batch, batch_size=64):
            pass

    def records(batch: list[str]) -> None:
        for doc in nlp.pipe(batch, batch_size=64):
            reformnlp.doc_to_record(doc).model_dump_json()

    rows = [
        ('spacy.blank("en") tokenizer', timed(tokenize, texts, args.passes)),
        ("reformnlp.load() pipeline", timed(pipeline, texts, args.passes)),
        ("pipeline + record + JSON", timed(records, texts, args.passes)),
    ]
    baseline = rows[0][1]
    print(
        f"{len(texts):,} articles, {words:,} words; median of {args.passes} passes after a "
        f"warm-up; Python {platform.python_version()}, spaCy {spacy.__version__}\n"
    )
    header = (
        f"{'configuration':<30} {'articles/s':>11} {'words/s':>12} "
        f"{'x tokenizer time':>17} {'ratio':>7}"
    )
    print(f"{header}\n{'-' * len(header)}")
    for name, seconds in rows:
        print(
            f"{name:<30} {len(texts) / seconds:>11,.0f} {words / seconds:>12,.0f} "
            f"{seconds / baseline:>17.1f} {baseline / seconds:>7.3f}"
        )
    # Before the profile, which holds every Doc of a pass at once.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print_profile(component_ms(nlp, texts, args.passes))
    print(f"\npeak RSS of the timed passes: {peak:,.0f} MB")


def component_ms(nlp: Language, texts: list[str], passes: int) -> list[tuple[str, float]]:
    """Milliseconds per article of the tokenizer, each component and the record (medians)."""
    # Each stage runs on every text before the next stage starts, so that its time is
    # its own; the Docs it needs are those the earlier stages made in this pass.
    stages: dict[str, list[float]] = {}
    for _ in range(passes + 1):  # the first pass warms up
        with nlp.memory_zone():
            start = time.perf_counter()
            docs = [nlp.make_doc(text) for text in texts]
            seconds = {"tokenizer": time.perf_counter() - start}
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                docs = [proc(doc) for doc in docs]
                seconds[name] = time.perf_counter() - start
            start = time.perf_counter()
            for doc in docs:
                reformnlp.doc_to_record(doc)
            seconds["doc_to_record"] = time.perf_counter() - start
        for name, value in seconds.items():
            stages.setdefault(name, []).append(value)
    return [
        (name, 1000 * statistics.median(values[1:]) / len(texts)) for name, values in stages.items()
    ]


def print_profile(profile: list[tuple[str, float]]) -> None:
    """The profile as a table, with each stage's share of the total."""
    total = sum(ms for _, ms in profile)
    print(f"\n{'stage':<30} {'ms/article':>11} {'share':>7}\n{'-' * 50}")
    for name, ms in profile:
        print(f"{name:<30} {ms:>11.2f} {ms / total:>7.0%}")
    print(f"{'total':<30} {total:>11.2f}")


if __name__ == "__main__":
    main()
