"""Provinces, localities and regions: which place names are provincial units."""

import pytest

# fmt: off
PROVINCE_CASES = [
    # (sentence, [(surface, ISO code), ...]) — every PROVINCE span, in order
    ("Ha Tinh ranked 27th in the index.", [("Ha Tinh", "VN-23")]),
    ("The delegation from Hà Tĩnh arrived early.", [("Hà Tĩnh", "VN-23")]),
    ("HA TINH — The provincial centre opened on Monday.", [("HA TINH", "VN-23")]),
    ("Leaders of Ha Tinh province met investors.", [("Ha Tinh", "VN-23")]),
    ("Officials in Hanoi and Ha Noi alike spoke of reform.", [("Hanoi", "VN-HN"), ("Ha Noi", "VN-HN")]),
    ("HÀ NỘI — The ministry released the index.", [("HÀ NỘI", "VN-HN")]),
    ("Reform news\n\nĐÀ NẴNG — April 2, 2024\n\nThe ministry released the index.",
     [("ĐÀ NẴNG", "VN-DN")]),
    ("HCM City leads in online payments.", [("HCM City", "VN-SG")]),
    ("Ho Chi Minh City opened a new service centre.", [("Ho Chi Minh City", "VN-SG")]),
    ("HCMC and Hai Phong City signed the plan.", [("HCMC", "VN-SG"), ("Hai Phong City", "VN-HP")]),
    ("Thua Thien-Hue topped the region.", [("Thua Thien-Hue", "VN-26")]),
    ("Thua Thien Hue and Quang Tri share a border.", [("Thua Thien Hue", "VN-26"), ("Quang Tri", "VN-25")]),
    ("Hue City became centrally run in 2025.", [("Hue City", "VN-26")]),
    ("Ba Ria-Vung Tau was merged into Ho Chi Minh City.", [("Ba Ria-Vung Tau", "VN-43"), ("Ho Chi Minh City", "VN-SG")]),
    ("Ba Ria - Vung Tau posted a high score.", [("Ba Ria - Vung Tau", "VN-43")]),
    ("Ba Ria – Vung Tau (86.14 percent) came second.", [("Ba Ria – Vung Tau", "VN-43")]),
    ("Đắk Lắk and Dak Nong are in the Central Highlands.", [("Đắk Lắk", "VN-33"), ("Dak Nong", "VN-72")]),
    ("Kien Giang, An Giang and Ca Mau cooperate.", [("Kien Giang", "VN-47"), ("An Giang", "VN-44"), ("Ca Mau", "VN-59")]),
    ("Can Tho City chaired the Mekong meeting.", [("Can Tho City", "VN-CT")]),
    ("Da Nang City ranked first again.", [("Da Nang City", "VN-DN")]),
    ("Danang hosted the forum.", [("Danang", "VN-DN")]),
    ("Cantho sat below Haiphong in the 2021 ranking.", [("Cantho", "VN-CT"), ("Haiphong", "VN-HP")]),
    ("BR-VT slipped to 12th in the PCI.", [("BR-VT", "VN-43")]),
    # a province's name that runs on into a longer place's is no mention of the province; a
    # person's name after it leaves it one
    ("He studied at Dien Bien Phu University before joining the ministry.", []),
    ("The delegation of Nam Dinh Doan Hong Phong took the floor.", [("Nam Dinh", "VN-67")]),
    ("Quang Ninh has led the PCI for years.", [("Quang Ninh", "VN-13")]),
    ("Lao Cai absorbed Yen Bai on July 1.", [("Lao Cai", "VN-02"), ("Yen Bai", "VN-06")]),
    ("Bac Kan merged with Thai Nguyen.", [("Bac Kan", "VN-53"), ("Thai Nguyen", "VN-69")]),
    ("Long An, Tien Giang and Ben Tre reported on time.", [("Long An", "VN-41"), ("Tien Giang", "VN-46"), ("Ben Tre", "VN-50")]),
    ("Hòa Bình and Hoa Binh are one province.", [("Hòa Bình", "VN-14"), ("Hoa Binh", "VN-14")]),
    ("Officials from Thanh Hóa visited Nghệ An.", [("Thanh Hóa", "VN-21"), ("Nghệ An", "VN-22")]),
    ("The Binh Duong model was copied by Binh Phuoc.", [("Binh Duong", "VN-57"), ("Binh Phuoc", "VN-58")]),
    ("Soc Trang and Hau Giang joined Can Tho.", [("Soc Trang", "VN-52"), ("Hau Giang", "VN-73"), ("Can Tho", "VN-CT")]),
    ("Lam Dong's new centre serves three former provinces.", [("Lam Dong", "VN-35")]),
    ("The former Quang Binh province is now part of Quang Tri.", [("Quang Binh", "VN-24"), ("Quang Tri", "VN-25")]),
    ("In Tuyen Quang, the rate reached 90%.", [("Tuyen Quang", "VN-07")]),
    ("Lai Chau, Dien Bien and Son La were unchanged.", [("Lai Chau", "VN-01"), ("Dien Bien", "VN-71"), ("Son La", "VN-05")]),
    ("Ninh Thuan joined Khanh Hoa.", [("Ninh Thuan", "VN-36"), ("Khanh Hoa", "VN-34")]),
    # negatives: counts, regions, common words, persons, localities
    ("All 63 provinces and cities submitted reports.", []),
    ("The North Central region leads in digitisation.", []),
    ("The Mekong Delta saw fewer dossiers.", []),
    ("Localities across the Southeast improved.", []),
    ("Southeast Asia's governments watched closely.", []),
    ("Permanent Deputy Prime Minister Nguyen Hoa Binh chaired the meeting.", []),
    ("Deputy Minister Le Quang Binh spoke.", []),
    # a province's spelling that is also a person's name is the person after a title or
    # honorific and before a name's next word or a possessive; alone it is the city
    ("The army took over the Ho Chi Minh Mausoleum Management Board in 2025.", []),
    ("Cadres studied President Ho Chi Minh's thought on serving the people.", []),
    ("Uncle Ho Chi Minh's teachings were quoted at the meeting.", []),
    ("In Ho Chi Minh, 95% of dossiers were filed online.", [("Ho Chi Minh", "VN-SG")]),
    ("The Ho Chi Minh People's Committee approved the plan.", [("Ho Chi Minh", "VN-SG")]),
    ("Ho Chi Minh and Hanoi lead the index.", [("Ho Chi Minh", "VN-SG"), ("Hanoi", "VN-HN")]),
    ("The colour had a green hue in the logo.", []),
    # the given name of a person of the article, speaking or taking a post, is that person
    ("NA Chairman Vuong Dinh Hue opened the session. Hue said the plan was sound.", []),
    ("Chairman Vuong Dinh Hue visited Hue on Monday.", [("Hue", "VN-26")]),
    ("Ha Giang City is the provincial capital.", []),
    ("Ha Tinh City People's Committee met.", []),
    ("Quang Binh Commune in Tuyen Quang was formed in 2025.", [("Tuyen Quang", "VN-07")]),
    ("The long an awaited decree finally came.", []),
]

LOCALITY_CASES = [
    ("Ha Giang City is the provincial capital.", ["Ha Giang City"]),
    ("Officials of Ha Tinh City and Ha Tinh province met.", ["Ha Tinh City"]),
    ("Quang Binh Commune opened its centre.", ["Quang Binh Commune"]),
    ("Lao Cai City hosted the fair.", ["Lao Cai City"]),
    ("Da Nang City is a province-level city.", []),
    ("Hanoi's districts merged.", []),
    # the place a body is named after; "Special" opens the level "Special Zone", no place
    ("The Van Don Special Zone Party Committee met. Van Don now has 12 villages.",
     ["Van Don"]),
    ("The Special Zone Party Committee met. The Special People's Council chose 2 heads.", []),
]

REGION_CASES = [
    ("Ha Tinh ranks 2nd in the North Central region.", ["North Central"]),
    ("The Mekong Delta has 13 units.", ["Mekong Delta"]),
    ("The Central Highlands provinces improved.", ["Central Highlands"]),
    ("Provinces of the Red River Delta lead.", ["Red River Delta"]),
    ("Southeast Asia is not a Vietnamese region.", []),
    ("The Southeast Asian country rose to 71st.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PROVINCE_CASES)
def test_province_spans(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s.kb_id_) for s in doc.spans["PROVINCE"]] == expected


@pytest.mark.parametrize(("text", "expected"), LOCALITY_CASES)
def test_locality_spans(nlp, text, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["LOCALITY"]] == expected


@pytest.mark.parametrize(("text", "expected"), REGION_CASES)
def test_region_spans(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["REGION"]] == expected


def test_province_record_fields(extract):
    record = extract("Officials in Ha Giang and Hà Giang met Hanoi's leaders.")
    by_code = {p.code: p for p in record.provinces}
    assert set(by_code) == {"VN-03", "VN-HN"}
    assert by_code["VN-03"].name == "Ha Giang"
    assert by_code["VN-03"].name_vi == "Hà Giang"
    assert by_code["VN-03"].region == "Northern Midlands and Mountains"
    assert by_code["VN-03"].merged_into == "Tuyen Quang"
    assert len(by_code["VN-03"].mentions) == 2
    assert by_code["VN-HN"].merged_into is None


def test_doubled_spaces_inside_a_name_are_read_and_offsets_index_the_text_as_given(extract):
    text = "Mr. Tran Van Nam, Vice Chairman of People's Committee  of  Ha  Tinh Province, spoke."
    record = extract(text)
    (province,) = record.provinces
    start, end = province.mentions[0]
    assert text[start:end] == "Ha  Tinh"
    (official,) = record.officials
    assert official.titles == ["Vice Chairman of the Ha Tinh Provincial People's Committee"]


def test_nfd_and_no_break_space_offsets_index_the_text_as_given(extract):
    import unicodedata

    text = unicodedata.normalize("NFD", "Tỉnh Hà\u00a0Tĩnh đứng thứ 27.")
    record = extract(text)
    (province,) = record.provinces
    start, end = province.mentions[0]
    assert unicodedata.normalize("NFC", text[start:end]).replace("\u00a0", " ") == "Hà Tĩnh"
