"""Officials and titles: names linked to their posts in every order the press uses."""

import pytest

# fmt: off
OFFICIAL_CASES = [
    # (text, {name: [titles]}) — the officials of the record, with their titles
    # "municipal": the centrally-run city the page's first such body was of
    ("Can Tho ranked ninth, the municipal People's Committee said. Quang Ninh and Hanoi led. "
     "Vice Chairman of the municipal People's Committee Tran Van Lau urged agencies to act.",
     {"Tran Van Lau": ["Vice Chairman of the Can Tho People's Committee"]}),
    # a space a scraped page lost inside a post is put back; a hyphen stays
    ("StandingDeputy Prime Minister Nguyen Van Nam chaired the meeting.",
     {"Nguyen Van Nam": ["Standing Deputy Prime Minister"]}),
    ("Vice-Chairman of the Provincial People's Committee Le Van Hai spoke.",
     {"Le Van Hai": ["Vice-Chairman of the Provincial People's Committee"]}),
    ("Prime Minister Pham Minh Chinh chaired the meeting.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
    ("PM Pham Minh Chinh asked ministries to act.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
    ("Minister of Home Affairs Pham Thi Thanh Tra presented the index.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs"]}),
    ("Deputy Minister of Home Affairs Nguyen Duy Thang reported the results.",
     {"Nguyen Duy Thang": ["Deputy Minister of Home Affairs"]}),
    ("Le Ngoc Chau, Vice Chairman of the Ha Tinh Provincial People's Committee, spoke.",
     {"Le Ngoc Chau": ["Vice Chairman of the Ha Tinh Provincial People's Committee"]}),
    ("Ha Thi Minh Hanh, Vice Chairwoman of the Ha Giang Provincial People's Committee, said so.",
     {"Ha Thi Minh Hanh": ["Vice Chairwoman of the Ha Giang Provincial People's Committee"]}),
    ("Chairman of the Quang Ninh Provincial People's Committee Cao Tuong Huy opened the centre.",
     {"Cao Tuong Huy": ["Chairman of the Quang Ninh Provincial People's Committee"]}),
    ("Chairman of the Hanoi People's Committee Tran Sy Thanh presented awards.",
     {"Tran Sy Thanh": ["Chairman of the Hanoi People's Committee"]}),
    ("Ha Giang Vice Chairman Hoang Gia Long wrapped up the meeting.",
     {"Hoang Gia Long": ["Vice Chairman of the Ha Giang Provincial People's Committee"]}),
    # posts in apposition joined by "and the" are the same person's, and so is the post a
    # verb of appointment gives after them
    ("Mr. Tran Van Son, member of the Thai Binh Provincial Party Committee and the Director of "
     "the Department of Finance, was appointed as the Chairman of the Thai Binh Provincial "
     "People's Committee.",
     {"Tran Van Son": ["member of the Thai Binh Provincial Party Committee",
                       "Director of the Thai Binh Department of Finance",
                       "Chairman of the Thai Binh Provincial People's Committee"]}),
    # a title, the body "of <province> province", then the name between commas
    ("The Chairman of the People's Committee of Lai Chau province, Le Van Luong, signed the "
     "plan.", {"Le Van Luong": ["Chairman of the Lai Chau Provincial People's Committee"]}),
    # a dash glued to the name ("Chinh- Chairman") is the same separator
    ("Deputy Prime Minister Tran Hong Ha- Head of the National Steering Committee on Digital "
     "Transformation spoke.",
     {"Tran Hong Ha": ["Deputy Prime Minister",
                       "Head of the National Steering Committee on Digital Transformation"]}),
    ("Prime Minister Pham Minh Chinh - Head of the Government's Steering Committee for "
     "Administrative Reform, Minister of Home Affairs Pham Thi Thanh Tra - Deputy Head of the "
     "Government's Steering Committee for Administrative Reform chaired the event.",
     {"Pham Minh Chinh": ["Prime Minister",
                          "Head of the Government's Steering Committee for Administrative Reform"],
      "Pham Thi Thanh Tra": ["Minister of Home Affairs",
                             "Deputy Head of the Government's Steering Committee for Administrative Reform"]}),
    ("Deputy Prime Ministers Tran Hong Ha and Le Thanh Long attended.",
     {"Tran Hong Ha": ["Deputy Prime Minister"], "Le Thanh Long": ["Deputy Prime Minister"]}),
    ("Deputy Prime Ministers Tran Hong Ha, Le Thanh Long and Bui Thanh Son attended.",
     {"Tran Hong Ha": ["Deputy Prime Minister"], "Le Thanh Long": ["Deputy Prime Minister"],
      "Bui Thanh Son": ["Deputy Prime Minister"]}),
    ("General Secretary To Lam addressed the conference.",
     {"To Lam": ["General Secretary"]}),
    # the Party the General Secretary leads, when written, is part of the post
    ("The plan, General Secretary of the Communist Party, To Lam, told deputies, would save "
     "money.",
     {"To Lam": ["General Secretary of the Communist Party of Vietnam"]}),
    ("General Secretary of the Party Central Committee Nguyen Phu Trong chaired the meeting.",
     {"Nguyen Phu Trong": ["General Secretary of the Party Central Committee"]}),
    # a military rank between a post and a name is neither the post nor the name, "To" a
    # family name before a capitalised syllable
    ("Minister of National Defence General To Kim Tuan inspected the unit.",
     {"To Kim Tuan": ["Minister of National Defence"]}),
    ("Director of the Hanoi Police Major General To Van Binh reported 400 cases.",
     {"To Van Binh": ["Director of the Hanoi Police"]}),
    # an organ named right after its body holds the post; a curly possessive reads on
    # the People's Committee's Party committee takes its record name (local_bodies.jsonl)
    ("Mr. Hoang Van Nghiem was appointed Secretary of the Provincial People's Committee "
     "Party Committee.",
     {"Hoang Van Nghiem": ["Secretary of the Party Committee of the Provincial People's "
                           "Committee"]}),
    ("Dinh Tien Dung, Secretary of the Ministry of Justice’s Party Civil Affairs Committee, "
     "and Minister of Justice, attended.",
     {"Dinh Tien Dung": ["Secretary of the Party Civil Affairs Board of the Ministry of Justice",
                         "Minister of Justice"]}),
    # a deputy promoted holds both posts; "General Staff" is no rank before a name
    ("Lt. Gen. Hoang Xuan Chien, member of the Central Military Commission, Chief of the "
     "General Staff of the People's Army and Deputy Minister of National Defence, was appointed "
     "Minister of National Defence.",
     {"Hoang Xuan Chien": ["member of the Central Military Commission",
                           "Chief of the General Staff of the People's Army",
                           "Deputy Minister of National Defence",
                           "Minister of National Defence"]}),
    # a manner adverb and "new" between names and a link
    ("Tran Luu Quang and Ho Duc Phoc officially became new Deputy PMs.",
     {"Tran Luu Quang": ["Deputy Prime Minister"], "Ho Duc Phoc": ["Deputy Prime Minister"]}),
    ("Nguyen Van Hai and Tran Thi Mai were formally appointed as Vice Chairwomen of the "
     "Hanoi People's Committee.",
     {"Nguyen Van Hai": ["Vice Chairwoman of the Hanoi People's Committee"],
      "Tran Thi Mai": ["Vice Chairwoman of the Hanoi People's Committee"]}),
    # a plural possessive inside a body's name
    ("Mr. Vu Van Tien, Chairman of the Provincial Farmers' Association, was appointed.",
     {"Vu Van Tien": ["Chairman of the Provincial Farmers' Association"]}),
    # names and titles paired by "respectively"
    ("The legislature approved the appointment of Dao Hong Lan and Nguyen Kim Son as new "
     "Minister of Health and Minister of Education and Training, respectively.",
     {"Dao Hong Lan": ["Minister of Health"],
      "Nguyen Kim Son": ["Minister of Education and Training"]}),
    # a number may name the organ of a body
    ("Deputy Minister Le Quoc Hung, Deputy Head of the MPS Project 06 Steering Board, spoke.",
     {"Le Quoc Hung": ["Deputy Minister", "Deputy Head of the MPS Project 06 Steering Board"]}),
    # a place name ending a person's name two syllables after the family name
    ("Deputy Minister of Justice Tran Van Hue chaired the session.",
     {"Tran Van Hue": ["Deputy Minister of Justice"]}),
    ("President Luong Cuong received the delegation.",
     {"Luong Cuong": ["President"]}),
    ("Minister of Public Security General Luong Tam Quang spoke about Project 06.",
     {"Luong Tam Quang": ["Minister of Public Security"]}),
    ("Permanent Deputy Prime Minister Nguyen Hoa Binh chaired the session.",
     {"Nguyen Hoa Binh": ["Permanent Deputy Prime Minister"]}),
    ("Phạm Minh Chính, Prime Minister, opened the forum.",
     {"Phạm Minh Chính": ["Prime Minister"]}),
    ("Deputy Director of the Department of Home Affairs Nguyen Van Duan explained the figures.",
     {"Nguyen Van Duan": ["Deputy Director of the Department of Home Affairs"]}),
    ("Politburo member, Prime Minister Pham Minh Chinh chaired the meeting.",
     {"Pham Minh Chinh": ["Member of the Politburo", "Prime Minister"]}),
    ("Mr. Nguyen Loc Ha - Vice Chairman of the Binh Duong Provincial People's Committee visited.",
     {"Nguyen Loc Ha": ["Vice Chairman of the Binh Duong Provincial People's Committee"]}),
    ("Member of the Politburo, Chairman of the National Assembly Tran Thanh Man spoke.",
     {"Tran Thanh Man": ["Member of the Politburo", "Chairman of the National Assembly"]}),
    ("National Assembly Chairman Tran Thanh Man signed the resolution.",
     {"Tran Thanh Man": ["National Assembly Chairman"]}),
    ("UNDP Resident Representative Ramla Khalidi praised the survey.",
     {"Ramla Khalidi": ["Resident Representative of the United Nations Development Programme"]}),
    ("World Bank Country Director Carolyn J. Turk praised the one-stop shops.",
     {"Carolyn J. Turk": ["Country Director of the World Bank"]}),
    # names of ethnic minorities and of any origin after an honorific
    ("Mr. Hau A Lenh - Member of the Party Central Committee spoke.",
     {"Hau A Lenh": ["Member of the Party Central Committee"]}),
    ("Mr. Ma The Hong - Deputy Secretary of the Tuyen Quang Provincial Party Committee spoke.",
     {"Ma The Hong": ["Deputy Secretary of the Tuyen Quang Provincial Party Committee"]}),
    ("Present were Mr. Be Van Son - Chairman of the Cao Bang Provincial People's Council, and "
     "Be Thi Lan, Vice Chairwoman of the Bac Kan Provincial People's Committee.",
     {"Be Van Son": ["Chairman of the Cao Bang Provincial People's Council"],
      "Be Thi Lan": ["Vice Chairwoman of the Bac Kan Provincial People's Committee"]}),
    ("Mr. Y Thanh Ha Nie Kdam - Secretary of the Dak Lak Provincial Party Committee spoke.",
     {"Y Thanh Ha Nie Kdam": ["Secretary of the Dak Lak Provincial Party Committee"]}),
    # words of a title or a body are no name of any origin
    ("Pham Thi Thanh Tra - Minister of Home Affairs, Deputy Head of the committee, spoke.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs", "Deputy Head of the committee"]}),
    # a title, a comma and the name, then a caption's bracket or the verb
    ("Deputy Secretary of the Nghe An Provincial Party Committee, Hoang Nghia Hieu (2nd, L) "
     "presents the decision.",
     {"Hoang Nghia Hieu": ["Deputy Secretary of the Nghe An Provincial Party Committee"]}),
    ("Minister of Justice, Nguyen Hai Ninh told the deputies that 46 procedures were cut.",
     {"Nguyen Hai Ninh": ["Minister of Justice"]}),
    ("At the conference, the Chairman of the Quang Tri Provincial People's Committee, Vo Van "
     "Hung asked departments to speed up.",
     {"Vo Van Hung": ["Chairman of the Quang Tri Provincial People's Committee"]}),
    ("Chairman of the Mai Chau Township People's Committee, Ha Van Quy, said 12 procedures "
     "moved online.",
     {"Ha Van Quy": ["Chairman of the Mai Chau Township People's Committee"]}),
    # ... but not a title in a phrase of its own, nor a name listed with another
    ("On behalf of the Prime Minister, Tran Hong Ha will chair the council.", {}),
    ("The Minister of Justice, Nguyen Hai Ninh and two deputies attended.", {}),
    # negatives: bylines, citizens, places that look like names, untitled people
    ("Ha Tinh ranked 27th.", {}),
    ("Mr. Nguyen Van Binh, a resident of the commune, waited ten minutes.", {}),
    ("Ho Chi Minh City led the country.", {}),
    ("Nguyen Thi Lan said the service was fast.", {}),
    # posts joined by "and a" or "and the" are the same person's, even with no comma after
    ("Le Van Hoa, a member of the Party Central Committee and a member of the National "
     "Assembly Standing Committee was named Chairman of the Ethnic Council.",
     {"Le Van Hoa": ["member of the Party Central Committee",
                     "member of the National Assembly Standing Committee",
                     "Chairman of the Ethnic Council"]}),
    ("Tran Thi Mai, a member of the Party Central Committee and a Deputy Minister of Finance, "
     "spoke.",
     {"Tran Thi Mai": ["member of the Party Central Committee", "Deputy Minister of Finance"]}),
    # a title after words that attribute a statement, then its holder's name after a comma
    ("Efforts fell short, according to Director of the Administrative Procedures Control "
     "Agency, Ngo Van Phan.",
     {"Ngo Van Phan": ["Director of the Administrative Procedures Control Agency"]}),
    ("The rate is still low, said Deputy Minister of Finance, Tran Van Son.",
     {"Tran Van Son": ["Deputy Minister of Finance"]}),
    # "The <post> is <name>" opening a paragraph after another paragraph
    ("The plan was approved in 2020.\n\nThe new Party Secretary of Ha Tinh is Mr. Hoang "
     "Van Dung.",
     {"Hoang Van Dung": ["Secretary of the Ha Tinh Provincial Party Committee"]}),
    # a province a sentence opens with that "has a new" post holds it
    ("The central province of Quang Tri has a new Party Secretary – Mr. Le Quang Tung.",
     {"Le Quang Tung": ["Secretary of the Quang Tri Provincial Party Committee"]}),
    ("Thai Nguyen elected a new Chairman, Mr. Trinh Viet Hung, on Friday.",
     {"Trinh Viet Hung": ["Chairman of the Thai Nguyen Provincial People's Committee"]}),
    # ... not a body that does
    ("The ministry has a new Party Secretary – Mr. Pham Van Thang.",
     {"Pham Van Thang": ["Party Secretary"]}),
    # the owner's acronym after a unit whose name already holds the owner adds nothing
    ("At the forum, Deputy Head of the Legal Department, Vietnam Chamber of Commerce and "
     "Industry (VCCI) Tran Minh Duc spoke.",
     {"Tran Minh Duc": ["Deputy Head of the Legal Department of the Vietnam Chamber of "
                        "Commerce and Industry"]}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_CASES)
def test_officials_and_titles(extract, text, expected):
    record = extract(text)
    assert {o.name: o.titles for o in record.officials} == expected


def test_province_prefix_title_sets_official_province(extract):
    (official,) = extract("Ha Giang Vice Chairman Hoang Gia Long chaired it.").officials
    assert official.province == "VN-03"


def test_title_completed_with_article_province(extract):
    text = (
        "In Ha Tinh, reform continued. Vice Chairman of the Provincial People's Committee "
        "Le Ngoc Chau chaired the Ha Tinh bridge point."
    )
    (official,) = extract(text).officials
    assert official.titles == ["Vice Chairman of the Ha Tinh Provincial People's Committee"]
    assert official.province == "VN-23"


def test_mentions_merge_full_short_and_title_only_forms(extract):
    text = (
        "Prime Minister Pham Minh Chinh chaired the meeting. Chinh said reform must speed up. "
        "Concluding, the Prime Minister asked ministries to act."
    )
    (official,) = extract(text).officials
    assert official.key == "pham minh chinh"
    assert len(official.mentions) == 3


def test_mr_short_form_is_a_mention(extract):
    text = "Vice Chairman Le Ngoc Chau opened the centre. Mr. Chau said it serves 3,000 people."
    (official,) = extract(text).officials
    assert len(official.mentions) == 2


def test_key_folds_diacritics(extract):
    (official,) = extract("Bộ trưởng: Minister of Home Affairs Phạm Thị Thanh Trà spoke.").officials
    assert official.key == "pham thi thanh tra"
    assert official.name == "Phạm Thị Thanh Trà"


def test_former_official_without_current_title(extract):
    record = extract("The centre was opened by former Chairman Nguyen Van Hung in 2019.")
    assert [(o.name, o.titles) for o in record.officials] == [("Nguyen Van Hung", [])]


def test_words_of_a_body_name_between_commas_are_no_person(extract):
    record = extract(
        "Ms. Lo Thi Mai - Deputy Secretary of the Party Committee of the Vietnam Fatherland "
        "Front, Central Unions, Vice Chairwoman of the Front's Central Committee, spoke."
    )
    assert [o.name for o in record.officials] == ["Lo Thi Mai"]


def test_places_named_after_former_units_are_no_officials(extract):
    record = extract(
        "Tan Hung ward was formed from the former wards of Phan Dinh, Tran Hung and Le Binh."
    )
    assert record.officials == []


def test_a_name_before_its_level_word_is_a_place(extract):
    record = extract(
        "The former headquarters of Luong Thien commune is now managed by Minh Thanh commune."
    )
    assert record.officials == []


def test_a_name_with_its_last_word_doubled_is_the_name_written_once(extract):
    record = extract(
        "Prime Minister Nguyen Xuan Phuc chaired the meeting. Later, PM Nguyen Xuan Phuc Phuc "
        "asked ministries to speed up."
    )
    assert [(o.name, len(o.mentions)) for o in record.officials] == [("Nguyen Xuan Phuc", 2)]


# fmt: off
MORE_OFFICIAL_CASES = [
    # a body with its acronym in brackets before the post; a date after the post's body
    ("National Assembly (NA) Chairman Tran Thanh Man was elected Chairman of the National "
     "Election Council on March 5.",
     {"Tran Thanh Man": ["Chairman of the National Assembly",
                         "Chairman of the National Election Council"]}),
    # a post the person leaves is no title; the person is an official
    ("The Assembly approved the dismissal of Tran Van Hoa from the post of Deputy Prime Minister.",
     {"Tran Van Hoa": []}),
    ("Quang Ngai leads. Tran Ngoc Cang, Secretary of the Party Civil Affairs Committee at the "
     "Quang Ngai Provincial People's Committee, spoke.",
     {"Tran Ngoc Cang": ["Secretary of the Party Civil Affairs Board of the Quang Ngai "
                         "Provincial People's Committee"]}),
    ("Nguyen Thi Kim Ngan was relieved from her post as Chairwoman of the National Assembly.",
     {"Nguyen Thi Kim Ngan": []}),
    # ... and so are the people listed before a post they all leave
    ("Tong Thi Phong and Dang Thi Ngoc Thinh were relieved from their positions as NEC vice "
     "chairwomen.", {"Tong Thi Phong": [], "Dang Thi Ngoc Thinh": []}),
    ("Pham Minh Chinh, Ngo Xuan Lich, and Le Vinh Tan were relieved from their posts as "
     "Defence and Security Council members.",
     {"Pham Minh Chinh": [], "Ngo Xuan Lich": [], "Le Vinh Tan": []}),
    ("Le Thi Ha was elected Chairwoman of the Vietnam Red Cross Society on June 11.",
     {"Le Thi Ha": ["Chairwoman of the Vietnam Red Cross Society"]}),
    ('"Quang Ninh shows the way," Ramla Khalidi, UNDP Resident Representative in Vietnam, said.',
     {"Ramla Khalidi": ["Resident Representative of the United Nations Development Programme"]}),
    ("At the meeting in Hanoi, Chairman Tran Sy Thanh said so.", {"Tran Sy Thanh": ["Chairman"]}),
    ("Dau Anh Tuan, Deputy General Secretary of VCCI, said so.",
     {"Dau Anh Tuan": ["Deputy General Secretary of the Vietnam Chamber of Commerce and Industry"]}),
    ("Pham Tan Cong, Chairman of the Vietnam Chamber of Commerce and Industry (VCCI), spoke.",
     {"Pham Tan Cong": ["Chairman of the Vietnam Chamber of Commerce and Industry"]}),
    # a known committee's name ends before "and" and a post that opens the next title
    ("In 2023, Head of the Working Group for Project 06 and Minister of Public Security To Lam "
     "chaired the meeting.",
     {"To Lam": ["Head of the Working Group for Project 06", "Minister of Public Security"]}),
    ("In 2023, Head of the Government's Steering Committee for Administrative Reform and Prime "
     "Minister Pham Minh Chinh chaired it.",
     {"Pham Minh Chinh": ["Head of the Government's Steering Committee for Administrative "
                          "Reform", "Prime Minister"]}),
    # a deputy minister named by the ministry's short name
    ("Member of the NA Standing Committee and Deputy Defence Minister Tran Van An spoke.",
     {"Tran Van An": ["Member of the National Assembly Standing Committee",
                      "Deputy Defence Minister"]}),
    # "chosen as", "selected as": a post one takes
    ("Deputy Minister of Finance Tran Van Binh was chosen as head of the NA's Law Committee in "
     "2016.",
     {"Tran Van Binh": ["Deputy Minister of Finance", "head of the Law Committee"]}),
    # a central body written in full keeps the article's words in a title (SPEC 7), also
    # under a name the gazetteer holds as an earlier one
    ("In 2019, Chairman of the Committee for External Relations Tran Van Giau spoke.",
     {"Tran Van Giau": ["Chairman of the Committee for External Relations"]}),
    ("Le Van Hai, Vice Chairman of the Government's Steering Committee for Administrative "
     "Reform, spoke.",
     {"Le Van Hai": ["Vice Chairman of the Government's Steering Committee for Administrative "
                     "Reform"]}),
    ("Pham Minh Hung, Director of the Department for Administrative Reform under the Ministry of "
     "Home Affairs, said so.",
     {"Pham Minh Hung": ["Director of the Department for Administrative Reform under the Ministry of Home Affairs"]}),
    ("Director of the Department of Local Government (Ministry of Home Affairs) Phan Trung Tuan spoke.",
     {"Phan Trung Tuan": ["Director of the Department of Local Government under the Ministry of Home Affairs"]}),
    # an organ of the Party is named without the Party it belongs to
    ("Le Van Hung, Member of the Party Central Committee under the Communist Party of Vietnam and "
     "Secretary of the Ca Mau Provincial Party Committee, chaired the meeting.",
     {"Le Van Hung": ["Member of the Party Central Committee",
                      "Secretary of the Ca Mau Provincial Party Committee"]}),
    ("The Ministry of Agriculture and Environment cut 21 units. Staff left in waves.\n\n"
     "Deputy Minister Phung Duc Tien said applications were reviewed monthly.",
     {"Phung Duc Tien": ["Deputy Minister of Agriculture and Environment"]}),
    ("Attending were Politburo members Prime Minister Pham Minh Chinh and National Assembly "
     "Chairman Tran Thanh Man.",
     {"Pham Minh Chinh": ["Member of the Politburo", "Prime Minister"],
      "Tran Thanh Man": ["Member of the Politburo", "National Assembly Chairman"]}),
    ("Attending were Politburo members: Prime Minister Pham Minh Chinh; National Assembly "
     "Chairman Tran Thanh Man.",
     {"Pham Minh Chinh": ["Member of the Politburo", "Prime Minister"],
      "Tran Thanh Man": ["Member of the Politburo", "National Assembly Chairman"]}),
    ("Minister and Chairman of the Government Office Tran Van Son said the portal was stable.",
     {"Tran Van Son": ["Minister and Chairman of the Government Office"]}),
    ("The Ministry of Finance, led by Minister Nguyen Van Thang, absorbed the planning ministry.",
     {"Nguyen Van Thang": ["Minister of Finance"]}),
    ("Le Trung Chinh - Deputy Secretary of the City Party Committee, Chairman of the City "
     "People's Committee - said Da Nang would keep going. Da Nang led again.",
     {"Le Trung Chinh": ["Deputy Secretary of the Da Nang Party Committee",
                         "Chairman of the Da Nang People's Committee"]}),
    ("Minister of Home Affairs Pham Thi Thanh Tra, Deputy Head of the committee, presented it.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs", "Deputy Head of the committee"]}),
    ("Chairman of the provincial People's Committee, Deputy Secretary of the provincial Party "
     "Committee and head of the steering committee Bui Van Khanh asked Hoa Binh's agencies for speed. "
     "Hoa Binh led the region.",
     {"Bui Van Khanh": ["Chairman of the Hoa Binh Provincial People's Committee",
                        "Deputy Secretary of the Hoa Binh Provincial Party Committee",
                        "head of the steering committee"]}),
    ("Hoang Manh Cuong, deputy director of the provincial Department of Information and "
     "Communications, said Hoa Binh moved most services online. Hoa Binh now leads.",
     {"Hoang Manh Cuong": ["deputy director of the Hoa Binh Department of Information and Communications"]}),
    ("Member of the Provincial Party Standing Committee, Vice Chairman of Dong Nai Provincial "
     "People's Committee Le Truong Son presented awards in Dong Nai.",
     {"Le Truong Son": ["Member of the Dong Nai Provincial Party Standing Committee",
                        "Vice Chairman of the Dong Nai Provincial People's Committee"]}),
    ("Vice Minister of the Ministry of Home Affairs, Mr. Tran Anh Tuan chaired the workshop.",
     {"Tran Anh Tuan": ["Vice Minister of the Ministry of Home Affairs"]}),
    ("The Son La provincial People's Committee Chairperson Nguyen Dinh Viet asked for faster work.",
     {"Nguyen Dinh Viet": ["Chairperson of the Son La Provincial People's Committee"]}),
    ("The Government's Steering Committee for Administrative Reform met. Minister of Home Affairs "
     "Pham Thi Thanh Tra, Deputy Head of the committee, presented it.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs",
                             "Deputy Head of the Government's Steering Committee for Administrative Reform"]}),
    # "the center" refers to a body the record spells "Centre"
    ("The Tan An Ward Public Administration Service Center opened in July. Its deputy director, "
     "Nguyen Thi Hoa, said Deputy Director of the center Le Van Nam trained the staff.",
     {"Le Van Nam": ["Deputy Director of the Tan An Ward Public Administration Service Centre"]}),
    ("The Phu My Commune Public Administration Service Center has 12 counters. Tran Thi Lan, "
     "Director of the Center, said most dossiers arrive online.",
     {"Tran Thi Lan": ["Director of the Phu My Commune Public Administration Service Centre"]}),
    # a title opening its clause, the name set off by commas
    ("Minister of Home Affairs, Pham Thi Thanh Tra, said the plan was ready.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs"]}),
    ("At the meeting, Deputy Prime Minister, Tran Luu Quang, asked localities to act.",
     {"Tran Luu Quang": ["Deputy Prime Minister"]}),
    ("Vice Secretary of the Hanoi Party Commitee, Nguyen Van Phong, read the decision.",
     {"Nguyen Van Phong": ["Vice Secretary of the Hanoi Party Committee"]}),
    # ... or a possessor opening the clause ("Vietnam's", "the country's") before the title
    ("Vietnam's Party General Secretary, To Lam, urged ministries to cut their payrolls.",
     {"To Lam": ["Party General Secretary"]}),
    ("On Monday, the country's Prime Minister, Pham Minh Chinh, signed the decision.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
    ("Ho Chi Minh City's Party Secretary, Nguyen Van Nen, chaired the conference.",
     {"Nguyen Van Nen": ["Secretary of the Ho Chi Minh City Party Committee"]}),
    # ... but not a person's possessive: the deputy of a named person is nobody's title
    ("Le Van Thanh's deputy, Tran Quoc Binh, attended.", {}),
    # a post and a name on a line of their own take the ministry heading the line above
    ("Legislators approved the structure of the new government on Tuesday, after a debate on "
     "how the merged ministries would share their work.\nMinistry of Finance: "
     "Formed by merging two ministries.\nMinister: Nguyen Van Thang\n"
     "Ministry of Construction: Formed by merging the Ministry of Transport and the Ministry "
     "of Construction.\nMinister: Tran Hong Minh\nThe new ministry took over road licensing.",
     {"Nguyen Van Thang": ["Minister of Finance"], "Tran Hong Minh": ["Minister of Construction"]}),
    ("Ministry of Home Affairs: Created by merging it with the Ministry of Labour, Invalids and "
     "Social Affairs.\nMinister: Pham Thi Thanh Tra.\nDeputy Minister: Vu Chien Thang.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs"],
      "Vu Chien Thang": ["Deputy Minister of Home Affairs"]}),
    # a loose post with no place beside it, on a page about no one province, is the national
    # one; with a place it is that province's
    ("Party chief To Lam urged ministries to finish the merger by March.",
     {"To Lam": ["General Secretary of the Communist Party"]}),
    ("Hanoi Party chief Bui Thi Minh Hoai and Party chief To Lam attended.",
     {"Bui Thi Minh Hoai": ["Secretary of the Hanoi Party Committee"],
      "To Lam": ["General Secretary of the Communist Party"]}),
    ("The campaign was led by Party chief and national President Tran Van Quang.",
     {"Tran Van Quang": ["General Secretary of the Communist Party", "State President"]}),
    # ... a colon inside a sentence joins no post to a name
    ("The ministry named one new minister: Nguyen Van Thang will lead it.", {}),
    # ... but a title after a listed name stays that name's
    ("Attending were Pham Minh Chinh, Prime Minister, Tran Hong Ha, Deputy Prime Minister, and "
     "others.",
     {"Pham Minh Chinh": ["Prime Minister"], "Tran Hong Ha": ["Deputy Prime Minister"]}),
    ("Ms. Le Thi Mai is Director of the Department of Internal Affairs of Lang Son.",
     {"Le Thi Mai": ["Director of the Lang Son Department of Home Affairs"]}),
    # posts listed together are in the province one of them names, not the article's
    ("An Giang named its new leaders. The new An Giang started work. Mr. Tran Van Loc - "
     "Deputy Secretary of the Provincial Party Committee, Chairman of the People's Committee of "
     "Kien Giang province - attended.",
     {"Tran Van Loc": ["Deputy Secretary of the Kien Giang Provincial Party Committee",
                       "Chairman of the Kien Giang Provincial People's Committee"]}),
    # one head over two bodies joined by "and": a post in each
    ("On March 31, the NA elected Vuong Dinh Hue, Politburo member, as Chairman of the "
     "National Assembly and the National Election Council.",
     {"Vuong Dinh Hue": ["Member of the Politburo", "Chairman of the National Assembly",
                         "Chairman of the National Election Council"]}),
    ("Chairwoman of the Ha Nam Provincial People's Committee and the Provincial Steering "
     "Committee for Digital Transformation Truong Thi Hoa spoke.",
     {"Truong Thi Hoa": ["Chairwoman of the Ha Nam Provincial People's Committee",
                         "Chairwoman of the Ha Nam Provincial Steering Committee for Digital "
                         "Transformation"]}),
    # ... not a body that stands as the clause's next actor
    ("Deputy Minister of Finance Nguyen Van Binh and the National Assembly discussed it.",
     {"Nguyen Van Binh": ["Deputy Minister of Finance"]}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), MORE_OFFICIAL_CASES)
def test_joint_plural_and_completed_titles(extract, text, expected):
    record = extract(text)
    assert {o.name: o.titles for o in record.officials} == expected


def test_family_name_short_form_is_a_mention(extract):
    text = "Prime Minister Pham Minh Chinh chaired the meeting. Pham said reform must speed up."
    (official,) = extract(text).officials
    assert [text[s:e] for s, e in official.mentions] == ["Pham Minh Chinh", "Pham"]


def test_a_short_form_means_the_one_full_name_named_before_it(extract):
    # a later full name with the same family name does not make the earlier short form
    # ambiguous: the reader has met only one Pham when reading "Pham is Chairman"
    text = (
        "Prime Minister Pham Minh Chinh signed the decision on the National Committee on "
        "Digital Transformation.\n\nPham is Chairman of the Committee.\n\nMembers of the "
        "Committee are: Minister of Home Affairs Pham Thi Thanh Tra and Minister of Finance "
        "Ho Duc Phoc."
    )
    officials = {o.name: o for o in extract(text).officials}
    chinh = officials["Pham Minh Chinh"]
    assert chinh.titles == [
        "Prime Minister",
        "Chairman of the National Committee on Digital Transformation",
    ]
    assert [text[s:e] for s, e in chinh.mentions] == ["Pham Minh Chinh", "Pham"]
    assert sorted(officials["Pham Thi Thanh Tra"].titles) == [
        "Member of the National Committee on Digital Transformation",
        "Minister of Home Affairs",
    ]


# fmt: off
HEAD_CASES = [
    # title heads the press uses that the list lacked
    # a delegate of an elected body, as the press writes a deputy's seat ("delegates" at a
    # meeting hold none)
    ("Ms. Ha Thi Nga, delegate of the 15th National Assembly, said 460 delegates attended.",
     {"Ha Thi Nga": ["delegate of the 15th National Assembly"]}),
    ("Mr. Lo Van Hung, a delegate of the Son La Provincial People's Council, spoke.",
     {"Lo Van Hung": ["delegate of the Son La Provincial People's Council"]}),
    ("Interior Minister Pham Thi Thanh Tra told lawmakers the cuts were needed.",
     {"Pham Thi Thanh Tra": ["Interior Minister"]}),
    ("Communist Party General Secretary To Lam set the goal.",
     {"To Lam": ["General Secretary of the Communist Party"]}),
    ("Dau Anh Tuan, Vice Secretary General of the Vietnam Chamber of Commerce and Industry, "
     "presented the index.",
     {"Dau Anh Tuan": ["Vice Secretary General of the Vietnam Chamber of Commerce and Industry"]}),
    ("Pham Thi Phuc, Chair of the Lam Dong Provincial People's Council, opened the session.",
     {"Pham Thi Phuc": ["Chair of the Lam Dong Provincial People's Council"]}),
    ("Vice Chair of the Hanoi People's Council Phung Thi Hong Ha spoke.",
     {"Phung Thi Hong Ha": ["Vice Chair of the Hanoi People's Council"]}),
    ("Vice-Chairman of the Hanoi People's Committee Duong Duc Tuan said so.",
     {"Duong Duc Tuan": ["Vice-Chairman of the Hanoi People's Committee"]}),
    ("Director-General of the Department of Local Government Phan Trung Tuan said so.",
     {"Phan Trung Tuan": ["Director-General of the Department of Local Government"]}),
    ("Secretary-General of the National Assembly Le Quang Tung presented the agenda.",
     {"Le Quang Tung": ["Secretary-General of the National Assembly"]}),
    ("Foreign Ministry Spokesperson Pham Thu Hang said the visit went well.",
     {"Pham Thu Hang": ["Spokesperson of the Ministry of Foreign Affairs"]}),
    ("Bui Quang Hai, First Secretary of the Ho Chi Minh Communist Youth Union, spoke.",
     {"Bui Quang Hai": ["First Secretary of the Ho Chi Minh Communist Youth Union"]}),
    # a judge of a court, one or two appointed together ("as Judges of ...")
    ("The Assembly approved the appointment of Tran Van Hoa as a Judge of the Supreme "
     "People's Court.",
     {"Tran Van Hoa": ["Judge of the Supreme People's Court"]}),
    ("The Assembly appointed Tran Van Hoa and Dinh Thi Mai as Judges of the Supreme People's "
     "Court.",
     {"Tran Van Hoa": ["Judge of the Supreme People's Court"],
      "Dinh Thi Mai": ["Judge of the Supreme People's Court"]}),
    # a verb spelled like a plural title is no title
    ("Minister Nguyen Van Thang chairs the meeting of the council.",
     {"Nguyen Van Thang": ["Minister"]}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEAD_CASES)
def test_title_heads(extract, text, expected):
    record = extract(text)
    assert {o.name: o.titles for o in record.officials} == expected


# fmt: off
COMPLETION_CASES = [
    # a Party committee's organ named bare on the page of that committee: the committee's
    ("The Lai Chau Provincial Party Committee met on Monday. The meeting was chaired by "
     "Head of the Organisation Commission Vang A Chu.",
     {"Vang A Chu": ["Head of the Organisation Commission of the Lai Chau Provincial Party "
                     "Committee"]}),
    # ... not when the page names another province's committee too
    ("The Lai Chau and Son La Provincial Party Committees met. Head of the Organisation "
     "Commission Vang A Chu spoke.",
     {"Vang A Chu": ["Head of the Organisation Commission"]}),
    # a term's ordinal written with its noun ("17th-tenure") before the body's name
    ("Nguyen Van Thang, Secretary of the 18th-tenure Dien Bien Provincial Party Committee, "
     "opened the congress.",
     {"Nguyen Van Thang": ["Secretary of the 18th Dien Bien Provincial Party Committee"]}),
    # ... or unhyphenated, before a name or an acronym
    ("On June 7, 2024, the assembly appointed Tran Thi Lan as Secretary General of the 15th "
     "tenure NA.",
     {"Tran Thi Lan": ["Secretary General of the 15th National Assembly"]}),
    ("Vu Duc Hai, Deputy Secretary of the 20th term Thai Binh Provincial Party Committee, "
     "chaired the meeting.",
     {"Vu Duc Hai": ["Deputy Secretary of the 20th Thai Binh Provincial Party Committee"]}),
    # a body's head word with a hyphen, its second half in small letters
    ("Lo Van Pao, head of the Sub-department of Home Affairs of Muong Nhe district, said so.",
     {"Lo Van Pao": ["head of the Sub-department of Home Affairs of Muong Nhe"]}),
    # joint titles written with a comma, a hyphen, a dash or "cum"
    ("Minister, Head of the Government Office Tran Van Son spoke.",
     {"Tran Van Son": ["Minister, Head of the Government Office"]}),
    ("Minister-Chairman of the Government Office Mai Tien Dung spoke.",
     {"Mai Tien Dung": ["Minister-Chairman of the Government Office"]}),
    ("Deputy Prime Minister cum Minister of Foreign Affairs Bui Thanh Son spoke.",
     {"Bui Thanh Son": ["Deputy Prime Minister", "Minister of Foreign Affairs"]}),
    # a post of a province written in full
    ("Vice Chairman of Nam Dinh province Tran Anh Dung visited the centre.",
     {"Tran Anh Dung": ["Vice Chairman of the Nam Dinh Provincial People's Committee"]}),
    ("Hanoi Party Secretary Bui Thi Minh Hoai attended.",
     {"Bui Thi Minh Hoai": ["Secretary of the Hanoi Party Committee"]}),
    # ... and a deputy's, the Party named in the body
    ("Hau Giang Deputy Party Secretary Tran Van Huyen attended.",
     {"Tran Van Huyen": ["Deputy Secretary of the Hau Giang Provincial Party Committee"]}),
    ("Mr. Le Tien Chau, Vice Party Secretary of Hau Giang province, spoke.",
     {"Le Tien Chau": ["Vice Secretary of the Hau Giang Provincial Party Committee"]}),
    ("Nguyen Van Loi, the city's Party chief, asked wards to hurry in Ho Chi Minh City. "
     "Ho Chi Minh City grew.",
     {"Nguyen Van Loi": ["Secretary of the Ho Chi Minh City Party Committee"]}),
    ("In Bac Ninh, reform went on. Chairwoman of the provincial People's Commitee Nguyen Huong "
     "Giang presented the PCI results for Bac Ninh.",
     {"Nguyen Huong Giang": ["Chairwoman of the Bac Ninh Provincial People's Committee"]}),
    # the province a sentence opens with, or of the person's other post
    ("At the Tuyen Quang bridge point, Hoang Viet Phuong, Vice Chairman of the Provincial "
     "People's Committee, reported 124 communes. Ha Giang and Hanoi followed.",
     {"Hoang Viet Phuong": ["Vice Chairman of the Tuyen Quang Provincial People's Committee"]}),
    ("Ms. Pham Thi Phuc, Deputy Secretary of the Lam Dong Provincial Party Committee and Chair "
     "of the Provincial People's Council, spoke of Binh Thuan and Dak Nong.",
     {"Pham Thi Phuc": ["Deputy Secretary of the Lam Dong Provincial Party Committee",
                        "Chair of the Lam Dong Provincial People's Council"]}),
    # the body written after the name, or after "At the ...," opening the sentence
    ("General Secretary To Lam of the Communist Party of Vietnam set the goal.",
     {"To Lam": ["General Secretary of the Communist Party of Vietnam"]}),
    ("Deputy Director Phan Kieu Thanh Huong of the Ho Chi Minh City Department of Home Affairs "
     "reported.",
     {"Phan Kieu Thanh Huong": ["Deputy Director of the Ho Chi Minh City Department of Home Affairs"]}),
    ("At the Tan Phu Ward Public Administration Service Centre, Deputy Director Ly Van Toan said "
     "the queue was short.",
     {"Ly Van Toan": ["Deputy Director of the Tan Phu Ward Public Administration Service Centre"]}),
    ("The Ho Chi Minh City People's Committee met on Monday. Vice Chairman Bui Xuan Cuong led a "
     "task force on land dossiers.",
     {"Bui Xuan Cuong": ["Vice Chairman of the Ho Chi Minh City People's Committee"]}),
    # a department's ministry after a comma; a ministry's domain in lower case
    ("Phan Trung Tuan, director of the Department of Local Government, Ministry of Home Affairs, "
     "said no more mergers were planned.",
     {"Phan Trung Tuan": ["director of the Department of Local Government under the Ministry "
                          "of Home Affairs"]}),
    ("Mr. Pham Quang Hung, Head of the Division of Civil Servants under the Department of Home "
     "Affairs, spoke in Ha Tinh. Ha Tinh led the region.",
     {"Pham Quang Hung": ["Head of the Division of Civil Servants under the Ha Tinh Department "
                          "of Home Affairs"]}),
    ("Luong Tam Quang, minister of public security, said VNeID had grown.",
     {"Luong Tam Quang": ["minister of public security"]}),
    # a short reference to a committee named before
    ("The Government's Steering Committee for Administrative Reform met. Tran Van Son - "
     "Minister, Head of the Government Office, Deputy Head of the Steering Committee, spoke.",
     {"Tran Van Son": ["Minister, Head of the Government Office",
                       "Deputy Head of the Government's Steering Committee for Administrative Reform"]}),
    ("In Quang Binh the People's Committee and the Provincial Steering Committee for "
     "Administrative Reform met. Vice Chairman of the Provincial People's Committee Phan Manh "
     "Hung, head of the committee, spoke in Quang Binh.",
     {"Phan Manh Hung": ["Vice Chairman of the Quang Binh Provincial People's Committee",
                         "head of the Quang Binh Provincial Steering Committee for Administrative Reform"]}),
    ("Pham Thi Phuc, Deputy Secretary of the Lam Dong Provincial Party Committee and Chair of "
     "the Provincial People's Council, spoke in Lam Dong.",
     {"Pham Thi Phuc": ["Deputy Secretary of the Lam Dong Provincial Party Committee",
                        "Chair of the Lam Dong Provincial People's Council"]}),
    # a body or a ministry's domain before the post
    ("VCCI's Vice Secretary General Dau Anh Tuan presented the PCI.",
     {"Dau Anh Tuan": ["Vice Secretary General of the Vietnam Chamber of Commerce and Industry"]}),
    ("Natural Resources and Environment Deputy Minister Le Cong Thanh said so.",
     {"Le Cong Thanh": ["Deputy Minister of Natural Resources and Environment"]}),
    # a place before the post, with "'s" or "provincial"
    ("In Nghe An, the provincial Party chief Nguyen Duc Trung asked for speed. Nghe An grew.",
     {"Nguyen Duc Trung": ["Secretary of the Nghe An Provincial Party Committee"]}),
    ("In Nghe An, Provincial Party Secretary Nguyen Duc Trung asked for speed. Nghe An grew.",
     {"Nguyen Duc Trung": ["Secretary of the Nghe An Provincial Party Committee"]}),
    ("Lai Chau Provincial Party Secretary Giang Pao My toured the centre.",
     {"Giang Pao My": ["Secretary of the Lai Chau Provincial Party Committee"]}),
    # "of the new ...", "of the newly-merged ..." before a province after a local body's head
    ("Mr. Trinh Viet Hung was appointed Chairman of the People's Committee of the newly-merged "
     "Thai Nguyen province.",
     {"Trinh Viet Hung": ["Chairman of the Thai Nguyen Provincial People's Committee"]}),
    ("Ms. Ha Thi Nga became Secretary of the Party Committee of the new Tuyen Quang province.",
     {"Ha Thi Nga": ["Secretary of the Tuyen Quang Provincial Party Committee"]}),
    ("Ben Tre Province Party Secretary Ho Thi Hoang Yen chaired the meeting.",
     {"Ho Thi Hoang Yen": ["Secretary of the Ben Tre Provincial Party Committee"]}),
    # a post after "led by" a body's delegation is a post of that body
    ("A delegation of the State Bank of Vietnam (SBV) led by Deputy Governor Pham Thanh Ha "
     "visited Can Tho.",
     {"Pham Thanh Ha": ["Deputy Governor of the State Bank of Vietnam"]}),
    ("A team of the National Digital Transformation Agency headed by Deputy Director Nguyen "
     "Duc Hoa met local officials.",
     {"Nguyen Duc Hoa": ["Deputy Director of the National Digital Transformation Agency"]}),
    ("Da Nang's Chairman Luong Nguyen Minh Triet opened the centre.",
     {"Luong Nguyen Minh Triet": ["Chairman of the Da Nang People's Committee"]}),
    ("Former Party chief of Gia Lai province Ho Quoc Dung was confirmed.",
     {"Ho Quoc Dung": []}),
    # "its" unit of the body named before; an honorific word that opens a body's name
    ("Dau Anh Tuan, Deputy General Secretary of VCCI and Head of its Legal Department, spoke.",
     {"Dau Anh Tuan": ["Deputy General Secretary of the Vietnam Chamber of Commerce and Industry",
                       "Head of the Legal Department of the Vietnam Chamber of Commerce and Industry"]}),
    ("Deputy Director General of the General Department of Taxation Dang Ngoc Minh said so.",
     {"Dang Ngoc Minh": ["Deputy Director General of the General Department of Taxation"]}),
    # National Assembly deputies, where the Assembly is named
    ("The National Assembly debated the bill. Nguyen Thi Lan Anh, a deputy from Lao Cai "
     "province, backed it, and Deputy Tran Van Khai of the Ha Nam delegation asked for more.",
     {"Nguyen Thi Lan Anh": ["National Assembly deputy from Lao Cai province"],
      "Tran Van Khai": ["National Assembly deputy of the Ha Nam delegation"]}),
    ("The National Assembly met. NA deputy Ta Thi Yen (Dien Bien) asked about land dossiers.",
     {"Ta Thi Yen": ["National Assembly deputy from Dien Bien"]}),
    ("His deputy, Nguyen Van Binh, signed the papers.", {}),
    # a bare local body refers to no central organ named before it; in a sentence opening on
    # the province's leaders it is the article's province's body
    ("Lai Chau opens new communes\n\nLai Chau province held the ceremony on July 1. Tran Van "
     "Duc, member of the Party Central Committee, attended. Provincial leaders included "
     "Secretary of the Party Committee Le Minh Ngan and Ha Trong Hai, Deputy Secretary of "
     "the Party Committee, Chairman of the People's Committee.",
     {"Tran Van Duc": ["member of the Party Central Committee"],
      "Le Minh Ngan": ["Secretary of the Lai Chau Provincial Party Committee"],
      "Ha Trong Hai": ["Deputy Secretary of the Lai Chau Provincial Party Committee",
                       "Chairman of the Lai Chau Provincial People's Committee"]}),
    ("Tuyen Quang names leaders\n\nTuyen Quang province met on May 2. The provincial leaders "
     "attending were Chau Van Lam, Secretary of the Party Committee, and Nguyen Van Son, "
     "Chairman of the People's Committee.",
     {"Chau Van Lam": ["Secretary of the Tuyen Quang Provincial Party Committee"],
      "Nguyen Van Son": ["Chairman of the Tuyen Quang Provincial People's Committee"]}),
    # outside such a sentence a bare post is kept as written
    ("Tuyen Quang names leaders\n\nTuyen Quang province met on May 2. Nguyen Van Son, member "
     "of the Party Central Committee, spoke. Chau Van Lam, Secretary of the Party Committee, "
     "spoke next.",
     {"Nguyen Van Son": ["member of the Party Central Committee"],
      "Chau Van Lam": ["Secretary of the Party Committee"]}),
    # a plural post after a completed one: each name it lists gets the same completion
    ("Attending were Chairman of the Da Nang People's Committee Luong Nguyen Minh Triet, Vice "
     "Chairpersons Ho Ky Minh, Tran Chi Cuong and Le Trung Chinh, and Director of the Da Nang "
     "Department of Home Affairs Tran Anh Tuan.",
     {"Luong Nguyen Minh Triet": ["Chairman of the Da Nang People's Committee"],
      "Ho Ky Minh": ["Vice Chairperson of the Da Nang People's Committee"],
      "Tran Chi Cuong": ["Vice Chairperson of the Da Nang People's Committee"],
      "Le Trung Chinh": ["Vice Chairperson of the Da Nang People's Committee"],
      "Tran Anh Tuan": ["Director of the Da Nang Department of Home Affairs"]}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COMPLETION_CASES)
def test_titles_completed_and_joined(extract, text, expected):
    record = extract(text)
    assert {o.name: o.titles for o in record.officials} == expected


# fmt: off
LINK_CASES = [
    # a title after a name through an article, an age, a relative clause or an appointment verb
    # the present tense of a headline's appointment ("is elected", "becomes", "to become")
    ("Pham Van Luong is elected Chairman of the Soc Trang Provincial People's Committee",
     {"Pham Van Luong": ["Chairman of the Soc Trang Provincial People's Committee"]}),
    ("Le Thi Hanh becomes Director of the Nam Dinh Department of Home Affairs",
     {"Le Thi Hanh": ["Director of the Nam Dinh Department of Home Affairs"]}),
    ("Vu Duc Tam to become Vice Chairman of the Thai Binh Provincial People's Committee",
     {"Vu Duc Tam": ["Vice Chairman of the Thai Binh Provincial People's Committee"]}),
    ("Hoang Minh Chau re-elected as Chairman of the Ha Nam Provincial People's Council",
     {"Hoang Minh Chau": ["Chairman of the Ha Nam Provincial People's Council"]}),
    ("In the new cabinet, Dang Quoc Viet takes office as Minister of Home Affairs.",
     {"Dang Quoc Viet": ["Minister of Home Affairs"]}),
    ("Dinh Van Loc was assigned to be Deputy Director of the Department of Construction.",
     {"Dinh Van Loc": ["Deputy Director of the Department of Construction"]}),
    ("Ha Thi Ngan was promoted to Director of the Bac Kan Department of Justice last month.",
     {"Ha Thi Ngan": ["Director of the Bac Kan Department of Justice"]}),
    ("Mr. Le Quang Huy, the Director of the Quang Nam Department of Home Affairs, spoke.",
     {"Le Quang Huy": ["Director of the Quang Nam Department of Home Affairs"]}),
    ("Vo Van Hung, 52, who serves as Party Secretary of Quang Tri, opened the centre.",
     {"Vo Van Hung": ["Secretary of the Quang Tri Provincial Party Committee"]}),
    ("The eldest is Tran Van Nam, the 61-year-old Party Secretary of Hau Giang.",
     {"Tran Van Nam": ["Secretary of the Hau Giang Provincial Party Committee"]}),
    ("Nguyen Van Tho, born in 1967, who serves as Chairman of the Ba Ria-Vung Tau Provincial "
     "People's Committee, spoke.",
     {"Nguyen Van Tho": ["Chairman of the Ba Ria-Vung Tau Provincial People's Committee"]}),
    # a birth year and place in apposition
    ("Nguyen Thanh Son, born in 1968 in Quang Ngai Province, is Secretary of the Kon Tum "
     "Provincial Party Committee.",
     {"Nguyen Thanh Son": ["Secretary of the Kon Tum Provincial Party Committee"]}),
    # an age or a birth year in brackets after the name
    ("The youngest appointee is Ha Van Tuan (45), Chairman of the Cao Bang Provincial "
     "People's Committee.",
     {"Ha Van Tuan": ["Chairman of the Cao Bang Provincial People's Committee"]}),
    ("Tran Thi Hoa (born 1979), Director of the Lam Dong Department of Home Affairs, spoke.",
     {"Tran Thi Hoa": ["Director of the Lam Dong Department of Home Affairs"]}),
    ("Pham Quoc Khanh (born in 1972), Vice Chairman of the Nghe An Provincial People's "
     "Committee, opened the centre.",
     {"Pham Quoc Khanh": ["Vice Chairman of the Nghe An Provincial People's Committee"]}),
    # a post in a committee named again by the first words of its name has the full name
    ("The Central Steering Committee for national target programs was set up in 2021. Tran "
     "Hong Ha is Deputy Head of the Central Steering Committee.",
     {"Tran Hong Ha": ["Deputy Head of the Central Steering Committee for national target "
                       "programs"]}),
    # ... or a birth date, before a dash or a comma
    ("Those retiring include Mr. Tran Uc (born August 30, 1964) - Chairman of Dien Ban town "
     "People's Committee; Mr. Vo Van Ly (born 12 May 1966) - Vice Chairman of Que Son district "
     "People's Committee.",
     {"Tran Uc": ["Chairman of the Dien Ban Town People's Committee"],
      "Vo Van Ly": ["Vice Chairman of the Que Son District People's Committee"]}),
    ("Dinh Thi Lan (born on March 2, 1970), Director of the Kon Tum Department of Home Affairs, "
     "signed the decision.",
     {"Dinh Thi Lan": ["Director of the Kon Tum Department of Home Affairs"]}),
    ("Deputy Prime Minister Tran Hong Ha is the Deputy Head of the Government's Steering "
     "Committee for Administrative Reform.",
     {"Tran Hong Ha": ["Deputy Prime Minister",
                       "Deputy Head of the Government's Steering Committee for Administrative Reform"]}),
    ("Nguyen Chi Dung was elected as Deputy Prime Minister on Tuesday.",
     {"Nguyen Chi Dung": ["Deputy Prime Minister"]}),
    # a post, a dash, then its holder
    ("Deputy Minister of Home Affairs - Vu Chien Thang said the plan was ready.",
     {"Vu Chien Thang": ["Deputy Minister of Home Affairs"]}),
    ("Mr. Lo Van Tien - Member of the Party Central Committee was appointed in May.",
     {"Lo Van Tien": ["Member of the Party Central Committee"]}),
    # a unit named after two fields joined by a dash
    ("On May 5, a team led by Le Thi Hoa, Deputy Head of the Personnel - Training Division under "
     "the Hanoi Department of Home Affairs, visited the wards.",
     {"Le Thi Hoa": ["Deputy Head of the Personnel - Training Division under the Hanoi "
                     "Department of Home Affairs"]}),
    # a body owned by another, the owner's name ending in s: the post is the part's
    ("According to Tran Van Minh, director of the Ministry of Home Affairs' Department for "
     "Local Government, the plan is ready.",
     {"Tran Van Minh": ["director of the Ministry of Home Affairs' Department for Local Government"]}),
    # a hyphenated link reads as the tokenizer splits it
    ("Vu Van Khoa was re-elected as Secretary of the Hanoi Party Committee on Friday.",
     {"Vu Van Khoa": ["Secretary of the Hanoi Party Committee"]}),
    ("Ho Van Nien has been re-elected Chairman of the Gia Lai Provincial People's Committee.",
     {"Ho Van Nien": ["Chairman of the Gia Lai Provincial People's Committee"]}),
    ("Bui Quang Hai was re-appointed as Deputy Minister of Finance in May.",
     {"Bui Quang Hai": ["Deputy Minister of Finance"]}),
    ("Minister of Transport Tran Hong Minh will assume the position of the Minister of "
     "Construction after the merger.",
     {"Tran Hong Minh": ["Minister of Transport", "Minister of Construction"]}),
    ("Mr. Lo Van Tien - Member of the Party Central Committee was appointed to hold the position "
     "of Secretary of the Dien Bien Provincial Party Committee.",
     {"Lo Van Tien": ["Member of the Party Central Committee",
                      "Secretary of the Dien Bien Provincial Party Committee"]}),
    ("Permanent Deputy Prime Minister Nguyen Hoa Binh head of the Government's Steering "
     "Committee for Administrative Reform visited the province.",
     {"Nguyen Hoa Binh": ["Permanent Deputy Prime Minister",
                          "head of the Government's Steering Committee for Administrative Reform"]}),
    ("The minister of home affairs, Pham Thi Thanh Tra, said the plan was ready.",
     {"Pham Thi Thanh Tra": ["minister of home affairs"]}),
    # a short form named before takes the post after it; before it, it only refers
    ("Vietnam's top leader To Lam backed the plan. The change is needed, said Lam, the Communist "
     "Party general secretary.",
     {"To Lam": ["General Secretary of the Communist Party"]}),
    ("The youngest chairman is Ho Van Mung. Mung is also an alternate member of the 13th Party "
     "Central Committee.",
     {"Ho Van Mung": ["alternate member of the 13th Party Central Committee"]}),
    ("Prime Minister Pham Minh Chinh opened the session. Minister Chinh said the plan was ready.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
    # former posts are no titles, in every place the word "former" or "old" stands; a person
    # named only with a past post is an official with no title (SPEC section 7)
    ("Mrs. Nguyen Thi Thu Ha, former Vice Chairwoman of the Provincial People's Committee, now "
     "Director of the Department of Home Affairs, spoke in Lai Chau. Lai Chau improved.",
     {"Nguyen Thi Thu Ha": ["Director of the Lai Chau Department of Home Affairs"]}),
    ("Mr. Hoang Gia Long, Vice Chairman of the old Ha Giang Provincial People's Committee, "
     "attended.", {"Hoang Gia Long": []}),
    ("Ms. Vu Thi Hien, member of the Standing Committee of the old Bac Kan Provincial Party "
     "Committee, attended.", {"Vu Thi Hien": []}),
    # ... and a past post last in a chain of titles before the name leaves the current ones
    ("The Secretariat reprimanded deputy head of the Party Central Committee's Economic "
     "Commission, member of the Party Central Committee and former Secretary of the Lao Cai "
     "Provincial Party Committee Dang Van Thanh.",
     {"Dang Van Thanh": ["deputy head of the Party Central Committee's Economic Commission",
                         "member of the Party Central Committee"]}),
    # names glued together by the page are the spaced name the page also has
    ("Prime Minister Nguyen Xuan Phuc spoke. Later, Prime Minister NguyenXuan Phuc left.",
     {"Nguyen Xuan Phuc": ["Prime Minister"]}),
    # a plural post in a chain after a name is other people's
    ("Minister of Home Affairs Pham Thi Thanh Tra - Deputy Head of the Steering Committee, "
     "Deputy Minister Vu Chien Thang, members of the working group, attended.",
     {"Pham Thi Thanh Tra": ["Minister of Home Affairs", "Deputy Head of the Steering Committee"],
      "Vu Chien Thang": ["Deputy Minister"]}),
    ("Nguyen Van Long, Permanent Deputy Head of the Working Group, members of the working group, "
     "and guests attended.",
     {"Nguyen Van Long": ["Permanent Deputy Head of the Working Group"]}),
    # a hyphen inside a word of the body's name
    ("Nguyen Manh Hung was named Vice Chairman of the National Committee on E-Government.",
     {"Nguyen Manh Hung": ["Vice Chairman of the National Committee on E-Government"]}),
    # appointments as decisions word them: names listed before a link and a plural post, an
    # abbreviation's plural, two links in a row, a name set off by dashes
    ("Ho Duc Phoc and Bui Thanh Son have been appointed as Deputy Prime Ministers.",
     {"Ho Duc Phoc": ["Deputy Prime Minister"], "Bui Thanh Son": ["Deputy Prime Minister"]}),
    ("Le Thanh Long and Tran Luu Quang were elected as Deputy PMs on Monday.",
     {"Le Thanh Long": ["Deputy Prime Minister"], "Tran Luu Quang": ["Deputy Prime Minister"]}),
    # ... each name with its own post set off by commas
    ("Ngo Van Tuan, Minister of Finance, and Ha Kim Ngoc, Deputy Minister of Foreign Affairs, "
     "were elected as Deputy Prime Ministers.",
     {"Ngo Van Tuan": ["Minister of Finance", "Deputy Prime Minister"],
      "Ha Kim Ngoc": ["Deputy Minister of Foreign Affairs", "Deputy Prime Minister"]}),
    ("Dinh Tien Dung, Secretary of the Hanoi Party Committee, and Tran Luu Quang have been "
     "appointed as Deputy PMs.",
     {"Dinh Tien Dung": ["Secretary of the Hanoi Party Committee", "Deputy Prime Minister"],
      "Tran Luu Quang": ["Deputy Prime Minister"]}),
    ("Dang Xuan Phong has been assigned to undertake the position as Secretary of the Lao Cai "
     "Provincial Party Committee.",
     {"Dang Xuan Phong": ["Secretary of the Lao Cai Provincial Party Committee"]}),
    ("Doan Hong Phong was appointed as Standing Deputy Inspector General of the Government "
     "Inspectorate.",
     {"Doan Hong Phong": ["Standing Deputy Inspector General of the Government Inspectorate"]}),
    ("The Prime Minister signed a decision appointing Vice Chairwoman of the Ha Nam Provincial "
     "People's Committee - Ms. Tran Thi Hong - as Deputy Minister of Justice.",
     {"Tran Thi Hong": ["Vice Chairwoman of the Ha Nam Provincial People's Committee",
                        "Deputy Minister of Justice"]}),
    # a transfer and an appointment in one decision: the post after them is the new one
    ("Mr. Vo Thanh Hai, Chief of Office of the Provincial People's Committee, was transferred "
     "and appointed Director of the Department of Home Affairs.",
     {"Vo Thanh Hai": ["Chief of Office of the Provincial People's Committee",
                       "Director of the Department of Home Affairs"]}),
    ("Ms. Dinh Thi Lan was mobilised and appointed to the position of Deputy Director of the "
     "Department of Justice.",
     {"Dinh Thi Lan": ["Deputy Director of the Department of Justice"]}),
    # "post" as "position"
    ("Mr. Lo Van Hien was assigned to hold the post of Vice Chairman of the Dien Bien "
     "Provincial People's Committee.",
     {"Lo Van Hien": ["Vice Chairman of the Dien Bien Provincial People's Committee"]}),
    ("Ms. Trinh Thi Mai will hold the post of Director of the Department of Finance.",
     {"Trinh Thi Mai": ["Director of the Department of Finance"]}),
    # "of X Province" with a capital reads as "of X province"
    ("Ms. Nguyen Thi Kim, Party Secretary of Tra Vinh Province, chaired the meeting.",
     {"Nguyen Thi Kim": ["Secretary of the Tra Vinh Provincial Party Committee"]}),
    ("Mr. Pham Van Tan, Chairman of Bac Lieu Province, received the delegation.",
     {"Pham Van Tan": ["Chairman of the Bac Lieu Provincial People's Committee"]}),
    # a post after "by the" or "of the" is another person's, no apposition to the next name
    ("Authorized by the Prime Minister, Minister of Justice Nguyen Hai Ninh presented the bill.",
     {"Nguyen Hai Ninh": ["Minister of Justice"]}),
    ("On behalf of the President, Deputy Minister of Home Affairs Vu Dang Minh read the decision.",
     {"Vu Dang Minh": ["Deputy Minister of Home Affairs"]}),
    # ... while an agent with no article lists the chair's own posts
    ("The meeting was chaired by Politburo member, Minister of Public Security Tran Van Tuan.",
     {"Tran Van Tuan": ["Member of the Politburo", "Minister of Public Security"]}),
    # the Government Inspectorate's head written before the name
    ("Government Inspector General Doan Hong Phong presented the report.",
     {"Doan Hong Phong": ["Inspector General of the Government Inspectorate"]}),
    # a past post of someone else is no committee a bare post goes on
    ("Former Party Secretary of Kon Tum Province Tran Van Binh was appointed Chairman of the "
     "Quang Ngai Provincial People's Committee, while Nguyen Hai Ninh was named Party "
     "Secretary.",
     {"Tran Van Binh": ["Chairman of the Quang Ngai Provincial People's Committee"],
      "Nguyen Hai Ninh": ["Party Secretary"]}),
    # approval and confirmation by a vote give the post too
    ("With 440 votes in favour, Tran Thi Hang, Secretary of the Ben Tre Provincial Party "
     "Committee, was approved as Minister of Health.",
     {"Tran Thi Hang": ["Secretary of the Ben Tre Provincial Party Committee",
                        "Minister of Health"]}),
    ("Nguyen Van Quang was confirmed as Minister of Justice on Thursday.",
     {"Nguyen Van Quang": ["Minister of Justice"]}),
    # the term a post is held for ends that post, not the list of posts
    ("2. Ms. Dang Thi Hoa - Member of the Standing Committee of the Thai Binh Provincial Party "
     "Committee for the 2020 - 2025 term, Vice Chairwoman of the Thai Binh Provincial People's "
     "Committee for the 2021 - 2026 term.",
     {"Dang Thi Hoa": ["Member of the Thai Binh Provincial Party Standing Committee",
                       "Vice Chairwoman of the Thai Binh Provincial People's Committee"]}),
    ("The Prime Minister appointed Mr. Le Van Tam - Deputy Secretary of the Gia Lai Provincial "
     "Party Committee (new) for the 2020-2025 term to hold the position of Chairman of the Gia "
     "Lai Provincial People's Committee (new) for the 2021-2026 term.",
     {"Le Van Tam": ["Deputy Secretary of the Gia Lai Provincial Party Committee",
                     "Chairman of the Gia Lai Provincial People's Committee"]}),
    # "Deputy" of a known post is that post's deputy, not a National Assembly deputy
    ("The legislature elected Nguyen Huy Tien, Deputy Prosecutor General of the Supreme "
     "People's Procuracy, as Prosecutor General.",
     {"Nguyen Huy Tien": ["Deputy Prosecutor General of the Supreme People's Procuracy",
                          "Prosecutor General"]}),
    # a time adverb in the apposition ("A, currently Deputy Secretary of ...")
    ("Vo Trong Hai, currently Deputy Secretary of the Nghe An Provincial Party Committee, was "
     "elected Chairman of the Nghe An Provincial People's Committee.",
     {"Vo Trong Hai": ["Deputy Secretary of the Nghe An Provincial Party Committee",
                       "Chairman of the Nghe An Provincial People's Committee"]}),
    # "newly restructured" says only that the body is new
    ("Mr. Nguyen Van Tho, member of the Standing Committee of the newly restructured Can Tho "
     "City Party Committee, spoke.",
     {"Nguyen Van Tho": ["member of the Can Tho Party Standing Committee"]}),
    ("Tran Cam Tu, Executive Secretary of the Secretariat, chaired the meeting.",
     {"Tran Cam Tu": ["Executive Secretary of the Secretariat of the Party Central Committee"]}),
    # the agent of a passive link inside it ("was approved by the National Assembly as")
    ("In January, Mr. Tran Hong Ha was approved by the National Assembly as Deputy Prime "
     "Minister.",
     {"Tran Hong Ha": ["Deputy Prime Minister"]}),
    # the country's name before a post a link gives says nothing of the link
    ("The National Assembly re-elected Pham Minh Chinh as the Vietnamese Prime Minister.",
     {"Pham Minh Chinh": ["Prime Minister"]}),
    # "The new <post> is <name>": the post opens the clause, its holder follows "is"
    ("The newly elected Party Secretary of Dak Lak province is Mr. Nguyen Dinh Trung.",
     {"Nguyen Dinh Trung": ["Secretary of the Dak Lak Provincial Party Committee"]}),
    ("The new Chairman of the Lang Son Provincial People's Committee is Ho Tien Thieu.",
     {"Ho Tien Thieu": ["Chairman of the Lang Son Provincial People's Committee"]}),
    # ... not a post named inside a clause ("said the Minister ... is A's mentor")
    ("He said the Minister of Finance is Nguyen Van Thang's mentor.", {}),
    # "the central province of Ha Tinh": the press's way of placing a province
    ("Party chief of the central province of Quang Tri Le Quang Tung spoke.",
     {"Le Quang Tung": ["Secretary of the Quang Tri Provincial Party Committee"]}),
    # a post named as a position, its term, then "for" its holder
    ("The council voted on the position of Vice Chairwoman of the Provincial People's Council, "
     "term XVI, 2021-2026 for Ms. Lo Thi Hoa.",
     {"Lo Thi Hoa": ["Vice Chairwoman of the Provincial People's Council"]}),
    ("Delegates confirmed the election to the position of Chairman of the Phu Yen Provincial "
     "People's Committee for the 2021-2026 tenure for Mr. Tran Huu Phuoc.",
     {"Tran Huu Phuoc": ["Chairman of the Phu Yen Provincial People's Committee"]}),
    # ... a post that is no position named gives no holder through "for"
    ("Minister of Finance for Mr. Nguyen Van Thang's term was listed.", {}),
    # a list of attendees: each title, a comma, its holder
    ("Present at the meeting were Vice Chairman of the Ben Tre Provincial People's Committee, "
     "Tran Ngoc Tam; and Director of the Department of Home Affairs, Le Van Hai.",
     {"Tran Ngoc Tam": ["Vice Chairman of the Ben Tre Provincial People's Committee"],
      "Le Van Hai": ["Director of the Ben Tre Department of Home Affairs"]}),
    # "has become": the new post, after the one the name is written with
    ("Deputy Minister of Justice Tran Van Lam has become Minister of Home Affairs.",
     {"Tran Van Lam": ["Deputy Minister of Justice", "Minister of Home Affairs"]}),
    # a province's delegation of NA deputies, written with the short "NA"
    ("Head of the NA deputies' delegation of Ha Nam Le Thi Mai is now Minister of Justice.",
     {"Le Thi Mai": ["Head of the Ha Nam National Assembly Delegation", "Minister of Justice"]}),
    # a link in the past perfect, after the name of a predecessor
    ("In 2020, Nguyen Van Hai replaced his predecessor Tran Quoc Tuan, who had been assigned to "
     "be Deputy Secretary of the Lang Son Provincial Party Committee.",
     {"Tran Quoc Tuan": ["Deputy Secretary of the Lang Son Provincial Party Committee"]}),
    # a sentence that opens on a pronoun and a link: the person named last whose name fits
    ("On May 5, 2025, the National Assembly elected Tran Van Binh as State Auditor General. He is "
     "also a member of the Party Central Committee.",
     {"Tran Van Binh": ["State Auditor General", "member of the Party Central Committee"]}),
    ("Dinh Van Long and Ha Thi Nga met the delegation. She is the Chairwoman of the Vietnam "
     "Women's Union.",
     {"Ha Thi Nga": ["Chairwoman of the Vietnam Women's Union"]}),
    # ... but a pronoun that says something else, or stands inside a sentence, gives no post
    ("Tran Van Binh was re-elected. He said the State Audit Office must act faster.", {}),
    ("Tran Van Binh spoke, and he is also a member of the Party Central Committee.", {}),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LINK_CASES)
def test_titles_linked_after_names(extract, text, expected):
    record = extract(text)
    assert {o.name: o.titles for o in record.officials} == expected


def test_untitled_full_name_is_a_mention_of_the_titled_person(extract):
    text = "Prime Minister Pham Minh Chinh chaired it. Later, Pham Minh Chinh said so."
    (official,) = extract(text).officials
    assert [text[s:e] for s, e in official.mentions] == ["Pham Minh Chinh", "Pham Minh Chinh"]
