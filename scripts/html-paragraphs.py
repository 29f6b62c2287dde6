#!/usr/bin/env python3
"""Prints the prose paragraphs of HTML documentation, one per line: the text of each <p> element without code,
keeping paragraphs of 8 words or more that are mostly letters, each paragraph once, files in sorted order.
Usage: html-paragraphs.py OUT.txt GLOB...  (globs are recursive: dir/**/*.html)"""
import glob
import html.parser
import os
import re
import sys

CODE = {'pre', 'code', 'script', 'style', 'tt', 'kbd', 'samp', 'var', 'math'}


class Paragraphs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.code = 0
        self.buf = []
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in CODE:
            self.code += 1
        if tag == 'p':
            self.depth += 1
            self.buf = []

    def handle_endtag(self, tag):
        if tag in CODE:
            self.code = max(0, self.code - 1)
        if tag == 'p' and self.depth:
            self.depth -= 1
            text = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
            # prose, not tables of symbols or code fragments that escaped the markup
            if len(text.split()) >= 8 and sum(c.isalpha() or c == ' ' for c in text) / len(text) > 0.9:
                self.out.append(text)

    def handle_data(self, data):
        if self.depth and not self.code:
            self.buf.append(data)


def main():
    seen, out = set(), []
    for pattern in sys.argv[2:]:
        for f in sorted(glob.glob(pattern, recursive=True)):
            if not os.path.isfile(f):  # dangling symlinks into packages not installed
                continue
            p = Paragraphs()
            p.feed(open(f, encoding='utf-8', errors='replace').read())
            for t in p.out:
                if t not in seen:
                    seen.add(t)
                    out.append(t)
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(f'{sys.argv[1]}: {len(out)} paragraphs, {sum(len(t.split()) for t in out)} words')


if __name__ == '__main__':
    main()
