#!/usr/bin/env bash
# The whole-municipality plan for a 50,000-employee demo (design.md section 5):
# HTML under 0.5 s, PDF under 3 s, timed end to end through `kplan report`
# (store reads, register figures, projection, analysis, rendering).
# Usage: bench/report_bench.sh [KPLAN_BINARY] [EMPLOYEES]
set -euo pipefail
KPLAN="${1:-build/kplan}"
EMPLOYEES="${2:-50000}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DB="sqlite://$TMP/demo.db"
echo "Skapar demokommun med $EMPLOYEES anställda ..."
"$KPLAN" demo-data --db "$DB" --employees "$EMPLOYEES" >/dev/null 2>&1
for format in html pdf xlsx docx; do
  best=""
  for run in 1 2 3; do
    start=$(date +%s.%N)
    "$KPLAN" report --db "$DB" --year 2025 --format $format --out "$TMP/kommun.$format" >/dev/null
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  printf "report %-4s %6.3f s  (%s byte, bäst av 3)\n" $format "$best" "$(stat -c %s "$TMP/kommun.$format")"
done
