#!/usr/bin/env bash
# Downloads Debian packages and unpacks them all into DIR/x (with --download-only: leaves the .deb files in DIR/debs).
# Downloads run in parallel batches (hundreds of R packages take minutes, not an hour); a PACKAGE=VERSION that the
# archive no longer serves is replaced by the current version, with a warning. Shared by the clean-*.sh and
# fetch-debian-docs.sh scripts.
# Usage: scripts/deb-unpack.sh [--download-only] DIR PACKAGE[=VERSION]...   (apt-get download works unprivileged)
set -euo pipefail
only=false
if [ "$1" = --download-only ]; then
  only=true
  shift
fi
dir=$1
shift
mkdir -p "$dir/debs" "$dir/x"
# a batch with one version no longer served fails as a whole: retry it one package at a time
printf '%s\n' "$@" | (cd "$dir/debs" && xargs -n 20 -P 6 sh -c \
  'apt-get download -q "$@" >/dev/null 2>&1 || for p in "$@"; do apt-get download -q "$p" >/dev/null 2>&1 || true; done' _)
for p in "$@"; do
  if ! compgen -G "$dir/debs/${p%%=*}_*.deb" >/dev/null; then
    echo "warning: $p is not served any more; taking the current version of ${p%%=*}" >&2
    (cd "$dir/debs" && apt-get download -q "${p%%=*}" >/dev/null)
  fi
done
$only && exit 0
for d in "$dir"/debs/*.deb; do
  dpkg -x "$d" "$dir/x"
done
