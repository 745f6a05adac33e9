"""The pipeline on the team's corpora must not fall below the committed baselines.

Runs on every test run (never skipped): each corpus takes about a second.
After a deliberate change of the figures, rewrite a baseline with
``reformnlp evaluate corpora/gold --update-baseline corpora/baseline.json`` (and
``corpora/dev`` and ``corpora/heldout`` likewise). The held-out corpus is for measuring:
its baseline guards against drops, its errors are never read or tuned to.
"""

from pathlib import Path

import pytest

from reformnlp.evaluation import evaluate, format_table, read_baseline, regressions

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "gold": (ROOT / "corpora" / "gold", ROOT / "corpora" / "baseline.json"),
    "dev": (ROOT / "corpora" / "dev", ROOT / "corpora" / "dev" / "baseline.json"),
    "heldout": (ROOT / "corpora" / "heldout", ROOT / "corpora" / "heldout" / "baseline.json"),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request):
    gold, baseline = CORPORA[request.param]
    return gold, baseline, evaluate(gold)


@pytest.fixture(scope="module")
def result(corpus):
    return corpus[2]


def test_gold_corpus_meets_baseline(corpus):
    gold, path, result = corpus
    baseline = read_baseline(path)
    assert set(baseline["figures"]) == {"officials_f1", "provinces_f1", "bodies_f1",
                                        "metrics_f1", "title_recall"}
    assert result.articles > 0, format_table(result)
    fallen = regressions(result, baseline)
    assert not fallen, (
        f"Figures fell below {path}:\n" + "\n".join(fallen)
        + "\n\n" + format_table(result)
        + f"\nIf the change is deliberate, run: reformnlp evaluate {gold} "
        f"--update-baseline {path}"
    )


def test_gold_corpus_reads_and_runs_cleanly(result):
    errors = [str(p) for p in result.problems
              if p.severity == "error" or "pipeline failed" in p.message]
    assert not errors, "\n".join(errors)
