#!/usr/bin/env bash
# The analysis cases through `kplan analyze` as a black box (see README.md):
# broken documents exit 2 with the expected Swedish error on stderr; good ones
# exit 0 in both formats, and the text report equals NAME.expected.txt if present.
set -euo pipefail
KPLAN="${1:?path to kplan}"
CASES="${2:?path to the cases directory}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

for input in "$CASES"/*.input.json; do
  name="$(basename "$input" .input.json)"
  set +e
  "$KPLAN" analyze --input "$input" --format json >"$tmp/out.json" 2>"$tmp/err"
  code=$?
  set -e
  if [ -f "$CASES/$name.error.txt" ]; then
    [ "$code" -eq 2 ] || { fail "$name: exit $code, expected 2"; continue; }
    expected="$(cat "$CASES/$name.error.txt")"
    grep -qF -- "$expected" "$tmp/err" || fail "$name: stderr lacks \"$expected\": $(cat "$tmp/err")"
    continue
  fi
  [ "$code" -eq 0 ] || { fail "$name: exit $code: $(cat "$tmp/err")"; continue; }
  [ -s "$tmp/out.json" ] || fail "$name: empty JSON output"
  "$KPLAN" analyze --input "$input" --format text >"$tmp/out.txt" || fail "$name: --format text failed"
  if [ -f "$CASES/$name.expected.txt" ]; then
    diff -u "$CASES/$name.expected.txt" "$tmp/out.txt" >"$tmp/diff" || fail "$name: text differs:
$(cat "$tmp/diff")"
  fi
done

# Usage errors.
set +e
"$KPLAN" analyze --format json >/dev/null 2>"$tmp/err"; code=$?
set -e
[ "$code" -eq 2 ] && grep -qF -- "--input saknas" "$tmp/err" || fail "missing --input: exit $code"
set +e
"$KPLAN" analyze --input "$CASES/malmo_asf.input.json" --format pdf >/dev/null 2>"$tmp/err"; code=$?
set -e
[ "$code" -eq 2 ] && grep -qF -- "--format ska vara json eller text" "$tmp/err" || fail "bad --format: exit $code"
set +e
"$KPLAN" analyze --input - --lang en <"$CASES/share_sum_off.input.json" >/dev/null 2>"$tmp/err"; code=$?
set -e
[ "$code" -eq 2 ] && grep -qF -- 'file "stdin", field "categories[0].target_shares"' "$tmp/err" \
  || fail "English error from stdin: exit $code: $(cat "$tmp/err")"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "analysis cli cases: ok"
