"""Bodies: central bodies, provincial templates, departments, acronyms and generic plurals."""

import pytest

# fmt: off
BODY_CASES = [
    # a span's noun after the years closes a committee's name ("for the 2021-2025 period")
    ("Deputy Prime Minister Tran Hong Ha heads the Central Steering Committee for National "
     "Target Programs for the 2026–2030 period.",
     [("Central Steering Committee for National Target Programs for the 2026–2030 period",
       "central", None)]),
    # ... a number that is no year does not take the noun after it
    ("Funds went to the Steering Committee for Programme 135 period by period.",
     [("Steering Committee for Programme 135", "central", None)]),
    # (sentence, [(record name, level, province), ...]) — distinct bodies, in order of first mention
    # a one-word body after a spaced dash (a dateline, a caption) stands; glued to a word it
    # is part of that word
    ("Da Nang (VNA) - Politburo member Nguyen Van Hai visited the city centre.",
     [("Politburo", "central", None)]),
    ("Residents praised the e-Government services.", []),
    # a committee named by what it is set up to do, up to the text it reviews; a body's text
    # after "of" ("the 12th Party Central Committee's Resolution") stays in the name
    ("The Central Steering Committee to review the implementation of Resolution No. 18-NQ/TW "
     "met on Monday.",
     [("Central Steering Committee to review the implementation of Resolution No. 18-NQ/TW",
       "central", None)]),
    ("The Government's Steering Committee on reviewing the implementation of the 12th Party "
     "Central Committee's Resolution No. 18-NQ/TW met on Friday.",
     [("Government's Steering Committee on reviewing the implementation of the 12th Party "
       "Central Committee's Resolution No. 18-NQ/TW", "central", None),
      ("Party Central Committee", "central", None)]),
    # ... also written small, when the text it reviews is named by its number
    ("The Prime Minister set up a steering committee to review the implementation of "
     "Resolution No. 18-NQ/TW.",
     [("Steering Committee to review the implementation of Resolution No. 18-NQ/TW",
       "central", None)]),
    # ... "on"/"for" and a gerund as well, with a central level written small, and the body
    # after "of the 12th" named too
    ("It follows the central steering committee for reviewing the implementation of "
     "Resolution 18-NQ/TW.",
     [("Central Steering Committee for reviewing the implementation of Resolution 18-NQ/TW",
       "central", None)]),
    ("She sits on the Government's steering committee on summarising the implementation "
     "of the 12th Party Central Committee's Resolution No.19-NQ/TW.",
     [("Government's Steering Committee on summarising the implementation of the 12th Party "
       "Central Committee's Resolution No.19-NQ/TW", "central", None),
      ("Party Central Committee", "central", None)]),
    ("The ministry set up a steering committee to review the plan.", []),
    ("The plan was sent to the Steering Committee to consider.", []),
    # ... but a committee a decision sets up is named by the long purpose it is set up for
    ("The Government decided to establish a Steering Committee to review the organisation of "
     "public service units at all levels and propose a new model.",
     [("Government", "central", None),
      ("Steering Committee to review the organisation of public service units at all levels "
       "and propose a new model", "central", None)]),
    # a department named by its domain in small letters, on one province's page
    ("In Hai Phong, the city's health department sent 96 letters of apology, more than any "
     "agency in Hai Phong.",
     [("Hai Phong Department of Health", "provincial", "VN-HP")]),
    # the Assembly's committee formed in 2025, under the name that holds an older one's
    ("In March 2025, the Legal and Judicial Committee of the National Assembly reviewed the "
     "draft laws.",
     [("Committee for Law and Justice", "central", None)]),
    # the parts listed right after their body ("including the ...") are that body's
    ("In May, Kon Tum set up 2 committees of the Kon Tum Provincial People's Council, including "
     "the Economic - Budget Committee and the Legal Committee.",
     [("Kon Tum Provincial People's Council", "provincial", "VN-28"),
      ("Economic and Budget Committee of the Kon Tum Provincial People's Council", "provincial",
       "VN-28"),
      ("Legal Affairs Committee of the Kon Tum Provincial People's Council", "provincial",
       "VN-28")]),
    ("Each commune must set up a Working Group to implement the project.", []),
    # a committee named "of" a province is that province's, named as the guideline writes
    # it; a central one keeps its name
    ("The Steering Committee for Science, Technology, Innovation and Project 06 of Yen Bai "
     "province met on Friday.",
     [("Yen Bai Provincial Steering Committee for Science, Technology, Innovation and "
       "Project 06", "provincial", "VN-06")]),
    ("The Steering Committee for Innovation and Digital Economy of Hai Phong met on Friday.",
     [("Hai Phong Steering Committee for Innovation and Digital Economy", "provincial",
       "VN-HP")]),
    # national data platforms by the names and acronym the press gives them
    ("In 2023 the National Data Exchange Platform (NDXP) carried 520 million transactions; "
     "NDXP links 13 ministries.",
     [("National Data Integration and Sharing Platform", "central", None)]),
    ("The national database on officials and public servants now holds 2.1 million records.",
     [("National Database on Cadres, Civil Servants and Public Employees", "central", None)]),
    # the national portal by a shorter name the press gives it
    ("The province linked 1,755 procedures with the National Service Portal in 2022.",
     [("National Public Service Portal", "central", None)]),
    # a research institute of the central government, by its name and its acronym
    ("The Central Institute for Economic Management (CIEM) reviewed 1,100 business "
     "conditions; CIEM proposed cutting a third.",
     [("Central Institute for Economic Management", "central", None)]),
    # a name listing three things, with or without the comma before "and"
    ("Press management passed to the Ministry of Culture, Sports, and Tourism.",
     [("Ministry of Culture, Sports and Tourism", "central", None)]),
    ("Binh Dinh's Department of Culture, Sports, and Tourism cut 12 procedures.",
     [("Binh Dinh Department of Culture, Sports and Tourism", "provincial", "VN-31")]),
    # a province's departments listed by their domain after "departments (and branches)
    # including:" (words.csv department_list_head)
    ("Yen Bai published 205 procedures. In the province the list covers 6 departments and "
     "branches including: Home Affairs; Finance; Justice.",
     [("Yen Bai Department of Home Affairs", "provincial", "VN-06"),
      ("Yen Bai Department of Finance", "provincial", "VN-06"),
      ("Yen Bai Department of Justice", "provincial", "VN-06")]),
    # the Front's Party committee written with the Front's acronym or "Viet Nam"
    ("The Party Committee of the VFF and central mass organisations has 28 units.",
     [("Party Committee of the Vietnam Fatherland Front and Central Mass Organisations",
       "central", None)]),
    # ... and the Party delegations of the Front and the Assembly before 2025
    ("The Party Delegation of the Vietnam Fatherland Front met.",
     [("Vietnam Fatherland Front Party Delegation", "central", None),
      ("Vietnam Fatherland Front", "central", None)]),
    ("The NA Party Delegation met.", [("National Assembly Party Delegation", "central", None)]),
    # the Party committee a province's People's Committee has had since 2025
    ("The Party Committee of the Ninh Binh Provincial People's Committee has 31 units.",
     [("Party Committee of the Ninh Binh Provincial People's Committee", "provincial", "VN-18"),
      ("Ninh Binh Provincial People's Committee", "provincial", "VN-18")]),
    # "e-Portal" spells the national portal too (bodies.jsonl alias)
    ("Dossiers were filed via the National Public Service e-Portal.",
     [("National Public Service Portal", "central", None)]),
    # "Centre for Public Services": a service centre's name too
    ("Dossiers go to the provincial Centre for Public Services first.",
     [("Provincial Public Administration Service Centre", "provincial", None)]),
    # "the Central Government" is the Government
    ("Under the decree, the Central Government hands 120 tasks to provinces.",
     [("Government", "central", None)]),
    # "the police of A, B and C": one provincial police force for each place listed
    ("By April the police of Nam Dinh, Ninh Binh and Thai Binh had cleaned their data.",
     [("Nam Dinh Provincial Police", "provincial", "VN-67"),
      ("Ninh Binh Provincial Police", "provincial", "VN-18"),
      ("Thai Binh Provincial Police", "provincial", "VN-20")]),
    # a committee's field written with a hyphen and a small second half ("Sci-tech")
    ("The Steering Committee for Sci-tech Development and Digital Transformation met in May.",
     [("Steering Committee for Sci-tech Development and Digital Transformation", "central", None)]),
    ("The Ministry of Home Affairs announced the index.", [("Ministry of Home Affairs", "central", None)]),
    ("The Ministry of Information and Communications ran the survey.",
     [("Ministry of Information and Communications", "central", None)]),
    ("Officials of the Government Office reviewed the portal.", [("Government Office", "central", None)]),
    ("Officials of the Government's Office reviewed the portal.", [("Government Office", "central", None)]),
    # a committee named again by the first words of its name is the same committee; a name
    # that goes on otherwise ("Government" and "Government Office") is another body
    ("The Central Steering Committee for national target programs for the 2021-2025 period met "
     "in May. The Central Steering Committee then reviewed the programs.",
     [("Central Steering Committee for national target programs for the 2021-2025 period",
       "central", None)]),
    ("The Working Group on administrative procedure reform met. The Working Group set 12 tasks.",
     [("Working Group on administrative procedure reform", "central", None)]),
    ("Signatures are checked by the National Electronic Authentication Center (NEAC).",
     [("National Electronic Authentication Centre", "central", None)]),
    ("Records of 80 million people sit in the national database on the population.",
     [("National Population Database", "central", None)]),
    ("Dossiers were filed on the National Public Service Portal.",
     [("National Public Service Portal", "central", None)]),
    ("The State Bank of Vietnam cut procedures.", [("State Bank of Vietnam", "central", None)]),
    ("The State Bank of Viet Nam cut procedures.", [("State Bank of Vietnam", "central", None)]),
    # the national document platform by its other names; the body that issues digital
    # signatures; a province's land fund and housing centres
    ("Ministries sent 2 million documents over the National Document Link Axis.",
     [("National Document Interconnection Axis", "central", None)]),
    ("The Government Cipher Committee issued 9,000 certificates.",
     [("Government Cipher Committee", "central", None)]),
    ("The Ca Mau Provincial Land Fund Development Center manages 300 facilities.",
     [("Ca Mau Provincial Land Fund Development Centre", "provincial", "VN-59")]),
    # a province's Project 06 steering committee, its inspectors and its industrial zone board
    ("Mr. Thanh chaired the Steering Committee of Project 06 of Ca Mau province.",
     [("Ca Mau Provincial Steering Committee for Project 06", "provincial", "VN-59")]),
    ("Ten units rated fairly good include the Dong Thap Provincial Inspectors.",
     [("Dong Thap Provincial Inspectorate", "provincial", "VN-45")]),
    ("The Bac Giang Provincial Industrial Park Management Board cut two divisions.",
     [("Bac Giang Management Board of Industrial Parks", "provincial", "VN-54")]),
    # a provincial Party committee's organisation board, however its name is turned
    ("The Organizing Committee of Gia Lai Provincial Party Committee announced the decisions.",
     [("Organisation Board of the Gia Lai Provincial Party Committee", "provincial", "VN-30"),
      ("Gia Lai Provincial Party Committee", "provincial", "VN-30")]),
    ("The Nghe An Party Committee's Organisation Board reviewed the staff.",
     [("Nghe An Provincial Party Committee", "provincial", "VN-22"),
      ("Organisation Board of the Nghe An Provincial Party Committee", "provincial", "VN-22")]),
    ("The Nghe An Party Committee's Organization Commission reviewed the staff.",
     [("Nghe An Provincial Party Committee", "provincial", "VN-22"),
      ("Organisation Board of the Nghe An Provincial Party Committee", "provincial", "VN-22")]),
    # ... and its propaganda and mass mobilisation committee, as some papers call it
    ("The Propaganda and Mass Mobilization Committee of Ha Giang Provincial Party Committee "
     "was set up in March.",
     [("Propaganda and Mass Mobilisation Commission of the Ha Giang Provincial Party Committee",
       "provincial", "VN-03"),
      ("Ha Giang Provincial Party Committee", "provincial", "VN-03")]),
    ("The Lai Chau Provincial Party Committee Organization Committee reviewed the staff.",
     [("Organisation Board of the Lai Chau Provincial Party Committee", "provincial", "VN-01")]),
    # ... its office, written as a compound or with "of"
    ("Lo Van Hung, Deputy Chief of the Lai Chau Provincial Party Committee Office, spoke.",
     [("Office of the Lai Chau Provincial Party Committee", "provincial", "VN-01")]),
    ("The Office of the Bac Kan Provincial Party Committee sent the report.",
     [("Office of the Bac Kan Provincial Party Committee", "provincial", "VN-53"),
      ("Bac Kan Provincial Party Committee", "provincial", "VN-53")]),
    # ... and its propaganda and mass mobilisation organs, apart or merged
    ("The Ben Tre Provincial Party Committee's Commission for Publicity and Mass Mobilisation "
     "held a conference.",
     [("Ben Tre Provincial Party Committee", "provincial", "VN-50"),
      ("Propaganda and Mass Mobilisation Commission of the Ben Tre Provincial Party "
       "Committee", "provincial", "VN-50")]),
    ("The Propaganda Department of the Lang Son Provincial Party Committee and its Mass "
     "Mobilization Department were merged.",
     [("Propaganda Commission of the Lang Son Provincial Party Committee", "provincial",
       "VN-09"),
      ("Lang Son Provincial Party Committee", "provincial", "VN-09"),
      ("Mass Mobilisation Commission of the Lang Son Provincial Party Committee", "provincial",
       "VN-09")]),
    ("The Quang Tri Provincial Party Committee's Propaganda and Mass Mobilization Department "
     "held a conference.",
     [("Quang Tri Provincial Party Committee", "provincial", "VN-25"),
      ("Propaganda and Mass Mobilisation Commission of the Quang Tri Provincial Party "
       "Committee", "provincial", "VN-25")]),
    # a body that exists only at the provincial level is the province's with its bare head
    ("The Management Board of Industrial Parks cut two divisions in 2024.",
     [("Provincial Management Board of Industrial Parks", "provincial", None)]),
    # a People's Committee's Party civil affairs board, however the page words it
    ("Dinh Van Tai, former secretary of the Dong Nai provincial Party Civil Affairs "
     "Committee, was disciplined.",
     [("Party Civil Affairs Board of the Dong Nai Provincial People's Committee", "provincial",
       "VN-39")]),
    ("In the department category, the Management Board of Economic Zones ranked first in 2020.",
     [("Provincial Economic Zone Management Board", "provincial", None)]),
    # the office a province's National Assembly delegation shares with its People's Council
    ("The Office of the National Assembly Delegation and Provincial People's Council of Ca "
     "Mau province will have four divisions.",
     [("Office of the Ca Mau National Assembly Delegation and Provincial People's Council",
       "provincial", "VN-59")]),
    ("The Office of the NA Delegation and the new City People's Council will be reorganized.",
     [("Office of the Provincial National Assembly Delegation and People's Council",
       "provincial", None)]),
    # the Front's Central Committee, with or without "the", is the Front and no Party organ
    ("The Central Committee of Vietnam Fatherland Front held its congress.",
     [("Vietnam Fatherland Front", "central", None)]),
    ("The Central Committee of the Viet Nam Fatherland Front held its congress.",
     [("Vietnam Fatherland Front", "central", None)]),
    ("The province's Digital Government pillar ranked ninth.", []),
    # a city's body the text calls provincial keeps that name (Hue before it became a city)
    ("In 2021 the Thua Thien Hue Provincial People's Committee approved the plan.",
     [("Thua Thien Hue Provincial People's Committee", "provincial", "VN-26")]),
    ("On Monday the Government cut procedures.", [("Government", "central", None)]),
    # a word of the body's time before it keeps the bare name ("the new Government")
    ("After the overhaul the new Government will have 14 ministries.",
     [("Government", "central", None)]),
    ("The General Statistics Office and the State Treasury shared data.",
     [("General Statistics Office", "central", None), ("State Treasury", "central", None)]),
    ("The General Department of Taxation and Vietnam Customs moved services online.",
     [("General Department of Taxation", "central", None),
      ("General Department of Vietnam Customs", "central", None)]),
    ("The Ministry of National Defense simplified 40 procedures.", [("Ministry of National Defence", "central", None)]),
    ("Under the direction of the Government, localities improved.", [("Government", "central", None)]),
    ("The Politburo issued Resolution 57.", [("Politburo", "central", None)]),
    ("The National Assembly passed the law.", [("National Assembly", "central", None)]),
    ("The Government's Steering Committee for Administrative Reform (SCAR) met; SCAR praised Ha Tinh.",
     [("Government's Steering Committee for Administrative Reform", "central", None)]),
    ("Members of the Government's Administrative Reform Steering Committee spoke.",
     [("Government's Steering Committee for Administrative Reform", "central", None)]),
    ("Ha Tinh Provincial People's Committee issued a plan.",
     [("Ha Tinh Provincial People's Committee", "provincial", "VN-23")]),
    ("The People's Committee of Cao Bang province approved the list.",
     [("Cao Bang Provincial People's Committee", "provincial", "VN-04")]),
    ("Hanoi People's Committee adopted the plan.", [("Hanoi People's Committee", "provincial", "VN-HN")]),
    ("The Ho Chi Minh City People's Council passed a resolution.",
     [("Ho Chi Minh City People's Council", "provincial", "VN-SG")]),
    ("Ha Giang's Provincial Party Committee met.", [("Ha Giang Provincial Party Committee", "provincial", "VN-03")]),
    ("In Lang Son, the provincial People's Committee set targets for Lang Son.",
     [("Lang Son Provincial People's Committee", "provincial", "VN-09")]),
    ("The Provincial People's Committee issued a plan.",
     [("Provincial People's Committee", "provincial", None)]),
    ("Bac Giang Provincial Public Administration Service Center received 2,000 dossiers.",
     [("Bac Giang Provincial Public Administration Service Centre", "provincial", "VN-54")]),
    ("The Dak Lak Department of Home Affairs led the review.",
     [("Dak Lak Department of Home Affairs", "provincial", "VN-33")]),
    ("In Nghe An, the Department of Justice checked 300 procedures in Nghe An.",
     [("Nghe An Department of Justice", "provincial", "VN-22")]),
    ("The Department of Information and Communication trained staff.",
     [("Department of Information and Communications", "provincial", None)]),
    ("Lac Son District People's Committee reported first.",
     [("Lac Son District People's Committee", "district", None)]),
    ("Cam Xuyen Township People's Committee opened a one-stop desk.",
     [("Cam Xuyen Township People's Committee", "commune", None)]),
    ("Phu Giao Commune People's Council met on Friday.",
     [("Phu Giao Commune People's Council", "commune", None)]),
    ("The Tuyen Quang Provincial Steering Committee for Digital Transformation met.",
     [("Tuyen Quang Provincial Steering Committee for Digital Transformation", "provincial", "VN-07")]),
    ("UNDP and VCCI published the results.",
     [("United Nations Development Programme", "international", None),
      ("Vietnam Chamber of Commerce and Industry", "central", None)]),
    ("Party chief To Lam, Head of the Central Steering Committee for summarising the "
     "implementation of Resolution 18-NQ/TW, chaired the meeting.",
     [("Central Steering Committee for summarising the implementation of Resolution 18-NQ/TW",
       "central", None)]),
    # a lower-case description with a list runs on to the capitalised words that end it ...
    ("The city set up a Steering Committee for the development of science, technology, "
     "innovation, digital transformation, and the implementation of Project 06.",
     [("Steering Committee for the development of science, technology, innovation, digital "
       "transformation, and the implementation of Project 06", "central", None)]),
    # ... while a capitalised name stops at the comma before a lower-case word
    ("The Steering Committee for Project 06, and officials of the city, met.",
     [("Steering Committee for Project 06", "central", None)]),
    ("The Government's Steering Committee on Science, Technology and Innovation met.",
     [("Government's Steering Committee on Science, Technology and Innovation", "central", None)]),
    ("In Ha Giang, the provincial Steering Committee for Administrative Reform, Digital "
     "Transformation and Project 06 met. Ha Giang leads.",
     [("Ha Giang Provincial Steering Committee for Administrative Reform, Digital Transformation "
       "and Project 06", "provincial", "VN-03")]),
    # ... also with the project's number written "No. 06" or "No.06"
    ("In Lao Cai, the provincial Steering Committee for Digital Transformation, Project No. 06 "
     "and Smart City met. Lao Cai leads.",
     [("Lao Cai Provincial Steering Committee for Digital Transformation, Project No. 06 and "
       "Smart City", "provincial", "VN-02")]),
    ("In Lao Cai, the provincial Steering Committee for Administrative Reform and Project "
     "No.06 met. Lao Cai leads.",
     [("Lao Cai Provincial Steering Committee for Administrative Reform and Project No.06",
       "provincial", "VN-02")]),
    ("After July 1, the Public Administrative Service Centre of Pu Nhung commune received 56 "
     "dossiers.", [("Pu Nhung Commune Public Administration Service Centre", "commune", None)]),
    ("Hai Phong leads. In Hai Phong, the city's Steering Committee for Administrative Reform met.",
     [("Hai Phong Steering Committee for Administrative Reform", "provincial", "VN-HP")]),
    # other spellings the press uses for known bodies, and bodies met on real pages
    ("Lawmakers said the Communist Party wanted a leaner state.",
     [("Communist Party of Vietnam", "central", None)]),
    ("Vietnam's Communist Party will hold its congress next year.",
     [("Communist Party of Vietnam", "central", None)]),
    ("The Ministry of Interior drafted the merger plan.", [("Ministry of Home Affairs", "central", None)]),
    ("The Ministry of Labor, Invalids, and Social Affairs will be dissolved.",
     [("Ministry of Labour, Invalids and Social Affairs", "central", None)]),
    ("The Ministry of Ethnic Minority and Religious Affairs grows out of the Government Committee "
     "for Ethnic Affairs.", [("Ministry of Ethnic Minorities and Religions", "central", None),
                             ("Committee for Ethnic Minority Affairs", "central", None)]),
    ("Next came the Ministry of Environment and Natural Resources.",
     [("Ministry of Natural Resources and Environment", "central", None)]),
    ("The State Capital Management Committee will hand its tasks to the Ministry of Finance.",
     [("Commission for the Management of State Capital at Enterprises", "central", None),
      ("Ministry of Finance", "central", None)]),
    ("The 13th Central Committee approved the plan.", [("Party Central Committee", "central", None)]),
    ("The CPV's Central Committee elected new members.",
     [("Communist Party of Vietnam", "central", None), ("Party Central Committee", "central", None)]),
    ("The Central Committee of the Ho Chi Minh Communist Youth Union launched a campaign.",
     [("Ho Chi Minh Communist Youth Union", "central", None)]),
    ("The State Audit found errors in 12 projects.", [("State Audit Office of Vietnam", "central", None)]),
    ("The National Financial Supervisory Commission and the Religious Affairs Committee will close.",
     [("National Financial Supervisory Commission", "central", None),
      ("Government Committee for Religious Affairs", "central", None)]),
    ("The Vietnam Academy of Science and Technology led, ahead of Vietnam Television (VTV) and the "
     "Voice of Vietnam.", [("Vietnam Academy of Science and Technology", "central", None),
                           ("Vietnam Television", "central", None), ("Voice of Vietnam", "central", None)]),
    ("The National Credit Information Center (CIC) matched six million records.",
     [("National Credit Information Center", "central", None)]),
    ("Fees can be paid via PayGov, the National Payment Support Gateway.",
     [("National Payment Gateway", "central", None)]),
    ("The Citizen ID Card Issuance and Management System went live beside the National Database on "
     "Insurance.", [("Citizen Identification Card Issuance and Management System", "central", None),
                    ("National Insurance Database", "central", None)]),
    ("The survey was run by the Prime Minister's Advisory Council on Administrative Procedure Reform.",
     [("Prime Minister's Advisory Council on Administrative Procedure Reform", "central", None)]),
    ("The PM's Working Group inspected five ministries in January.",
     [("Prime Minister's Working Group", "central", None)]),
    ("The PM's Working Group for Project 06 met.", [("Working Group for Project 06", "central", None)]),
    ("The Department of Administrative Procedure Management counted the dossiers.",
     [("Administrative Procedure Control Agency", "central", None)]),
    ("He quoted the Central Steering Committee on science and technology development, innovation "
     "and digital transformation.",
     [("Central Steering Committee on Science, Technology, Innovation and Digital Transformation",
       "central", None)]),
    ("Chairman of the provincial People's Commitee Tran Van Ba said Bac Ninh led. Bac Ninh grew.",
     [("Bac Ninh Provincial People's Committee", "provincial", "VN-56")]),
    # long names and "X ministry" names written in lower case still name the body
    ("Over 4,000 services are offered on the national public service portal.",
     [("National Public Service Portal", "central", None)]),
    ("Records flow from the national database on population to the national database on insurance.",
     [("National Population Database", "central", None), ("National Insurance Database", "central", None)]),
    ("The transport ministry and the construction ministry will merge.",
     [("Ministry of Transport", "central", None), ("Ministry of Construction", "central", None)]),
    ("The ministry of justice reviewed 40 decrees.", [("Ministry of Justice", "central", None)]),
    ("In Hoa Binh, the provincial administrative service center took 900 dossiers. Hoa Binh leads.",
     [("Hoa Binh Provincial Public Administration Service Centre", "provincial", "VN-14")]),
    ("In Hoa Binh, the provincial department of home affairs checked 20 units. Hoa Binh leads.",
     [("Hoa Binh Department of Home Affairs", "provincial", "VN-14")]),
    ("A public service portal is easy to use.", []),
    ("The ministry said that ministries and ministry-level agencies must report.", []),
    ("The state bank lent more.", []),
    # one plural head shared by a list of bodies
    ("The ministries of finance, justice, agriculture and rural development, and industry and "
     "trade followed the central bank.",
     [("Ministry of Finance", "central", None), ("Ministry of Justice", "central", None),
      ("Ministry of Agriculture and Rural Development", "central", None),
      ("Ministry of Industry and Trade", "central", None)]),
    ("Also in the top ten were the ministries of Trade and Industry; Culture, Sports and Tourism; "
     "Transport; and Home Affairs.",
     [("Ministry of Industry and Trade", "central", None),
      ("Ministry of Culture, Sports and Tourism", "central", None),
      ("Ministry of Transport", "central", None), ("Ministry of Home Affairs", "central", None)]),
    ("The Ministries of Planning and Investment and Finance will merge.",
     [("Ministry of Planning and Investment", "central", None), ("Ministry of Finance", "central", None)]),
    ("Inspectors visited the People's Committees of Hoa Lac and Tan Phu Wards.",
     [("Hoa Lac Ward People's Committee", "commune", None),
      ("Tan Phu Ward People's Committee", "commune", None)]),
    ("The team then checked the People's Committees of Dai Phuoc, Long Tan, and Phu Hoi communes.",
     [("Dai Phuoc Commune People's Committee", "commune", None),
      ("Long Tan Commune People's Committee", "commune", None),
      ("Phu Hoi Commune People's Committee", "commune", None)]),
    # a special zone (2025) is a commune-level unit: its bodies are named like a commune's
    ("The Bach Long Vi Special Zone People's Committee and the Cat Hai Special Zone Public "
     "Administration Service Center opened on July 1.",
     [("Bach Long Vi Special Zone People's Committee", "commune", None),
      ("Cat Hai Special Zone Public Administration Service Centre", "commune", None)]),
    ("The People's Council of Ly Son Special Zone held its first session.",
     [("Ly Son Special Zone People's Council", "commune", None)]),
    ("The People's Committees of Binh Long Ward and Tan Khai Commune reported on Monday.",
     [("Binh Long Ward People's Committee", "commune", None),
      ("Tan Khai Commune People's Committee", "commune", None)]),
    ("The People's Councils of Ha Tinh and Nghe An provinces passed resolutions.",
     [("Ha Tinh Provincial People's Council", "provincial", "VN-23"),
      ("Nghe An Provincial People's Council", "provincial", "VN-22")]),
    ("In Quang Ngai, the Departments of Home Affairs, Justice and Finance trained staff. Quang Ngai "
     "leads.", [("Quang Ngai Department of Home Affairs", "provincial", "VN-29"),
                ("Quang Ngai Department of Justice", "provincial", "VN-29"),
                ("Quang Ngai Department of Finance", "provincial", "VN-29")]),
    # a part of a People's Committee named "at" it, by the part's variant name
    ("Quang Ngai leads. Quang Ngai is the province. The Party Civil Affairs Committee at the "
     "provincial People's Committee met.",
     [("Party Civil Affairs Board of the Quang Ngai Provincial People's Committee", "provincial",
       "VN-29")]),
    # a province's police as the press writes it: "Public Security", a district's "Division"
    ("Lang Son ranked its departments. In Lang Son province, the Provincial Public Security "
     "topped the ranking.",
     [("Lang Son Provincial Police", "provincial", "VN-09")]),
    ("The Tan Lac District Division of Public Security issued 7,000 cards.",
     [("Tan Lac District Division of Public Security", "district", None)]),
    ("Minister of Public Security To Lam visited Hanoi. Hanoi leads.", []),
    # the Party Central Committee's Office, named with the Party's full name
    ("Head of the Office of the Communist Party of Viet Nam Central Committee Le Minh Hung "
     "spoke.", [("Party Central Committee's Office", "central", None)]),
    # a province placed by a description before its name
    ("Nguyen Khac Dinh, Secretary of the Party Committee of central Khanh Hoa province, spoke.",
     [("Khanh Hoa Provincial Party Committee", "provincial", "VN-34")]),
    ("The People's Committee of northern Lao Cai province met.",
     [("Lao Cai Provincial People's Committee", "provincial", "VN-02")]),
    # a page that names one province once, and its bodies by the level word alone, twice
    ("Vice Chairwoman of the Provincial People's Committee Lo Thi Mai met the Department of "
     "Health. Lai Chau province keeps the Department of Justice under the Provincial People's "
     "Committee.",
     [("Lai Chau Provincial People's Committee", "provincial", "VN-01"),
      ("Lai Chau Department of Health", "provincial", "VN-01"),
      ("Lai Chau Department of Justice", "provincial", "VN-01")]),
    ("Vice Chairman of the City People's Committee Tran Van Minh chaired the meeting with the "
     "Department of Finance. Can Tho city will merge two departments under the City People's "
     "Committee.",
     [("Can Tho People's Committee", "provincial", "VN-CT"),
      ("Can Tho Department of Finance", "provincial", "VN-CT")]),
    ("The PPC held a conference on the DDCI. The Department of Justice came second. PPC "
     "Chairman Pham Dai Duong said Phu Yen will keep reforming.",
     [("Phu Yen Provincial People's Committee", "provincial", "VN-32"),
      ("Phu Yen Department of Justice", "provincial", "VN-32")]),
    # the one province a headline names, named more often than any other
    ("Lang Son among localities meeting the online services target\n\nSeven provinces met "
     "it: An Giang, Da Nang, Lao Cai, Lang Son, Hue, Nam Dinh and Tien Giang. In the first quarter, "
     "the Provincial Public Administration Service Center received 7,520 dossiers.",
     [("Lang Son Provincial Public Administration Service Centre", "provincial", "VN-09")]),
    # ... not once, nor with a second province named
    ("The Provincial People's Committee met the Department of Health. Lai Chau province keeps "
     "the Department of Justice.",
     [("Provincial People's Committee", "provincial", None),
      ("Department of Health", "provincial", None),
      ("Department of Justice", "provincial", None)]),
    ("Lang Son and Cao Bang lead\n\nSeven provinces met it: Lang Son, Cao Bang and Nam Dinh "
     "among them. The Provincial Public Administration Service Center received 7,520 dossiers.",
     [("Provincial Public Administration Service Centre", "provincial", None)]),
    ("The Provincial People's Committee met the Department of Health. Lai Chau and Dien Bien "
     "provinces keep the Department of Justice under the Provincial People's Committee.",
     [("Provincial People's Committee", "provincial", None),
      ("Department of Health", "provincial", None),
      ("Department of Justice", "provincial", None)]),
    # ... after a colon, or sharing the "Department of" of the first one named in full
    ("Attending were the leaders of the province's departments: Home Affairs, Finance and "
     "Justice.",
     [("Department of Home Affairs", "provincial", None),
      ("Department of Finance", "provincial", None),
      ("Department of Justice", "provincial", None)]),
    ("Three units stay unchanged, including: Department of Health, Foreign Affairs, Education "
     "and Training.",
     [("Department of Health", "provincial", None),
      ("Department of Foreign Affairs", "provincial", None),
      ("Department of Education and Training", "provincial", None)]),
    ("The Public Administration Service Centres of Lang Son's communes settled 99% of dossiers.", []),
    ("The People's Committees of 126 communes filed reports.", []),
    ("The ministries of the central government must act.", []),
    # a body that is a part of a local body names both: office, Party boards, standing committees
    ("In Hoa Binh, the Office of the Provincial People's Committee updated the data. Hoa Binh grew.",
     [("Office of the Hoa Binh Provincial People's Committee", "provincial", "VN-14"),
      ("Hoa Binh Provincial People's Committee", "provincial", "VN-14")]),
    ("The office of the provincial People's Committee posted 300 procedures.",
     [("Office of the Provincial People's Committee", "provincial", None),
      ("Provincial People's Committee", "provincial", None)]),
    ("Ninh Binh set goals in a resolution of the Party Civil Affairs Board of the provincial "
     "People's Committee. Ninh Binh rose.",
     [("Party Civil Affairs Board of the Ninh Binh Provincial People's Committee", "provincial", "VN-18"),
      ("Ninh Binh Provincial People's Committee", "provincial", "VN-18")]),
    ("Le Van Ba, member of the Standing Committee of the old Ha Giang Provincial Party Committee, "
     "was moved.", [("Ha Giang Provincial Party Standing Committee", "provincial", "VN-03"),
                    ("Ha Giang Provincial Party Committee", "provincial", "VN-03")]),
    ("The Executive Committee of the Quang Tri Provincial Party Committee has 63 members.",
     [("Quang Tri Provincial Party Executive Committee", "provincial", "VN-25"),
      ("Quang Tri Provincial Party Committee", "provincial", "VN-25")]),
    ("In Quang Tri, the Provincial Standing Committee has 18 members and the Provincial Inspection "
     "Committee 15. Quang Tri grew.", [("Quang Tri Provincial Party Standing Committee", "provincial", "VN-25"),
                                      ("Quang Tri Provincial Inspection Committee", "provincial", "VN-25")]),
    ("Tuyen Quang named the Provincial Party Committee Standing Committee. Tuyen Quang grew.",
     [("Tuyen Quang Provincial Party Standing Committee", "provincial", "VN-07")]),
    # a province's state treasury and social security office, named with the level word
    ("Hai Duong services\n\nHai Duong opened its centre in 2023. The Provincial State Treasury "
     "and the Provincial Social Security moved in.",
     [("Hai Duong Provincial State Treasury", "provincial", "VN-61"),
      ("Hai Duong Provincial Social Security", "provincial", "VN-61")]),
    # ... also with the level word written small before a one-word name
    ("Hai Duong services\n\nHai Duong opened its centre in 2023. The provincial Inspectorate "
     "and the provincial Police moved in.",
     [("Hai Duong Provincial Inspectorate", "provincial", "VN-61"),
      ("Hai Duong Provincial Police", "provincial", "VN-61")]),
    # ... while the sector named in a list is no body
    ("Units at the centre include the Police, Social Insurance and Tax.", []),
    # a Party committee's standing board also goes by "Standing Commission"; its inspection
    # commission is also named with the committee in the possessive
    ("The Standing Commission of the Hai Duong Provincial Party Committee met.",
     [("Hai Duong Provincial Party Standing Committee", "provincial", "VN-61"),
      ("Hai Duong Provincial Party Committee", "provincial", "VN-61")]),
    ("The Da Nang City Party Committee's Inspection Commission met.",
     [("Da Nang Party Committee", "provincial", "VN-DN"),
      ("Da Nang Inspection Committee", "provincial", "VN-DN")]),
    ("The Standing Committee of the Ha Tinh Provincial People's Council met.",
     [("Ha Tinh Provincial People's Council Standing Committee", "provincial", "VN-23"),
      ("Ha Tinh Provincial People's Council", "provincial", "VN-23")]),
    ("The Working Group of the Provincial People's Committee inspected communes.",
     [("Working Group of the Provincial People's Committee", "provincial", None),
      ("Provincial People's Committee", "provincial", None)]),
    ("The Standing Committee met on Friday.", []),
    # a committee read from its head: "No. 18" goes on, a later "of <another body>" ends it
    ("The Government's Steering Committee for the review of Resolution 18 of the 12th Central "
     "Committee met.", [("Government's Steering Committee for the review of Resolution 18", "central", None),
                        ("Party Central Committee", "central", None)]),
    ("The Steering Committee on reviewing Resolution No. 18 of the 6th Central Conference held its "
     "first session.",
     [("Steering Committee on reviewing Resolution No. 18 of the 6th Central Conference", "central", None)]),
    # a level word before the head and the place after it: that place's body, also when the
    # story names another commune
    ("The Communal Public Administration Center in Tan Dinh Ward opened. Nearby, Binh Loi "
     "Commune's Public Administration Center did too.",
     [("Tan Dinh Ward Public Administration Service Centre", "commune", None),
      ("Binh Loi Commune Public Administration Service Centre", "commune", None)]),
    # an unnamed local body after a lead phrase naming its place: that place's body
    ("In Le Chan ward, after a month, the Ward Public Administration Service Center had 2,100 "
     "records. In Hong Bang ward, the ward's Public Administration Service Center had 1,900.",
     [("Le Chan Ward Public Administration Service Centre", "commune", None),
      ("Hong Bang Ward Public Administration Service Centre", "commune", None)]),
    # a serial comma before a committee's last field; a name read from its head that is a
    # known committee's but for function words and commas is that committee
    ("The Government Steering Committee for Science, Technology, Innovation, and Digital "
     "Transformation and Project 06 met on March 18.",
     [("Government Steering Committee on Science, Technology, Innovation, Digital Transformation "
       "and Project 06", "central", None)]),
    ("The Provincial Steering Committee for Tourism, Trade, and Investment met.",
     [("Provincial Steering Committee for Tourism, Trade, and Investment", "provincial", None)]),
    # words run together by a lost space are read apart; "PAR" names the reform committee
    ("The Government's SteeringCommittee for Administrative Reform met.",
     [("Government's Steering Committee for Administrative Reform", "central", None)]),
    ("The Government PAR Steering Committee announced the index.",
     [("Government's Steering Committee for Administrative Reform", "central", None)]),
    # central bodies under names the press also uses
    ("The Central Committee on Policy and Strategy drafted the report.",
     [("Central Policy and Strategy Commission", "central", None)]),
    # a system whose name opens on a one-letter prefix ("e-Cabinet") is capitalised
    ("By June the e-Cabinet system had served 31 Government meetings.",
     [("e-Cabinet System", "central", None), ("Government", "central", None)]),
    ("He told the Government e-Portal that the draft was ready.",
     [("Government Portal", "central", None)]),
    ("The National Reporting Platform links 22 ministries.",
     [("National Information Reporting System", "central", None)]),
    ("The new Ministry of Ethnicity and Religion took over the tasks.",
     [("Ministry of Ethnic Minorities and Religions", "central", None)]),
    # a province's delegation of National Assembly deputies
    ("The Ha Tinh National Assembly Delegation met voters in Ky Anh.",
     [("Ha Tinh National Assembly Delegation", "provincial", "VN-23")]),
    # ministries named by their domain alone in a roll after "ministries ... are / include"
    ("The 14 ministries kept are National Defense, Public Security, Justice and Finance.",
     [("Ministry of National Defence", "central", None), ("Ministry of Public Security", "central", None),
      ("Ministry of Justice", "central", None), ("Ministry of Finance", "central", None)]),
    ("The merged ministries include: Finance, Construction, and Agriculture and Environment.",
     [("Ministry of Finance", "central", None), ("Ministry of Construction", "central", None),
      ("Ministry of Agriculture and Environment", "central", None)]),
    # ... an item the table does not know is passed over to the next comma
    ("The ministries kept are Justice, Culture-Sport-Tourism, Health, and Finance.",
     [("Ministry of Justice", "central", None), ("Ministry of Health", "central", None),
      ("Ministry of Finance", "central", None)]),
    # ... three of them at least, capitalised, or as many as a count before a colon says
    ("Two ministries are Health and Justice.", []),
    ("2 Ministries: Justice and Construction have not reported.",
     [("Ministry of Justice", "central", None), ("Ministry of Construction", "central", None)]),
    ("Three ministries: Justice and Construction have not reported.", []),
    ("The ministries are working on justice, health and finance reforms.", []),
    # a subject written in lower case runs on to where the sentence takes over: punctuation,
    # a verb of the stop list, a determined common noun ("of the province"), a line end
    ("The Government Steering Committee on administrative procedure reform and decentralization "
     "met on Monday.",
     [("Government Steering Committee on administrative procedure reform and decentralization",
       "central", None)]),
    ("A decision set up the Steering Committee on reviewing Resolution No. 18 of the 6th Central "
     "Conference, 13th tenure, chaired by the Prime Minister.",
     [("Steering Committee on reviewing Resolution No. 18 of the 6th Central Conference, 13th tenure",
       "central", None)]),
    ("Officials of the Steering Committee on streamlining the Government apparatus according to "
     "the plan met.",
     [("Steering Committee on streamlining the Government apparatus", "central", None)]),
    ("The Central Steering Committee on housing policy and real estate market asks ministries to "
     "report.",
     [("Central Steering Committee on housing policy and real estate market", "central", None)]),
    ("The Steering Committee for summarising Resolution 18 of the province met.",
     [("Steering Committee for summarising Resolution 18", "central", None)]),
    # with no capitalised word, a determiner leaves the end unclear: no name is read
    ("The Steering Committee for the implementation of the plan reviewed the draft.", []),
    ("The Steering Committee for land policy reform reviewed cases of 2024.",
     [("Steering Committee for land policy reform", "central", None)]),
    ("The Central Steering Committee for summarising Resolution No. 18-NQ/TW of the Politburo met.",
     [("Central Steering Committee for summarising Resolution No. 18-NQ/TW", "central", None),
      ("Politburo", "central", None)]),
    # in a story about several provinces, a bare provincial body is that of the one province
    # whose local bodies the story names
    ("Lam Dong, Dak Nong and Binh Thuan will merge. The Lam Dong Provincial People's Council met "
     "on Monday; the Chair of the Provincial People's Council said the Provincial Party Committee "
     "agreed.", [("Lam Dong Provincial People's Council", "provincial", "VN-35"),
                 ("Lam Dong Provincial Party Committee", "provincial", "VN-35")]),
    ("Ha Tinh and Nghe An merged units. The Ha Tinh Provincial People's Committee and the Nghe An "
     "Provincial People's Committee met; the Provincial Party Committee agreed.",
     [("Ha Tinh Provincial People's Committee", "provincial", "VN-23"),
      ("Nghe An Provincial People's Committee", "provincial", "VN-22"),
      ("Provincial Party Committee", "provincial", None)]),
    # a commune's or district's own body, written with a possessive
    ("The Pu Nhung commune's Public Administrative Service Center has four computers.",
     [("Pu Nhung Commune Public Administration Service Centre", "commune", None)]),
    ("Tan Hung commune’s People's Committee met on Monday.",
     [("Tan Hung Commune People's Committee", "commune", None)]),
    # numbered teams and groups; a name after "of" ends at its first lower-case word
    ("Tran Van Ba, Head of Inspection Team 195, announced the decision.",
     [("Inspection Team 195", "central", None)]),
    ("Working Group No. 3 and Working Group 5 of the Government visited three ministries.",
     [("Working Group No. 3", "central", None), ("Working Group 5 of the Government", "central", None),
      ("Government", "central", None)]),
    ("The Working Group 2025 plan was adopted.", []),
    ("The inspection team visited three wards.", []),
    # public service units named by their head: hospitals, operation and data centres
    ("Bach Mai Hospital and Cho Ray Hospital accept chip-based ID cards, as does Ha Tinh General "
     "Hospital.", [("Bach Mai Hospital", "central", None), ("Cho Ray Hospital", "central", None),
                   ("Ha Tinh General Hospital", "provincial", "VN-23")]),
    ("The Da Nang Intelligent Operation Centre links 40 camera systems.",
     [("Da Nang Intelligent Operation Centre", "provincial", "VN-DN")]),
    ("Residents queue at the Da Nang Administrative Centre.",
     [("Da Nang Administrative Centre", "provincial", "VN-DN")]),
    ("The district hospital treated 300 patients; the Hospital said so.", []),
    # a province's possessive names its body; an owner's possessive is no part of a name
    ("Lai Chau Province's Inspectorate and Lai Chau province's Department of Justice met.",
     [("Lai Chau Provincial Inspectorate", "provincial", "VN-01"),
      ("Lai Chau Department of Justice", "provincial", "VN-01")]),
    ("The city's Steering Committee met on Monday.", []),
    # courts, procuracies, statistics offices and information systems named by their head
    ("The Can Tho People's Court and the Provincial People's Procuracy of Soc Trang met.",
     [("Can Tho People's Court", "provincial", "VN-CT"),
      ("Provincial People's Procuracy of Soc Trang", "provincial", "VN-52")]),
    ("The Nam Dinh Provincial Statistics Office counted 2,100 civil servants.",
     [("Nam Dinh Provincial Statistics Office", "provincial", "VN-67")]),
    ("Appeals go to the Central Military Court.", [("Central Military Court", "central", None)]),
    ("Dossiers move through the Hanoi Administrative Procedure Processing Information System.",
     [("Hanoi Administrative Procedure Processing Information System", "provincial", "VN-HN")]),
    ("The case went to the people's court; the Supreme People's Court upheld it.",
     [("Supreme People's Court", "central", None)]),
    # one-stop sections and provincial data platforms
    ("By 2020, the One-Stop Service of Nhon Trach district took 34,000 records.",
     [("Nhon Trach District One-Stop Service", "district", None)]),
    ("At the one-stop service, people wait less.", []),
    ("Lao Cai runs a provincial data integration and sharing platform (LGSP). Lao Cai grew.",
     [("Lao Cai Provincial Data Integration and Sharing Platform", "provincial", "VN-02")]),
    ("The National Data Integration and Sharing Platform links 100 systems.",
     [("National Data Integration and Sharing Platform", "central", None)]),
    # ministries' acronyms as the press writes them
    ("Nine banks signed an agreement with MoIT and MoHA.",
     [("Ministry of Industry and Trade", "central", None), ("Ministry of Home Affairs", "central", None)]),
    ("This is the eighth year MHA has measured the satisfaction index.",
     [("Ministry of Home Affairs", "central", None)]),
    # a local body's head owned by a central body
    ("The Party Committee of the Ministry of Home Affairs held its congress.",
     [("Party Committee of the Ministry of Home Affairs", "central", None),
      ("Ministry of Home Affairs", "central", None)]),
    ("The Ministry of Public Security's Party Committee launched the drive.",
     [("Party Committee of the Ministry of Public Security", "central", None)]),
    ("The Inspectorate of the Ministry of Finance checked 40 units.",
     [("Inspectorate of the Ministry of Finance", "central", None), ("Ministry of Finance", "central", None)]),
    ("The Public Service Portal of the Ministry of Public Security took 3 million dossiers.",
     [("Public Service Portal of the Ministry of Public Security", "central", None),
      ("Ministry of Public Security", "central", None)]),
    ("The Party Committee of the Government met.", [("Government Party Committee", "central", None)]),
    ("The National Assembly Party Committee met.", [("National Assembly Party Committee", "central", None)]),
    ("The Standing Committee of the NA and the National Assembly's Office met.",
     [("National Assembly Standing Committee", "central", None),
      ("Office of the National Assembly", "central", None)]),
    ("Records are synced with the National Database on Cadres, Civil Servants and Public Employees.",
     [("National Database on Cadres, Civil Servants and Public Employees", "central", None)]),
    ("The Government Portal published the decree.", [("Government Portal", "central", None)]),
    # a committee's subjects joined by "and" after its known name
    ("In Ha Tinh, the Provincial Steering Committee for Administrative Reform and Digital "
     "Transformation met. Ha Tinh grew.",
     [("Ha Tinh Provincial Steering Committee for Administrative Reform and Digital Transformation",
       "provincial", "VN-23")]),
    ("In Ha Tinh, the Provincial Steering Committee for Administrative Reform and the Department of "
     "Home Affairs met. Ha Tinh grew.",
     [("Ha Tinh Provincial Steering Committee for Administrative Reform", "provincial", "VN-23"),
      ("Ha Tinh Department of Home Affairs", "provincial", "VN-23")]),
    # a place's body named with a companion: "the Party Committee and authorities of X"
    ("In its first days, the Party Committee and authorities of Pu Nhung commune acted quickly.",
     [("Pu Nhung Commune Party Committee", "commune", None)]),
    ("The Party Committee and the people of Ha Tinh province made great efforts.",
     [("Ha Tinh Provincial Party Committee", "provincial", "VN-23")]),
    ("The Public Administration Service Centre of Ben Thanh Ward opened.",
     [("Ben Thanh Ward Public Administration Service Centre", "commune", None)]),
    ("The Party Committee and agencies of the province met.", []),
    # an unnamed district or commune body in a story about one district or commune is its body
    ("Nhon Trach district took 34,000 records. The District Administrative Reform Steering "
     "Committee said 99% were on time.",
     [("Nhon Trach District Steering Committee for Administrative Reform", "district", None)]),
    ("Pu Nhung commune opened a centre. The commune People's Committee posted the procedures.",
     [("Pu Nhung Commune People's Committee", "commune", None)]),
    ("Tan Hung commune and Tan Quan commune met. The commune People's Committee said.", []),
    ("Pu Nhung commune met. Each commune People's Committee must report.", []),
    ("Each District People's Committee must report.", []),
    ("The An Loc Ward People's Committee met.", [("An Loc Ward People's Committee", "commune", None)]),
    # a known central committee whose subjects go on after its known name
    ("The Government's Steering Committee for Administrative Reform and Digital Transformation met.",
     [("Government's Steering Committee for Administrative Reform and Digital Transformation",
       "central", None)]),
    # its name until 2021, which pages of the portal's early years use
    ("Deputy Prime Minister Vu Duc Dam, vice chairman of the National Committee on e-Government, "
     "opened the forum.", [("National Committee on E-Government", "central", None)]),
    ("The National Committee on Digital Transformation and the Ministry of Finance met.",
     [("National Committee on Digital Transformation", "central", None),
      ("Ministry of Finance", "central", None)]),
    # a possessive part names its owner too
    ("Ninh Binh missed the goal of the provincial Party Committee's Standing Board. Ninh Binh rose.",
     [("Ninh Binh Provincial Party Committee", "provincial", "VN-18"),
      ("Ninh Binh Provincial Party Standing Committee", "provincial", "VN-18")]),
    # public service units: colleges, universities and management boards, by their names
    ("The province keeps 11 units, including the Binh Phuoc Medical College, the Ninh Thuan "
     "Province Road Construction Investment Project Management Board and the Bu Gia Map - Ta "
     "Thiet National Park Management Board.",
     [("Binh Phuoc Medical College", "provincial", "VN-58"),
      ("Ninh Thuan Province Road Construction Investment Project Management Board",
       "provincial", "VN-36"),
      ("Bu Gia Map - Ta Thiet National Park Management Board", "central", None)]),
    ("The Hue Medical College opened a campus.",
     [("Hue Medical College", "provincial", "VN-26")]),
    # a university named in an official's career is left out (annotated pages leave it out)
    ("Tran Van Nam was Rector of the Hanoi Law University before 2016.", []),
    # a province's social security office under its other names; the benefit is no body
    ("The Ha Nam Provincial Social Insurance paid pensions online. Social Insurance benefits "
     "rose.", [("Ha Nam Provincial Social Security", "provincial", "VN-63")]),
    # "municipal": the centrally-run city of its sentence, and of its later mentions, on a
    # page that names many provinces
    ("Can Tho ranked ninth, the municipal People's Committee said. Quang Ninh and Hanoi led. "
     "The municipal People's Committee will review the results.",
     [("Can Tho People's Committee", "provincial", "VN-CT")]),
    ("Quang Ninh and Lao Cai led. The municipal People's Committee will review the results.",
     [("Provincial People's Committee", "provincial", None)]),
    # trade systems and the committee that steers them, by the names the press gives them
    ("Customs, the standing agency of the National Steering Committee on NSW, ASW and trade "
     "facilitation, said 13 ministries use the ASEAN Single Window.",
     [("National Steering Committee for ASEAN Single Window, National Single Window and Trade "
       "Facilitation", "central", None),
      ("ASEAN Single Window", "international", None)]),
    ("Ministries posted 1,029 drafts on the Business Regulation Consultancy and Lookup Portal.",
     [("Business Regulation Consultation and Lookup Portal", "central", None)]),
    # a part named after its body by "its"; the Party Committee's standing body in other words
    ("Tran Van Long was elected to the Quang Tri provincial Party Committee and its Standing "
     "Board.",
     [("Quang Tri Provincial Party Committee", "provincial", "VN-25"),
      ("Quang Tri Provincial Party Standing Committee", "provincial", "VN-25")]),
    ("She left the Party Committee of Lao Cai province, its Standing Committee and her post.",
     [("Lao Cai Provincial Party Committee", "provincial", "VN-02"),
      ("Lao Cai Provincial Party Standing Committee", "provincial", "VN-02")]),
    ("Da Nang's Party Committee and its Standing Board met. Da Nang set targets.",
     [("Da Nang Party Committee", "provincial", "VN-DN"),
      ("Da Nang Party Standing Committee", "provincial", "VN-DN")]),
    ("Member of the Standing Party Committee of Yen Bai province Ta Van Hai spoke.",
     [("Yen Bai Provincial Party Standing Committee", "provincial", "VN-06")]),
    ("The Party Committee met with its members and the ministry.", []),
    # a committee's province after its extended name; numbered known groups; bare parts
    ("The Steering Committee for Digital Transformation and Project 06 of Ha Tinh province met.",
     [("Ha Tinh Provincial Steering Committee for Digital Transformation and Project 06",
       "provincial", "VN-23")]),
    # a list of fields with no "and", closed by the clause's verb; never a list of people
    ("The Tay Ninh Provincial Steering Committee for Administrative Reform, Digital "
     "Transformation, Project 06, Smart City met on May 5.",
     [("Tay Ninh Provincial Steering Committee for Administrative Reform, Digital "
       "Transformation, Project 06, Smart City", "provincial", "VN-37")]),
    ("The Tay Ninh Provincial Steering Committee for Administrative Reform, Digital "
     "Transformation, Tran Van Nam, Le Van Ha attended.",
     [("Tay Ninh Provincial Steering Committee for Administrative Reform", "provincial",
       "VN-37")]),
    ("The Prime Minister's Working Group No. 5 inspected Nghe An.",
     [("Prime Minister's Working Group No. 5", "central", None)]),
    ("The NA's Standing Committee and the NA's Office agreed.",
     [("National Assembly Standing Committee", "central", None),
      ("Office of the National Assembly", "central", None)]),
    ("The Government's Standing Committee met.", [("Government", "central", None)]),
    # negatives: generic plurals, lower-case words, credits, unnamed local bodies
    ("The steering committee met on Monday.", []),
    ("The Steering Committee met.", []),
    ("Ministries, branches and localities must act.", []),
    ("Agencies and units reported on time.", []),
    ("Commune People's Committees handled 90% of dossiers.", []),
    ("The district People's Committee replied.", []),
    ("Building e-Government and digital Government is a priority.", []),
    ("The local government took part.", []),
    ("He spoke about the na and the most important tasks.", []),
    ("A communist party member spoke to reporters.", []),
    ("The people's committee of the club met.", []),
    ("Ha Noi (VNA) – Officials met on Monday to review online services.", []),
    ("VGP – Localities were asked to speed up online services.", []),
    ("Review conference held in Hanoi\nThe Prime Minister chairs the review. Photo: Duong Giang/VNA",
     []),
    ("Review conference held in Hanoi\nOfficials at the opening ceremony (Photo: VNA)\n", []),
    ("Chairwoman Nguyen Thi Lan speaks at the event (Photo: VNA)\n\nBac Ninh leads the region.", []),
    ("Residents sign in on the VNeID app__Photo: VNA\n", [("VNeID", "central", None)]),
    # the agency a dateline credits names no body; the agency named in the text does
    ("Procedures cut\n\nOfficials at work (Photo: VNA)Hanoi (VNA) – The Ministry of Justice "
     "cut 120 procedures.",
     [("Ministry of Justice", "central", None)]),
    ("Reporters of the Vietnam News Agency (VNA) covered the session.",
     [("Vietnam News Agency", "central", None)]),
    ("Delegates at the conference. VNA/VNS Photo Minh Duc", []),
    ("Photos: VGP/Nhat Bac", []),
    ("Vietnam News Agency reporters covered the meeting.", [("Vietnam News Agency", "central", None)]),
    ("Pham Minh Hung, Director of the Department for Administrative Reform, spoke.",
     [("Department of Administrative Reform", "central", None)]),
    # a department named domain first, where the article fixes its province
    ("Long An ranked its units. Long An's Justice Department came first and the Health "
     "Department came last.",
     [("Long An Department of Justice", "provincial", "VN-41"),
      ("Long An Department of Health", "provincial", "VN-41")]),
    ("In Ben Tre, the Culture, Sports and Tourism Department scored 91 points. Ben Tre leads.",
     [("Ben Tre Department of Culture, Sports and Tourism", "provincial", "VN-50")]),
    ("The Washington Justice Department opened a case.", []),
    # national bodies renamed in 2025 whose names provinces' branches share
    ("Three Deputy Directors of the Customs Department were appointed in May.",
     [("General Department of Vietnam Customs", "central", None)]),
    ("The Department of Taxation now runs 20 regional offices.",
     [("General Department of Taxation", "central", None)]),
    ("The Hai Phong Customs Department and the Da Nang Tax Department cut paperwork.",
     [("Hai Phong Customs Department", "provincial", "VN-HP"),
      ("Da Nang Tax Department", "provincial", "VN-DN")]),
    # a committee every province also has: bare, it is the Government's
    ("The Prime Minister chaired the meeting of the Steering Committee for Administrative "
     "Reform on Monday.",
     [("Government's Steering Committee for Administrative Reform", "central", None)]),
    ("The Nghe An Steering Committee for Administrative Reform met on Monday.",
     [("Nghe An Provincial Steering Committee for Administrative Reform", "provincial", "VN-22")]),
    ("The State Reserves Department cut two units.",
     [("General Department of State Reserves", "central", None)]),
    ("The Thanh Hoa Social Security Office paid pensions online.",
     [("Thanh Hoa Social Security Office", "provincial", "VN-21")]),
    ("Vietnam Social Insurance issued the decision.", [("Vietnam Social Security", "central", None)]),
    ("A social security office opened in the ward.", []),
    # "PC" for a People's Committee whose level or place is written
    ("The Hoa Vang District PC ranked second.",
     [("Hoa Vang District People's Committee", "district", None)]),
    ("A new PC was bought for the office.", []),
    # the apostrophe some sites turn into a typographic quote
    ("The Doan Hung District People“s Committee (97.7%) and the Viet Tri City People”s "
     "Committee (7.8%) were listed.",
     [("Doan Hung District People's Committee", "district", None),
      ("Viet Tri City People's Committee", "district", None)]),
    # provincial courts, border guards, promotion centres and economic zone boards
    ("The Quang Binh Provincial Court and the Quang Binh Border Guard Command signed.",
     [("Quang Binh Provincial People's Court", "provincial", "VN-24"),
      ("Quang Binh Provincial Border Guard Command", "provincial", "VN-24")]),
    ("The Long An Digital Transformation Centre took over from the Long An Investment, Trade "
     "and Tourism Promotion Center.",
     [("Long An Digital Transformation Centre", "provincial", "VN-41"),
      ("Long An Investment, Trade and Tourism Promotion Centre", "provincial", "VN-41")]),
    ("The Ha Tinh Economic Zone Management Board cut its procedures by half.",
     [("Ha Tinh Economic Zone Management Board", "provincial", "VN-23")]),
    # the courts above and below the provincial ones; a lower-case "court" is none
    ("The High People's Court heard appeals while each Regional People's Court took new cases.",
     [("High People's Court", "central", None), ("Regional People's Court", "district", None)]),
    ("The court met on Monday.", []),
    # a department written "<domain> Department" after "Provincial": the bare provincial one
    ("The Provincial Home Affairs Department drafted the merger plan.",
     [("Department of Home Affairs", "provincial", None)]),
    ("The Finance Department said.", []),
    # plural spellings of a known body's name, and the provincial ethnic committee
    ("The Administrative Procedures Control Department reported the figures.",
     [("Administrative Procedure Control Agency", "central", None)]),
    ("The Ha Giang Provincial Ethnic Committee was merged into a new department.",
     [("Ha Giang Provincial Board for Ethnic Affairs", "provincial", "VN-03")]),
    # a ministry written "<domain> Ministry", whatever its domain
    ("The Education and Training Ministry linked its database first.",
     [("Ministry of Education and Training", "central", None)]),
    ("The Natural Resources and Environment Ministry was merged.",
     [("Ministry of Natural Resources and Environment", "central", None)]),
    # a service centre named "Center for Public Administration (Services)"
    ("The Dong Nai Center for Public Administration opened on Monday.",
     [("Dong Nai Provincial Public Administration Service Centre", "provincial", "VN-39")]),
    # a province's investment promotion agency
    ("The Quang Ninh Investment Promotion Agency welcomed 40 delegations.",
     [("Quang Ninh Investment Promotion Agency", "provincial", "VN-13")]),
    # a committee's name read from its head ends before the date of the resolution it is on
    ("The Central Steering Committee on reviewing Resolution No. 18-NQ/TW, dated October 25, "
     "2017, met in Hanoi.",
     [("Central Steering Committee on reviewing Resolution No. 18-NQ/TW", "central", None)]),
    # ... and goes on through a number glued to its letters after "No."
    ("The Central Steering Committee on reviewing Resolution No. 18NQTW met.",
     [("Central Steering Committee on reviewing Resolution No. 18NQTW", "central", None)]),
    # ... and before "into" the body it is merged into
    ("The Prime Minister merged the Steering Committee for the implementation of Decision No. "
     "06/2022 into the Government's Steering Committee for Administrative Reform.",
     [("Steering Committee for the implementation of Decision No. 06/2022", "central", None),
      ("Government's Steering Committee for Administrative Reform", "central", None)]),
    # the committees of a People's Council, by "of" or by the possessive
    ("The Economic-Budget Committee of the Son La Provincial People's Council checked the "
     "estimates.",
     [("Economic and Budget Committee of the Son La Provincial People's Council", "provincial",
       "VN-05"), ("Son La Provincial People's Council", "provincial", "VN-05")]),
    # ... also called a board, its two fields joined by a dash with spaces or without
    ("The Economy - Budget Board of the Son La Provincial People's Council checked the "
     "estimates.",
     [("Economic and Budget Committee of the Son La Provincial People's Council", "provincial",
       "VN-05"), ("Son La Provincial People's Council", "provincial", "VN-05")]),
    # ... "Budgetary", an en dash, and the part's acronym before "of"
    ("The Economic–Budgetary Committee (EBC) of the Dong Nai People's Council checked the "
     "estimates.",
     [("Economic and Budget Committee of the Dong Nai Provincial People's Council",
       "provincial", "VN-39"), ("Dong Nai Provincial People's Council", "provincial", "VN-39")]),
    ("The Ha Nam Provincial People's Council's Culture-Social Board visited schools.",
     [("Ha Nam Provincial People's Council", "provincial", "VN-63"),
      ("Culture and Social Affairs Committee of the Ha Nam Provincial People's Council",
       "provincial", "VN-63")]),
    ("The Ha Nam Provincial People's Council's Cultural and Social Committee visited schools.",
     [("Ha Nam Provincial People's Council", "provincial", "VN-63"),
      ("Culture and Social Affairs Committee of the Ha Nam Provincial People's Council",
       "provincial", "VN-63")]),
    # development partners
    ("The Korea International Cooperation Agency (KOICA) and the French Development Agency "
     "backed the portal.",
     [("Korea International Cooperation Agency", "international", None),
      ("French Development Agency", "international", None)]),
    # the National Assembly's committees, before and after their 2025 mergers
    ("Representatives of the Economic Committee and the Finance and Budget Committee "
     "reviewed the draft.",
     [("Economic Committee", "central", None), ("Finance and Budget Committee", "central", None)]),
    ("The Judiciary Committee of the National Assembly verified the report.",
     [("Judicial Committee", "central", None)]),
    ("The National Assembly's Economic and Financial Committee examined 26 bills.",
     [("Economic and Financial Committee", "central", None)]),
    ("The Working Committee for Deputies and the Nationalities Council held a joint meeting.",
     [("Delegation Affairs Committee", "central", None), ("Ethnic Council", "central", None)]),
    ("The Committee for Foreign Relations was folded into the Ministry of Foreign Affairs.",
     [("Committee for Foreign Affairs", "central", None),
      ("Ministry of Foreign Affairs", "central", None)]),
    # a People's Council's own committee is no committee of the National Assembly
    ("The provincial People's Council's Culture and Society Committee met.",
     [("Provincial People's Council", "provincial", None)]),
    ("The Central Commission for External Affairs was dissolved.",
     [("Central External Relations Commission", "central", None)]),
    ("The E-Government Monitoring and Evaluation System (EMC) shows 11.8% of dossiers "
     "processed end to end.",
     [("E-Government Monitoring and Evaluation System", "central", None)]),
    ("The State Securities Commission took part of the supervision work.",
     [("State Securities Commission", "central", None)]),
    ("Firms are looked up in the National Database on Enterprise Registration.",
     [("National Business Registration Database", "central", None)]),
    # a committee's name ends at the verb after it, and a number glued to "No." is part of it
    ("The Provincial Steering Committee for the Project No.06 advised the People's Council of "
     "Binh Duong province on the resolution.",
     [("Binh Duong Provincial Steering Committee for the Project No.06", "provincial", "VN-57"),
      ("Binh Duong Provincial People's Council", "provincial", "VN-57")]),
    ("The Central Steering Committee for National Target Programs for the period 2021-2025 met.",
     [("Central Steering Committee for National Target Programs for the period 2021-2025",
       "central", None)]),
    # the Party's anti-corruption committee under its many English names; a body listed after
    # a lower-case committee name ends it
    ("Ministries follow the Central Steering Committee on anti-corruption and anti-negativity, "
     "the Government and the Prime Minister.",
     [("Central Steering Committee on Anti-Corruption and Negative Practices", "central", None),
      ("Government", "central", None)]),
    ("The Central Steering Committee for Corruption and Negativity Prevention met on Friday.",
     [("Central Steering Committee on Anti-Corruption and Negative Practices", "central", None)]),
    # public service units and a province's portal
    ("The Land Registration Office of Binh Duong province issued 3,000 certificates.",
     [("Binh Duong Land Registration Office", "provincial", "VN-57")]),
    ("The provincial Land Registration Office cut its processing time to 10 days.",
     [("Provincial Land Registration Office", "provincial", None)]),
    ("The list was posted on the Hanoi Electronic Information Portal.",
     [("Hanoi Electronic Information Portal", "provincial", "VN-HN")]),
    ("The Government Electronic Information Portal posted the decree.",
     [("Government Portal", "central", None)]),
    # "of the central province of X": the press's way of placing a province
    ("The People's Committee of the central province of Quang Tri approved the plan.",
     [("Quang Tri Provincial People's Committee", "provincial", "VN-25")]),
    ("The Party Committee of the northern mountainous province of Lao Cai met.",
     [("Lao Cai Provincial Party Committee", "provincial", "VN-02")]),
    # a local body "in" the commune or ward it serves
    ("She went to the Public Administration Service Centre in Ben Thanh Ward for a copy.",
     [("Ben Thanh Ward Public Administration Service Centre", "commune", None)]),
    ("The Party Committee in Ba Dinh District met on Monday.",
     [("Ba Dinh District Party Committee", "district", None)]),
    # units named by number (Ho Chi Minh City's districts and wards before 2025)
    ("She returned to the People's Committee of District 3 for a copy.",
     [("District 3 People's Committee", "district", None)]),
    ("The District 10 Public Administration Service Centre took 400 dossiers.",
     [("District 10 Public Administration Service Centre", "district", None)]),
    ("Ward 12 People's Committee issued the extract.",
     [("Ward 12 People's Committee", "commune", None)]),
    # the only province named, once, and the text goes on about "the province"
    ("The Provincial People's Committee ranked the agencies of Kon Tum province. The Department "
     "of Justice led the province's list.",
     [("Kon Tum Provincial People's Committee", "provincial", "VN-28"),
      ("Kon Tum Department of Justice", "provincial", "VN-28")]),
    ("The city's Department of Home Affairs said Hai Phong cut 12 units; the city plans more.",
     [("Hai Phong Department of Home Affairs", "provincial", "VN-HP")]),
    # ... or named as the owner of a body ("the Council of Quang Binh province")
    ("The Emulation Council of Quang Binh province ranked the Department of Justice first.",
     [("Quang Binh Department of Justice", "provincial", "VN-24")]),
    # ... but not a city after "the province", nor a place named by its kind
    ("The Provincial People's Committee sent a delegation to Hanoi. The province will follow.",
     [("Provincial People's Committee", "provincial", None)]),
    ("The Provincial People's Committee met in the Lao Cai province capital.",
     [("Provincial People's Committee", "provincial", None)]),
    # a one-word local head written small after its place or level is that body; before a
    # noun it describes, or with neither, it names none
    ("Hanoi police issued 50,000 chip-based ID cards in 2021.",
     [("Hanoi Police", "provincial", "VN-HN")]),
    ("Officers of the Quang Ninh provincial police visited 300 homes.",
     [("Quang Ninh Provincial Police", "provincial", "VN-13")]),
    ("In 2019, 20 fire units were merged into the provincial or municipal police departments.",
     []),
    ("The police said 12 people were fined.", []),
    # a department the gazetteer does not know is read from its name after "of" (a merged
    # domain), the province's on a province's page, a ministry's near a ministry
    ("Ha Giang merger plan\n\nIn 2025 Ha Giang province will merge the Department of Finance "
     "and the Department of Planning and Investment into the Department of Economy - Finance.",
     [("Ha Giang Department of Finance", "provincial", "VN-03"),
      ("Ha Giang Department of Planning and Investment", "provincial", "VN-03"),
      ("Ha Giang Department of Economy - Finance", "provincial", "VN-03")]),
    ("The Ministry of Science and Technology will merge its Department of High-Tech into a new "
     "Department of Management and Development of Technology.",
     [("Ministry of Science and Technology", "central", None),
      ("Department of High-Tech", "central", None),
      ("Department of Management and Development of Technology", "central", None)]),
    # ... but not a bare "General Department" or "This Department", nor a bracketed second
    # name of the body before it
    ("This Department handled 12 cases, and the General Department met.", []),
    ("Mr Ha, Head of the Business Environment Department - Legal Affairs Division, spoke.", []),
    ("The ministry removed the Security General Department (General Department 1).",
     [("Security General Department", "central", None)]),
    # a city that the text calls a province (Hue before 2025) has provincial bodies
    ("In 2019, the People's Committee of Thua Thien Hue province approved the plan.",
     [("Thua Thien Hue Provincial People's Committee", "provincial", "VN-26")]),
    # a bare "Provincial" body on a page naming a city most is the province's whose own
    # bodies the page names, as no city has a provincial committee
    ("The Chairman of Khanh Hoa Provincial People's Committee chaired a meeting. Members of "
     "the Provincial People's Committee attended. Ho Chi Minh City plans mergers, and Ho Chi "
     "Minh City will cut 8 agencies, Ho Chi Minh City said.",
     [("Khanh Hoa Provincial People's Committee", "provincial", "VN-34")]),
    # a name's end ends before the clause after it ("..., after the merger", "...,
    # ensuring that"), while a described list runs on through its commas
    ("Systems are not linked with the Information System for settling administrative "
     "procedures, ensuring that procedures do not depend on boundaries.",
     [("Information System for settling administrative procedures", "central", None)]),
    ("The Steering Committee for the development of science, technology, innovation, and "
     "digital transformation reviewed the plan.",
     [("Steering Committee for the development of science, technology, innovation, and "
       "digital transformation", "central", None)]),
    ("The Central Steering Committee on summarizing the implementation of Resolution No. "
     "18-NQ/TW, after the merger, proposed 14 ministries.",
     [("Central Steering Committee on summarizing the implementation of Resolution No. "
       "18-NQ/TW", "central", None)]),
    # "and the" before a name with the same head opens another body
    ("Tay Ninh will merge the Project Management Board for Civil Works and the Project "
     "Management Board for Irrigation Works.",
     [("Project Management Board for Civil Works", "central", None),
      ("Project Management Board for Irrigation Works", "central", None)]),
    # a known committee named by what it is set up for is that committee, tail kept; a date
    # after it is no part of its name
    ("The Prime Minister's Working Group on Investment Procedures met ministries.",
     [("Prime Minister's Working Group on Investment Procedures", "central", None)]),
    ("The Central Steering Committee on Friday approved the plan.",
     [("Central Steering Committee", "central", None)]),
    # a hyphen compound is one word of a name written small
    ("Last year the e-cabinet system replaced paper documents.",
     [("e-Cabinet System", "central", None)]),
    # a bare local body in a sentence that names its ward, commune or district first is
    # that place's; on a page about one commune that names no province, the commune's
    ("In Hoa Cuong ward, the Public Administration Service Center opened on July 1.",
     [("Hoa Cuong Ward Public Administration Service Centre", "commune", None)]),
    ("Phu Loc Commune was formed from three communes.\nThe People's Committee held its first "
     "meeting on July 1.",
     [("Phu Loc Commune People's Committee", "commune", None)]),
    # ... not a portal, which is a province's, never a district's
    ("In Tan Yen district, 90% of fees were paid through the Public Service Portal.", []),
    # ... but not one any commune has ("... of the commune")
    ("In Cam Giang district, one-stop units sit apart from the People's Council and People's "
     "Committee of the commune.", []),
    # the bare Ethnic Committee on a page that fixes no province is the national one
    ("The Ethnic Committee and the Ministry of Home Affairs will be merged.",
     [("Committee for Ethnic Minority Affairs", "central", None),
      ("Ministry of Home Affairs", "central", None)]),
    # what a committee is made of is no word of its name
    ("The two provinces set up a joint Steering Committee of 25 members.", []),
    ("A Working Group of 12 officials from the Ministry of Home Affairs inspected the commune.",
     [("Ministry of Home Affairs", "central", None)]),
    # a known name that runs on into a longer one is no other body the name meets, and the
    # name ends on its capitalised words before a comma or a participle
    ("Minister Tran Van Binh, Chairman of the Steering Committee for implementation of the "
     "National Land Database Project, spoke at the meeting.",
     [("Steering Committee for implementation of the National Land Database Project",
       "central", None),
      ("National Land Database", "central", None)]),
    ("General Le Van Son, Chairman of the Steering Committee for implementation of the "
     "National Land Database Project speaking at the conference.",
     [("Steering Committee for implementation of the National Land Database Project",
       "central", None),
      ("National Land Database", "central", None)]),
    # the country that owns a body is no word of its name
    ("Viet Nam\u2019s Immigration Department reviewed 9,000 applications.",
     [("Immigration Department", "central", None)]),
    ("Vietnam's Immigration Department met on Monday.",
     [("Immigration Department", "central", None)]),
    # a lower-case name runs on through a level phrase a stop word opens
    ("Decree 178 was issued by the Steering Committee for the arrangement of administrative "
     "units at all levels and building a model of local government at 2 levels.",
     [("Steering Committee for the arrangement of administrative units at all levels and "
       "building a model of local government at 2 levels", "central", None)]),
    ("The Steering Committee at its meeting approved the plan.", []),
    # national databases and the Government's direction centre, however the press writes them
    ("By 2025, the national population data system had 104 million records.",
     [("National Population Database", "central", None)]),
    ("The National Immigration Database was updated in 2025.",
     [("National Immigration Database", "central", None)]),
    ("The Information Centre on the Government's Direction opened in 2019.",
     [("Government Information and Direction Centre", "central", None)]),
    # PAPI's partners under their other translations
    ("PAPI 2016 was run with the Center for Staff Training and Scientific Research.",
     [("VFF Centre for Research and Training", "central", None)]),
    ("PAPI is built with the Vietnam Center for Community Research and Development.",
     [("Centre for Community Support and Development Studies", "central", None)]),
    ("VUSTA and the Commission of Ethnic Minorities Affairs commented on the draft in 2021.",
     [("Vietnam Union of Science and Technology Associations", "central", None),
      ("Committee for Ethnic Minority Affairs", "central", None)]),
    ("The index left out the Office of Government and the Ministry of Foreign Affairs.",
     [("Government Office", "central", None), ("Ministry of Foreign Affairs", "central", None)]),
    # an Assembly committee under the names it bore in earlier terms, with "for" or "on"
    ("The Chairman of the NA Committee for External Relations took part in 2021.",
     [("Committee for Foreign Affairs", "central", None)]),
    ("In 2016 the Committee on Culture, Education, Youth, Adolescents and Children met.",
     [("Committee for Culture and Education", "central", None)]),
    ("In 2021 the Committee for Culture, Education, Youth and Adolescents met.",
     [("Committee for Culture and Education", "central", None)]),
    ("In 2016 the NA's Law Committee met.", [("Law Committee", "central", None)]),
    # the working group for Project 06 named by the project first
    ("In 2023, the Government's Project 06 Working Group met.",
     [("Working Group for Project 06", "central", None)]),
    # a province's mass organisations, read like its other local bodies
    ("In 2021, the Ha Tinh Provincial Youth Union and the Phu Tho Provincial Farmers' "
     "Association signed the plan.",
     [("Ha Tinh Provincial Youth Union", "provincial", "VN-23"),
      ("Phu Tho Provincial Farmers' Association", "provincial", "VN-68")]),
    ("The Vietnam Veterans Association and the Ho Chi Minh Communist Youth Union met.",
     [("Vietnam Veterans Association", "central", None),
      ("Ho Chi Minh Communist Youth Union", "central", None)]),
    # a Party committee's organs under the names translations give them
    ("In 2024, the Organization Committee of the Tra Vinh Provincial Party Committee met.",
     [("Organisation Board of the Tra Vinh Provincial Party Committee", "provincial", "VN-51"),
      ("Tra Vinh Provincial Party Committee", "provincial", "VN-51")]),
    ("The Ha Nam Party Committee's Commission of Popularization and Education met.",
     [("Ha Nam Provincial Party Committee", "provincial", "VN-63"),
      ("Propaganda Commission of the Ha Nam Provincial Party Committee", "provincial",
       "VN-63")]),
    # the council the State President chairs, with a dash or "and"
    ("Deputies approved the members of the National Defence - Security Council.",
     [("National Defence and Security Council", "central", None)]),
    # a person's full name after a body's name is no part of it
    ("Director of the HCMC Department of Social Security Phan Van Men reported the figures.",
     [("HCMC Department of Social Security", "provincial", "VN-SG")]),
    # a place joined by a dash names a local body whole
    ("Ms. Le Thi Hoa, Secretary of the Phan Rang-Thap Cham City Party Committee, spoke.",
     [("Phan Rang-Thap Cham City Party Committee", "district", None)]),
    # a known body whose row names its owner (bodies.jsonl owner): the owner written in its
    # name is named too, not one glued into an acronym
    ("In 2022 PAPI was run by the Centre for Research and Training of the Viet Nam Fatherland "
     "Front.",
     [("VFF Centre for Research and Training", "central", None),
      ("Vietnam Fatherland Front", "central", None)]),
    ("In 2022 PAPI was run by the VFF-CRT.",
     [("VFF Centre for Research and Training", "central", None)]),
    # the unit that runs the PCI survey, however its owner is written
    ("In 2024, VCCI's Legal Department ranked Quang Ninh first.",
     [("Legal Department of the Vietnam Chamber of Commerce and Industry", "central", None)]),
    ("In Hue, the Legal Department, Vietnam Chamber of Commerce and Industry, presented the PCI.",
     [("Legal Department of the Vietnam Chamber of Commerce and Industry", "central", None)]),
    # a ministry's unit named with the ministry is "<unit> of the <ministry>", and the
    # ministry is named too; a post before the unit, or joined to it, is no part of it
    ("Chief of Office of the Ministry of Finance Le Van Tam said the plan was ready.",
     [("Office of the Ministry of Finance", "central", None),
      ("Ministry of Finance", "central", None)]),
    ("The Northern Representative Agency of the Ministry of Justice opened in Hanoi.",
     [("Northern Representative Agency of the Ministry of Justice", "central", None),
      ("Ministry of Justice", "central", None)]),
    ("The Department of Local Government of the Ministry of Home Affairs drafted it.",
     [("Department of Local Government of the Ministry of Home Affairs", "central", None),
      ("Ministry of Home Affairs", "central", None)]),
    ("The Data Center of the Ministry of Health went live.",
     [("Data Center of the Ministry of Health", "central", None),
      ("Ministry of Health", "central", None)]),
    ("Leaders of the Ministry of Health attended.", [("Ministry of Health", "central", None)]),
    # a one-word body's name before a noun written small describes the noun: no body
    ("Residents now visit the offices of Government agencies less often.", []),
    ("The Government leader urged ministries to act, the report said.", []),
    ("Ministries, Government-run agencies and provinces were ranked in 2020.", []),
    ("The Government approved the plan in 2024.", [("Government", "central", None)]),
    # a one-word body after a copula is named ("Attending was Politburo member ...")
    ("Attending the meeting was Politburo member Vo Van Thuong.",
     [("Politburo", "central", None)]),
    ("Among the guests were Secretariat members and ministers.",
     [("Secretariat of the Party Central Committee", "central", None)]),
    # what a team's owner is, set off by dashes, is no part of the team's name
    ("The Inspection Team of the Ministry of Justice - the Government's Agency for Legal Aid - "
     "visited the province.",
     [("Inspection Team of the Ministry of Justice", "central", None),
      ("Ministry of Justice", "central", None), ("Government", "central", None)]),
    ("The Working Group of the Ministry of Finance – a Unit of the Tax Reform Programme – "
     "reported.",
     [("Working Group of the Ministry of Finance", "central", None),
      ("Ministry of Finance", "central", None)]),
    # a name the gazetteer does not know keeps its hyphened words and its "and"
    ("She was appointed Head of the Saigon Hi-Tech Park Management Board in 2019.",
     [("Saigon Hi-Tech Park Management Board", "central", None)]),
    ("Residents queue at the Reception and Result Delivery Department every morning.",
     [("Reception and Result Delivery Department", "central", None)]),
    ("Staff of the Public Servants and Employees Department drafted the circular.",
     [("Public Servants and Employees Department", "central", None)]),
    # the army's organs name the army
    ("Senior Lieutenant General Tran Van D, Chief of the General Staff of the Vietnam "
     "People's Army, attended.",
     [("General Staff of the Vietnam People's Army", "central", None),
      ("Vietnam People's Army", "central", None)]),
    # a mass organisation's central committee, written short
    ("She is a member of the Central Executive Committee of the Youth Union.",
     [("Ho Chi Minh Communist Youth Union", "central", None)]),
    # the council's 2017 name
    ("The Advisory Council for Administrative Reform reviewed 40 procedures.",
     [("Prime Minister's Advisory Council on Administrative Procedure Reform", "central",
       None)]),
    # ... but "and" after a known name, or inside one, joins two bodies
    ("The Ministry of Home Affairs and Organization Department met on Monday.",
     [("Ministry of Home Affairs", "central", None),
      ("Organization Department", "central", None)]),
    ("The Department of Natural Resources and Environment's Reception and Results "
     "Department handled 50 files.",
     [("Department of Natural Resources and Environment", "provincial", None),
      ("Reception and Results Department", "central", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BODY_CASES)
def test_bodies(extract, text, expected):
    record = extract(text)
    assert [(b.name, b.level, b.province) for b in record.bodies] == expected


def test_defined_acronym_and_reordered_name_are_aliases(extract):
    text = (
        "The Government's Steering Committee for Administrative Reform (SCAR) met on Friday. "
        "The Government's Administrative Reform Steering Committee said SCAR would publish scores."
    )
    (body,) = extract(text).bodies
    assert body.acronym == "SCAR"
    assert set(body.aliases) == {"SCAR", "Government's Administrative Reform Steering Committee"}
    assert len(body.mentions) == 4


def test_initials_of_a_body_named_before_refer_to_it(extract):
    text = (
        "In 2023 the One-Stop Service of Long Thanh district received 41,200 dossiers. "
        "The district OSS settled 40,950 of them on time. The PAR Index rose."
    )
    record = extract(text)
    (body,) = record.bodies
    assert body.name == "Long Thanh District One-Stop Service"
    assert len(body.mentions) == 2
    assert [m.subject for m in record.metrics] == [body.name, body.name]


def test_body_kind_and_mentions(extract):
    record = extract("The Ministry of Justice and the MOJ's inspectors met.")
    (body,) = record.bodies
    assert body.kind == "ministry"
    assert len(body.mentions) == 2


def test_provincial_body_without_province_keeps_bare_name(extract):
    (body,) = extract("The Provincial Party Committee approved the plan.").bodies
    assert body.name == "Provincial Party Committee"
    assert body.province is None


def test_one_body_written_with_other_punctuation(extract):
    text = (
        "The Central Steering Committee on reviewing Resolution No. 18-NQ/TW met. Later the "
        "Central Steering Committee on reviewing Resolution No. 18NQTW closed its session."
    )
    (body,) = extract(text).bodies
    assert body.name == "Central Steering Committee on reviewing Resolution No. 18-NQ/TW"
    assert body.aliases == ["Central Steering Committee on reviewing Resolution No. 18NQTW"]
    assert len(body.mentions) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministry of Planning & Investment scored 84.1%.",
            ["Ministry of Planning and Investment"],
        ),
        (
            "The Ministries of Justice, Natural Resources & the Environment and Construction "
            "improved.",
            [
                "Ministry of Justice",
                "Ministry of Natural Resources and Environment",
                "Ministry of Construction",
            ],
        ),
        (
            "The Quang Nam Department of Culture, Sports & Tourism was placed first.",
            ["Quang Nam Department of Culture, Sports and Tourism"],
        ),
    ],
)
def test_an_ampersand_is_and_in_a_name(extract, text, names):
    assert [b.name for b in extract(text).bodies] == names


# A ministry's units, one a line under a line that names the ministry and ends with a colon:
# (page, [(name, kind, level), ...] of the units)
UNIT_LISTS = [
    (
        "Under the new decree, the Ministry of Justice has 14 units, including:\n"
        "1. Department of Civil and Economic Law;\n"
        "2. Department of Criminal and Administrative Law;\n"
        "3. Ministry Inspectorate;\n"
        "4. Ministry Office.\n"
        "The decree takes effect on March 1.\n",
        [
            ("Department of Civil and Economic Law", "department", "central"),
            ("Department of Criminal and Administrative Law", "department", "central"),
            ("Inspectorate of the Ministry of Justice", "agency", "central"),
            ("Office of the Ministry of Justice", "agency", "central"),
        ],
    ),
    # two lines are no list, and no line under a line without the ministry is a unit; a
    # "Department of ..." line is still a department by its own name (not "Ministry Office")
    (
        "The Ministry of Justice has new units:\n"
        "Department of Civil and Economic Law;\n"
        "Department of Criminal and Administrative Law.\n",
        [
            ("Department of Civil and Economic Law", "department", "central"),
            ("Department of Criminal and Administrative Law", "department", "central"),
        ],
    ),
    (
        "The new units are:\n"
        "Department of Civil and Economic Law;\n"
        "Ministry Inspectorate;\n"
        "Ministry Office.\n",
        [("Department of Civil and Economic Law", "department", "central")],
    ),
]


# ... or listed in running text after a colon of the sentence that names the ministry
UNIT_ITEMS = [
    (
        "The structure of the Ministry of Justice comprises: Department of Civil and Economic "
        "Law, Department of Criminal and Administrative Law, Department of Legal Dissemination, "
        "Ministry Inspectorate, Ministry Office and the Judicial Academy.",
        [
            ("Department of Civil and Economic Law", "department", "central"),
            ("Department of Criminal and Administrative Law", "department", "central"),
            ("Department of Legal Dissemination", "department", "central"),
            ("Inspectorate of the Ministry of Justice", "agency", "central"),
            ("Office of the Ministry of Justice", "agency", "central"),
        ],
    ),
    # a list of places after a ministry's colon names no unit
    (
        "The Ministry of Justice sent inspectors to three provinces: Ha Giang, Lao Cai and Son La.",
        [],
    ),
    # two units are no list: a unit named "Department of ..." is still read by its name, up
    # to the next body of the same head
    (
        "The Ministry of Justice merged two units: Department of Civil and Economic Law and "
        "Department of Legal Dissemination.",
        [
            ("Department of Civil and Economic Law", "department", "central"),
            ("Department of Legal Dissemination", "department", "central"),
        ],
    ),
]


@pytest.mark.parametrize(("page", "units"), UNIT_ITEMS)
def test_a_ministrys_units_listed_in_a_sentence(extract, page, units):
    bodies = [(b.name, b.kind, b.level) for b in extract(page).bodies]
    assert [b for b in bodies if b[1] not in ("ministry",)] == units


@pytest.mark.parametrize(("page", "units"), UNIT_LISTS)
def test_a_ministrys_units_listed_one_a_line(extract, page, units):
    bodies = [(b.name, b.kind, b.level) for b in extract(page).bodies]
    assert [b for b in bodies if b[1] != "ministry"] == units


# fmt: off
BARE_BODY_HOME_CASES = [
    # "the City ..." body on a page on a province that names one city within it is that city's
    ("On March 4, Nghe An Provincial Police worked with Vinh City People's Committee. Mr. "
     "Tran Van Hai, Deputy Secretary of the City Party Committee, attended.",
     "Vinh City Party Committee"),
    ("Thanh Hoa province has moved its services online. In Sam Son City, Thanh Hoa province "
     "cut procedures. The City People's Committee received 1,200 dossiers in 2024.",
     "Sam Son City People's Committee"),
    ("Dak Lak province leads the region. Dak Lak set up the Buon Ma Thuot City Public "
     "Administration Service Centre, and the City Party Committee reviewed the work.",
     "Buon Ma Thuot City Party Committee"),
    # ... while on a centrally-run city's page it is that city's
    ("Da Nang has reviewed the two-tier model. In Da Nang, the City Party Committee met in "
     "2025.",
     "Da Nang Party Committee"),
    # ... and on a page naming two cities within the province, the province's form stays
    ("Quang Ninh province merged wards of Ha Long City and Cam Pha City. Quang Ninh cut "
     "procedures, and the City Party Committee met.",
     "Quang Ninh Provincial Party Committee"),
    # a page naming only provinces the 2025 merger joined, and the one they became: a bare
    # provincial body is the merged province's
    ("After the merger of Ha Nam and Ninh Binh, the Provincial Party Committee assigned 12 "
     "members to communes.",
     "Ninh Binh Provincial Party Committee"),
    ("The Standing Committees of Quang Binh and Quang Tri were consolidated. The Provincial "
     "People's Committee met on July 1.",
     "Quang Tri Provincial People's Committee"),
    # ... not when the province they became goes unnamed, or another province is named
    ("Ha Nam and Nam Dinh met. The Provincial Party Committee assigned 12 members to communes.",
     "Provincial Party Committee"),
    ("Ha Nam, Ninh Binh and Thanh Hoa met. The Provincial Party Committee assigned 12 "
     "members to communes.",
     "Provincial Party Committee"),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "name"), BARE_BODY_HOME_CASES)
def test_a_bare_local_body_is_the_place_the_page_fixes(extract, text, name):
    assert name in [b.name for b in extract(text).bodies]


# fmt: off
LOCAL_FIRST_CASES = [
    # "the Ethnic Committee" among a province's departments is the province's board ...
    ("Lai Chau province will merge departments in 2025. The Department of Health, the "
     "Department of Justice and the Ethnic Committee of Lai Chau will be rearranged; the "
     "Ethnic Committee takes over religious affairs.",
     "Lai Chau Provincial Board for Ethnic Affairs", "Committee for Ethnic Minority Affairs"),
    # ... and the national committee on a page on no one province
    ("The Ethnic Minorities Committee will become a ministry in 2025, the Government said.",
     "Committee for Ethnic Minority Affairs", "Provincial Board for Ethnic Affairs"),
    # a head whose central body stands first stays central on a province's page
    ("Quang Ninh led the PAR Index in 2023. The Customs Department ranked first among the "
     "agencies assessed in Quang Ninh.",
     "General Department of Vietnam Customs", "Quang Ninh Customs Department"),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "name", "not_name"), LOCAL_FIRST_CASES)
def test_a_local_first_head_is_the_pages_provinces(extract, text, name, not_name):
    names = [b.name for b in extract(text).bodies]
    assert name in names
    assert not_name not in names


# fmt: off
WRITTEN_PLACE_ALIAS_CASES = [
    # a body named with its province after "of" keeps that written form among its aliases
    ("Mr. Le Van Hai, Head of the National Assembly Delegation of Ben Tre province, spoke.",
     "Ben Tre National Assembly Delegation",
     "National Assembly Delegation of Ben Tre province"),
    ("In 2024 the Department of Home Affairs of Nam Dinh province approved 40 procedures.",
     "Nam Dinh Department of Home Affairs",
     "Department of Home Affairs of Nam Dinh province"),
    ("The People's Committee of Ho Chi Minh City issued the plan in 2024.",
     "Ho Chi Minh City People's Committee",
     "People's Committee of Ho Chi Minh City"),
]
# fmt: on


@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "name", "alias"), WRITTEN_PLACE_ALIAS_CASES)
def test_a_body_keeps_its_written_of_place_form(extract, text, name, alias):
    (body,) = [b for b in extract(text).bodies if b.name == name]
    assert alias in body.aliases
