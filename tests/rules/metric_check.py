"""The assertion every metric rule table uses."""

from __future__ import annotations

import pytest

from reformnlp.records import doc_to_record


def check(nlp, text: str, expected: list[dict]) -> None:
    """The metrics of ``text`` are exactly ``expected`` (each a subset of fields), in order."""
    got = [m.model_dump() for m in doc_to_record(nlp(text)).metrics]
    assert len(got) == len(expected), got
    for metric, want in zip(got, expected, strict=True):
        for key, value in want.items():
            if isinstance(value, dict):
                assert metric[key] is not None, (key, metric)
                for sub, sub_value in value.items():
                    assert metric[key][sub] == pytest.approx(sub_value), (key, sub, metric)
            elif isinstance(value, float):
                assert metric[key] == pytest.approx(value), (key, metric)
            else:
                assert metric[key] == value, (key, metric)
