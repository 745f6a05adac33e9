"""The seed page's record: officials, provinces, bodies and page fields, exactly."""

import pytest


@pytest.fixture(scope="module")
def record(extract, seed_text):
    return extract(seed_text, id="seed")


def test_exactly_three_officials_with_their_titles(record):
    assert {o.name: o.titles for o in record.officials} == {
        "Pham Minh Chinh": [
            "Prime Minister",
            "Head of the Government's Steering Committee for Administrative Reform",
        ],
        "Pham Thi Thanh Tra": [
            "Minister of Home Affairs",
            "Deputy Head of the Government's Steering Committee for Administrative Reform",
        ],
        "Le Ngoc Chau": ["Vice Chairman of the Ha Tinh Provincial People's Committee"],
    }
    by_name = {o.name: o for o in record.officials}
    assert by_name["Le Ngoc Chau"].province == "VN-23"
    assert by_name["Pham Minh Chinh"].province is None


def test_exactly_one_province(record):
    (province,) = record.provinces
    assert (province.name, province.code, province.region) == ("Ha Tinh", "VN-23", "North Central")
    assert province.merged_into is None


def test_bodies_with_acronym_and_reordered_name(record):
    bodies = {b.name: b for b in record.bodies}
    assert set(bodies) == {
        "Government",
        "Government's Steering Committee for Administrative Reform",
        "Ha Tinh Provincial People's Committee",
        "Government Office",
        "National Public Service Portal",
    }
    scar = bodies["Government's Steering Committee for Administrative Reform"]
    assert scar.acronym == "SCAR"
    assert {"SCAR", "Government's Administrative Reform Steering Committee"} <= set(scar.aliases)
    assert bodies["Ha Tinh Provincial People's Committee"].province == "VN-23"


def test_page_fields_and_no_entity_from_the_related_headlines(record, seed_text):
    assert (record.published, record.author) == ("2024-02-02", "Phuc Quang")
    related = seed_text.index("Same tag")
    mentions = [m for e in record.officials + record.provinces + record.bodies for m in e.mentions]
    assert all(end <= related for _, end in mentions)
    assert all(m.end <= related for m in record.metrics)


def test_mentions_index_the_text_as_given(record, seed_text):
    for official in record.officials:
        for start, end in official.mentions:
            assert seed_text[start:end] in (official.name, "Prime Minister")
    for metric in record.metrics:
        assert seed_text[metric.start : metric.end] == metric.quote
