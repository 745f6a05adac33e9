"""The pipeline on the team's gold corpus must not fall below the committed baseline.

Runs on every test run (never skipped): the whole corpus takes about a second.
After a deliberate change of the figures, rewrite the baseline with
``reformnlp evaluate corpora/gold --update-baseline corpora/baseline.json``.
"""

from pathlib import Path

import pytest

from reformnlp.evaluation import evaluate, format_table, read_baseline, regressions

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpora" / "gold"
BASELINE = ROOT / "corpora" / "baseline.json"


@pytest.fixture(scope="module")
def result():
    return evaluate(GOLD)


def test_gold_corpus_meets_baseline(result):
    baseline = read_baseline(BASELINE)
    assert set(baseline["figures"]) == {"officials_f1", "provinces_f1", "bodies_f1",
                                        "metrics_f1", "title_recall"}
    assert result.articles > 0, format_table(result)
    fallen = regressions(result, baseline)
    assert not fallen, (
        "Figures fell below corpora/baseline.json:\n" + "\n".join(fallen)
        + "\n\n" + format_table(result)
        + "\nIf the change is deliberate, run: reformnlp evaluate corpora/gold "
        "--update-baseline corpora/baseline.json"
    )


def test_gold_corpus_reads_and_runs_cleanly(result):
    errors = [str(p) for p in result.problems
              if p.severity == "error" or "pipeline failed" in p.message]
    assert not errors, "\n".join(errors)
