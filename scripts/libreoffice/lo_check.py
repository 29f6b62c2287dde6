#!/usr/bin/python3
"""Drive LibreOffice over UNO: make Writer documents and grammar-check them the way Writer does.

Run it with Debian's /usr/bin/python3 (python3-uno); other Python installs cannot import uno. The caller starts and
stops soffice (so it can also kill it); everything but `profile` talks to a soffice listening on --connect:

  lo_check.py profile --dir /tmp/lo-profile --server-url http://127.0.0.1:8081/v2
  soffice --headless --invisible --norestore --nodefault -env:UserInstallation=file:///tmp/lo-profile \
          "--accept=socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext" &
  lo_check.py --connect socket,host=127.0.0.1,port=2002 make --paragraphs paras.json --out a.odt --out a.docx
  lo_check.py --connect socket,host=127.0.0.1,port=2002 check --server-url http://127.0.0.1:8081/v2 \
              --doc a.odt --out a.json
  lo_check.py --connect socket,host=127.0.0.1,port=2002 quit

`profile` writes a fresh user profile whose LanguageTool Remote checker is aimed at the server (LibreOffice reads
these options once per process, so before soffice starts). `make` writes each string of a JSON array as one
paragraph, tagged en-US, and saves the document in the format of each --out extension (.odt, .docx). `check` loads
a document and runs LibreOffice's proofreading iterator (the component behind Writer's underlines and its Spelling
and Grammar dialog) over every paragraph, then writes:

  {"libreOffice": "7.4.7.2", "baseUrl": "...", "grammarCheckers": {"en-US": ["..."], ...}, "document": "...",
   "paragraphs": [{"text": "...", "locale": "en-US",
                   "errors": [{"start": 15, "length": 25, "type": 2, "ruleId": "", "shortComment": "...",
                               "fullComment": "...", "suggestions": ["..."]}]}]}

LibreOffice 7.4's LanguageTool client puts LanguageTool's `message` in shortComment and `shortMessage` in
fullComment, and leaves ruleId empty. `show` opens a document in a visible window with the cursor in a phrase (for
screenshot.sh); `quit` closes LibreOffice (a killed soffice leaves its pipes in /tmp).
"""

import argparse
import json
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale
from com.sun.star.text.TextMarkupType import PROOFREADING

LT_NODE = "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"
LANGUAGETOOL_CHECKER = "org.openoffice.lingu.LanguageToolGrammarChecker"
ENGLISH_LOCALES = ("en-US", "en-GB")
FILTERS = {".odt": "writer8", ".docx": "MS Word 2007 XML"}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(address, timeout):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve("uno:%s;urp;StarOffice.ComponentContext" % address)
        except NoConnectException:
            if time.monotonic() > deadline:
                sys.exit("lo_check: no LibreOffice listening on %s after %d s" % (address, timeout))
            time.sleep(0.5)


def service(ctx, name):
    return ctx.ServiceManager.createInstanceWithContext(name, ctx)


def config_access(ctx, path, update=False):
    provider = service(ctx, "com.sun.star.configuration.ConfigurationProvider")
    kind = "com.sun.star.configuration.ConfigurationUpdateAccess" if update else \
        "com.sun.star.configuration.ConfigurationAccess"
    return provider.createInstanceWithArguments(kind, (prop("nodepath", path),))


def lo_version(ctx):
    return config_access(ctx, "/org.openoffice.Setup/Product").getByName("ooSetupVersionAboutBox")


def ensure_languagetool(ctx, base_url, configure):
    """Check that LibreOffice's LanguageTool Remote checker is on and aimed at base_url (or aim it, with configure).

    LibreOffice reads these options once per process, when the checker first runs, so they belong in the profile
    (registrymodifications.xcu) before soffice starts. configure sets them at run time instead, which works only as
    long as nothing has been checked yet in this soffice process.
    """
    node = config_access(ctx, LT_NODE)
    if node.getByName("BaseURL") == base_url and node.getByName("IsEnabled"):
        return
    if not configure:
        sys.exit("lo_check: LibreOffice's LanguageTool Remote checker is not set to %s (BaseURL=%r, IsEnabled=%r); "
                 "write it into the profile or pass --configure"
                 % (base_url, node.getByName("BaseURL"), node.getByName("IsEnabled")))
    node = config_access(ctx, LT_NODE, update=True)
    node.replaceByName("BaseURL", base_url)
    node.replaceByName("IsEnabled", True)
    node.commitChanges()


def grammar_checkers(ctx):
    """The grammar checker LibreOffice uses per locale, e.g. {"en-US": ["org.openoffice.lingu.LanguageToolGrammarChecker"]}."""
    node = config_access(ctx, "/org.openoffice.Office.Linguistic/ServiceManager/GrammarCheckerList")
    return {name: list(node.getByName(name)) for name in node.getElementNames()}


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def load(desktop, path):
    doc = desktop.loadComponentFromURL(file_url(path), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        sys.exit("lo_check: LibreOffice could not open " + path)
    return doc


def cmd_profile(args):
    """Write a fresh user profile whose LanguageTool Remote checker is on, aimed at the server and chosen as the
    grammar checker for English (a Lightproof or other English checker would otherwise win). LibreOffice reads these
    options once per process, so they must be in place before soffice starts with -env:UserInstallation=<dir>."""
    user = os.path.join(args.dir, "user")
    os.makedirs(user, exist_ok=True)
    checkers = "/org.openoffice.Office.Linguistic/ServiceManager/GrammarCheckerList"
    items = [
        (LT_NODE, '<prop oor:name="BaseURL" oor:op="fuse"><value>%s</value></prop>' % xml_escape(args.server_url)),
        (LT_NODE, '<prop oor:name="IsEnabled" oor:op="fuse"><value>true</value></prop>'),
    ]
    for locale in ENGLISH_LOCALES:
        items.append((checkers, '<prop oor:name="%s" oor:op="fuse" oor:type="oor:string-list"><value><it>%s</it>'
                                '</value></prop>' % (locale, LANGUAGETOOL_CHECKER)))
    # No start-up dialog or info bars over the document (they matter for screenshots only).
    items.append(("/org.openoffice.Office.Common/Misc",
                  '<prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop>'))
    for name in ("LastTimeDonateShown", "LastTimeGetInvolvedShown"):
        items.append(("/org.openoffice.Setup/Product",
                      '<prop oor:name="%s" oor:op="fuse"><value>9999999999</value></prop>' % name))
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')
        for path, p in items:
            f.write('<item oor:path="%s">%s</item>\n' % (path, p))
        f.write("</oor:items>\n")


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cmd_make(ctx, args):
    with open(args.paragraphs, encoding="utf-8") as f:
        paragraphs = json.load(f)
    desktop = service(ctx, "com.sun.star.frame.Desktop")
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    try:
        text = doc.getText()
        cursor = text.createTextCursor()
        cursor.setPropertyValue("CharLocale", Locale("en", "US", ""))
        for i, paragraph in enumerate(paragraphs):
            if i:
                text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
            text.insertString(cursor, paragraph, False)
        for out in args.out:
            ext = os.path.splitext(out)[1].lower()
            if ext not in FILTERS:
                sys.exit("lo_check: unknown output format %s (known: %s)" % (ext, ", ".join(FILTERS)))
            doc.storeToURL(file_url(out), (prop("FilterName", FILTERS[ext]), prop("Overwrite", True)))
    finally:
        doc.close(True)


def cmd_show(ctx, args):
    """Open a document in a visible Writer window (for screenshots) with the cursor inside --phrase."""
    desktop = service(ctx, "com.sun.star.frame.Desktop")
    doc = desktop.loadComponentFromURL(file_url(args.doc), "_blank", 0, ())
    if doc is None:
        sys.exit("lo_check: LibreOffice could not open " + args.doc)
    controller = doc.getCurrentController()
    controller.getFrame().getContainerWindow().setPosSize(0, 0, args.width, args.height, 15)  # POSSIZE
    controller.getViewSettings().setPropertyValue("ZoomType", 3)  # BY_VALUE
    controller.getViewSettings().setPropertyValue("ZoomValue", args.zoom)
    search = doc.createSearchDescriptor()
    search.SearchString = args.phrase
    found = doc.findFirst(search)
    if found is None:
        sys.exit("lo_check: '%s' is not in %s" % (args.phrase, args.doc))
    cursor = controller.getViewCursor()
    cursor.gotoRange(found.getStart(), False)
    cursor.goRight(min(3, len(args.phrase)), False)


def cmd_quit(ctx, args):
    """Close LibreOffice cleanly (a killed soffice leaves its pipes in /tmp)."""
    from com.sun.star.lang import DisposedException
    try:
        if not service(ctx, "com.sun.star.frame.Desktop").terminate():
            sys.exit("lo_check: LibreOffice refused to quit")
    except DisposedException:
        pass  # the bridge goes away while terminating


def locale_tag(locale):
    return locale.Language + ("-" + locale.Country if locale.Country else "")


def check_paragraph(iterator, doc, para):
    """All errors the proofreading iterator reports for one paragraph, sentence by sentence."""
    text = para.getText()
    locale = para.getLanguageOfText(0, len(text)) if text else Locale("en", "US", "")
    errors = []
    start = 0
    while start < len(text):
        result = iterator.checkSentenceAtPosition(doc, para, text, locale, start, start, 0)
        for e in result.aErrors:
            errors.append({
                "start": e.nErrorStart,
                "length": e.nErrorLength,
                "type": e.nErrorType,
                "ruleId": e.aRuleIdentifier,
                "shortComment": e.aShortComment,
                "fullComment": e.aFullComment,
                "suggestions": list(e.aSuggestions),
            })
        following = result.nStartOfNextSentencePosition
        start = following if following > start else len(text)
    # One error can be reported by every sentence that asks for it: keep each once.
    unique = {json.dumps(e, sort_keys=True): e for e in errors}
    return {"text": text, "locale": locale_tag(locale), "errors": list(unique.values())}


def cmd_check(ctx, args):
    ensure_languagetool(ctx, args.server_url, args.configure)
    desktop = service(ctx, "com.sun.star.frame.Desktop")
    iterator = service(ctx, "com.sun.star.linguistic2.ProofreadingIterator")
    doc = load(desktop, args.doc)
    try:
        paragraphs = []
        flat = doc.getFlatParagraphIterator(PROOFREADING, True)
        para = flat.getFirstPara()
        while para is not None:
            paragraphs.append(check_paragraph(iterator, doc, para))
            # Without this the iterator hands out the same (still unchecked) paragraph again.
            para.setChecked(PROOFREADING, True)
            para = flat.getNextPara()
            if len(paragraphs) > 10000:
                sys.exit("lo_check: flat paragraph iterator does not terminate")
        result = {
            "libreOffice": lo_version(ctx),
            "baseUrl": config_access(ctx, LT_NODE).getByName("BaseURL"),
            "grammarCheckers": grammar_checkers(ctx),
            "document": os.path.abspath(args.doc),
            "paragraphs": paragraphs,
        }
    finally:
        doc.close(True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--connect", default="socket,host=127.0.0.1,port=2002",
                        help="UNO connection string of a listening soffice")
    parser.add_argument("--connect-timeout", type=int, default=60)
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("make", help="write paragraphs into new Writer documents")
    make.add_argument("--paragraphs", required=True, help="JSON array of paragraph strings")
    make.add_argument("--out", required=True, action="append", help=".odt or .docx file to write (repeatable)")
    check = sub.add_parser("check", help="grammar-check a document through LibreOffice's proofreading iterator")
    check.add_argument("--server-url", required=True, help="LanguageTool base URL, e.g. http://127.0.0.1:8081/v2")
    check.add_argument("--configure", action="store_true",
                       help="set the LanguageTool options if the profile does not have them")
    check.add_argument("--doc", required=True)
    check.add_argument("--out", required=True, help="JSON file to write")
    show = sub.add_parser("show", help="open a document in a visible window with the cursor in a phrase")
    show.add_argument("--doc", required=True)
    show.add_argument("--phrase", required=True, help="text to put the cursor into (its first occurrence)")
    show.add_argument("--zoom", type=int, default=140, help="zoom in percent")
    show.add_argument("--width", type=int, default=1024)
    show.add_argument("--height", type=int, default=640)
    profile = sub.add_parser("profile", help="write a fresh user profile that uses the LanguageTool server "
                                             "(needs no running soffice)")
    profile.add_argument("--dir", required=True, help="profile directory, for -env:UserInstallation=file://<dir>")
    profile.add_argument("--server-url", required=True, help="LanguageTool base URL, e.g. http://127.0.0.1:8081/v2")
    sub.add_parser("quit", help="close LibreOffice")
    args = parser.parse_args()
    if args.command == "profile":
        cmd_profile(args)
        return
    ctx = connect(args.connect, args.connect_timeout)
    {"make": cmd_make, "check": cmd_check, "show": cmd_show, "quit": cmd_quit}[args.command](ctx, args)

if __name__ == "__main__":
    main()
