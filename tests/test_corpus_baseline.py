"""The pipeline on the team's corpora must not fall below the committed baselines.

Runs on every test run: each corpus takes about a second. The real-page corpora
(``corpora/real/*``) hold facts only and read their texts from ``../shared/realpages``;
they are skipped when those texts are not beside the checkout.
After a deliberate change of the figures, rewrite a baseline with
``reformnlp evaluate corpora/gold --update-baseline corpora/baseline.json`` (and the
other corpora likewise, each with the ``baseline.json`` in its folder). The held-out
corpora (``heldout``, ``real/test``) are for measuring: their baselines guard against
drops, their errors are never read or tuned to.
"""

from pathlib import Path

import pytest

from reformnlp.evaluation import evaluate, format_table, read_baseline, regressions

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "gold": (ROOT / "corpora" / "gold", ROOT / "corpora" / "baseline.json"),
    **{
        name: (ROOT / "corpora" / name, ROOT / "corpora" / name / "baseline.json")
        for name in ("dev", "heldout", "real/dev", "real/test", "real/tables")
    },
}
REAL_TEXTS = ROOT.parent / "shared" / "realpages" / "texts"


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request):
    gold, baseline = CORPORA[request.param]
    if request.param.startswith("real/") and not REAL_TEXTS.is_dir():
        pytest.skip(f"the real pages' texts are not at {REAL_TEXTS}")
    return gold, baseline, evaluate(gold)


@pytest.fixture(scope="module")
def result(corpus):
    return corpus[2]


def test_gold_corpus_meets_baseline(corpus):
    gold, path, result = corpus
    baseline = read_baseline(path)
    assert {"officials_f1", "provinces_f1", "bodies_f1", "metrics_f1", "title_recall"} <= set(
        baseline["figures"]
    )
    assert result.articles > 0, format_table(result)
    fallen = regressions(result, baseline)
    assert not fallen, (
        f"Figures fell below {path}:\n"
        + "\n".join(fallen)
        + "\n\n"
        + format_table(result)
        + f"\nIf the change is deliberate, run: reformnlp evaluate {gold} "
        f"--update-baseline {path}"
    )


def test_gold_corpus_reads_and_runs_cleanly(result):
    errors = [
        str(p) for p in result.problems if p.severity == "error" or "pipeline failed" in p.message
    ]
    assert not errors, "\n".join(errors)
