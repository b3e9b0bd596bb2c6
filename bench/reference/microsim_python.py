#!/usr/bin/env python3
"""Reference: the stochastic Personalprognos in plain Python, one employee at a
time (lists of tuples, random.random()), from the model statement in
microsimulation.hpp. The slow baseline; same input and output as
microsim_numpy.py.

    python3 microsim_python.py MODEL.json [--runs N] [--seed S] > result.json
"""
import argparse
import math
import random
import sys
import time

import microsim_model as mm


def simulate(model, scenario, runs, seed):
    s = mm.scenario_settings(scenario)
    cats = model["categories"]
    C, T = len(cats), model["years"]
    retire = model["retire"]
    values = [[[[] for _ in mm.FIGURES] for _ in range(T)] for _ in range(C + 1)]
    for c, category in enumerate(cats):
        start = [(by, lv, fte / 100) for by, lv, fte, n in category["staff"] for _ in range(n)]
        heads0 = len(start)
        fte0 = sum(p[2] for p in start)
        rfte = s["recruit_fte"] / 100 if s["recruit_fte"] else (fte0 / heads0 if heads0 else 1.0)
        need = mm.need_series(category, T, fte0, s["alpha"])
        mix = mm.recruit_mix(category)
        leave = [min(1.0, category["turnover"][mm.band_of(a)] * s["turnover_factor"]) for a in range(mm.MAX_AGE + 1)]
        promote = category["promotion"]
        for run in range(runs):
            rng = random.Random(f"{seed}-{run}-{c}")
            people = list(start)
            for t in range(T):
                year = model["start_year"] + t + 1
                stay, r_n, l_n, u_n, f_n = [], 0, 0, 0, 0
                for by, lv, fte in people:
                    age = min(max(year - by, 0), mm.MAX_AGE)
                    u = rng.random()
                    p_r, p_l = retire[age], leave[age]
                    p_u = promote[lv] if lv >= 0 else 0.0
                    p_f = s["full_rate"] if fte < s["full_fte"] else 0.0
                    if u < p_r:
                        r_n += 1
                        continue
                    edge = p_r + (1 - p_r) * p_l
                    if u < edge:
                        l_n += 1
                        continue
                    rest = (1 - p_r) * (1 - p_l)
                    if u < edge + rest * p_u:
                        u_n += 1
                        lv += 1
                    elif u < edge + rest * p_u + rest * (1 - p_u) * p_f:
                        f_n += 1
                        fte = s["full_fte"]
                    stay.append((by, lv, fte))
                people = stay
                fte_sum = sum(p[2] for p in people)
                x = max(0.0, (need[t] - fte_sum) / rfte)
                k = int(math.floor(x)) + (1 if rng.random() < x - math.floor(x) else 0)
                for _ in range(k):
                    level = rng.choices([lv for lv, _ in mix], [w for _, w in mix])[0]
                    people.append((year - model["recruit_age"], level, rfte))
                growth, rep_r, rep_l = mm.split(k, r_n, l_n)
                figures = [len(people), sum(p[2] for p in people), r_n, l_n, u_n, f_n, k, growth, rep_r, rep_l]
                for f, v in enumerate(figures):
                    values[c][t][f].append(v)
                    if len(values[C][t][f]) < runs:
                        values[C][t][f].append(0.0)
                    values[C][t][f][run] += v
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model")
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    model = mm.load(args.model)
    started = time.perf_counter()
    results = [simulate(model, s, args.runs, args.seed) for s in model["scenarios"]]
    mm.write_result(model, args.runs, args.seed, results, time.perf_counter() - started, sys.stdout)


if __name__ == "__main__":
    main()
