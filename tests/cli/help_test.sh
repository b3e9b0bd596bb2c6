#!/usr/bin/env bash
# The help is made from the commands' declarations: `kplan --help` lists every
# option (import --max-errors was missing once), the README shows it verbatim,
# and an option's range is checked before the command runs.
set -euo pipefail
kplan="$1"
readme="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }

help="$("$kplan" --help)"
grep -qF -- '[--max-errors N]' <<<"$help" || fail "kplan --help lacks import --max-errors"
"$kplan" import --help | grep -qF -- '--max-errors N' || fail "kplan import --help lacks --max-errors"

block="$(awk '/^## The command$/ {inside=1; next} inside && /^```$/ {if (open) exit; open=1; next} open' "$readme")"
[ "$block" = "$help" ] || { diff <(echo "$block") <(echo "$help") >&2 || true; fail "README's command block differs from kplan --help"; }

set +e
out="$("$kplan" figures --pension-age 99 --db sqlite:/nonexistent/none.db 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "figures --pension-age 99 exited $code, not 2"
grep -qF -- '--pension-age "99"' <<<"$out" || fail "the message does not name the option: $out"
grep -qF -- 'från 65 till 69' <<<"$out" || fail "the message does not name the range: $out"
echo "help: ok"
