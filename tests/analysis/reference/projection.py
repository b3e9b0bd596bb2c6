#!/usr/bin/env python3
"""Independent reference for the projection cases: the formulas of design.md
section 3 (Personalprognos) written out plainly, without kplan's code.

    python3 tests/analysis/reference/projection.py tests/analysis/cases/NAME.input.json

prints, per category and in total, year by year: retirements, leavers, need,
recruitment, increase and its cost, and the share for other solutions.
"""
import json
import sys


def project(category, drivers, settings):
    start, years = settings["start_year"], settings["years"]
    pension, recruit_age = settings.get("pension_age", 67), settings.get("recruit_age", 35)
    alpha = settings.get("other_solutions_percent", 0) / 100
    tau = category["turnover_percent"] / 100
    elasticity = category.get("elasticity", 1)
    yearly_cost = category["monthly_salary"] * 12 * (1 + category.get("overhead_percent", 0) / 100)
    driver = drivers[category.get("driver", next(iter(drivers)))]
    if "ages" in category:
        cohorts = {start - int(age): n for age, n in category["ages"].items()}
    else:
        cohorts = {int(year): n for year, n in category["birth_years"].items()}
    headcount = need_0 = sum(cohorts.values())
    rows = []
    for t in range(1, years + 1):
        year = start + t
        retiring = [born for born in cohorts if born <= year - pension]
        retirements = sum(cohorts.pop(born) for born in retiring)
        leavers = tau * (headcount - retirements)
        cohorts = {born: n * (1 - tau) for born, n in cohorts.items()}
        need = max(0.0, need_0 * (1 + elasticity * (driver[t] / driver[0] - 1)))
        staying = headcount - retirements - leavers
        recruitment = max(0.0, need - staying)
        cohorts[year - recruit_age] = cohorts.get(year - recruit_age, 0) + recruitment
        headcount = staying + recruitment
        increase = need - need_0
        rows.append({"year": year, "retirements": retirements, "leavers": leavers, "need": need,
                     "recruitment": recruitment, "increase": increase,
                     "cost_of_increase": increase * yearly_cost,
                     "other_solutions_cost": alpha * max(0.0, increase) * yearly_cost})
    return rows


def main(path):
    projection = json.load(open(path, encoding="utf-8"))["projection"]
    drivers = {d["name"]: d["values"] for d in projection["drivers"]}
    total = None
    for category in projection["categories"]:
        rows = project(category, drivers, projection)
        print(category["name"])
        for row in rows:
            print("  ", {k: round(v, 6) for k, v in row.items()})
        total = rows if total is None else [{k: a[k] + b[k] if k != "year" else a[k] for k in a}
                                            for a, b in zip(total, rows)]
    print("Totalt")
    for row in total:
        print("  ", {k: round(v, 6) for k, v in row.items()})
    for key in ("retirements", "leavers", "recruitment"):
        print("  sum", key, round(sum(row[key] for row in total), 6))


if __name__ == "__main__":
    main(sys.argv[1])
