#!/usr/bin/env bash
# An import killed with SIGKILL while it writes leaves the database exactly as
# it was: same snapshots, same figures, and SQLite's integrity check passes.
set -euo pipefail
KPLAN="${1:?path to kplan}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="sqlite:$tmp/k.db"

"$KPLAN" demo-data --db "$db" --year 2025 --employees 300 >/dev/null
"$KPLAN" figures --db "$db" >"$tmp/before.json"
"$ROOT/scripts/generate-register.sh" 400000 >"$tmp/big.csv"

killed=0
for attempt in 1 2 3; do
  "$KPLAN" import employees "$tmp/big.csv" --db "$db" --org VOF --snapshot 2026-10-31 \
    >"$tmp/out" 2>"$tmp/err" &
  pid=$!
  # Wait for the write stage, then give it a moment to be inside the transaction.
  for _ in $(seq 1 600); do
    grep -q "sparar" "$tmp/err" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  sleep 0.$((attempt * 2))
  if kill -KILL "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    killed=1
    break
  fi
  wait "$pid" || true
  # Finished before we could kill it: start over from the original database.
  "$KPLAN" demo-data --db "sqlite:$tmp/k2.db" --year 2025 --employees 300 >/dev/null
  mv "$tmp/k2.db" "$tmp/k.db"
done
[ "$killed" -eq 1 ] || fail "the import always finished before it could be killed"

"$KPLAN" figures --db "$db" >"$tmp/after.json"
cmp -s "$tmp/before.json" "$tmp/after.json" || fail "figures changed after the killed import"
"$KPLAN" figures --db "$db" --snapshot 2026-10-31 >/dev/null 2>&1 && fail "a half import is visible"
"$KPLAN" backup "$tmp/check.db" --db "$db" >/dev/null || fail "the database cannot be read"
echo "import_kill_test: ok (killed while saving; database unchanged)"
