#!/usr/bin/env bash
# Import benchmark (issue: store and import). Times, on the same generated
# register CSV (N rows, default 1,000,000):
#   kplan     kplan import employees: full validation, one transaction, SQLite
#   floor     the sqlite3 shell's .import of the same file into a plain table
#   pandas    pandas read_csv + to_sql into SQLite (bench/reference/pandas_import.py)
# and prints wall time and peak memory of each, and the ratios.
#   bench/import_bench.sh [BUILD_DIR] [N]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build-release}"
N="${2:-1000000}"
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

measure() {  # measure NAME command...
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$tmp/$name.time" "$@" >/dev/null 2>"$tmp/$name.err" || {
    cat "$tmp/$name.err"; exit 1; }
  read -r secs kb <"$tmp/$name.time"
  printf "%-8s %8.2f s %8.0f MB\n" "$name" "$secs" "$((kb / 1024))"
  eval "${name}_secs=$secs"
}

"$KPLAN" demo-data --db "sqlite:$tmp/kplan.db" --employees 100 >/dev/null 2>&1
measure kplan "$KPLAN" import employees "$tmp/register.csv" --db "sqlite:$tmp/kplan.db" --org VOF --snapshot 2026-10-31
tail -n +2 "$tmp/register.csv" >"$tmp/body.csv"
measure floor sqlite3 "$tmp/floor.db" \
  "CREATE TABLE employee (id TEXT, unit TEXT, occupation TEXT, ssyk TEXT, form TEXT, birth_year INTEGER, gender TEXT, fte TEXT, start TEXT, end_date TEXT, manager TEXT, sick TEXT, scheduled TEXT);" \
  ".mode csv" ".separator ;" ".import $tmp/body.csv employee"
measure pandas /usr/bin/python3 "$ROOT/bench/reference/pandas_import.py" "$tmp/register.csv" "$tmp/pandas.db"
awk -v k="$kplan_secs" -v f="$floor_secs" -v p="$pandas_secs" 'BEGIN {
  printf "kplan / sqlite3 .import = %.2f (target <= 2)\npandas / kplan = %.2f (target >= 5)\n", k / f, p / k }'
