#!/usr/bin/env bash
# What the Windows installer's tests (tests/dist/test_windows_installer.py) and
# `make windows-installer` need on Debian 12: Wine (64-bit, plus the 32-bit part that
# runs the Inno Setup compiler ISCC.exe), Xvfb for the display Wine wants, and the
# compiler itself from npm (innosetup-compiler, into build/innosetup, ignored by git).
# As root it installs what is missing (about 4 minutes from a clean machine, mostly
# unpacking Wine); otherwise it says what is missing and those tests are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(wine wine64 wine32:i386 xvfb xauth)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Wine and Xvfb for the Windows installer tests: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
      dpkg --add-architecture i386
    fi
    # A failure here must not stop the rest of the test suite: those tests are skipped.
    if ! { apt-get update -q >/dev/null && \
           apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }; then
      echo "Could not install ${missing[*]}: the Windows installer tests will be skipped." >&2
    fi
  else
    echo "Missing system packages (the Windows installer tests will be skipped): ${missing[*]}" >&2
  fi
fi
ISCC=build/innosetup/node_modules/innosetup-compiler/bin/ISCC.exe
if [ ! -f "$ISCC" ]; then
  if command -v npm >/dev/null; then
    npm install --prefix build/innosetup --no-audit --no-fund --no-save --silent innosetup-compiler@6.3.1 ||
      echo "Could not install innosetup-compiler from npm: those tests will be skipped." >&2
  else
    echo "npm is missing: the Inno Setup compiler cannot be installed (those tests will be skipped)." >&2
  fi
fi
