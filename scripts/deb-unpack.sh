#!/usr/bin/env bash
# Downloads Debian packages and unpacks them all into DIR/x. A PACKAGE=VERSION that the archive no longer serves is
# replaced by the current version, with a warning. Shared by the clean-*.sh and fetch-debian-docs.sh scripts.
# Usage: scripts/deb-unpack.sh DIR PACKAGE[=VERSION]...   (apt-get download works unprivileged)
set -euo pipefail
dir=$1
shift
mkdir -p "$dir/debs" "$dir/x"
for p in "$@"; do
  if ! (cd "$dir/debs" && apt-get download -q "$p" >/dev/null 2>&1); then
    echo "warning: $p is not served any more; taking the current version of ${p%%=*}" >&2
    (cd "$dir/debs" && apt-get download -q "${p%%=*}" >/dev/null)
  fi
done
for d in "$dir"/debs/*.deb; do
  dpkg -x "$d" "$dir/x"
done
