#!/usr/bin/env bash
# Installs the Debian and npm packages Kompetensplan needs; idempotent.
# Works as root or through sudo. Skips apt entirely when everything is present.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkgconf git curl ca-certificates
  libpoco-dev libpq-dev libsqlite3-dev libssl-dev libfmt-dev
  libsodium-dev nlohmann-json3-dev libexpat1-dev libmd4c-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
  postgresql-15 postgresql-client-15
  chromium
  libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core poppler-utils
  libreoffice-writer-nogui bc
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm: the machine image may ship its own build (which conflicts with
# Debian's npm package), so only ask Debian for them when the commands are absent.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: Debian packages present"
fi

# npm packages of the web app, the browser tests and the API tests, from the lockfile.
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
for dir in web tests/browser tests/api; do
  if [ -f "$ROOT/$dir/package.json" ]; then
    if [ ! -d "$ROOT/$dir/node_modules" ] || [ "$ROOT/$dir/package-lock.json" -nt "$ROOT/$dir/node_modules/.package-lock.json" ]; then
      echo "install-deps: npm ci in $dir"
      (cd "$ROOT/$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
