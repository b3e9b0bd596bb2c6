#!/usr/bin/env bash
# The stochastic Personalprognos against a numpy and a plain Python version of
# the same model (bench/reference/), one run each:
#   - time for 50,000 employees × 10 years × 1,000 runs: kplan on one thread
#     and on two, numpy and plain Python (the references run fewer runs and
#     are extrapolated: each run costs the same), and the ratios per core;
#   - statistical agreement of kplan with both references on a smaller model
#     with three scenarios (bench/reference/compare.py);
#   - the curve of kplan's time in employees and in runs, with a linear fit,
#     as CSV and SVG in BUILD/bench/.
#
#   bench/simulation_bench.sh [BUILD]     # BUILD defaults to build-release
# Installs python3-numpy (Debian) if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-release}"
if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  echo "installerar python3-numpy ..."
  apt-get install -y -qq python3-numpy >/dev/null
fi
exec /usr/bin/python3 bench/simulation_bench.py "$build"
