#!/usr/bin/env bash
# Builds the libFuzzer targets (CSV, XLSX, PX, JSON-stat2 and Kolada readers) with Debian's clang and
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

# PX and JSON-stat2 (SCB's population files): the readers and what they share.
io_common=("$src/src/io/data_cube.cpp" "$src/src/io/import_text.cpp" "$src/src/io/csv.cpp"
  "$src/src/io/table.cpp" "$src/src/io/text_encoding.cpp" "$src/src/core/calendar_date.cpp"
  "$src/src/core/error.cpp")
"$CXX" "${flags[@]}" -o "$work/px_fuzz" "$src/tests/fuzz/px_fuzz.cpp" "$src/src/io/px_file.cpp" \
  "${io_common[@]}" -lPocoFoundation
"$CXX" "${flags[@]}" -o "$work/jsonstat_fuzz" "$src/tests/fuzz/jsonstat_fuzz.cpp" "$src/src/io/json_stat.cpp" \
  "$src/src/io/json_fields_syntax.cpp" "$src/src/io/json_fields_values.cpp" "$src/src/core/swedish_text.cpp" \
  "$src/src/core/rounding.cpp" "${io_common[@]}" -lPocoFoundation
# Kolada's API answers (v2 and v3): the reader, the JSON rules and core's value rules.
"$CXX" "${flags[@]}" -o "$work/kolada_fuzz" "$src/tests/fuzz/kolada_fuzz.cpp" "$src/src/io/kolada_reader.cpp" \
  "$src/src/io/json_fields_syntax.cpp" "$src/src/io/json_fields_values.cpp" "$src/src/core/kolada.cpp" \
  "$src/src/core/swedish_text.cpp" "$src/src/core/rounding.cpp" "${io_common[@]}" -lPocoFoundation

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

for target in px jsonstat kolada; do
  mkdir -p "corpus_$target"
  cp -n "$src/tests/fuzz/corpus/$target/"* "corpus_$target/" 2>/dev/null || true
  "./${target}_fuzz" -max_total_time="$seconds" -max_len=8192 -timeout=5 -rss_limit_mb=2048 \
    -print_final_stats=1 "corpus_$target" 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  ls crash-* timeout-* oom-* >/dev/null 2>&1 && { echo "fuzz: findings in $work"; exit 1; }
  echo "fuzz: $target reader ok for ${seconds}s"
done
