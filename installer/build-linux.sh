#!/usr/bin/env bash
# Build the self-contained Linux package of Green Belt Desktop:
#   dist/GreenBelt/                              the program folder (runs without Python)
#   dist/GreenBelt-<version>-linux-<arch>.tar.gz the same folder, packed
# Run through `make dist` (which sets up .venv and compiles the translations).
# Options: --no-tar (folder only), DIST=dir and WORK=dir to build elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
TAR=1
[ "${1:-}" = "--no-tar" ] && TAR=0

version=$("$PY" -c 'import greenbelt_desktop; print(greenbelt_desktop.__version__)')
arch=$(uname -m)
echo "Building Green Belt Desktop $version for Linux ($arch) in $DIST/GreenBelt"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  installer/greenbelt.spec

folder="$DIST/GreenBelt"
cp README.md "$folder/README.md"
cp installer/linux/greenbelt.desktop installer/linux/install.sh "$folder/"
cp installer/images/greenbelt.png "$folder/greenbelt.png"
chmod +x "$folder/install.sh" "$folder/greenbelt"

# The frozen program must start without this machine's Python.
env -i PATH=/usr/bin:/bin HOME="${HOME:-/tmp}" "$folder/greenbelt" --version

if [ "$TAR" = 1 ]; then
  archive="$DIST/GreenBelt-$version-linux-$arch.tar.gz"
  tar -C "$DIST" -czf "$archive" GreenBelt
  echo "Built $archive ($(du -h "$archive" | cut -f1))"
fi
