"""Shared fixtures: one pipeline per test session, and helpers to read records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import reformnlp
from reformnlp.metrics.reader import STRICT_ENV

# A sentence the metric rules fail on is skipped in use; in the tests it fails the test.
os.environ.setdefault(STRICT_ENV, "1")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def nlp():
    return reformnlp.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Text -> ArticleRecord through the session's pipeline."""

    def run(text: str, **kwargs):
        return reformnlp.doc_to_record(nlp(text), **kwargs)

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("the seed page is not beside this checkout")
    return SEED.read_text(encoding="utf-8")
