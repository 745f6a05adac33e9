"""Tables flattened to text (index profile pages): a header of years, rows of a label and
one figure per year. Every cell is a metric with the row's label and the column's year."""

from __future__ import annotations

import pytest
from metric_check import check

from reformnlp.metrics.cues import get_cues
from reformnlp.metrics.tables import TableReader
from reformnlp.records import doc_to_record

SCORES = """Binh Dinh in the PAR Index

Year 2023 2022 2021
Institutional reform 9.10 8.75 8.20
Online services 12.40 N/A 10.05
Total score 88.31 86.02 84.77
"""

RANKS = """Positions in the SIPAS (1-63) Binh Dinh
Year 2024 2023
Satisfaction index 82.60 80.90
Ranking 12 19
"""


def reader() -> TableReader:
    cues = get_cues()
    return TableReader(cues.table_header_words, cues.table_rank_words)


def cells(text: str):
    return reader().read(text, [(0, len(text))])


def test_each_cell_is_a_score_of_its_row_and_year():
    found = cells(SCORES)
    assert [(c.metric, c.period, c.value, c.unit) for c in found] == [
        ("Institutional reform", "2023", 9.10, "points"),
        ("Institutional reform", "2022", 8.75, "points"),
        ("Institutional reform", "2021", 8.20, "points"),
        ("Online services", "2023", 12.40, "points"),  # N/A is an empty cell
        ("Online services", "2021", 10.05, "points"),
        ("Total score", "2023", 88.31, "points"),
        ("Total score", "2022", 86.02, "points"),
        ("Total score", "2021", 84.77, "points"),
    ]
    assert all(SCORES[c.start : c.end] == f"{c.value:.2f}" for c in found)


def test_a_rank_row_takes_the_total_written_above_the_header():
    found = cells(RANKS)
    ranks = [(c.value, c.period, c.rank_total) for c in found if c.unit == "rank"]
    assert ranks == [(12, "2024", 63), (19, "2023", 63)]
    assert [c.rank_total for c in found if c.unit == "points"] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cells split by bars or tabs
        (
            "Year | 2022 | 2023 |\nLaw & Order | 6.25 | N/A |\nRanking | 8 | 11 |\n",
            [("Law & Order", 6.25), ("Ranking", 8.0), ("Ranking", 11.0)],
        ),
        (
            "Year\t2022\t2023\nTime Costs\t7.01\t7.32\n",
            [("Time Costs", 7.01), ("Time Costs", 7.32)],
        ),
        # Windows line breaks
        (
            "Year 2022 2023\r\nTime Costs 7.01 7.32\r\n",
            [("Time Costs", 7.01), ("Time Costs", 7.32)],
        ),
        # no word before the years, and a label ending in a digit
        ("2022 2023\nSub-index 1 6.10 6.45\n", [("Sub-index 1", 6.10), ("Sub-index 1", 6.45)]),
        # whole numbers with no rank word: nothing says what they count
        ("Year 2022 2023\nDossiers 1200 1350\n", []),
        # a row with the wrong number of cells ends the table
        (
            "Year 2022 2023\nScore 7.5 7.9\nNote 1.5\nScore B 8.1 8.3\n",
            [("Score", 7.5), ("Score", 7.9)],
        ),
        # years in prose are no header
        ("Reports were filed in 2022 and 2023.\nScore 7.5 7.9\n", []),
        # a bare list of years with no rows under it
        ("Year 2021 2022 2023\nThe province improved each year.\n", []),
    ],
)
def test_table_shapes(text, expected):
    assert [(c.metric, c.value) for c in cells(text)] == expected


def test_table_cells_become_metrics_of_the_article_province(nlp):
    text = (
        "Binh Dinh PAR Index profile\n\nBinh Dinh has published its results each year.\n\n"
        + SCORES
        + "\nBinh Dinh will keep improving online services."
    )
    check(
        nlp,
        text,
        [
            {"metric": "Institutional reform", "value": v, "period": p, "subject": "Binh Dinh"}
            for v, p in ((9.10, "2023"), (8.75, "2022"), (8.20, "2021"))
        ]
        + [{"metric": "Online services", "value": v} for v in (12.40, 10.05)]
        + [{"metric": "Total score", "value": v, "unit": "points"} for v in (88.31, 86.02, 84.77)],
    )


def test_a_table_printed_twice_is_read_once(nlp):
    text = "Quang Tri in the index\n\n" + RANKS + "\n" + RANKS.replace("(1-63) ", "")
    got = [(m.value, m.period) for m in doc_to_record(nlp(text)).metrics]
    assert got == [(82.6, "2024"), (80.9, "2023"), (12.0, "2024"), (19.0, "2023")]


PROFILE_PAGE = """Index of provinces

Binh Dinh

Region South Central Coast

Rankings in the index (1-63) Binh Dinh
Year | 2018 | 2019 | 2020 |
Entry Costs | 7.10 | 7.35 | 7.60 |
PCI Scores | 62.50 | 63.80 | 64.10 |
Ranking | 25 | 23 | 21 |
"""


def test_a_table_of_short_barred_lines_at_the_top_of_a_page_is_content_not_a_menu(nlp):
    doc = nlp(PROFILE_PAGE)
    got = [(m.metric, m.value, m.period) for m in doc_to_record(doc).metrics]
    assert got == [
        ("Entry Costs", 7.10, "2018"),
        ("Entry Costs", 7.35, "2019"),
        ("Entry Costs", 7.60, "2020"),
        ("PCI Scores", 62.50, "2018"),
        ("PCI Scores", 63.80, "2019"),
        ("PCI Scores", 64.10, "2020"),
        ("Ranking", 25.0, "2018"),
        ("Ranking", 23.0, "2019"),
        ("Ranking", 21.0, "2020"),
    ]
    assert {m.subject for m in doc_to_record(doc).metrics} == {"Binh Dinh"}
