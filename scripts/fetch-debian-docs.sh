#!/usr/bin/env bash
# Fetches the Debian documentation packages listed in src/main/java/dev/spincheck/gen/DebianDocs.java (modern
# technical English that attests ordinary phrases for the generator's exceptions) and writes the prose paragraphs of
# each into sources/debian-docs/<package>_<version>.txt. Needs apt-get download (works unprivileged) and python3.
# A pinned version that the archive no longer serves is replaced by the current one, with a warning
# (scripts/deb-unpack.sh): the generated tables may then differ slightly from the committed ones.
set -euo pipefail
cd "$(dirname "$0")/.."
out=sources/debian-docs
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -oE '"[a-z0-9.+-]+=[^"]+"' src/main/java/dev/spincheck/gen/DebianDocs.java | tr -d '"' | while IFS='=' read -r pkg ver; do
  file="$out/${pkg}_${ver//:/%}.txt"
  [ -s "$file" ] && continue
  rm -rf "${work:?}"/*
  bash scripts/deb-unpack.sh "$work" "$pkg=$ver"
  python3 scripts/doc-paragraphs.py "$file" "$work/x/usr/**/*.html"
done
