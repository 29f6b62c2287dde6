#!/usr/bin/env bash
# False alarms on clean, modern, edited English that no list or threshold of the pack was tuned on: the paragraphs of
# The Debian Administrator's Handbook (Debian package debian-handbook, GPL-2.0+ or CC-BY-SA-3.0; a published book),
# checked with the pack's rules at LanguageTool's default level (`check`, no --picky). Prints the words, the matches
# per rule and per 100,000 words, and each match. Usage: scripts/clean-handbook.sh   (after mvn package; needs
# apt-get download, which works unprivileged)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash scripts/deb-unpack.sh "$work" debian-handbook
# the book's paragraphs are <div class="para"> elements
python3 scripts/doc-paragraphs.py --div-class para "$work/handbook.txt" \
  "$work/x/usr/share/doc/debian-handbook/html/en-US/*.html"
bash scripts/clean-report.sh "$work/handbook.txt"
