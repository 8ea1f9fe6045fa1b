#!/usr/bin/env bash
# `make windows-installer`: compile installer/greenbelt.iss on Linux, with the Inno Setup
# compiler (ISCC.exe from the npm package innosetup-compiler) running under Wine.
#
# The payload is laid out exactly as the frozen Windows program is (dist/GreenBelt/ with
# GreenBelt.exe, greenbelt-cli.exe, _internal/ and the resources), but it is a STAND-IN:
# the frozen *Linux* build (installer/build-linux.sh, PyInstaller) under the Windows names.
# The setup it makes proves the installer's own behaviour (files, shortcuts, association,
# portable task, upgrade, uninstall) under Wine, not the program's: a setup that runs on
# Windows comes from installer/build-windows.ps1 (.github/workflows/windows.yml).
#
# Environment (all optional):
#   PROGRAM=dir      an already-built Linux program folder (default: build it into $WORK/linux)
#   PAYLOAD=dir      an already laid-out Windows payload (skips PROGRAM and the layout)
#   OUT=dir          where the setup goes (default: dist)
#   WORK=dir         working folder (default: build/windows-standin)
#   VERSION=x.y.z    the setup's version (default: the package's)
#   COMPRESSION=...  Inno's Compression (default here: zip; the release's lzma2/max takes
#                    minutes on this machine's two cores for the stand-in's 280 MB)
#   WINEPREFIX=dir   the Wine prefix (default: ~/.cache/greenbelt-desktop/wine, made on first use)
#   ISCC=path        ISCC.exe (default: build/innosetup/…, installed with npm on first use)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-.venv/bin/python}
OUT=${OUT:-dist}
WORK=${WORK:-build/windows-standin}
COMPRESSION=${COMPRESSION:-zip}
ISCC_PACKAGE=innosetup-compiler@6.3.1
TOOLS=${TOOLS:-build/innosetup}
ISCC=${ISCC:-$TOOLS/node_modules/innosetup-compiler/bin/ISCC.exe}
# Outside the work tree: a prefix links Z: to /, which tools walking the tree would follow.
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/greenbelt-desktop/wine}
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$OUT" "$WORK"
abs() { (cd "$1" && pwd); }

for tool in wine wineboot; do
  command -v "$tool" >/dev/null || {
    echo "Wine is missing: run scripts/install-system-packages.sh as root (Debian: wine64, wine32:i386)." >&2
    exit 1
  }
done
if [ ! -f "$ISCC" ]; then
  command -v npm >/dev/null || { echo "npm is missing: it installs the Inno Setup compiler." >&2; exit 1; }
  npm install --prefix "$TOOLS" --no-audit --no-fund --no-save --silent "$ISCC_PACKAGE"
fi

# Wine needs a display even for a console compiler (without one it fails later, obscurely).
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (Debian: xvfb)." >&2; exit 1; }
  exec xvfb-run -a -s "-nolisten tcp -screen 0 1024x768x24" bash "$0" "$@"
fi
trap 'wineserver -k 2>/dev/null || true' EXIT
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "Creating the Wine prefix $WINEPREFIX (once)"
  wineboot -i >/dev/null 2>&1
  wine winecfg -v win10 >/dev/null 2>&1
fi

version=${VERSION:-$("$PY" -c 'import greenbelt_desktop; print(greenbelt_desktop.__version__)')}
if [ -z "${PAYLOAD:-}" ]; then
  if [ -z "${PROGRAM:-}" ]; then
    DIST="$WORK/linux" WORK="build/pyinstaller" PY="$PY" bash installer/build-linux.sh --no-tar
    PROGRAM="$WORK/linux/GreenBelt"
  fi
  PAYLOAD="$WORK/dist/GreenBelt"
  rm -rf "$PAYLOAD"
  mkdir -p "$(dirname "$PAYLOAD")"
  cp -a "$PROGRAM" "$PAYLOAD"
  # The Windows names: the console program and the windowed one (one executable here).
  mv "$PAYLOAD/greenbelt" "$PAYLOAD/greenbelt-cli.exe"
  cp "$PAYLOAD/greenbelt-cli.exe" "$PAYLOAD/GreenBelt.exe"
  rm -f "$PAYLOAD/install.sh" "$PAYLOAD/greenbelt.desktop" "$PAYLOAD/greenbelt.png"
  # Linux's library symlinks (_internal/libQt6*.so.6 -> PySide6/Qt/lib/...) have no
  # counterpart in the Windows folder, and Inno would copy their targets twice.
  find "$PAYLOAD" -type l -delete
  cat > "$PAYLOAD/STAND-IN.txt" <<'EOF'
This setup was compiled on Linux to test the installer under Wine. GreenBelt.exe and
greenbelt-cli.exe are the frozen Linux program under the Windows names: they do not run
on Windows. Windows setups are built by installer/build-windows.ps1.
EOF
fi

echo "Compiling the $version setup with Inno Setup ($ISCC_PACKAGE) under Wine ($COMPRESSION)"
start=$(date +%s)
wine "$ISCC" /Q "/DAppVersion=$version" "/DCompression=$COMPRESSION" \
  "/DPayloadDir=Z:$(abs "$PAYLOAD")" "/DOutputDir=Z:$(abs "$OUT")" installer/greenbelt.iss
setup="$OUT/GreenBelt-$version-setup.exe"
[ -f "$setup" ] || { echo "Inno Setup made no $setup" >&2; exit 1; }
echo "Built $setup ($(du -h "$setup" | cut -f1), $(( $(date +%s) - start )) s): a stand-in payload, see installer/README.md"
