#!/usr/bin/env bash
# Install Green Belt Desktop for the current user (no root needed):
#   ~/.local/opt/GreenBelt      the program folder (this folder, copied)
#   ~/.local/bin/greenbelt      the command
#   a menu entry, its icon, and .gbundle files opening in the application.
# The data folder (~/.local/share/GreenBelt) is never touched, so
# uninstalling (./install.sh --uninstall) keeps the user's data.
# Portable use instead: do not install; create an empty file called
# `portable` in this folder and the data stays in ./data beside the program.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/GreenBelt"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/greenbelt" "$prefix/applications/greenbelt.desktop" \
    "$prefix/icons/hicolor/256x256/apps/greenbelt.png" "$prefix/mime/packages/greenbelt.xml"
  command -v update-mime-database >/dev/null && update-mime-database "$prefix/mime" || true
  echo "Green Belt Desktop was removed; your data in ${prefix}/GreenBelt is kept."
  exit 0
fi

mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps" \
  "$prefix/mime/packages"
[ "$here" != "$opt" ] && cp -a "$here/." "$opt/"
ln -sf "$opt/greenbelt" "$bin/greenbelt"
cp "$here/greenbelt.desktop" "$prefix/applications/greenbelt.desktop"
cp "$here/greenbelt.png" "$prefix/icons/hicolor/256x256/apps/greenbelt.png"
cat > "$prefix/mime/packages/greenbelt.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-greenbelt-bundle">
    <comment>Green Belt bundle</comment>
    <glob pattern="*.gbundle"/>
  </mime-type>
</mime-info>
XML
command -v update-mime-database >/dev/null && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "Installed in $opt; run 'greenbelt' (make sure $bin is on your PATH)."
