# measure NAME PREPARE command...: runs the command RUNS times (default 3),
# PREPARE (a shell command) before each, its output in $tmp/NAME.out and
# .err; prints the best wall time, its CPU time and the peak memory, and sets
# NAME_secs to the best wall time. The benchmarks source this file; they set
# $tmp. On a shared machine the best run is the one least disturbed by others.
measure() {  # measure NAME PREPARE command...: best of RUNS, PREPARE (a command) before each
  local name="$1" prepare="$2"; shift 2
  local best="" best_cpu="" best_kb=0
  for _ in $(seq 1 "$RUNS"); do
    eval "$prepare"
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || {
      cat "$tmp/$name.out" "$tmp/$name.err"; exit 1; }
    read -r secs user sys kb <"$tmp/$name.time"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$secs"; best_cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
    fi
    [ "$kb" -gt "$best_kb" ] && best_kb="$kb"
  done
  printf "%-8s %8.2f s wall %8.2f s cpu %8.0f MB peak\n" "$name" "$best" "$best_cpu" "$((best_kb / 1024))"
  eval "${name}_secs=$best"
}
