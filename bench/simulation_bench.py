#!/usr/bin/python3
"""Driver of bench/simulation_bench.sh (see there): times kplan, numpy and
plain Python on the same model, checks that they agree, and draws the curve.

Times are CPU seconds of the process (user + system), which is what "per core"
means and what a busy machine disturbs least; wall-clock seconds are printed
beside them. Environment: NUMPY_RUNS (default 40) and PYTHON_RUNS (default 2)
runs of the 50,000-employee model for the references.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "bench", "reference")
EMPLOYEES, YEARS, RUNS = 50_000, 10, 1000


def run(cmd, out_path=None):
    """Runs cmd; returns (cpu seconds, wall seconds) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(out_path or os.devnull, "w") as out:
        subprocess.run(cmd, stdout=out, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def model(path, employees, scenarios=False):
    cmd = [sys.executable, os.path.join(REF, "microsim_input.py"), str(employees)]
    if scenarios:
        cmd.append("--scenarios")
    with open(path, "w") as out:
        subprocess.run(cmd, stdout=out, check=True)


def fit(xs, ys):
    """Least squares y = a + b·x; returns a, b and R²."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return a, b, 1 - ss_res / ss_tot if ss_tot else 1.0


def svg(curves, path):
    """Two panels: seconds against employees and against runs, points and fitted line."""
    w, h, pad = 420, 300, 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * w}" height="{h}" font-family="sans-serif" font-size="12">']
    for panel, (title, xs, ys, (a, b, r2)) in enumerate(curves):
        ox = panel * w
        xmax, ymax = max(xs) * 1.05, max(ys) * 1.15
        X = lambda x: ox + pad + x / xmax * (w - 2 * pad)
        Y = lambda y: h - pad + 10 - y / ymax * (h - 2 * pad)
        parts.append(f'<text x="{ox + w / 2}" y="18" text-anchor="middle">{title} (R² = {r2:.4f})</text>')
        parts.append(f'<line x1="{X(0)}" y1="{Y(0)}" x2="{X(xmax)}" y2="{Y(0)}" stroke="black"/>')
        parts.append(f'<line x1="{X(0)}" y1="{Y(0)}" x2="{X(0)}" y2="{Y(ymax)}" stroke="black"/>')
        for k in range(5):
            yv = ymax * k / 4
            parts.append(f'<text x="{X(0) - 6}" y="{Y(yv) + 4}" text-anchor="end">{yv:.1f} s</text>')
        last_label = -1e9
        for x in xs:  # a tick label where there is room for it
            if X(x) - last_label >= 45:
                parts.append(f'<text x="{X(x)}" y="{Y(0) + 16}" text-anchor="middle">{x:g}</text>')
                last_label = X(x)
        parts.append(f'<line x1="{X(0)}" y1="{Y(a)}" x2="{X(xmax)}" y2="{Y(a + b * xmax)}" stroke="#1b6ca8"/>')
        for x, y in zip(xs, ys):
            parts.append(f'<circle cx="{X(x)}" cy="{Y(y)}" r="4" fill="#c2410c"/>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts))


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build-release"
    kplan = os.path.join(ROOT, build, "kplan")
    if not os.access(kplan, os.X_OK):
        sys.exit(f"{kplan} saknas: bygg först (make bench bygger build-release)")
    out_dir = os.path.join(ROOT, build, "bench")
    os.makedirs(out_dir, exist_ok=True)
    numpy_runs = int(os.environ.get("NUMPY_RUNS", "40"))
    python_runs = int(os.environ.get("PYTHON_RUNS", "2"))
    tmp = tempfile.mkdtemp(prefix="kplan-simbench-")
    big = os.path.join(tmp, "m50k.json")
    model(big, EMPLOYEES)
    load = os.getloadavg()[0]
    print(f"Stokastisk personalprognos: {EMPLOYEES:,} anställda × {YEARS} år × {RUNS:,} körningar".replace(",", " ")
          + f" (belastning på maskinen: {load:.1f}; {os.cpu_count()} kärnor)")

    def ours(threads, runs=RUNS, path=big):
        return run([kplan, "project", "--input", path, "--runs", str(runs), "--threads", str(threads), "--quiet"])

    one_cpu, one_wall = ours(1)
    two_cpu, two_wall = ours(2)
    print(f"  kplan, 1 tråd:    {one_cpu:6.2f} s CPU, {one_wall:6.2f} s väggtid")
    print(f"  kplan, 2 trådar:  {two_cpu:6.2f} s CPU, {two_wall:6.2f} s väggtid")

    # The references: a few runs at two sizes give the cost per run and the
    # fixed cost (start, reading, expanding the staff); 1,000 runs = fixed + 1,000 × per run.
    def extrapolate(script, runs):
        small = max(1, runs // 4)
        c1, _ = run([sys.executable, os.path.join(REF, script), big, "--runs", str(small)])
        c2, _ = run([sys.executable, os.path.join(REF, script), big, "--runs", str(runs)])
        per_run = max(c2 - c1, 1e-9) / (runs - small) if runs > small else c2 / runs
        return max(c2 - per_run * runs, 0) + per_run * RUNS, per_run

    numpy_cpu, numpy_per_run = extrapolate("microsim_numpy.py", numpy_runs)
    print(f"  numpy:            {numpy_cpu:6.1f} s CPU för {RUNS} körningar "
          f"({numpy_per_run * 1000:.0f} ms per körning, uppmätt på {numpy_runs})")
    python_cpu, python_per_run = extrapolate("microsim_python.py", python_runs)
    print(f"  ren Python:       {python_cpu:6.0f} s CPU för {RUNS} körningar "
          f"({python_per_run:.2f} s per körning, uppmätt på {python_runs})")
    per_core_numpy = numpy_cpu / one_cpu
    print(f"  numpy / kplan per kärna:       {per_core_numpy:6.1f}×   (mål ≥ 20×)")
    print(f"  ren Python / kplan per kärna:  {python_cpu / one_cpu:6.0f}×")
    print(f"  kplan på två kärnor:           {two_wall:6.2f} s väggtid, {two_cpu / 2:.2f} s CPU per kärna (mål < 3 s)")

    # Agreement on a smaller model with three scenarios.
    small = os.path.join(tmp, "m3k.json")
    model(small, 3000, scenarios=True)
    results = {}
    for name, cmd in (("kplan", [kplan, "project", "--input", small, "--runs", "2000", "--quiet"]),
                      ("numpy", [sys.executable, os.path.join(REF, "microsim_numpy.py"), small, "--runs", "400"]),
                      ("python", [sys.executable, os.path.join(REF, "microsim_python.py"), small, "--runs", "100"])):
        results[name] = os.path.join(tmp, f"{name}.json")
        run(cmd, results[name])
    print("Statistisk överensstämmelse (3 000 anställda, 3 scenarier; kplan 2 000, numpy 400, Python 100 körningar):")
    agree = True
    for other in ("numpy", "python"):
        check = subprocess.run([sys.executable, os.path.join(REF, "compare.py"), results["kplan"], results[other]],
                               capture_output=True, text=True)
        last = check.stdout.strip().splitlines()
        print(f"  kplan mot {other}: " + " / ".join(last[-2:] if check.returncode else last[-1:]))
        agree = agree and check.returncode == 0

    # The curve: one thread, in employees (1,000 runs) and in runs (50,000 employees).
    rows = []
    sizes = [6250, 12500, 25000, 50000, 100000]
    for n in sizes:
        path = os.path.join(tmp, f"m{n}.json")
        model(path, n)
        cpu, wall = ours(1, RUNS, path)
        rows.append(("employees", n, RUNS, cpu, wall))
    run_counts = [125, 250, 500, 1000, 2000]
    for r in run_counts:
        cpu, wall = ours(1, r)
        rows.append(("runs", EMPLOYEES, r, cpu, wall))
    with open(os.path.join(out_dir, "simulation_curve.csv"), "w") as f:
        f.write("varied,employees,runs,cpu_seconds,wall_seconds,ns_per_employee_year\n")
        for varied, n, r, cpu, wall in rows:
            f.write(f"{varied},{n},{r},{cpu:.3f},{wall:.3f},{cpu / (n * YEARS * r) * 1e9:.2f}\n")
    by_employees = fit(sizes, [row[3] for row in rows if row[0] == "employees"])
    by_runs = fit(run_counts, [row[3] for row in rows if row[0] == "runs"])
    svg([("CPU-sekunder mot antal anställda (1 000 körningar)", sizes,
          [row[3] for row in rows if row[0] == "employees"], by_employees),
         ("CPU-sekunder mot antal körningar (50 000 anställda)", run_counts,
          [row[3] for row in rows if row[0] == "runs"], by_runs)],
        os.path.join(out_dir, "simulation_curve.svg"))
    print("Kurva (1 tråd), CPU-sekunder:")
    for varied, n, r, cpu, wall in rows:
        print(f"  {n:>7} anställda × {r:>5} körningar: {cpu:6.2f} s ({cpu / (n * YEARS * r) * 1e9:.1f} ns per anställd och år)")
    print(f"  linjär i anställda: R² = {by_employees[2]:.4f}; linjär i körningar: R² = {by_runs[2]:.4f}")
    print(f"  {os.path.join(build, 'bench', 'simulation_curve.csv')} och .svg")
    subprocess.run(["rm", "-rf", tmp], check=False)
    if not agree:
        sys.exit(1)


if __name__ == "__main__":
    main()
