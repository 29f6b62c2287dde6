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
(cd "$work" && apt-get download -q debian-handbook >/dev/null 2>&1 && dpkg -x debian-handbook_*.deb x)
python3 - "$work" <<'PY'
import glob, html.parser, re, sys
class Paras(html.parser.HTMLParser):
    """The text of <div class="para"> elements (the book's paragraphs), without code."""
    def __init__(self):
        super().__init__(); self.stack = []; self.skip = 0; self.buf = []; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in ('pre', 'code', 'script', 'style'): self.skip += 1
        if tag == 'div':
            para = ('class', 'para') in attrs
            if para and not any(self.stack): self.buf = []
            self.stack.append(para)
    def handle_endtag(self, tag):
        if tag in ('pre', 'code', 'script', 'style'): self.skip -= 1
        if tag == 'div' and self.stack:
            para = self.stack.pop()
            if para and not any(self.stack):
                text = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
                if len(text.split()) >= 8: self.out.append(text)
    def handle_data(self, data):
        if any(self.stack) and not self.skip: self.buf.append(data)
paras = []
for f in sorted(glob.glob(f'{sys.argv[1]}/x/usr/share/doc/debian-handbook/html/en-US/*.html')):
    p = Paras(); p.feed(open(f, encoding='utf-8').read()); paras += p.out
open(f'{sys.argv[1]}/handbook.txt', 'w', encoding='utf-8').write('\n'.join(paras) + '\n')
print(f'{len(paras)} paragraphs, {sum(len(p.split()) for p in paras)} words')
PY
bash scripts/clean-report.sh "$work/handbook.txt"
