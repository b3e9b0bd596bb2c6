#!/usr/bin/env bash
# kplan project as a user runs it: a projection of the demo municipality as
# JSON and as text, the same seed gives the same bands on one thread and on
# two, a complete model with --input, a bad scenario file named by file and
# field (exit 2), and Ctrl+C stops a long projection (exit 1).
set -euo pipefail
KPLAN="${1:?path to kplan}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="sqlite:$tmp/k.db"
"$KPLAN" demo-data --db "$db" --year 2025 --employees 1500 >/dev/null

cat >"$tmp/scenarios.json" <<'JSON'
{"scenarios": [{"name": "Bas"}, {"name": "Heltid som norm", "to_full_time_percent": 25, "recruit_fte_percent": 100}]}
JSON
"$KPLAN" project --db "$db" --org VOF --years 5 --runs 300 --seed 4 --threads 1 --quiet \
  --scenario "$tmp/scenarios.json" >"$tmp/one.json"
"$KPLAN" project --db "$db" --org VOF --years 5 --runs 300 --seed 4 --threads 2 --quiet \
  --scenario "$tmp/scenarios.json" >"$tmp/two.json"
/usr/bin/python3 - "$tmp/one.json" "$tmp/two.json" <<'PY' || fail "the JSON result"
import json, sys
one, two = (json.load(open(p)) for p in sys.argv[1:3])
assert one["org"]["code"] == "VOF" and one["runs"] == 300 and one["years"] == 5, one["org"]
assert [s["name"] for s in one["scenarios"]] == ["Bas", "Heltid som norm"]
year = one["scenarios"][0]["total"]["years"][0]
for figure in ("headcount", "retirements", "leavers", "recruitment"):
    band = year[figure]
    assert band["p10"] <= band["p50"] <= band["p90"], (figure, band)
assert year["recruitment"]["p10"] < year["recruitment"]["p90"], "a band, not a point"
# The same seed: the same bands whatever the number of threads.
one.pop("threads"); two.pop("threads")
assert one == two, "one thread and two threads differ"
PY

"$KPLAN" project --db "$db" --org VOF --years 3 --runs 200 --format text --quiet >"$tmp/text"
grep -q "^Personalprognos för Vård- och omsorgsförvaltningen (VOF)" "$tmp/text" || fail "text heading: $(head -3 "$tmp/text")"
grep -q "^Scenario: Bas" "$tmp/text" || fail "text has no scenario table"

/usr/bin/python3 "$ROOT/bench/reference/microsim_input.py" 2000 --scenarios >"$tmp/model.json"
"$KPLAN" project --input "$tmp/model.json" --runs 100 --quiet >"$tmp/input.json" || fail "--input"
grep -q '"name": "30 % andra lösningar"' "$tmp/input.json" || fail "--input scenarios"

echo '{"scenarios": [{"name": "Heltid", "to_full_time_percent": 250}]}' >"$tmp/bad.json"
set +e
"$KPLAN" project --db "$db" --scenario "$tmp/bad.json" --quiet >/dev/null 2>"$tmp/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "bad scenario file: exit $code, not 2"
grep -q "bad.json\", fält \"scenarios\[0\].to_full_time_percent\": scenariot \"Heltid\": 250 ligger utanför" "$tmp/err" \
  || fail "bad scenario message: $(cat "$tmp/err")"

# One large category, many runs: minutes of work, little memory.
/usr/bin/python3 -c '
import json
staff = [[1960 + i % 45, None, 100, 400] for i in range(50)]
print(json.dumps({"start_year": 2025, "drivers": [{"name": "P", "values": [1]}],
                  "categories": [{"name": "Stor", "turnover_percent": 8, "staff": staff}]}))' >"$tmp/long.json"
"$KPLAN" project --input "$tmp/long.json" --runs 20000 --years 30 >/dev/null 2>"$tmp/progress" &
pid=$!
for _ in $(seq 1 100); do grep -q "Prognos:" "$tmp/progress" && break; sleep 0.1; done
kill -INT "$pid"
set +e
wait "$pid"
code=$?
set -e
[ "$code" -eq 1 ] || fail "Ctrl+C: exit $code, not 1"
grep -q "prognosen avbröts" "$tmp/progress" || fail "Ctrl+C message: $(tail -2 "$tmp/progress")"
echo "project: ok"
