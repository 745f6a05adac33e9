"""Smoke test on real pages: every page of ../shared/realpages, as scraped and damaged ten
ways, gives a record whose offsets hold (issue 8). The pages' text stays outside the project:
the test reads it from ../shared and is skipped when that folder is absent."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from genre import perturbations
from invariants import check_record
from reformnlp.records import doc_to_record

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "realpages" / "texts"
PAGES = sorted(TEXTS.glob("*.txt")) if TEXTS.is_dir() else []

pytestmark = [
    pytest.mark.issue(8),
    pytest.mark.skipif(not PAGES, reason=f"the real pages are not at {TEXTS}"),
]


@pytest.mark.parametrize("path", PAGES, ids=[p.stem[:40] for p in PAGES])
def test_real_page_and_its_perturbations(nlp, path):
    text = path.read_bytes().decode("utf-8")
    seed = zlib.crc32(path.name.encode())
    for how, variant in {"as scraped": text, **perturbations(text, seed)}.items():
        try:
            record = doc_to_record(nlp(variant))
        except Exception as exc:  # report which variant broke, then fail
            raise AssertionError(f"{path.name} ({how}): {type(exc).__name__}: {exc}") from exc
        check_record(variant, record)


def test_there_are_real_pages_to_read():
    assert len(PAGES) >= 100
