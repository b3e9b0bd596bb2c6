#!/usr/bin/env python3
"""Do two results of the stochastic Personalprognos agree statistically?

    compare.py A.json B.json [--sigmas 4.5]

For every scenario, year and figure of the total and of every category:
  - the means must differ by less than SIGMAS standard errors of the
    difference, the spread of each result taken from its P10–P90 band (2.563
    standard deviations for a normal distribution), and at least one person,
    since the narrow whole-number bands of a small category say little about
    the spread;
  - so must the medians (standard error about 1.25 times that of the mean),
    beyond one person: the figures are whole numbers, and a median whose
    middle lies near a whole number moves by one between any two samples.
Prints the largest difference and every failure, and exits 1 if any check
fails. With ten thousand checks at 4.5 standard errors, a false alarm comes
about once in fifteen comparisons of agreeing results.
"""
import argparse
import json
import math
import sys

FIGURES = ["headcount", "retirements", "leavers", "recruitment"]


def spread(band):
    return max((band["p90"] - band["p10"]) / 2.563, 1.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--sigmas", type=float, default=4.5)
    args = parser.parse_args()
    a, b = json.load(open(args.a)), json.load(open(args.b))
    checks, failures = 0, []
    worst = (0.0, "")
    for sa, sb in zip(a["scenarios"], b["scenarios"]):
        for series_a, series_b in zip([sa["total"]] + sa["categories"], [sb["total"]] + sb["categories"]):
            for ya, yb in zip(series_a["years"], series_b["years"]):
                for f in FIGURES:
                    ba, bb = ya[f], yb[f]
                    se = math.sqrt(spread(ba) ** 2 / a["runs"] + spread(bb) ** 2 / b["runs"])
                    for stat, scale, slack in (("mean", 1.0, 0.0), ("p50", 1.25, 1.0)):
                        checks += 1
                        z = (abs(ba[stat] - bb[stat]) - slack) / (scale * se)
                        where = f"{sa['name']} / {series_a['name']} / {ya['year']} / {f} {stat}: {ba[stat]:.2f} vs {bb[stat]:.2f}"
                        if z > worst[0]:
                            worst = (z, where)
                        if z > args.sigmas:
                            failures.append(f"{where} ({z:.1f} standard errors)")
    print(f"{checks} checks, largest difference {worst[0]:.2f} standard errors ({worst[1]})")
    for f in failures[:20]:
        print("  DIFFERS:", f)
    if failures:
        print(f"{len(failures)} of {checks} checks differ by more than {args.sigmas} standard errors")
        sys.exit(1)
    print(f"agree: every check within {args.sigmas} standard errors")


if __name__ == "__main__":
    main()
