#!/usr/bin/env bash
# False alarms on modern scientific and technical English that nothing in the pack was tuned on or attested from:
# the prose paragraphs of the scikit-learn user guide, the SciPy tutorial, the R manuals and the GNU Octave manual
# (Debian 12 packages python-sklearn-doc, python-scipy-doc, r-doc-html, octave-doc; BSD-3-Clause / GPL), about 540k
# words, checked with the pack's rules at LanguageTool's default level (`check`, no --picky). These four manuals are
# deliberately left out of the generator's attested English (DebianDocs.java). Prints words, matches per rule and
# per 100,000 words, and each match. Usage: scripts/clean-science-docs.sh   (after mvn package; needs apt-get
# download, which works unprivileged)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash scripts/deb-unpack.sh "$work" python-sklearn-doc=1.2.1+dfsg-1 python-scipy-doc=1.10.1-2 \
  r-doc-html=4.2.2.20221110-2 octave-doc=7.3.0-2
doc="$work/x/usr/share/doc"
python3 scripts/doc-paragraphs.py "$work/science.txt" "$doc/python-sklearn-doc/html/modules/*.html" \
  "$doc/python-scipy-doc/html/tutorial/**/*.html" "$doc/r-doc-html/manual/*.html" "$doc/octave/octave.html/*.html"
bash scripts/clean-report.sh "$work/science.txt"
