#!/usr/bin/env bash
# Population import benchmark (issue 15 item 2): an SCB-shaped download of
# every kommun's forecast — 290 kommuner × 101 ages (0 år … 100+ år) × 2 sexes
# × 50 years, semicolon CSV with a title line, quoted labels, years across,
# decimals and footnotes, as Statistikdatabasen writes it — timed as
#   kplan     kplan import population: every cell validated, the sexes summed,
#             1,464,500 forecast cells saved in one transaction (SQLite)
#   floor     the sqlite3 shell's .import of the same 58,580 rows into a plain
#             table (53 text columns)
#   long      the sqlite3 shell's .import of the same cells one a row
#             (region;kön;ålder;år;antal: 2,929,000 rows), the shape kplan stores
# Each is run RUNS times (default 3) on a fresh database; the best wall time
# is kept. Prints wall time, CPU and peak memory, and kplan / floor (target < 2).
#   bench/population_import_bench.sh [BUILD_DIR]      RUNS=5 bench/population_import_bench.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build-release}"
RUNS="${RUNS:-3}"
KPLAN="$BUILD/kplan"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The file: kommun codes 0114 … and names, ages, sexes; a value per year.
awk 'BEGIN {
  printf "\"Folkmängd efter region, ålder, kön och år\"\n\n\"region\";\"ålder\";\"kön\""
  for (y = 2025; y < 2075; y++) printf ";\"%d\"", y
  printf "\n"
  for (k = 0; k < 290; k++) {
    region = sprintf("%04d Kommun %d", 114 + k * 8, k + 1)
    for (a = 0; a <= 100; a++) {
      age = a < 100 ? a " år" : "100+ år"
      for (s = 0; s < 2; s++) {
        printf "\"%s\";\"%s\";\"%s\"", region, age, s ? "kvinnor" : "män"
        base = 40 + (k * 37 + a * 11 + s * 5) % 900
        for (y = 0; y < 50; y++) printf ";%d,%d", base + y, (k + a + y) % 10
        printf "\n"
      }
    }
  }
  printf "\n\"Fotnoter:\"\n\"Framskrivning: SCB, egna antaganden.\"\n"
}' >"$tmp/befolkning.csv"
echo "file: 58580 rows × 50 years, $(du -h "$tmp/befolkning.csv" | cut -f1)"
# The floor's inputs: the same rows without title and notes, and the cells one a row.
sed -n '4,58583p' "$tmp/befolkning.csv" | tr -d '"' >"$tmp/rows.csv"
awk -F';' '{ for (y = 4; y <= NF; y++) printf "%s;%s;%s;%d;%s\n", $1, $3, $2, 2021 + y, $y }' \
  "$tmp/rows.csv" >"$tmp/long.csv"

source "$ROOT/bench/measure.sh"

"$KPLAN" demo-data --db "sqlite:$tmp/demo.db" --employees 100 >/dev/null 2>&1
measure kplan 'cp "$tmp/demo.db" "$tmp/kplan.db"' \
  "$KPLAN" import population "$tmp/befolkning.csv" --db "sqlite:$tmp/kplan.db"
grep -q "Resultat: importerad" "$tmp/kplan.out" || { cat "$tmp/kplan.out"; exit 1; }
columns="region TEXT, alder TEXT, kon TEXT"
for y in $(seq 2025 2074); do columns="$columns, y$y TEXT"; done
measure floor 'rm -f "$tmp/floor.db"' sqlite3 "$tmp/floor.db" \
  "CREATE TABLE befolkning ($columns);" ".mode csv" ".separator ;" ".import $tmp/rows.csv befolkning"
measure long 'rm -f "$tmp/long.db"' sqlite3 "$tmp/long.db" \
  "CREATE TABLE befolkning (region TEXT, kon TEXT, alder TEXT, ar INTEGER, antal TEXT);" \
  ".mode csv" ".separator ;" ".import $tmp/long.csv befolkning"
awk -v k="$kplan_secs" -v f="$floor_secs" -v l="$long_secs" 'BEGIN {
  printf "kplan / sqlite3 .import of the rows  = %.2f (target < 2)\n", k / f
  printf "kplan / sqlite3 .import of the cells = %.2f\n", k / l }'
