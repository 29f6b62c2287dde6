#!/usr/bin/env python3
"""Writes the first words of rules/data/paraphraser-phrases.tsv into the two filter rules of rules/spinner-general.xml
(the token regexp after the '<!-- first words: LEVEL -->' comment), so that the filter only runs on words that start
a listed phrase. Run after editing the table; ParaphrasePhraseTableTest fails when a row's first word is missing."""
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
first = {'default': set(), 'picky': set()}
with open(f'{root}/rules/data/paraphraser-phrases.tsv', encoding='utf-8') as f:
    rows = [l.rstrip('\n').split('\t') for l in f if not l.startswith('#')][1:]
for spun, _original, level, _source in rows:
    first[level].add(spun.split(' ')[0])
path = f'{root}/rules/spinner-general.xml'
xml = open(path, encoding='utf-8').read()
for level, words in first.items():
    xml, n = re.subn(r'(<!-- first words: ' + level + r' -->\s*<token regexp="yes">)[^<]*(</token>)',
                     lambda m: m.group(1) + '|'.join(sorted(words)) + m.group(2), xml)
    if n != 1:
        sys.exit(f'{path}: no first-words token for level {level}')
open(path, 'w', encoding='utf-8').write(xml)
