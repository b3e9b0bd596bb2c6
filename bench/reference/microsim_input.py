#!/usr/bin/env python3
"""The benchmark model of the stochastic Personalprognos, as the JSON document
`kplan project --input` reads (docs/projection-format.md): EMPLOYEES employees
in 40 categories (Stockholm city has about 50,000), four competence levels,
birth years 1957–2005, FTE 100 % for most and 50–90 % for the rest, turnover by
age band, promotion between levels, a population growing 1.2 % a year, ten
years from 2024. Deterministic for a given --seed.

    microsim_input.py EMPLOYEES [--seed S] [--scenarios] > model.json

--scenarios adds "Heltid som norm" and "30 % andra lösningar" to "Bas".
"""
import argparse
import json
import random
import sys
from collections import Counter

BANDS = ["-29", "30-39", "40-49", "50-59", "60-"]
FTES = [(100, 0.70), (50, 0.05), (75, 0.12), (80, 0.08), (90, 0.05)]
LEVELS = [0.15, 0.40, 0.35, 0.10]


def model(employees, seed, scenarios):
    rng = random.Random(seed)
    categories = []
    for c in range(40):
        scale = 0.8 + 0.01 * c
        categories.append({
            "name": f"Kategori {c + 1}",
            "turnover_percent": {b: round(r * scale, 4) for b, r in zip(BANDS, [14, 10, 7, 5, 4])},
            "promotion_percent": [8, 5, 3],
            "monthly_salary": 35000,
            "overhead_percent": 52,
            "staff": Counter(),
        })
    for i in range(employees):
        born = rng.randint(1957, 2005)
        level = rng.choices(range(4), LEVELS)[0]
        fte = rng.choices([f for f, _ in FTES], [w for _, w in FTES])[0]
        categories[i % 40]["staff"][(born, level, fte)] += 1
    for c in categories:
        c["staff"] = [[born, level, fte, n] for (born, level, fte), n in sorted(c["staff"].items())]
    doc = {
        "start_year": 2024,
        "years": 10,
        "runs": 1000,
        "seed": 1,
        "levels": ["Viss", "God", "Hög", "Mycket hög"],
        "drivers": [{"name": "Befolkning", "values": [round(1e6 * (1 + 0.012 * t)) for t in range(11)]}],
        "categories": categories,
        "scenarios": [{"name": "Bas"}],
    }
    if scenarios:
        doc["scenarios"] += [
            {"name": "Heltid som norm", "to_full_time_percent": 25, "recruit_fte_percent": 100},
            {"name": "30 % andra lösningar", "other_solutions_percent": 30},
        ]
    return doc


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("employees", type=int)
    parser.add_argument("--seed", type=int, default=50000)
    parser.add_argument("--scenarios", action="store_true")
    args = parser.parse_args()
    json.dump(model(args.employees, args.seed, args.scenarios), sys.stdout, ensure_ascii=False)
