"""Generate a synthetic corpus of PAR news pages for benchmarks.

    python benchmarks/generate.py 10000 /tmp/par-10k            # a folder of .txt files
    python benchmarks/generate.py 1000 /tmp/par-1k.jsonl --seed 7  # one JSONL file

Each page looks like a scraped article: a site header, the headline, a dateline,
a lead, paragraphs mixing metric sentences, officials and bodies with plain
reform prose, a repeated photo caption, a byline, a source tag and a list of
related headlines. The same seed always gives the same corpus. Every sentence
template here was written for this generator.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reformnlp.patterns import get_patterns


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FAMILY = _words(
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong"
)
MIDDLE = _words("Van Thi Minh Ngoc Duc Thanh Quang Huu Xuan Hong Kim Anh Tuan Dinh Thu")
GIVEN = _words(
    "Chau Hung Lan Hai Tra Chinh Binh Dung Hoa Long Mai Nam Phuong Son Tam Thao Trung Vinh Yen "
    "Khanh Linh Quan Tuan Hieu Cuong Hanh Dat Phuc"
)

MINISTRIES = (
    "Ministry of Home Affairs",
    "Ministry of Justice",
    "Ministry of Finance",
    "Ministry of Public Security",
    "Ministry of Science and Technology",
    "Ministry of Agriculture and Environment",
    "Ministry of Industry and Trade",
    "Ministry of Health",
    "Ministry of Education and Training",
    "Ministry of Construction",
    "Government Office",
    "State Bank of Vietnam",
)
DEPARTMENTS = (
    "Home Affairs",
    "Justice",
    "Finance",
    "Health",
    "Education and Training",
    "Science and Technology",
    "Construction",
    "Agriculture and Environment",
)
PROVINCIAL_TITLES = (
    "Chairman of the {p} Provincial People's Committee",
    "Vice Chairman of the Provincial People's Committee",
    "Vice Chairwoman of the {p} Provincial People's Committee",
    "Secretary of the {p} Provincial Party Committee",
    "Director of the {p} Department of {d}",
    "Deputy Director of the Department of {d}",
    "Director of the {p} Provincial Public Administration Service Centre",
)
CENTRAL_TITLES = (
    "Minister of Home Affairs",
    "Deputy Minister of Justice",
    "Deputy Prime Minister",
    "Head of the Government Office",
    "Deputy Minister of Science and Technology",
)
INDICES = ("PAR Index", "SIPAS", "PAPI", "PCI", "Digital Transformation Index")
MEASURES = (
    "the rate of dossiers submitted online",
    "the share of procedures settled on time or early",
    "the rate of digitised records and results of procedure handling",
    "the share of online payments of fees and charges",
    "the satisfaction rate of people and businesses",
    "the rate of full-process online public services",
    "the share of records reused from earlier filings",
)
COUNTED = (
    ("administrative procedures", 200, 2400),
    ("dossiers", 3_000, 950_000),
    ("online public services", 100, 1_900),
    ("civil servants", 200, 9_000),
    ("communes", 12, 400),
)
PERIODS = (
    "in 2023",
    "in 2024",
    "last year",
    "in the first nine months of 2024",
    "so far this year",
)

METRIC_SENTENCES = (
    "{measure_cap} in {prov} reached {pct}%, above the national average of {avg}%.",
    "In {year}, {measure} at ministries and branches reached {pct}% and at localities {pct2}%.",
    "{prov} ranked {ord} out of 63 provinces and cities on the {index}, scoring {score} points.",
    "{prov} settled {count} {counted} {period}, {pct}% of them ahead of schedule.",
    "The province aims to bring {measure} to {target}% by 2025, up from {pct}% now.",
    "{measure_cap} rose to {pct}% {period}, up {change}% on {prev_year} when it stood at {prev}%.",
    "On the {index}, {prov} scored {score}/{max_score} and placed {ord} in the {region} region.",
    "Nearly {count} {counted} were received through the portal {period}.",
    "{prov} cut {count2} {counted}, saving about VND {money} billion a year for residents.",
    "Satisfaction with the handling of procedures reached {pct}/{target}% in {year}.",
    "Average handling time fell to {days} days, from {days2} days a year earlier.",
    "The {dept} reported that {pct}% of its {count} {counted} were handled online.",
    "{prov}, {prov2} and {prov3} recorded {pct}%, {pct2}% and {pct3}%, respectively.",
    "The {index} score of {prov} climbed {places} places to {ord} this year.",
)
OFFICIAL_SENTENCES = (
    "{title} {name} chaired the meeting at the {prov} bridge point.",
    "{name}, {title}, said the province would keep removing bottlenecks for businesses.",
    "Speaking at the event, {title} {name} urged agencies to finish digitising records.",
    "{title} {name} asked departments to publish every procedure on the portal.",
    "According to {name}, {title}, the results owe much to the one-stop model.",
    "{title} {name} - Head of the provincial steering committee - assigned new tasks.",
)
BODY_SENTENCES = (
    "The {ministry} will issue guidance on the new job-position rules next month.",
    "The {prov} Provincial Public Administration Service Centre now opens on Saturdays.",
    "The {prov} Department of {d} has merged two of its divisions.",
    "The National Public Service Portal links more than forty systems of the {ministry}.",
    "The {prov} Provincial People's Committee approved a plan to simplify licensing.",
    "Officials from the {ministry} inspected the work of the {prov} Department of {d}.",
)
PROSE = (
    "Administrative reform remains a key task of the whole political system.",
    "Leaders were asked to take personal responsibility for delays in handling dossiers.",
    "Many localities have moved from paper forms to electronic records.",
    "The reorganisation of the apparatus continued alongside the review of job positions.",
    "Residents can now track the progress of their applications on their phones.",
    "Inspections of public-duty discipline were stepped up across the province.",
    "Several bottlenecks in land and investment procedures have been cleared.",
    "The meeting also discussed ways to train staff in digital skills.",
    "Feedback from citizens is collected at every reception desk.",
    "Agencies were told to stop asking for papers already held in national databases.",
    "The review pointed to uneven results between districts.",
    "Pilot models of cashless payment were extended to more communes.",
)
CAPTIONS = (
    "Delegates at the {prov} bridge point. Photo: {photographer}",
    "Staff receive dossiers at the one-stop desk in {prov}. Photo: {photographer}",
    "An overview of the conference. Photo: {photographer}",
)
HEADLINES = (
    "{prov} pushes ahead with online public services",
    "{prov} reviews administrative reform results",
    "{prov} climbs the {index} rankings",
    "Digital government gains pace in {prov}",
    "{prov} targets paperless procedures by 2025",
)
SITES = ("Provincial News Online", "Reform Daily", "Central Coast Post", "Delta Times")
RELATED = (
    "{prov} honours outstanding reform units",
    "New rules on civil service recruitment take effect",
    "{prov} launches a hotline for business complaints",
    "Online payment of fees expands to the commune level",
)


@dataclass
class _Ctx:
    rng: random.Random
    provinces: list
    prov: object
    year: int


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _pct(rng: random.Random) -> str:
    return f"{rng.uniform(12, 99.5):.2f}"


def _name(ctx: _Ctx, province=None) -> str:
    row = province or ctx.prov
    # Pages mix ASCII and Vietnamese spellings of place names.
    return row.name_vi if ctx.rng.random() < 0.2 else row.name


def _fill(template: str, ctx: _Ctx) -> str:
    rng = ctx.rng
    others = rng.sample(ctx.provinces, 2)
    measure = rng.choice(MEASURES)
    counted, low, high = rng.choice(COUNTED)
    values = {
        "prov": _name(ctx),
        "prov2": _name(ctx, others[0]),
        "prov3": _name(ctx, others[1]),
        "region": ctx.prov.region,
        "measure": measure,
        "measure_cap": measure[0].upper() + measure[1:],
        "pct": _pct(rng),
        "pct2": _pct(rng),
        "pct3": _pct(rng),
        "avg": _pct(rng),
        "prev": f"{rng.uniform(0.5, 40):.2f}",
        "change": f"{rng.uniform(1, 40):.1f}",
        "target": rng.choice((80, 85, 90, 95, 100)),
        "year": ctx.year,
        "prev_year": ctx.year - 1,
        "period": rng.choice(PERIODS),
        "ord": _ordinal(rng.randint(1, 63)),
        "places": rng.randint(2, 30),
        "index": rng.choice(INDICES),
        "score": f"{rng.uniform(70, 95):.2f}",
        "max_score": rng.choice((10, 12, 100)),
        "count": f"{rng.randint(low, high):,}",
        "count2": rng.randint(5, 150),
        "counted": counted,
        "money": f"{rng.uniform(1, 400):.1f}",
        "days": rng.randint(2, 15),
        "days2": rng.randint(16, 40),
        "dept": f"Department of {rng.choice(DEPARTMENTS)}",
        "d": rng.choice(DEPARTMENTS),
        "ministry": rng.choice(MINISTRIES),
        "name": _person(rng),
        "photographer": _person(rng),
    }
    if "{title}" in template:
        if rng.random() < 0.7:
            title = rng.choice(PROVINCIAL_TITLES).format(p=values["prov"], d=values["d"])
        else:
            title = rng.choice(CENTRAL_TITLES)
        values["title"] = title
    return template.format(**values)


def article(rng: random.Random, provinces: list, number: int) -> dict:
    """One synthetic page: ``{"id", "title", "text", "words"}``."""
    ctx = _Ctx(rng, provinces, rng.choice(provinces), rng.choice((2023, 2024, 2025)))
    site = rng.choice(SITES)
    headline = _fill(rng.choice(HEADLINES), ctx)
    date = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{ctx.year}"
    caption = _fill(rng.choice(CAPTIONS), ctx)
    lines = [f"{site} | Politics | Society | Economy", "", headline, "", date, ""]
    lead = _fill(rng.choice(OFFICIAL_SENTENCES), ctx)
    lines += [f"{_name(ctx).upper()} - {lead}", "", caption, ""]
    for paragraph in range(rng.randint(5, 8)):
        sentences = []
        for _ in range(rng.randint(4, 7)):
            roll = rng.random()
            pool = (
                METRIC_SENTENCES
                if roll < 0.3
                else OFFICIAL_SENTENCES
                if roll < 0.45
                else BODY_SENTENCES
                if roll < 0.55
                else PROSE
            )
            sentences.append(_fill(rng.choice(pool), ctx))
        lines += [" ".join(sentences), ""]
        if paragraph == 1:
            lines += [caption, ""]
    lines += [_person(rng), f"Source: {site}", "", "Related news"]
    lines += [_fill(rng.choice(RELATED), ctx) for _ in range(3)]
    lines += ["", f"Copyright {ctx.year} {site}. All rights reserved."]
    text = "\n".join(lines) + "\n"
    return {"id": f"a{number:07d}", "title": headline, "text": text, "words": len(text.split())}


def generate(n: int, seed: int = 42) -> Iterator[dict]:
    """``n`` pages, the same for the same seed."""
    rng = random.Random(seed)
    provinces = sorted(get_patterns().provinces.values(), key=lambda row: row.code)
    for number in range(n):
        yield article(rng, provinces, number)


def write_folder(articles: Iterator[dict], out: Path, per_folder: int = 1000) -> int:
    """Write pages as ``out/NNNN/aNNNNNNN.txt``, ``per_folder`` files a folder."""
    count = 0
    for count, page in enumerate(articles, start=1):
        folder = out / f"{(count - 1) // per_folder:04d}"
        if (count - 1) % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{page['id']}.txt").write_text(page["text"], encoding="utf-8")
    return count


def write_jsonl(articles: Iterator[dict], out: Path) -> int:
    """Write pages as one JSONL file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        for page in articles:
            handle.write(json.dumps(page, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="a folder, or a file ending in .jsonl")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    pages = generate(args.n, args.seed)
    if args.out.suffix == ".jsonl":
        count = write_jsonl(pages, args.out)
    else:
        count = write_folder(pages, args.out)
    print(f"wrote {count} articles to {args.out}")


if __name__ == "__main__":
    main()
