#!/bin/sh
# Installs what LibreOfficeEndToEndIT needs on a fresh Debian 12 (bookworm) machine. Run as root; idempotent:
# when everything is already there it does nothing (not even apt-get update). About 1-2 minutes and 300 MB otherwise.
#   libreoffice-writer-nogui  Writer without a GUI toolkit: enough for headless soffice and the proofreading iterator
#   python3-uno               the UNO bridge for Debian's /usr/bin/python3 (scripts/libreoffice/lo_check.py)
#   fonts-dejavu-core         a font, so Writer can lay out the test documents
# The screenshot script (scripts/libreoffice/screenshot.sh) needs more (a GUI Writer, Xvfb, xdotool): it installs
# that itself with --install.
set -eu

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=""
# A full (GUI) Writer serves as well; installing -nogui over it would remove it.
installed libreoffice-writer || installed libreoffice-writer-nogui || missing="libreoffice-writer-nogui"
for p in python3-uno fonts-dejavu-core; do
  installed "$p" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-libreoffice.sh: must run as root to install:$missing" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $missing
fi

command -v soffice >/dev/null || { echo "soffice not on PATH after install" >&2; exit 1; }
/usr/bin/python3 -c 'import uno' || { echo "python3-uno not importable by /usr/bin/python3" >&2; exit 1; }
soffice --version
