"""Personal names: Vietnamese names by family name and syllable shape."""

import pytest

from reformnlp.components.names import vietnamese_names
from reformnlp.patterns import get_patterns
from reformnlp.text import fold, name_key

# fmt: off
NAME_CASES = [
    # (text, names found, left to right)
    ("Pham Minh Chinh spoke.", ["Pham Minh Chinh"]),
    ("Phạm Thị Thanh Trà spoke.", ["Phạm Thị Thanh Trà"]),
    ("Nguyen Thi Bich Van and Le Ngoc Chau attended.", ["Nguyen Thi Bich Van", "Le Ngoc Chau"]),
    ("To Lam and Luong Cuong met.", ["To Lam", "Luong Cuong"]),
    ("Ngô Văn Tuấn signed it.", ["Ngô Văn Tuấn"]),
    ("Dang Minh Duc, Cao Tuong Huy and Bui Van Khanh.", ["Dang Minh Duc", "Cao Tuong Huy", "Bui Van Khanh"]),
    ("Huynh Thi Ngoc Dung met Vo Van Thuong.", ["Huynh Thi Ngoc Dung", "Vo Van Thuong"]),
    ("Lo Thi Hoa, a Thai official, spoke.", ["Lo Thi Hoa"]),
    # syllables spelled like English words inside a name, and at its end before no capital
    ("Mr. Sung A Pao chaired the commune meeting.", ["Sung A Pao"]),
    ("Ms. Lo Thi The Ha and Mr. Ma The Vinh attended.", ["Lo Thi The Ha", "Ma The Vinh"]),
    ("Nguyen Thi My Hanh reported.", ["Nguyen Thi My Hanh"]),
    ("Tran Van An said the portal was slow.", ["Tran Van An"]),
    ("Le Van A, a resident, waited.", ["Le Van A"]),
    ("The chairman, Bui Van Do, signed the plan.", ["Bui Van Do"]),
    ("Transport Minister Nguyen Van The has won fewer votes.", ["Nguyen Van The"]),
    ("Comrade Nguyen Khac Than, Chairman of the council, spoke.", ["Nguyen Khac Than"]),
    ("Nguyen Van Lam Than Ever", ["Nguyen Van Lam"]),
    ("Tran Van Son The Ministry cut it.", ["Tran Van Son"]),
    # a caption's number glued to the name after it
    ("Delegates at the congress ảnh 2Nguyen Thi Thu Ha spoke.", ["Nguyen Thi Thu Ha"]),
    # negatives: English words, places, lower case, line breaks
    ("The Government Office reviewed it.", []),
    ("Vice Chairman spoke.", []),
    ("nguyen van a wrote in lower case.", []),
    ("Pham\nMinh Chinh", []),
    ("Le Monde published it.", []),
    ("Dong Thap Province", []),
    ("To Improve services is key.", []),
    ("PM Tran Hong Ha To Visit Hue", ["Tran Hong Ha"]),
    ("Deputy PM Le Thanh Long A Week Later", ["Le Thanh Long"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_vietnamese_names(nlp, text, expected):
    doc = nlp.make_doc(text)
    families = frozenset(fold(r.family) for r in get_patterns().family_names)
    blocked = set()
    if text.startswith("Dong Thap"):
        blocked = {0, 1}  # a province span, as the entity resolver would mark it
    not_names = frozenset(get_patterns().words_of("not_name"))
    finals = frozenset(get_patterns().words_of("name_final"))
    found = [c.span(doc).text for c in vietnamese_names(doc, families, blocked, not_names, finals)]
    assert found == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Phạm Minh Chính", "pham minh chinh"),
        ("Đỗ Đức Duy", "do duc duy"),
        ("Nguyễn  Hoà Bình", "nguyen hoa binh"),
        ("Nguyễn Hòa Bình", "nguyen hoa binh"),
        ("NGUYEN VAN A", "nguyen van a"),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key
