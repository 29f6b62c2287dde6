#!/usr/bin/env bash
# Fetches the Debian packages listed in src/main/java/dev/spincheck/gen/DebianDocs.java (documentation packages and
# R packages with vignettes: modern technical and scientific English that attests ordinary phrases for the
# generator's exceptions) and writes the prose paragraphs of each (HTML pages, R vignette sources) into
# sources/debian-docs/<package>_<version>.txt. Needs apt-get download (works unprivileged) and python3; about 1 GB
# of downloads on a fresh machine, a few minutes. A pinned version that the archive no longer serves is replaced by
# the current one, with a warning (scripts/deb-unpack.sh): the generated tables may then differ slightly from the
# committed ones.
set -euo pipefail
cd "$(dirname "$0")/.."
out=sources/debian-docs
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
missing=()
while IFS='=' read -r pkg ver; do
  [ -e "$out/${pkg}_${ver//:/%}.txt" ] || missing+=("$pkg=$ver")
done < <(grep -oE '"[a-z0-9.+-]+=[^"]+"' src/main/java/dev/spincheck/gen/DebianDocs.java | tr -d '"')
# the scientific manuals (old HTML generators such as LaTeX2HTML leave <p> open): paragraphs end where HTML ends them
science=" $(sed -n '/SCIENCE_DOC_PACKAGES = /,/);/p' src/main/java/dev/spincheck/gen/DebianDocs.java \
  | grep -oE '"[a-z0-9.+-]+=[^"]+"' | tr -d '"' | tr '\n' ' ') "
[ ${#missing[@]} -eq 0 ] && exit 0
echo "fetching ${#missing[@]} packages" >&2
bash scripts/deb-unpack.sh --download-only "$work" "${missing[@]}"
for pv in "${missing[@]}"; do
  pkg=${pv%%=*}
  ver=${pv#*=}
  rm -rf "$work/one"
  mkdir -p "$work/one/x"
  dpkg -x "$(compgen -G "$work/debs/${pkg}_*.deb" | head -1)" "$work/one/x"
  implied=()
  [[ $science == *" $pv "* ]] && implied=(--implied-end)
  python3 scripts/doc-paragraphs.py "${implied[@]}" "$out/${pkg}_${ver//:/%}.txt" "$work/one/x/usr/**/*.html" \
    "$work/one/x/usr/lib/R/**/doc/*.Rnw" "$work/one/x/usr/lib/R/**/doc/*.Rmd" >/dev/null
done
