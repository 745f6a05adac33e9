"""Rosters and appointments: every listed person gets the roster's post (SPEC section 7)."""

import pytest

STEERING = "Government's Steering Committee for Administrative Reform"
LAM_DONG_DT = "Lam Dong Provincial Steering Committee for Digital Transformation"
REVIEW = "Steering Committee to review the implementation of Resolution No. 18-NQ/TW"

# fmt: off
ROSTER_CASES = [
    # (text, {name: [titles]})
    # a one-word name written with an apostrophe ("K'Nham") is passed, not read; the list
    # goes on after it
    ("The Vice Chairmen of the Dak Nong Provincial People's Council include Mr. K'Nham; "
     "Mr. Le Van Tu; Ms. Ho Thi Lan.",
     {"Le Van Tu": ["Vice Chairman of the Dak Nong Provincial People's Council"],
      "Ho Thi Lan": ["Vice Chairman of the Dak Nong Provincial People's Council"]}),
    # a plural post, a cue ("include", "including", "are", a colon) and the people
    (f"The {STEERING} was reshuffled. Its members include: Deputy Prime Minister Le Thanh Long; "
     "Minister of Justice Nguyen Hai Ninh; Minister of Finance Nguyen Van Thang.",
     {"Le Thanh Long": ["Deputy Prime Minister", f"Member of the {STEERING}"],
      "Nguyen Hai Ninh": [f"Member of the {STEERING}", "Minister of Justice"],
      "Nguyen Van Thang": [f"Member of the {STEERING}", "Minister of Finance"]}),
    # the committee, then "members" and a colon: its members listed
    (f"The {STEERING} was set up in May.\nSteering Committee members: Minister of Justice "
     "Nguyen Hai Ninh; Governor of the State Bank of Vietnam Nguyen Thi Hong.",
     {"Nguyen Hai Ninh": [f"Member of the {STEERING}", "Minister of Justice"],
      "Nguyen Thi Hong": [f"Member of the {STEERING}", "Governor of the State Bank of Vietnam"]}),
    (f"{LAM_DONG_DT} member Tran Van Hiep, Director of the Department of Home Affairs, spoke.",
     {"Tran Van Hiep": [f"member of the {LAM_DONG_DT}",
                        "Director of the Lam Dong Department of Home Affairs"]}),
    # ... also after a passive with its agent in capitals
    ("The Vice Chairmen of the Dong Thap Provincial People's Committee were approved by the "
     "Prime Minister, including: Mr. Tran Tri Quang and Ms. Doan Thi Hoa.",
     {"Tran Tri Quang": ["Vice Chairman of the Dong Thap Provincial People's Committee"],
      "Doan Thi Hoa": ["Vice Chairman of the Dong Thap Provincial People's Committee"]}),
    # the plural post, then its own chief and a colon; a post in brackets after a name is
    # that person's own
    ("The country has four Deputy Prime Ministers assisting Prime Minister Dao Van Khoa: "
     "Tran Van Minh (Permanent Deputy Prime Minister), Le Quang Huy, Nguyen Thi Lan and "
     "Vo Thanh Tam.",
     {"Dao Van Khoa": ["Prime Minister"], "Tran Van Minh": ["Permanent Deputy Prime Minister"],
      "Le Quang Huy": ["Deputy Prime Minister"], "Nguyen Thi Lan": ["Deputy Prime Minister"],
      "Vo Thanh Tam": ["Deputy Prime Minister"]}),
    ("The session was chaired by Tran Van Minh (Permanent Deputy Prime Minister).",
     {"Tran Van Minh": ["Permanent Deputy Prime Minister"]}),
    # names listed before "as" and a plural post, each after a former post of its own
    ("The assembly approved the appointments of former Minister of Justice Le Quang Huy and "
     "former Ca Mau Party Secretary Vo Thanh Tam as Deputy Prime Ministers.",
     {"Le Quang Huy": ["Deputy Prime Minister"], "Vo Thanh Tam": ["Deputy Prime Minister"]}),
    # alternate members of the Party Central Committee listed after their plural title
    ("Alternate Central Committee members include Ho Van Mung and Vuong Quoc Tuan.",
     {"Ho Van Mung": ["Alternate Member of the Party Central Committee"],
      "Vuong Quoc Tuan": ["Alternate Member of the Party Central Committee"]}),
    ("The new deputy prime ministers are Ho Duc Phoc and Bui Thanh Son, the assembly said.",
     {"Ho Duc Phoc": ["Deputy Prime Minister"], "Bui Thanh Son": ["Deputy Prime Minister"]}),
    ("The assembly approved three Deputy Prime Ministers, Tran Hong Ha, Le Thanh Long and "
     "Ho Duc Phoc, on Monday.",
     {"Tran Hong Ha": ["Deputy Prime Minister"], "Le Thanh Long": ["Deputy Prime Minister"],
      "Ho Duc Phoc": ["Deputy Prime Minister"]}),
    ("The confirmed deputy prime ministers include former minister of justice Le Thanh Long and "
     "former Party chief of Binh Dinh province Ho Quoc Dung, state media said.",
     {"Le Thanh Long": ["Deputy Prime Minister"], "Ho Quoc Dung": ["Deputy Prime Minister"]}),
    # "A is Head of the committee for X, and B …": the committee's name stops before B's
    # post, and the Head is A's
    ("Deputy Prime Minister Tran Luu Quang is Head of the Steering Committee for the Review of "
     "Resolution 18, and Minister of Home Affairs Pham Thi Thanh Tra is its deputy.",
     {"Tran Luu Quang": ["Deputy Prime Minister",
                         "Head of the Steering Committee for the Review of Resolution 18"],
      "Pham Thi Thanh Tra": ["Minister of Home Affairs"]}),
    # "B is Deputy Head": a bare committee post after a link takes the committee named before
    ("Deputy Prime Minister Tran Luu Quang is Head of the Steering Committee for the Review of "
     "Resolution 18; Minister of Home Affairs Pham Thi Thanh Tra is Permanent Deputy Head.",
     {"Tran Luu Quang": ["Deputy Prime Minister",
                         "Head of the Steering Committee for the Review of Resolution 18"],
      "Pham Thi Thanh Tra": ["Minister of Home Affairs", "Permanent Deputy Head of the Steering "
                             "Committee for the Review of Resolution 18"]}),
    # each listed person's own post stays theirs, the shared one comes on top
    ("In Dak Lak, two Deputy Secretaries of the Dak Lak Provincial Party Committee were named, "
     "including Mr. Y Thanh Ha Nie Kdam - Standing Deputy Secretary of the Dak Lak Provincial "
     "Party Committee, and Mr. Ta Anh Tuan - Deputy Secretary, appointed as Chairman of the "
     "Dak Lak Provincial People's Committee.",
     {"Y Thanh Ha Nie Kdam": ["Standing Deputy Secretary of the Dak Lak Provincial Party Committee"],
      "Ta Anh Tuan": ["Deputy Secretary of the Dak Lak Provincial Party Committee",
                      "Chairman of the Dak Lak Provincial People's Committee"]}),
    # places in brackets complete a bare shared post
    ("The two youngest chairpersons are Le Van Hoa (Ca Mau) and Tran Van Lau (Can Tho).",
     {"Le Van Hoa": ["Chairperson of the Ca Mau Provincial People's Committee"],
      "Tran Van Lau": ["Chairperson of the Can Tho People's Committee"]}),
    ("Three of them are members of the Party Central Committee: Le Van Hoa (Ca Mau), "
     "Tran Van Lau (Can Tho) and Pham Van Ha (Soc Trang).",
     {"Le Van Hoa": ["Member of the Party Central Committee"],
      "Tran Van Lau": ["Member of the Party Central Committee"],
      "Pham Van Ha": ["Member of the Party Central Committee"]}),
    # names before a plural membership and a link ("are", "will work as"), and the people
    # named after "along with"; a committee written small, named by the numbered text it is
    # set up to review, is what "the steering committee" refers to
    ("A decision set up a steering committee to review the implementation of Resolution No. "
     "18-NQ/TW. Deputy Prime Minister Le Thanh Long will serve as head of the steering "
     "committee. Nguyen Van Thang and Do Duc Duy will work as members of the steering "
     "committee along with Minister of Justice Nguyen Hai Ninh.",
     {"Le Thanh Long": ["Deputy Prime Minister", f"head of the {REVIEW}"],
      "Nguyen Van Thang": [f"Member of the {REVIEW}"],
      "Do Duc Duy": [f"Member of the {REVIEW}"],
      "Nguyen Hai Ninh": [f"Member of the {REVIEW}", "Minister of Justice"]}),
    (f"The {STEERING} met. Tran Hong Ha and Le Thanh Long are members of the committee.",
     {"Tran Hong Ha": [f"Member of the {STEERING}"],
      "Le Thanh Long": [f"Member of the {STEERING}"]}),
    # a decision: "A as Head, B as Deputy Head, C and D as members"
    ("The decision names Vice Chairman Ho Van Mung as Head of the Steering Committee for "
     "Digital Transformation, Nguyen Thanh Ngoc as Deputy Head, and Tran Van Hai and Le Thi "
     "Bich as members.",
     {"Ho Van Mung": ["Vice Chairman", "Head of the Steering Committee for Digital Transformation"],
      "Nguyen Thanh Ngoc": ["Deputy Head of the Steering Committee for Digital Transformation"],
      "Tran Van Hai": ["Member of the Steering Committee for Digital Transformation"],
      "Le Thi Bich": ["Member of the Steering Committee for Digital Transformation"]}),
    ("The Prime Minister assigned Deputy Prime Minister Tran Hong Ha as Head of the working "
     "group, with Minister of Home Affairs Pham Thi Thanh Tra as Deputy Head.",
     {"Tran Hong Ha": ["Deputy Prime Minister", "Head of the working group"],
      "Pham Thi Thanh Tra": ["Minister of Home Affairs", "Deputy Head of the working group"]}),
    # a body "headed by" someone: the Head of that body
    ("Project 06 is steered by the Working Group for Project 06, headed by Minister of Public "
     "Security Luong Tam Quang.",
     {"Luong Tam Quang": ["Head of the Working Group for Project 06", "Minister of Public Security"]}),
    # ... also a provincial body named after "of" and its province
    ("The Steering Committee for Administrative Reform of Ha Tinh province, headed by Mr. Tran "
     "Van An, met on Monday.",
     {"Tran Van An": ["Head of the Ha Tinh Provincial Steering Committee for Administrative "
                      "Reform"]}),
    ("The working group, led by Minister Tran Van Son, inspected five ministries.",
     {"Tran Van Son": ["Head of the working group", "Minister"]}),
    ("Deputy Minister of Finance Nguyen Duc Chi, who heads the working group, briefed reporters.",
     {"Nguyen Duc Chi": ["Deputy Minister of Finance", "Head of the working group"]}),
    # a ministry is led by its Minister: no "Head of the Ministry"
    ("The Ministry of Finance, led by Minister Nguyen Van Thang, took over the planning tasks.",
     {"Nguyen Van Thang": ["Minister of Finance"]}),
    ("Do Duc Duy, Minister of Agriculture and Environment, heads the ministry formed in March.",
     {"Do Duc Duy": ["Minister of Agriculture and Environment"]}),
    # deputies listed after the committee's head is named: the committee's deputies ...
    ("Prime Minister Pham Minh Chinh is Chairman of the National Committee on Digital Transformation. He "
     "is assisted by two Vice Chairmen, namely Deputy Prime Minister Tran Luu Quang and Minister "
     "of Information and Communications Nguyen Manh Hung.",
     {"Pham Minh Chinh": ["Prime Minister", "Chairman of the National Committee on Digital Transformation"],
      "Tran Luu Quang": ["Deputy Prime Minister",
                     "Vice Chairman of the National Committee on Digital Transformation"],
      "Nguyen Manh Hung": ["Minister of Information and Communications",
                           "Vice Chairman of the National Committee on Digital Transformation"]}),
    # ... but not a Party committee's: its Secretary has no Vice Chairmen
    ("Nguyen Van Quang is Secretary of the Ha Nam Provincial Party Committee. The two Vice "
     "Chairmen, namely Tran Van Dung and Le Thi Hoa, attended.",
     {"Nguyen Van Quang": ["Secretary of the Ha Nam Provincial Party Committee"],
      "Tran Van Dung": ["Vice Chairman"], "Le Thi Hoa": ["Vice Chairman"]}),
    # names listed before a plural post of as many listed bodies: one body each, in order
    ("Mr. Vo Van Hung and Ms. Le Thi Mai were appointed as directors of the Department of "
     "Justice and the Department of Health of Quang Tri.",
     {"Vo Van Hung": ["Director of the Quang Tri Department of Justice"],
      "Le Thi Mai": ["Director of the Quang Tri Department of Health"]}),
    ("In Can Tho, Tran Quoc Bao, Le Van Phuc and Ngo Thi Thu became deputy directors of the "
     "Construction Department, the Finance Department and the Health Department. Can Tho "
     "acted fast.",
     {"Tran Quoc Bao": ["Deputy Director of the Can Tho Department of Construction"],
      "Le Van Phuc": ["Deputy Director of the Can Tho Department of Finance"],
      "Ngo Thi Thu": ["Deputy Director of the Can Tho Department of Health"]}),
    # as many names as posts joined by "and": each name its post; one name, one joint post
    ("The Bac Kan Provincial People's Committee appointed Hoang Van Binh and Ly Thi Lan as "
     "Director and Deputy Director of the Department of Construction.",
     {"Hoang Van Binh": ["Director of the Bac Kan Department of Construction"],
      "Ly Thi Lan": ["Deputy Director of the Bac Kan Department of Construction"]}),
    ("Vu Minh Hoang and Dinh Thi Lan were appointed Head and Deputy Head of the Thai Binh "
     "Steering Committee for Administrative Reform.",
     {"Vu Minh Hoang": ["Head of the Thai Binh Provincial Steering Committee for "
                        "Administrative Reform"],
      "Dinh Thi Lan": ["Deputy Head of the Thai Binh Provincial Steering Committee for "
                       "Administrative Reform"]}),
    ("Head and shoulders above the rest, Hanoi led the index.", {}),
    ("Tran Van Son was appointed Minister and Chairman of the Government Office.",
     {"Tran Van Son": ["Minister and Chairman of the Government Office"]}),
    ("Dang Van Tuan and Vu Thi Mai were named deputy directors of the Department of Finance.",
     {"Dang Van Tuan": ["Deputy Director of the Department of Finance"],
      "Vu Thi Mai": ["Deputy Director of the Department of Finance"]}),
    # ... and one body for all when the counts differ
    ("Tran Van Quan and Le Thi Hoa were appointed deputy directors of the Department of Justice.",
     {"Tran Van Quan": ["Deputy Director of the Department of Justice"],
      "Le Thi Hoa": ["Deputy Director of the Department of Justice"]}),
    # "vice" posts as "deputy" ones, plural and singular
    ("Vice directors of the Quang Binh Department of Finance include Hoang Van Tam, Tran Thi "
     "Nga and Le Quoc Dat.",
     {"Hoang Van Tam": ["Vice Director of the Quang Binh Department of Finance"],
      "Tran Thi Nga": ["Vice Director of the Quang Binh Department of Finance"],
      "Le Quoc Dat": ["Vice Director of the Quang Binh Department of Finance"]}),
    ("Phung Van Hai, vice director-general of the General Department of Taxation, said the "
     "rules took effect.",
     {"Phung Van Hai": ["vice director-general of the General Department of Taxation"]}),
    ("Vice Governor of the State Bank of Vietnam Pham Thanh Ha opened the session.",
     {"Pham Thanh Ha": ["Vice Governor of the State Bank of Vietnam"]}),
    # not rosters: a plural post and a comma before no name, a verb after the plural
    ("He met ministers, deputy ministers and provincial chairmen in Hanoi.", {}),
    ("Minister Nguyen Van Thang chairs the meeting of the council.",
     {"Nguyen Van Thang": ["Minister"]}),
    ("All six provincial chairpersons were born in the 1970s.", {}),
    # "chaired by" a chair of the People's Committee: the committee is the one the roster
    # goes on with, not the People's Committee
    ("The Lam Dong Provincial Steering Committee for Digital Transformation was set up in May. "
     "The Steering Committee will be chaired by Chairman of the Provincial People's Committee "
     "Le Van Phuc. The Deputy Chairpersons include Vice Chairman of the Provincial People's "
     "Committee Tran Van Binh and Director of the Department of Science and Technology Nguyen "
     "Thi Cuc.",
     {"Le Van Phuc": [f"Head of the {LAM_DONG_DT}",
                      "Chairman of the Lam Dong Provincial People's Committee"],
      "Tran Van Binh": [f"Deputy Chairperson of the {LAM_DONG_DT}",
                        "Vice Chairman of the Lam Dong Provincial People's Committee"],
      "Nguyen Thi Cuc": [f"Deputy Chairperson of the {LAM_DONG_DT}",
                         "Director of the Lam Dong Department of Science and Technology"]}),
    # a term's years between the plural title and the roster cue
    ("The new Deputy Prime Ministers for the 2026-2031 term include Le Van Tam, Minister of "
     "Justice; and Tran Thi Hoa, Minister of Finance.",
     {"Le Van Tam": ["Deputy Prime Minister", "Minister of Justice"],
      "Tran Thi Hoa": ["Deputy Prime Minister", "Minister of Finance"]}),
    # "DPM": the abbreviation, also in the plural and after "Permanent"
    ("The two new DPMs are Le Van Tam and Tran Thi Hoa, joining Permanent DPM Ngo Quang Vinh.",
     {"Le Van Tam": ["Deputy Prime Minister"], "Tran Thi Hoa": ["Deputy Prime Minister"],
      "Ngo Quang Vinh": ["Permanent Deputy Prime Minister"]}),
    # a member's note in brackets and a military rank after a post do not end the roster
    (f"The {STEERING} was reshuffled. Its members include: Minister of Home Affairs Do Thanh "
     "Binh (standing member); Minister of Public Security, Senior General Luong Tam Quang; "
     "Deputy Minister of National Defence, Lieutenant General Hoang Van Dung; Minister of "
     "Finance Nguyen Van Thang.",
     {"Do Thanh Binh": [f"Member of the {STEERING}", "Minister of Home Affairs"],
      "Luong Tam Quang": [f"Member of the {STEERING}", "Minister of Public Security"],
      "Hoang Van Dung": [f"Member of the {STEERING}", "Deputy Minister of National Defence"],
      "Nguyen Van Thang": [f"Member of the {STEERING}", "Minister of Finance"]}),
    ("Members of the task force include Director of the Department of Finance Le Van Hai (in "
     "charge of budgets), Director of the Department of Justice Tran Thi Mai and Director of "
     "the Department of Construction Pham Van Long.",
     {"Le Van Hai": ["Member of the task force", "Director of the Department of Finance"],
      "Tran Thi Mai": ["Member of the task force", "Director of the Department of Justice"],
      "Pham Van Long": ["Member of the task force",
                        "Director of the Department of Construction"]}),
    # the co-chairs of one meeting share a role there, not a post
    # a committee's post, then in the next sentences people who "work as" its deputy head
    # with their own post before their name, and its standing members "including" others
    ("Chairman of the Lam Dong Provincial People's Committee Tran Van Phu serves as Head of "
     f"the {LAM_DONG_DT}. Director of the Lam Dong Department of Home Affairs Vu Van Hai "
     "works as the Deputy Head cum the standing member for administrative reform. Director "
     "of the Lam Dong Department of Finance Ho Van Muoi works as the Deputy Head. The "
     "steering committee has three standing members, including Director of the Lam Dong "
     "Department of Justice Ngo Thi Lan.",
     {"Tran Van Phu": ["Chairman of the Lam Dong Provincial People's Committee",
                       f"Head of the {LAM_DONG_DT}"],
      "Vu Van Hai": ["Director of the Lam Dong Department of Home Affairs",
                     f"Deputy Head of the {LAM_DONG_DT}"],
      "Ho Van Muoi": ["Director of the Lam Dong Department of Finance",
                      f"Deputy Head of the {LAM_DONG_DT}"],
      "Ngo Thi Lan": ["Director of the Lam Dong Department of Justice",
                      f"Standing Member of the {LAM_DONG_DT}"]}),
    # ... but a bare post after a People's Committee's post is no post of that committee
    ("Chairman of the Lam Dong Provincial People's Committee Tran Van Phu opened the meeting. "
     "Director of the Lam Dong Department of Finance Ho Van Muoi works as the Deputy Head.",
     {"Tran Van Phu": ["Chairman of the Lam Dong Provincial People's Committee"],
      "Ho Van Muoi": ["Director of the Lam Dong Department of Finance"]}),
    ("The press conference was chaired by Vice Chairman of the Provincial People's Committee "
     "Hoang Minh Tuan. Co-chairs were: Le Thi Hoa - Director of the Department of Finance; Vu "
     "Van Khanh - Deputy Director of the Department of Finance.",
     {"Hoang Minh Tuan": ["Vice Chairman of the Provincial People's Committee"],
      "Le Thi Hoa": ["Director of the Department of Finance"],
      "Vu Van Khanh": ["Deputy Director of the Department of Finance"]}),
    # a decision that names posts, not people: the one person the page names with a post
    # holds the committee's post linked to it, either way round
    (f"Prime Minister Pham Minh Chinh signed a decision on the {STEERING}. The Prime Minister "
     "is the Head of the Steering Committee.",
     {"Pham Minh Chinh": ["Prime Minister", f"Head of the {STEERING}"]}),
    (f"Minister of Home Affairs Pham Thi Thanh Tra signed the plan of the {STEERING}. The "
     "Standing Deputy Head of the Steering Committee is the Minister of Home Affairs.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs",
                             f"Standing Deputy Head of the {STEERING}"]}),
    # people listed with semicolons, each with posts of their own, then the post they take
    ("By that vote, Le Minh Hoan, Politburo member; Vu Hong Thanh, head of the NA's Economic "
     "Committee; and Nguyen Duc Hai, member of the Party Central Committee, became new Vice "
     "Chairmen of the NA.",
     {"Le Minh Hoan": ["Member of the Politburo", "Vice Chairman of the National Assembly"],
      "Vu Hong Thanh": ["head of the Economic Committee",
                        "Vice Chairman of the National Assembly"],
      "Nguyen Duc Hai": ["member of the Party Central Committee",
                         "Vice Chairman of the National Assembly"]}),
    # ... or with two posts joined by "and" before each name
    ("Head of the Central Organisation Commission and Secretary of the Party Central Committee "
     "Le Minh Hung, and Vice State President and member of the Party Central Committee Vo Thi "
     "Anh Xuan were named Vice Presidents of the National Election Council.",
     {"Le Minh Hung": ["Secretary of the Party Central Committee",
                       "Head of the Central Organisation Commission",
                       "Vice President of the National Election Council"],
      "Vo Thi Anh Xuan": ["member of the Party Central Committee", "Vice State President",
                          "Vice President of the National Election Council"]}),
    # "its standing deputy heads being A and B": the committee named before
    ("The city set up the Ho Chi Minh City Steering Committee for Digital Transformation. "
     "Its head is Chairman Phan Van Mai, its standing deputy heads being Vice Chairwoman of "
     "the city People's Committee Tran Thi Dieu Thuy and Director of the Ho Chi Minh City "
     "Department of Home Affairs Vo Ngoc Quoc Thuan.",
     {"Tran Thi Dieu Thuy": ["Vice Chairwoman of the Ho Chi Minh City People's Committee",
                             "Standing Deputy Head of the Ho Chi Minh City Steering Committee "
                             "for Digital Transformation"],
      "Vo Ngoc Quoc Thuan": ["Director of the Ho Chi Minh City Department of Home Affairs",
                             "Standing Deputy Head of the Ho Chi Minh City Steering Committee "
                             "for Digital Transformation"]}),
    # a news agency's end mark glued to the last word ends the sentence, not the reference
    ("The State President proposed members of the National Defence and Security Council. "
     "Minister of Foreign Affairs Bui Thanh Son and Minister of Public Security Luong Tam Quang "
     "will be members of the council./.",
     {"Bui Thanh Son": ["Minister of Foreign Affairs",
                        "Member of the National Defence and Security Council"],
      "Luong Tam Quang": ["Minister of Public Security",
                          "Member of the National Defence and Security Council"]}),
    # ... but a post no name on the page holds gives nobody the committee's post
    (f"Prime Minister Pham Minh Chinh signed a decision on the {STEERING}. The Minister of "
     "Finance is the Head of the Steering Committee.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROSTER_CASES)
def test_rosters_and_appointments(extract, text, expected):
    record = extract(text)
    got = {o.name: sorted(o.titles) for o in record.officials}
    want = {name: sorted(titles) for name, titles in expected.items()}
    if len(want) < len(got):  # cases that check only some of the people listed
        got = {name: got.get(name) for name in want}
    assert got == want


def test_roster_listed_on_the_lines_after_a_colon(extract):
    text = (
        "In Ha Nam, a decision of the Prime Minister approved two people as Vice Chairman of "
        "the Ha Nam Provincial People's Committee for the 2021 - 2026 term:\n"
        "Mr. Tran Xuan Duong, Vice Chairman of the old Ha Nam Provincial People's Committee.\n"
        "Ms. Nguyen Thi Hong Hanh, member of the Standing Committee of the old Nam Dinh "
        "Provincial Party Committee.\n"
        "The session closed at noon."
    )
    got = {o.name: o.titles for o in extract(text).officials}
    title = "Vice Chairman of the Ha Nam Provincial People's Committee"
    assert got == {"Tran Xuan Duong": [title], "Nguyen Thi Hong Hanh": [title]}


def test_roster_on_numbered_lines_after_a_colon(extract):
    text = (
        "By Decision No. 1401/QD-TTg, the Prime Minister appointed the following people to "
        "hold the position of Vice Chairman of the Lao Cai Provincial People's Committee "
        "for the 2021 - 2026 term, including:\n"
        "1. Mr. Hoang Van Phuc - Member of the Lao Cai Provincial Party Committee for the "
        "2020 - 2025 term.\n"
        "2. Ms. Vu Thi Lan - Director of the Lao Cai Department of Finance.\n"
        "The decisions take effect on July 1."
    )
    got = {o.name: sorted(o.titles) for o in extract(text).officials}
    title = "Vice Chairman of the Lao Cai Provincial People's Committee"
    assert got == {
        "Hoang Van Phuc": sorted([title, "Member of the Lao Cai Provincial Party Committee"]),
        "Vu Thi Lan": sorted([title, "Director of the Lao Cai Department of Finance"]),
    }


def test_roster_keeps_each_persons_own_post_and_province(extract):
    text = (
        "The Politburo named four Deputy Secretaries of the Gia Lai Provincial Party Committee, "
        "including Ms. Nguyen Thi Thanh Lich - Standing Deputy Secretary of the Gia Lai "
        "Provincial Party Committee, Mr. Pham Anh Tuan - Deputy Secretary, also Chairman of "
        "the Gia Lai Provincial People's Council, and Mr. Rah Lan Chung - Deputy Secretary. "
        "Gia Lai now has 135 communes."
    )
    got = {o.name: (o.province, o.titles) for o in extract(text).officials}
    deputy = "Deputy Secretary of the Gia Lai Provincial Party Committee"
    assert got == {
        "Nguyen Thi Thanh Lich": (
            "VN-30",
            ["Standing Deputy Secretary of the Gia Lai Provincial Party Committee"],
        ),
        "Pham Anh Tuan": (
            "VN-30",
            [deputy, "Chairman of the Gia Lai Provincial People's Council"],
        ),
        "Rah Lan Chung": ("VN-30", [deputy]),
    }


@pytest.mark.issue(9)
def test_a_military_rank_before_a_comma_is_no_name(extract):
    """A rank set off by a comma before the post ("Senior Lieutenant General, Deputy
    Minister of Public Security Le Quoc Hung") is an honorific, not a person."""
    record = extract(
        "The Deputy Heads of the Steering Committee include: Senior Lieutenant General, "
        "Deputy Minister of Public Security Nguyen Van Long; Lieutenant General, Commander of "
        "the Border Guard Le Duc Thai."
    )
    assert sorted(o.name for o in record.officials) == ["Le Duc Thai", "Nguyen Van Long"]
