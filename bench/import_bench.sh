#!/usr/bin/env bash
# Import benchmark (issue: store and import). Times, on the same generated
# register CSV (N rows, default 1,000,000):
#   kplan     kplan import employees: full validation, one transaction, SQLite
#   floor     the sqlite3 shell's .import of the same file into a plain table
#   pandas    pandas read_csv + to_sql into SQLite (bench/reference/pandas_import.py)
# and prints wall time, CPU time (user + system) and peak memory of each, and
# the ratios. Each is run RUNS times (default 3) on a fresh database and the
# best wall time is kept: on a shared machine the best run is the one least
# disturbed by others.
#   bench/import_bench.sh [BUILD_DIR] [N]     RUNS=5 bench/import_bench.sh ...
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build-release}"
N="${2:-1000000}"
RUNS="${RUNS:-3}"
KPLAN="$BUILD/kplan"
for pkg in sqlite3 python3-pandas time; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
  fi
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$ROOT/scripts/generate-register.sh" "$N" >"$tmp/register.csv"
echo "register: $N rows, $(du -h "$tmp/register.csv" | cut -f1)"

source "$ROOT/bench/measure.sh"

"$KPLAN" demo-data --db "sqlite:$tmp/demo.db" --employees 100 >/dev/null 2>&1
measure kplan 'cp "$tmp/demo.db" "$tmp/kplan.db"' \
  "$KPLAN" import employees "$tmp/register.csv" --db "sqlite:$tmp/kplan.db" --org VOF --snapshot 2026-10-31
tail -n +2 "$tmp/register.csv" >"$tmp/body.csv"
measure floor 'rm -f "$tmp/floor.db"' sqlite3 "$tmp/floor.db" \
  "CREATE TABLE employee (id TEXT, unit TEXT, occupation TEXT, ssyk TEXT, form TEXT, birth_year INTEGER, gender TEXT, fte TEXT, start TEXT, end_date TEXT, manager TEXT, sick TEXT, scheduled TEXT);" \
  ".mode csv" ".separator ;" ".import $tmp/body.csv employee"
measure pandas 'rm -f "$tmp/pandas.db"' \
  /usr/bin/python3 "$ROOT/bench/reference/pandas_import.py" "$tmp/register.csv" "$tmp/pandas.db"
awk -v k="$kplan_secs" -v f="$floor_secs" -v p="$pandas_secs" 'BEGIN {
  printf "kplan / sqlite3 .import = %.2f (target <= 2)\npandas / kplan = %.2f (target >= 5)\n", k / f, p / k
  printf "(5x pandas means %.2f s, which is %.2f x the sqlite3 .import floor itself)\n", p / 5, p / 5 / f }'
