#!/usr/bin/env bash
# The demo's plan year follows the calendar (issue 14): `kplan demo-data`
# without --year writes this year's plan — the latest register extract is
# 31 October this year, the kartläggning is of this year and the one before,
# and the population forecast starts this year; --year names another plan
# year; a year whose two extracts before it would fall outside the plan
# years is refused, naming the option and the range.
set -euo pipefail
KPLAN="${1:?path to kplan}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

this_year="$(date -u +%Y)"
"$KPLAN" demo-data --db "sqlite:$tmp/now.db" --employees 150 >"$tmp/now.txt"
grep -q "Personalregister $this_year-10-31" "$tmp/now.txt" || fail "no extract of $this_year-10-31: $(cat "$tmp/now.txt")"
grep -q "Kartläggning $this_year:" "$tmp/now.txt" || fail "no kartläggning of $this_year"
grep -q "Kartläggning $((this_year - 1)):" "$tmp/now.txt" || fail "no kartläggning of $((this_year - 1))"
grep -q "Befolkningsprognos Exempelby $this_year–$((this_year + 10))" "$tmp/now.txt" ||
  fail "the forecast does not start $this_year: $(grep Befolkning "$tmp/now.txt")"

"$KPLAN" demo-data --db "sqlite:$tmp/2031.db" --employees 150 --year 2031 >"$tmp/2031.txt"
grep -q "Personalregister 2029-10-31" "$tmp/2031.txt" || fail "2031: no extract of 2029-10-31"
grep -q "Kartläggning 2031:" "$tmp/2031.txt" || fail "2031: no kartläggning of 2031"
grep -q "Befolkningsprognos Exempelby 2031–2041" "$tmp/2031.txt" || fail "2031: forecast"

set +e
"$KPLAN" demo-data --db "sqlite:$tmp/bad.db" --year 2001 >"$tmp/bad.out" 2>"$tmp/bad.err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "--year 2001: exit $rc, expected 2"
grep -q -- "--year" "$tmp/bad.err" || fail "--year 2001: the error does not name the option: $(cat "$tmp/bad.err")"
grep -q "2002" "$tmp/bad.err" || fail "--year 2001: the error does not give the range: $(cat "$tmp/bad.err")"
echo "ok: the demo is of plan year $this_year unless --year says otherwise"
