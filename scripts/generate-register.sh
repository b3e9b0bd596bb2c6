#!/usr/bin/env bash
# Writes a fictional employee register extract as Swedish Excel CSV (BOM,
# semicolons, decimal comma) with N rows, for the demo municipality's units.
# Used by the import benchmark and the kill test. Deterministic.
#   scripts/generate-register.sh N > personal.csv
set -euo pipefail
n="${1:?number of rows}"
printf '\xef\xbb\xbf'
awk -v n="$n" 'BEGIN {
  OFS = ";";
  print "Anst.nr", "Enhet", "Yrke", "SSYK", "Anställningsform", "Födelseår", "Kön",
        "Sysselsättningsgrad", "Anställningsdatum", "Slutdatum", "Chef", "Sjuktimmar", "Schemalagda timmar";
  split("VOF-HT-N VOF-HT-S VOF-HT-O VOF-HT-V VOF-HT-C", units, " ");
  split("Undersköterska;Vårdbiträde;Sjuksköterska;Enhetschef", jobs, ";");
  split("5321;5330;2221;1721", ssyk, ";");
  split("Tillsvidare;Tillsvidare;Tillsvidare;Visstid;Timavlönad", forms, ";");
  seed = 12345;
  for (i = 1; i <= n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    j = 1 + seed % 4; u = 1 + int(seed / 7) % 5; f = 1 + int(seed / 11) % 5;
    born = 1958 + int(seed / 13) % 45;
    pct = 50 + int(seed / 17) % 51;
    fte = (f == 5) ? "" : (pct == 100 ? "100" : sprintf("%d,%d", pct, int(seed / 19) % 10));
    start = sprintf("%d-%02d-%02d", 1990 + int(seed / 23) % 35, 1 + int(seed / 29) % 12, 1 + int(seed / 31) % 28);
    print sprintf("B%07d", i), units[u], jobs[j], ssyk[j], forms[f], born,
          (int(seed / 37) % 5 == 0 ? "M" : "K"), fte, start, "", (j == 4 ? "ja" : "nej"),
          sprintf("%d,5", int(seed / 41) % 120), "1700";
  }
}'
