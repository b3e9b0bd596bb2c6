#!/usr/bin/env python3
"""Reference: the stochastic Personalprognos in numpy, vectorised over the
employees the way an analyst writes it (one array per attribute; per run and
year one uniform number per employee, masks for the events, bincount per
category), from the model statement in microsimulation.hpp.

    /usr/bin/python3 microsim_numpy.py MODEL.json [--runs N] [--seed S] > result.json

Debian's python3-numpy imports only under /usr/bin/python3.
"""
import argparse
import sys
import time

import numpy as np

import microsim_model as mm


def simulate(model, scenario, runs, seed):
    s = mm.scenario_settings(scenario)
    cats = model["categories"]
    C, T, L = len(cats), model["years"], model["levels"]
    # Employees as arrays.
    cat0, born0, level0, fte0 = [], [], [], []
    for c, category in enumerate(cats):
        for by, lv, fte, n in category["staff"]:
            cat0 += [c] * n
            born0 += [by] * n
            level0 += [lv] * n
            fte0 += [fte / 100] * n
    cat0, born0, level0, fte0 = (np.array(cat0, dtype=np.int64), np.array(born0, dtype=np.int64),
                                 np.array(level0, dtype=np.int64), np.array(fte0))
    retire = np.array(model["retire"])
    leave = np.array([[min(1.0, c["turnover"][mm.band_of(a)] * s["turnover_factor"]) for a in range(mm.MAX_AGE + 1)]
                      for c in cats])
    promote = np.zeros((C, L + 1))  # column level + 1; column 0 for an unknown level
    for c, category in enumerate(cats):
        promote[c, 1:] = category["promotion"]
    fte_start = np.bincount(cat0, weights=fte0, minlength=C)
    heads_start = np.bincount(cat0, minlength=C)
    rfte = np.array([s["recruit_fte"] / 100 if s["recruit_fte"] else (fte_start[c] / heads_start[c] if heads_start[c]
                     else 1.0) for c in range(C)])
    need = np.array([mm.need_series(cats[c], T, fte_start[c], s["alpha"]) for c in range(C)])
    mixes = [mm.recruit_mix(c) for c in cats]
    values = np.zeros((C + 1, T, len(mm.FIGURES), runs))
    for run in range(runs):
        rng = np.random.default_rng([seed, run])
        cat, born, level, fte = cat0.copy(), born0.copy(), level0.copy(), fte0.copy()
        for t in range(T):
            year = model["start_year"] + t + 1
            age = np.clip(year - born, 0, mm.MAX_AGE)
            u = rng.random(cat.size)
            p_r = retire[age]
            p_l = leave[cat, age]
            p_u = promote[cat, level + 1]
            p_f = np.where(fte < s["full_fte"], s["full_rate"], 0.0)
            edge_r = p_r
            edge_l = edge_r + (1 - p_r) * p_l
            rest = (1 - p_r) * (1 - p_l)
            edge_u = edge_l + rest * p_u
            edge_f = edge_u + rest * (1 - p_u) * p_f
            retiring = u < edge_r
            leaving = ~retiring & (u < edge_l)
            up = ~(retiring | leaving) & (u < edge_u)
            full = ~(retiring | leaving | up) & (u < edge_f)
            counts = [np.bincount(cat[m], minlength=C) for m in (retiring, leaving, up, full)]
            level[up] += 1
            fte[full] = s["full_fte"]
            stay = ~(retiring | leaving)
            cat, born, level, fte = cat[stay], born[stay], level[stay], fte[stay]
            fte_sum = np.bincount(cat, weights=fte, minlength=C)
            x = np.maximum(0.0, (need[:, t] - fte_sum) / rfte)
            recruits = (np.floor(x) + (rng.random(C) < x - np.floor(x))).astype(np.int64)
            new_cat, new_level = [], []
            for c in range(C):
                if recruits[c] == 0:
                    continue
                per_level = rng.multinomial(recruits[c], [share for _, share in mixes[c]])
                for (lv, _), n in zip(mixes[c], per_level):
                    new_cat.append(np.full(n, c))
                    new_level.append(np.full(n, lv))
            if new_cat:
                new_cat = np.concatenate(new_cat)
                cat = np.concatenate([cat, new_cat])
                born = np.concatenate([born, np.full(new_cat.size, year - model["recruit_age"])])
                level = np.concatenate([level, np.concatenate(new_level)])
                fte = np.concatenate([fte, rfte[new_cat]])
            heads = np.bincount(cat, minlength=C)
            fte_sum = np.bincount(cat, weights=fte, minlength=C)
            replaced = counts[0] + counts[1]
            grows = recruits >= replaced
            safe = np.maximum(replaced, 1)
            figures = [heads, fte_sum, counts[0], counts[1], counts[2], counts[3], recruits,
                       np.where(grows, recruits - replaced, 0),
                       np.where(grows, counts[0], recruits * counts[0] / safe),
                       np.where(grows, counts[1], recruits * counts[1] / safe)]
            for k, f in enumerate(figures):
                values[:C, t, k, run] = f
                values[C, t, k, run] = f.sum()
    return values.tolist()


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
