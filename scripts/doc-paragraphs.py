#!/usr/bin/env python3
"""Writes the prose paragraphs of documentation to OUT.txt, one per line, keeping paragraphs of 8 words or more that
are mostly letters, each paragraph once, files in sorted order. HTML: the text of each <p> element (or, with
--div-class NAME, of each outermost <div class="NAME">) without code; with --implied-end, a <p> also ends where
HTML ends it implicitly (at the next <p> or block element, or at the end of its container: LaTeX2HTML and other old
generators never close it). R vignette sources (.Rnw, .Rmd): the text between blank lines without code chunks, inline code, mathematics, citations and markup; a paragraph is cut where
mathematics or code stood, so that no two words meet that did not meet in the text.
Usage: doc-paragraphs.py [--div-class NAME | --implied-end] OUT.txt GLOB...  (globs are recursive: dir/**/*.html)"""
import glob
import html.parser
import os
import re
import sys

CODE = {'pre', 'code', 'script', 'style', 'tt', 'kbd', 'samp', 'var', 'math'}
# with --implied-end: elements whose start ends an open <p>, and elements whose end does (the containers of paragraphs)
P_ENDING_STARTS = {'p', 'div', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr',
                   'blockquote', 'address', 'center', 'form'}
P_ENDING_ENDS = (P_ENDING_STARTS - {'p'}) | {'body', 'html', 'td', 'th', 'li', 'dd', 'dt'}


def prose(text):
    """Prose, not tables of symbols or code fragments that escaped the markup."""
    return len(text.split()) >= 8 and sum(c.isalpha() or c == ' ' for c in text) / len(text) > 0.9


CUT = '\n\n'  # stands where mathematics or code was: a paragraph break
VIGNETTE_DROP = [
    (r'(?ms)^<<[^\n]*>>=.*?^@[ \t]*$', CUT),              # Sweave code chunks
    (r'(?ms)^```.*?^```[ \t]*$', CUT),                     # R Markdown code chunks
    (r'(?s)\A---\n.*?\n---\n', ''),                       # YAML front matter
    (r'(?s)<!--.*?-->', ''),
    (r'(?m)(?<!\\)%.*$', ''),                              # LaTeX comments
    (r'(?s)\\begin\{(equation|align|eqnarray|displaymath|verbatim|Verbatim|tabular|table|figure|Schunk|Sinput|Soutput|lstlisting)\*?\}.*?\\end\{\1\*?\}', CUT),
    (r'(?s)\$\$.*?\$\$|\\\[.*?\\\]|\$[^$\n]+\$|\\\(.*?\\\)', CUT),  # mathematics
    (r'\\Sexpr\{[^}]*\}|`r [^`]*`|`[^`]*`', CUT),          # inline code
    (r'\\(cite[pt]?|ref|eqref|label|url|href|footnote|bibliography|bibliographystyle|usepackage|include|input)\*?(\[[^]]*\])?\{[^}]*\}', ' '),
    (r'\[([^]]*)\]\([^)]*\)', r'\1'),                     # Markdown links keep their text
    (r'\\[a-zA-Z]+\*?(\[[^]]*\])?', ' '),                  # other LaTeX commands; their {arguments} stay
    (r'<[^>]+>', ' '),
    (r'[{}*_#~]|\\\\', ' '),
]


def vignette_paragraphs(source):
    """The prose paragraphs of an R vignette source (.Rnw: LaTeX with Sweave chunks; .Rmd: Markdown)."""
    if '\\begin{document}' in source:
        source = source.split('\\begin{document}', 1)[1]
    for pattern, repl in VIGNETTE_DROP:
        source = re.sub(pattern, repl, source)
    out = []
    for block in re.split(r'\n\s*\n', source):
        text = re.sub(r'\s+', ' ', block).strip()
        if prose(text):
            out.append(text)
    return out


class Paragraphs(html.parser.HTMLParser):
    def __init__(self, div_class=None, implied_end=False):
        super().__init__()
        self.div_class = div_class
        self.implied_end = implied_end
        self.stack = []  # per open paragraph-level element: whether it is a paragraph
        self.code = 0
        self.buf = []
        self.out = []

    def element(self):
        return 'div' if self.div_class else 'p'

    def takes(self, outer):
        """Every <p> is a paragraph of its own; a <div class> paragraph only when no other one encloses it."""
        return not self.div_class or not any(outer)

    def end_open_p(self):
        if self.implied_end and self.stack:
            self.handle_endtag('p')

    def handle_starttag(self, tag, attrs):
        if tag in P_ENDING_STARTS:
            self.end_open_p()
        if tag in CODE:
            self.code += 1
        if tag == self.element():
            para = not self.div_class or ('class', self.div_class) in attrs
            if para and self.takes(self.stack):
                self.buf = []
            self.stack.append(para)

    def handle_endtag(self, tag):
        if tag in P_ENDING_ENDS:
            self.end_open_p()
        if tag in CODE:
            self.code = max(0, self.code - 1)
        if tag == self.element() and self.stack:
            para = self.stack.pop()
            if not para or not self.takes(self.stack):
                return
            text = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
            if prose(text):
                self.out.append(text)

    def handle_data(self, data):
        if any(self.stack) and not self.code:
            self.buf.append(data)


def main():
    args = sys.argv[1:]
    div_class, implied_end = None, False
    if args[0] == '--div-class':
        div_class, args = args[1], args[2:]
    elif args[0] == '--implied-end':
        implied_end, args = True, args[1:]
    seen, out = set(), []
    for pattern in args[1:]:
        for f in sorted(glob.glob(pattern, recursive=True)):
            if not os.path.isfile(f):  # dangling symlinks into packages not installed
                continue
            source = open(f, encoding='utf-8', errors='replace').read()
            if f.endswith(('.Rnw', '.Rmd', '.rmd')):
                found = vignette_paragraphs(source)
            else:
                p = Paragraphs(div_class, implied_end)
                try:
                    p.feed(source)
                    p.end_open_p()
                except AssertionError as e:  # html.parser gives up on some SGML marked sections; keep what was read
                    print(f'{f}: not HTML that html.parser reads ({e}); kept the {len(p.out)} paragraphs before it',
                          file=sys.stderr)
                found = p.out
            for t in found:
                if t not in seen:
                    seen.add(t)
                    out.append(t)
    with open(args[0], 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(f'{args[0]}: {len(out)} paragraphs, {sum(len(t.split()) for t in out)} words')


if __name__ == '__main__':
    main()
