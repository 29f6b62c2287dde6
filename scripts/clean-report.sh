#!/usr/bin/env bash
# Checks one clean text file with the pack's rules at LanguageTool's default level (`check`, no --picky) and prints
# the matches per rule, the matches per 100,000 words and each match with its context. Shared by the clean-*.sh
# scripts. Usage: scripts/clean-report.sh TEXT.txt   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
text=$1
matches=$(mktemp)
trap 'rm -f "$matches"' EXIT
java -jar target/spincheck-0.1.0-cli.jar check "$text" 2>/dev/null > "$matches" || true
words=$(wc -w < "$text")
grep -oE '^[^ ]+ SPIN_[A-Z_]+' "$matches" | awk '{print $2}' | sort | uniq -c || true
n=$(grep -cE '^[^ ]+ SPIN_' "$matches" || true)
python3 -c "import sys; print(f'{sys.argv[1]} matches in {sys.argv[2]} words = {100000*int(sys.argv[1])/int(sys.argv[2]):.2f} per 100k words')" "$n" "$words"
grep -A1 -E '^[^ ]+ SPIN_' "$matches" | grep -v '^--' || true
