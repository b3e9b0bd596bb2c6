#!/usr/bin/env bash
# Load on loopback, bounded: wrk against the read endpoints of the demo
# municipality (signed in, 64 connections), and nginx serving a static file of
# the same size as each answer — the floor for HTTP on this machine. Then the
# soak: many clients editing activities with If-Match (bench/load/soak.mjs).
#   bench/load/run.sh [KPLAN_BIN] — env: EMPLOYEES (6000), DURATION (10s),
#   CONNECTIONS (64), THREADS (2), SOAK_CLIENTS (32), SOAK_SECONDS (30), DB (a
#   PostgreSQL URL instead of a temporary SQLite file)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
kplan="${1:-${KPLAN_BIN:-$repo/build/kplan}}"
EMPLOYEES="${EMPLOYEES:-6000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
SOAK_CLIENTS="${SOAK_CLIENTS:-32}"
SOAK_SECONDS="${SOAK_SECONDS:-30}"

for tool in wrk nginx curl node; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install wrk nginx curl nodejs)" >&2; exit 2; }
done
[ -x "$kplan" ] || { echo "run.sh: $kplan is not built" >&2; exit 2; }

tmp="$(mktemp -d /tmp/kplan-load.XXXXXX)"
chmod 755 "$tmp"
kplan_pid=""; nginx_pid=""
cleanup() {
  [ -n "$kplan_pid" ] && kill "$kplan_pid" 2>/dev/null && wait "$kplan_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_http() { for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done; echo "no answer from $1" >&2; return 1; }

db="${DB:-sqlite:$tmp/k.db}"
echo "== demo municipality with $EMPLOYEES employees ($db)"
"$kplan" demo-data --db "$db" --employees "$EMPLOYEES" >/dev/null
port="$(free_port)"
"$kplan" serve --db "$db" --host 127.0.0.1 --port "$port" >"$tmp/kplan.log" 2>&1 &
kplan_pid=$!
base="http://127.0.0.1:$port"
wait_http "$base/api/v1/health"
cookie="$(curl -fsS -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"username":"hr","password":"exempelby-demo"}' "$base/api/v1/session" | sed -n 's/^[Ss]et-[Cc]ookie: \(kplan_session=[^;]*\).*/\1/p')"

# nginx as the floor: the same bytes from a file, with the same security headers.
nport="$(free_port)"
mkdir -p "$tmp/www" "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body; proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi; uwsgi_temp_path $tmp/nginx/uwsgi; scgi_temp_path $tmp/nginx/scgi;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$nport;
    root $tmp/www;
    default_type application/json;
    add_header Cache-Control no-store;
    add_header X-Content-Type-Options nosniff;
    add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'";
  }
}
CONF
nginx -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" -g 'daemon off;' &
nginx_pid=$!

endpoints=(
  "/api/v1/health"
  "/api/v1/session"
  "/api/v1/categories"
  "/api/v1/org-units"
  "/api/v1/activities?org=VOF"
  "/api/v1/risks?year=2025"
  "/api/v1/inventory?org=VOF&year=2025"
  "/api/v1/figures?org=VOF"
  "/api/v1/analysis?org=VOF&year=2025"
)
# wrk's summary as "requests/s p99_ms"
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${@}" 2>&1 | awk '
    /Requests\/sec/ { rps = $2 }
    /^ *99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } p99 = v }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %.2f %s\n", rps, p99, (bad == "" ? 0 : bad) }'
}

i=0
printf '\n%-40s %8s %10s %8s %10s %8s %7s %6s\n' endpoint bytes kplan_rps p99_ms nginx_rps p99_ms ratio non2xx
for e in "${endpoints[@]}"; do
  i=$((i + 1))
  curl -fsS -H "Cookie: $cookie" "$base$e" >"$tmp/www/r$i.json"
  wait_http "http://127.0.0.1:$nport/r$i.json"
  bytes=$(stat -c %s "$tmp/www/r$i.json")
  read -r krps kp99 kbad < <(measure -H "Cookie: $cookie" "$base$e")
  read -r nrps np99 _ < <(measure "http://127.0.0.1:$nport/r$i.json")
  ratio=$(awk -v a="$krps" -v b="$nrps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  printf '%-40s %8s %10.0f %8.2f %10.0f %8.2f %7s %6s\n' "$e" "$bytes" "$krps" "$kp99" "$nrps" "$np99" "$ratio" "$kbad"
done

echo
echo "== soak: $SOAK_CLIENTS clients editing activities for $SOAK_SECONDS s with If-Match"
node "$here/soak.mjs" "$base" "$SOAK_CLIENTS" "$SOAK_SECONDS"
