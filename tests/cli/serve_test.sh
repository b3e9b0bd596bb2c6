#!/usr/bin/env bash
# Black-box test of `kplan serve`: health JSON, the app at /, the one error
# shape for unknown API paths, and a clean stop on SIGTERM (exit 0 within 2 s).
set -euo pipefail
KPLAN="${1:?path to kplan}"
WEB="${2:?path to web/dist}"
tmp="$(mktemp -d)"
pid=""
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/out" 2>/dev/null; exit 1; }

"$KPLAN" --version | grep -qE '^kplan [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
"$KPLAN" --help | grep -q "serve" || fail "--help lists serve"

expect_exit() {  # expect_exit CODE TEXT-IN-STDERR ARGS...
  local want="$1" text="$2"; shift 2
  set +e; "$KPLAN" "$@" >/dev/null 2>"$tmp/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || fail "kplan $* exited $got, expected $want"
  grep -qF -- "$text" "$tmp/err" || fail "kplan $*: stderr lacks \"$text\": $(cat "$tmp/err")"
}
expect_exit 2 'okänt kommando "gissa"' gissa
expect_exit 2 'okänd flagga --prot' serve --prot 80
expect_exit 2 '--port "80a" är inte ett heltal från 0 till 65535' serve --port 80a
expect_exit 2 'okänd databasadress "mysql://u:***@h/d"' serve --db mysql://u:pw@h/d

"$KPLAN" serve --db "sqlite:$tmp/x.db" --host 127.0.0.1 --port 0 --web "$WEB" >"$tmp/out" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 100); do
  port="$(sed -nE 's/.*http:\/\/127\.0\.0\.1:([0-9]+)\/.*/\1/p' "$tmp/out" | head -1)"
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || fail "server did not report its address"
base="http://127.0.0.1:$port"

health="$(curl -sS -w ' %{http_code}' "$base/api/v1/health")"
[[ "$health" =~ ^\{\"status\":\"ok\",\"version\":\"[0-9.]+\",\"database\":\"sqlite\"\}\ 200$ ]] \
  || fail "health answered: $health"

page="$(curl -sS -w ' %{http_code}' "$base/")"
[[ "$page" == *"<title>Kompetensplan</title>"* && "$page" == *" 200" ]] || fail "/ is not the app page"

missing="$(curl -sS -w ' %{http_code}' "$base/api/v1/finns-inte")"
[[ "$missing" =~ ^\{\"error\":\{\"code\":\"not_found\",\"message\":\".+\"\}\}\ 404$ ]] \
  || fail "unknown API path answered: $missing"

start=$(date +%s%N)
kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$code" -eq 0 ] || fail "exit code $code after SIGTERM"
[ "$elapsed_ms" -le 2000 ] || fail "stop took ${elapsed_ms} ms"
echo "serve_test: ok (stopped in ${elapsed_ms} ms)"
