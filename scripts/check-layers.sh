#!/usr/bin/env bash
# Checks that every layer includes only its own headers and those of the
# layers it builds on (design.md section 2), and that core includes no
# third-party library at all. CMake's link graph enforces the same for symbols.
#   core    the domain
#   io      core
#   store   core, io
#   report  core (the document and renderers know no store and no reader)
#   app     core, io, store, report
#   server  core, io, store, report, app
#   cli     core, io, store, report, app, server
set -euo pipefail
cd "$(dirname "$0")/.."

allowed_for() {
  case "$1" in
    core) echo "core" ;;
    io) echo "core io" ;;
    store) echo "core io store" ;;
    report) echo "core report" ;;
    app) echo "core io store report app" ;;
    server) echo "core io store report app server" ;;
    cli) echo "core io store report app server cli" ;;
    *) echo "" ;;
  esac
}

status=0
for layer in core io store report app server cli; do
  allowed="$(allowed_for "$layer")"
  while IFS= read -r line; do
    file="${line%%:*}"
    inc="$(sed -E 's/.*#include "kplan\/([a-z]+)\/.*/\1/' <<<"$line")"
    if ! grep -qw "$inc" <<<"$allowed"; then
      echo "layering: $file includes kplan/$inc (a layer above $layer)"
      status=1
    fi
  done < <(grep -rnE '#include "kplan/[a-z]+/' "src/$layer" "src/include/kplan/$layer" 2>/dev/null || true)
done

# core: the standard library only.
if bad="$(grep -rnE '#include <(Poco|nlohmann|sqlite3|libpq|fmt|pugixml|xlsxwriter|zip)' src/core src/include/kplan/core)"; then
  echo "layering: core includes a third-party library:"
  echo "$bad"
  status=1
fi
if [ "$status" -eq 0 ]; then echo "layering: ok"; fi
exit "$status"
