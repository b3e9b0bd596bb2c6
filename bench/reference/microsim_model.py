"""What the numpy and plain Python references share: reading the document of
`kplan project --input` (the subset the benchmark uses), the rates per age,
and writing the result in kplan's JSON shape (docs/projection-format.md), so
that compare.py can put them side by side. The model is the one stated in
src/include/kplan/core/microsimulation.hpp; this file and the two references
are written from that statement, not from kplan's code.
"""
import json
import math

BANDS = ["-29", "30-39", "40-49", "50-59", "60-"]
DEFAULT_RETIREMENT = {61: 0.02, 62: 0.03, 63: 0.08, 64: 0.09, 65: 0.32, 66: 0.22, 67: 0.14, 68: 0.06, 69: 0.04}
FIGURES = ["headcount", "fte", "retirements", "leavers", "promotions", "to_full_time", "recruitment",
           "growth", "replace_retirements", "replace_turnover"]
MAX_AGE = 130


def band_of(age):
    return 0 if age < 30 else 1 if age < 40 else 2 if age < 50 else 3 if age < 60 else 4


def default_hazards():
    """Hazards per age from the default exit shares (retirement_table.hpp)."""
    hazards, remaining = {}, 1.0
    for age, share in DEFAULT_RETIREMENT.items():
        hazards[age] = min(1.0, share / remaining) if remaining > 0 else 1.0
        remaining -= share
    hazards[69] = 1.0
    return hazards


def retire_by_age(hazards):
    first, last = min(hazards), max(hazards)
    return [0.0 if a < first else 1.0 if a > last else hazards[a] for a in range(MAX_AGE + 1)]


def load(path):
    doc = json.load(open(path, encoding="utf-8"))
    levels = doc["levels"] if isinstance(doc["levels"], int) else len(doc["levels"])
    hazards = ({int(a): p / 100 for a, p in doc["retirement_percent"].items()}
               if "retirement_percent" in doc else default_hazards())
    drivers = {d["name"]: d["values"] for d in doc["drivers"]}
    first_driver = doc["drivers"][0]["name"]
    categories = []
    for c in doc["categories"]:
        t = c["turnover_percent"]
        turnover = [t / 100] * 5 if isinstance(t, (int, float)) else [t[b] / 100 for b in BANDS]
        promotion = [p / 100 for p in c.get("promotion_percent", [])]
        promotion = [promotion[l] if l < len(promotion) and l + 1 < levels else 0.0 for l in range(levels)]
        categories.append({
            "name": c["name"],
            "staff": [(int(by), -1 if lv is None else int(lv), float(fte), int(n)) for by, lv, fte, n in c["staff"]],
            "turnover": turnover,
            "promotion": promotion,
            "driver": drivers[c.get("driver", first_driver)],
            "elasticity": c.get("elasticity", 1.0),
        })
    return {"start_year": doc["start_year"], "years": doc.get("years", 10), "levels": levels,
            "recruit_age": doc.get("recruit_age", 35), "retire": retire_by_age(hazards),
            "categories": categories, "scenarios": doc.get("scenarios", [{"name": "Bas"}])}


def scenario_settings(s):
    return {"turnover_factor": s.get("turnover_factor", 1.0),
            "full_rate": s.get("to_full_time_percent", 0) / 100,
            "full_fte": s.get("full_time_fte_percent", 100) / 100,
            "recruit_fte": s.get("recruit_fte_percent"),
            "alpha": s.get("other_solutions_percent", 0) / 100}


def need_series(category, years, fte0, alpha):
    """D'_t for t = 1..T: the need after other solutions, in FTE."""
    driver = category["driver"]
    at = lambda t: driver[min(t, len(driver) - 1)]
    out = []
    for t in range(1, years + 1):
        need = max(0.0, fte0 * (1 + category["elasticity"] * (at(t) / at(0) - 1)))
        out.append(need - alpha * max(0.0, need - fte0))
    return out


def recruit_mix(category):
    """Today's level mix of the category: [(level, share)]."""
    counts = {}
    for _, level, _, n in category["staff"]:
        counts[level] = counts.get(level, 0) + n
    total = sum(counts.values())
    return [(lv, n / total) for lv, n in sorted(counts.items()) if n > 0] or [(-1, 1.0)]


def split(recruits, retirements, leavers):
    replaced = retirements + leavers
    if recruits >= replaced:
        return recruits - replaced, retirements, leavers
    return 0.0, recruits * retirements / replaced, recruits * leavers / replaced


def quantile(sorted_values, q):
    h = (len(sorted_values) - 1) * q
    lo = int(math.floor(h))
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def band(values):
    s = sorted(values)
    return {"mean": sum(s) / len(s), "p10": quantile(s, 0.1), "p50": quantile(s, 0.5), "p90": quantile(s, 0.9)}


def write_result(model, runs, seed, per_scenario, seconds, out):
    """per_scenario[s][c][t][f] is the list of run values; c == len(categories) is the total."""
    names = [c["name"] for c in model["categories"]] + ["Totalt"]
    scenarios = []
    for scenario, values in zip(model["scenarios"], per_scenario):
        series = []
        for c, name in enumerate(names):
            years = []
            for t in range(model["years"]):
                f = {FIGURES[k]: band(values[c][t][k]) for k in range(len(FIGURES))}
                years.append({"year": model["start_year"] + t + 1, "headcount": f["headcount"], "fte": f["fte"],
                              "retirements": f["retirements"], "leavers": f["leavers"],
                              "promotions": f["promotions"], "to_full_time": f["to_full_time"],
                              "recruitment": f["recruitment"],
                              "recruitment_split": {"growth": f["growth"], "retirements": f["replace_retirements"],
                                                    "turnover": f["replace_turnover"]}})
            series.append({"name": name, "years": years})
        scenarios.append({"name": scenario["name"], "total": series[-1], "categories": series[:-1]})
    json.dump({"runs": runs, "seed": seed, "seconds": seconds, "scenarios": scenarios}, out, ensure_ascii=False)
