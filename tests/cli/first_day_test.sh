#!/usr/bin/env bash
# The first day (README "Första dagen"): an EMPTY database gets its
# organisation from the register itself (`import employees --create-units
# --org`), a dry run lists the units and writes nothing, a bad row writes
# nothing, and an org-units file then adds the levels above, by name.
set -euo pipefail
kplan="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="sqlite:$dir/k.db"

# Seed 002's words: Linköping's social- och omsorgsförvaltning, Excel's CSV (BOM, ;, CRLF).
printf '\xef\xbb\xbfAnst.nr;Enhet;Yrke;Anställningsform;Födelseår;Kön;Syss.grad;Anställningsdatum\r\n' >"$dir/register.csv"
printf 'P1;Hemtjänst Nord;Undersköterska;Tillsvidare;1966;K;100;2004-03-01\r\n' >>"$dir/register.csv"
printf 'P2;Hemtjänst Nord;Undersköterska;Tillsvidare;1981;M;75;2012-08-15\r\n' >>"$dir/register.csv"
printf 'P3;Boendestöd;Stödassistent;Visstid;1995;K;100;2024-01-08\r\n' >>"$dir/register.csv"

set +e
out="$("$kplan" import employees "$dir/register.csv" --snapshot 2025-01-31 --db "$db" 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "an empty database without --create-units exited $code"
grep -qF 'organisationen är tom' <<<"$out" || fail "no word of the empty organisation: $out"

dry="$("$kplan" import employees "$dir/register.csv" --snapshot 2025-01-31 --create-units \
       --org "Linköpings kommun" --dry-run --db "$db" 2>/dev/null)"
out="$dry"
grep -qF 'Enheter som skulle skapas eller ändras (3)' <<<"$out" || fail "the dry run lists no units: $out"
grep -qE '^  ny +linkopings-kommun-[0-9a-f]{8}  Linköpings kommun \(kommun\)' <<<"$out" || fail "no root: $out"
grep -qF 'Boendestöd (enhet, under linkopings-kommun-' <<<"$out" || fail "no Boendestöd: $out"
set +e
"$kplan" figures --db "$db" >/dev/null 2>&1 && fail "the dry run wrote something"
set -e

cp "$dir/register.csv" "$dir/bad.csv"
printf 'P4;Ny enhet;Undersköterska;Tillsvidare;1850;K;100;2004-03-01\r\n' >>"$dir/bad.csv"
set +e
"$kplan" import employees "$dir/bad.csv" --snapshot 2025-01-31 --create-units --org "Linköpings kommun" \
  --db "$db" >"$dir/bad.out" 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "a bad row exited $code"
grep -qF 'rad 5' "$dir/bad.out" || fail "the bad row is not named: $(cat "$dir/bad.out")"

"$kplan" import employees "$dir/register.csv" --snapshot 2025-01-31 --create-units \
  --org "Linköpings kommun" --db "$db" 2>/dev/null | grep -qF 'Resultat: importerad' || fail "not imported"
"$kplan" figures --db "$db" --format text | grep -qE 'Anställda \(månadsavlönade\) +3' || fail "figures lack the 3 employees"

# The förvaltning above, and Hemtjänst Nord moved into it by its code (the
# dry run listed it): the unit keeps its id, so its employees follow it.
code="$(sed -n 's/^  ny \+\(hemtjanst-nord-[0-9a-f]\{8\}\) .*/\1/p' <<<"$dry")"
[ -n "$code" ] || fail "no code for Hemtjänst Nord in: $dry"
printf 'Enhetskod;Enhetsnamn;Överordnad enhet;Typ\r\nSOF;Social- och omsorgsförvaltningen;Linköpings kommun;förvaltning\r\n%s;Hemtjänst Nord;SOF;enhet\r\n' \
  "$code" >"$dir/units.csv"
out="$("$kplan" import org-units "$dir/units.csv" --db "$db" 2>/dev/null)"
grep -qF 'Resultat: importerad' <<<"$out" || fail "org-units not imported: $out"
grep -qE "^  ändras $code  Hemtjänst Nord \(enhet, under SOF\)" <<<"$out" || fail "the move is not listed: $out"
"$kplan" figures --org SOF --db "$db" --format text | grep -qE 'Anställda \(månadsavlönade\) +2' \
  || fail "Hemtjänst Nord's 2 employees did not follow it to SOF"
echo "first day: ok"
