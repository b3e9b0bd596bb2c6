#!/usr/bin/env bash
# Builds the libFuzzer targets (CSV and XLSX readers) with Debian's clang and
# runs each briefly (FUZZ_SECONDS, default 10) from its seed corpus. A crash
# fails the test and leaves the input in the work directory.
#   tests/fuzz/run.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src="${1:?source dir}"
work="${2:?work dir}"
seconds="${FUZZ_SECONDS:-10}"
CXX="${FUZZ_CXX:-clang++-14}"
mkdir -p "$work/corpus"

flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I "$src/src/include")
"$CXX" "${flags[@]}" -o "$work/csv_fuzz" "$src/tests/fuzz/csv_fuzz.cpp" \
  "$src/src/io/csv.cpp" "$src/src/io/table.cpp" "$src/src/io/text_encoding.cpp" "$src/src/core/error.cpp" -lPocoFoundation

"$CXX" "${flags[@]}" -o "$work/xlsx_fuzz" "$src/tests/fuzz/xlsx_fuzz.cpp" \
  "$src/src/io/xlsx.cpp" "$src/src/io/xlsx_values.cpp" "$src/src/io/xlsx_package.cpp" \
  "$src/src/io/xlsx_parts.cpp" "$src/src/io/xlsx_sheet.cpp" "$src/src/core/utf8.cpp" \
  "$src/src/io/csv.cpp" "$src/src/io/table.cpp" "$src/src/io/text_encoding.cpp" "$src/src/core/error.cpp" \
  -lPocoZip -lPocoFoundation -lexpat

cp -n "$src/tests/fuzz/corpus/csv/"* "$work/corpus/" 2>/dev/null || true
mkdir -p "$work/corpus_xlsx"
cp -n "$src/tests/fuzz/corpus/xlsx/"* "$work/corpus_xlsx/" 2>/dev/null || true
cd "$work"
./csv_fuzz -max_total_time="$seconds" -max_len=4096 -timeout=5 -print_final_stats=1 corpus 2>&1 \
  | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
ls crash-* timeout-* oom-* >/dev/null 2>&1 && { echo "fuzz: findings in $work"; exit 1; }
echo "fuzz: csv reader ok for ${seconds}s"

# XLSX: inputs up to 64 KB (a workbook is a zip of several parts); each run's
# reader limit is 8 MB (set in xlsx_fuzz.cpp), so 2 GB of RSS is never near.
./xlsx_fuzz -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus_xlsx 2>&1 \
  | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
ls crash-* timeout-* oom-* >/dev/null 2>&1 && { echo "fuzz: findings in $work"; exit 1; }
echo "fuzz: xlsx reader ok for ${seconds}s"
