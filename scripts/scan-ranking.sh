#!/usr/bin/env bash
# Measures how well `scan` ranks spun documents above their originals (issue 6's criterion) on the material in the
# repo: the team's hand-spun news (testdata/general/handspun-marked.txt, one pair per article), the helper-spun news
# (helperspun-marked.txt to helperspun9-marked.txt, names prefixed 'helper-', 'helper2-' … 'helper9-') and, when
# ../shared/dev is present, the founding article with its original rebuilt from the gold. Prints, per pair, the
# matches per 1,000 words, then how many spun documents score above their own original and the ROC AUC of ranking
# all documents by matches per 1,000 words. Usage: scripts/scan-ranking.sh [--no-picky]   (after mvn package; scan
# runs the picky rules by default, --no-picky checks at a LanguageTool server's default level)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import csv, os, re, sys
out = sys.argv[1]
swap = re.compile(r'\{([^|}]*)\|([^|}]*)\|[^}]*\}')
# the helper-spun set's articles get a prefix: they were spun by someone who never saw the rules
for marked, prefix in (('handspun-marked.txt', ''), ('helperspun-marked.txt', 'helper-'),
                       ('helperspun2-marked.txt', 'helper2-'), ('helperspun3-marked.txt', 'helper3-'),
                       ('helperspun4-marked.txt', 'helper4-'), ('helperspun5-marked.txt', 'helper5-'),
                       ('helperspun6-marked.txt', 'helper6-'), ('helperspun7-marked.txt', 'helper7-'),
                       ('helperspun8-marked.txt', 'helper8-'), ('helperspun9-marked.txt', 'helper9-')):
    src = open(f'testdata/general/{marked}', encoding='utf-8').read()
    parts = re.split(r'^== (.+)$', src, flags=re.M)
    for i in range(1, len(parts), 2):
        body = '\n'.join(l for l in parts[i + 1].splitlines() if not l.startswith('#'))
        name = prefix + parts[i].strip()
        open(f'{out}/{name}.orig.txt', 'w', encoding='utf-8').write(swap.sub(r'\1', body))
        open(f'{out}/{name}.spun.txt', 'w', encoding='utf-8').write(swap.sub(r'\2', body))
dev = '../shared/dev'
if os.path.isdir(dev):
    # the gold's offsets count characters of the UTF-8 text, not bytes
    spun = open(f'{dev}/seed-spun-article.txt', encoding='utf-8').read()
    orig = spun
    for r in sorted(csv.DictReader(open(f'{dev}/seed-gold.tsv', encoding='utf-8'), delimiter='\t'),
                    key=lambda r: -int(r['start'])):
        orig = orig[:int(r['start'])] + r['original'] + orig[int(r['end']):]
    open(f'{out}/founding.spun.txt', 'w', encoding='utf-8').write(spun)
    open(f'{out}/founding.orig.txt', 'w', encoding='utf-8').write(orig)
PY
java -jar target/spincheck-0.1.0-cli.jar scan --format json --no-progress "$@" "$work" 2>/dev/null > "$work/scan.json"
python3 - "$work/scan.json" <<'PY'
import json, sys
docs = [d for d in json.load(open(sys.argv[1])) if 'words' in d]
score = {d['path'].rsplit('/', 1)[-1]: d['per_1000_words'] for d in docs}
spun = sorted(k for k in score if '.spun.' in k)
orig = [k for k in score if '.orig.' in k]
for k in spun:
    print(f"{k[:-9]:20s} spun {score[k]:6.2f}  original {score[k.replace('.spun.', '.orig.')]:6.2f}")
def ranking(spun, orig):
    above = sum(score[k] > score[k.replace('.spun.', '.orig.')] for k in spun)
    auc = sum((score[s] > score[o]) + 0.5 * (score[s] == score[o]) for s in spun for o in orig) / (len(spun) * len(orig))
    return above, auc
above, auc = ranking(spun, orig)
print(f"spun above own original: {above} of {len(spun)}; ROC AUC {auc:.3f}")
def group(k):
    return k.split('-', 1)[0] if k.startswith('helper') else 'team'
for label, g in (("team's sets", 'team'), ("helper-spun set", 'helper'), ("second helper-spun set", 'helper2'),
                 ("third helper-spun set", 'helper3'), ("fourth helper-spun set", 'helper4'),
                 ("fifth helper-spun set", 'helper5'), ("sixth helper-spun set", 'helper6'),
                 ("seventh helper-spun set", 'helper7'), ("eighth helper-spun set", 'helper8'),
                 ("ninth helper-spun set", 'helper9')):
    s2 = [k for k in spun if group(k) == g]
    if s2:
        a2, u2 = ranking(s2, [k for k in orig if group(k) == g])
        print(f"  {label}: {a2} of {len(s2)} above own original; ROC AUC {u2:.3f}")
PY
