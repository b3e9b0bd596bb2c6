#!/usr/bin/env bash
# An HR system's register as it is exported (issue 15 item 3): personnummer in
# every written form and names, Windows-1252 and semicolons, one row per
# employment. Imported twice, a year apart, with --pseudonymise: the same
# people get the same ids (linked: leavers and hires by id are right), a
# person's two employments are one employee, and nothing personal is left in
# the database file or its backup. Without the flag the file is refused with
# the reason and the way out; a wrong check digit names row and column, never
# the number. The personnummer are made up, with correct check digits.
set -euo pipefail
kplan="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="sqlite:$dir/k.db"

header='Personnummer;Förnamn;Efternamn;Anställningsnummer;Enhet;Befattning;Anställningsform;Sysselsättningsgrad;Anställningsdatum;Slutdatum'
# Windows-1252, CRLF: as Heroma's and Personec's exports write it.
cp1252() { iconv -f UTF-8 -t WINDOWS-1252 | sed 's/$/\r/'; }

cat <<EOF2 | cp1252 >"$dir/2024.csv"
$header
19680512-1230;Karl;Lindqvist;1001;Hemtjänst Nord;Undersköterska;Tillsvidare;100;1995-03-01;
680512-1248;Maria;Bergström;1002;Hemtjänst Nord;Sjuksköterska;Tillsvidare;75;2001-09-01;
8112189876;Johan;Ekström;1003;Boendestöd;Stödassistent;Visstid;100;2023-01-09;
701063-2391;Ahmed;Yusuf;1004;Boendestöd;Stödassistent;Tillsvidare;50;2010-05-01;
701063-2391;Ahmed;Yusuf;1005;Hemtjänst Nord;Undersköterska;Tillsvidare;25;2018-01-01;
050101-9871;Elias;Åkesson;1006;Hemtjänst Nord;Vårdbiträde;Visstid;50;2024-06-01;
EOF2
# A year later: the same people written in other forms; Elias has left, Sara is new.
cat <<EOF2 | cp1252 >"$dir/2025.csv"
$header
6805121230;Karl;Lindqvist;1001;Hemtjänst Nord;Undersköterska;Tillsvidare;100;1995-03-01;
19680512-1248;Maria;Bergström;1002;Hemtjänst Nord;Sjuksköterska;Tillsvidare;75;2001-09-01;
811218-9876;Johan;Ekström;1003;Boendestöd;Stödassistent;Tillsvidare;100;2023-01-09;
197010632391;Ahmed;Yusuf;1004;Boendestöd;Stödassistent;Tillsvidare;50;2010-05-01;
197010632391;Ahmed;Yusuf;1005;Hemtjänst Nord;Undersköterska;Tillsvidare;25;2018-01-01;
910101-9843;Sara;Nilsson;1007;Boendestöd;Stödassistent;Tillsvidare;100;2025-03-01;
EOF2
LC_ALL=C grep -q $'\xe4' "$dir/2024.csv" || fail "the test file is not in Windows-1252"

# Without --pseudonymise: refused, with the reason and the way out.
set +e
out="$("$kplan" import employees "$dir/2024.csv" --snapshot 2024-11-01 --create-units \
       --org "Exempelkommun" --db "$db" 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a register with personnummer exited $code: $out"
grep -qF 'kolumnen ser ut att innehålla personnummer' <<<"$out" || fail "no reason: $out"
grep -qF -- '--pseudonymise' <<<"$out" || fail "the refusal does not mention --pseudonymise: $out"

out="$("$kplan" import employees "$dir/2024.csv" --snapshot 2024-11-01 --create-units \
       --org "Exempelkommun" --pseudonymise --db "$db" 2>&1)"
grep -qF 'Resultat: importerad' <<<"$out" || fail "2024 not imported: $out"
grep -qF '1 anställningsrader slogs ihop' <<<"$out" || fail "the merged employment is not reported: $out"
grep -qF 'födelseår och kön togs från personnumret' <<<"$out" || fail "no word of the derived columns: $out"
grep -qF '"Förnamn", "Efternamn"' <<<"$out" || fail "the dropped columns are not named: $out"
out="$("$kplan" import employees "$dir/2025.csv" --snapshot 2025-11-01 --pseudonymise --db "$db" 2>&1)"
grep -qF 'Resultat: importerad' <<<"$out" || fail "2025 not imported: $out"

sql() { sqlite3 "$dir/k.db" "$1"; }
first="$(sql "SELECT id FROM employee_snapshot WHERE extract_date = '2024-11-01'")"
second="$(sql "SELECT id FROM employee_snapshot WHERE extract_date = '2025-11-01'")"
[ "$(sql "SELECT COUNT(*) FROM employee WHERE snapshot_id = $first")" = 5 ] || fail "2024 is not 5 people"
[ "$(sql "SELECT COUNT(*) FROM employee WHERE snapshot_id = $second")" = 5 ] || fail "2025 is not 5 people"
# Linked: four stay, one left, one was hired, whatever form the number had.
stayed="$(sql "SELECT COUNT(*) FROM employee a JOIN employee b ON a.employee_ref = b.employee_ref
               WHERE a.snapshot_id = $first AND b.snapshot_id = $second")"
[ "$stayed" = 4 ] || fail "$stayed people linked across the years, not 4"
left="$(sql "SELECT COUNT(*) FROM employee a WHERE a.snapshot_id = $first AND a.employee_ref NOT IN
             (SELECT employee_ref FROM employee WHERE snapshot_id = $second)")"
[ "$left" = 1 ] || fail "$left leavers, not 1"
# The merged person: 75 % in all, the larger employment's unit and occupation; born 1970, a man.
row="$(sql "SELECT e.fte_percent, e.category, e.birth_year, e.gender FROM employee e
            WHERE e.snapshot_id = $first AND e.birth_year = 1970")"
[ "$row" = '75.0|Stödassistent|1970|M' ] || [ "$row" = '75|Stödassistent|1970|M' ] || fail "the merged employee is $row"
[ "$(sql "SELECT group_concat(birth_year || gender, ',') FROM (SELECT birth_year, gender FROM employee
         WHERE snapshot_id = $first ORDER BY birth_year, gender)")" = '1968K,1968M,1970M,1981M,2005M' ] \
  || fail "birth years and genders not taken from the personnummer"
"$kplan" figures --db "$db" --format text | grep -qE 'Anställda \(månadsavlönade\) +5' || fail "figures lack the 5 employees"

# Nothing personal in the database file or in its backup.
"$kplan" backup "$dir/backup.db" --db "$db" >/dev/null
for f in "$dir"/k.db* "$dir/backup.db"; do
  for secret in 19680512-1230 196805121230 680512-1230 6805121230 680512-1248 6805121248 \
                8112189876 811218-9876 701063-2391 7010632391 197010632391 050101-9871 0501019871 \
                910101-9843 9101019843 Karl Lindqvist Maria Bergström Johan Ekström Ahmed Yusuf Elias \
                Åkesson Sara Nilsson; do
    for form in "$secret" "$(printf '%s' "$secret" | iconv -f UTF-8 -t WINDOWS-1252)"; do
      if grep -qaF -- "$form" "$f"; then fail "\"$secret\" is in $(basename "$f")"; fi
    done
  done
done

# A wrong check digit: row and column named, the number not echoed, nothing written.
cat <<EOF2 | cp1252 >"$dir/bad.csv"
$header
19680512-1230;Karl;Lindqvist;1001;Hemtjänst Nord;Undersköterska;Tillsvidare;100;1995-03-01;
680512-1249;Maria;Bergström;1002;Hemtjänst Nord;Sjuksköterska;Tillsvidare;75;2001-09-01;
EOF2
set +e
out="$("$kplan" import employees "$dir/bad.csv" --snapshot 2026-11-01 --pseudonymise --db "$db" 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a wrong check digit exited $code: $out"
grep -qF 'rad 3, kolumn "Personnummer"' <<<"$out" || fail "the row and column are not named: $out"
grep -qF 'kontrollsiffra' <<<"$out" || fail "the rule is not said: $out"
grep -qF '680512' <<<"$out" && fail "the number is echoed: $out"
[ "$(sql "SELECT COUNT(*) FROM employee_snapshot")" = 2 ] || fail "the bad file wrote a snapshot"
echo "pseudonymise_test: ok"
