#!/usr/bin/env bash
# Debian packages the test suite needs: PostgreSQL server binaries (the
# PostgreSQL tests start a throwaway cluster), poppler-utils (pdftoppm renders
# PDF pages for review) and the libraries Qt's offscreen platform loads.
# Installs only what is missing, and only when it can (root with apt-get);
# otherwise it says what is missing and the tests that need it are skipped.
set -euo pipefail
# Wine, Xvfb and the Inno Setup compiler for the Windows installer's tests.
bash "$(dirname "$0")/install-windows-tools.sh"
packages=(postgresql postgresql-contrib poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1
    apt-get install -y -q "${missing[@]}" >/dev/null
  }
else
  echo "Missing system packages (tests needing them will be skipped): ${missing[*]}" >&2
fi
