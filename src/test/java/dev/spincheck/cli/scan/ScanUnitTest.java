package dev.spincheck.cli.scan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Risk thresholds, readers and helpers, without LanguageTool. */
class ScanUnitTest {

  @Test
  void riskThresholdsAsDocumented() {
    assertEquals(Risk.NONE, Risk.of(0, 0));
    assertEquals(Risk.LOW, Risk.of(1, 500), "one match is never more than low");
    assertEquals(Risk.LOW, Risk.of(2, 0.99), "two matches in a long text");
    assertEquals(Risk.MEDIUM, Risk.of(2, 1));
    assertEquals(Risk.MEDIUM, Risk.of(3, 0.1), "three matches, however long the text");
    assertEquals(Risk.MEDIUM, Risk.of(4, 2.99));
    assertEquals(Risk.HIGH, Risk.of(3, 3));
    assertEquals(Risk.HIGH, Risk.of(5, 0.01), "five matches, however long the text");
    assertEquals(Risk.HIGH, Risk.parseThreshold(" High "));
    assertThrows(IllegalArgumentException.class, () -> Risk.parseThreshold("none"));
  }

  @Test
  void rateIsRoundedAndDrivesTheRisk() {
    ScannedDocument d = ScannedDocument.of("a.txt", "txt", "word ".repeat(3000), java.util.List.of());
    assertEquals(3000, d.words());
    assertEquals(0.0, d.per1000Words());
    assertEquals(Risk.NONE, d.risk());
    Finding f = new Finding(0, 4, 1, 1, "R", "r", "SPIN_X", "x", "m", "s", java.util.List.of("w"), "word", "[word]");
    ScannedDocument two = ScannedDocument.of("a.txt", "txt", "word ".repeat(1500), java.util.List.of(f, f));
    assertEquals(1.33, two.per1000Words(), "2 matches in 1,500 words");
    assertEquals(Risk.MEDIUM, two.risk());
  }

  @Test
  void screeningMatchesCountTowardsTheRiskOnlyBeyondACleanTextsRate() {
    Finding rare = new Finding(0, 4, 1, 1, "SPIN_RARE_SYNONYM", "r", ScannedDocument.SCREENING, "x", "m", "s",
        java.util.List.of("w"), "word", "[word]");
    String text = "word ".repeat(1000);
    ScannedDocument clean = ScannedDocument.of("a.txt", "txt", text, java.util.Collections.nCopies(3, rare));
    assertEquals(3.0, clean.per1000Words(), "the rate counts every match");
    assertEquals(Risk.NONE, clean.risk(), "3 rare words in 1,000 are what clean news has");
    ScannedDocument spun = ScannedDocument.of("a.txt", "txt", text, java.util.Collections.nCopies(8, rare));
    assertEquals(Risk.HIGH, spun.risk(), "5 beyond the allowance");
  }

  @Test
  void unlikelyWordMatchesHaveAnAllowanceOfTheirOwn() {
    Finding unlikely = new Finding(0, 4, 1, 1, ScannedDocument.UNLIKELY_WORD, "r", ScannedDocument.SCREENING, "x", "m",
        "s", java.util.List.of("w"), "word", "[word]");
    Finding rare = new Finding(0, 4, 1, 1, "SPIN_RARE_SYNONYM", "r", ScannedDocument.SCREENING, "x", "m", "s",
        java.util.List.of("w"), "word", "[word]");
    String text = "word ".repeat(1000);
    java.util.List<Finding> clean = new java.util.ArrayList<>(java.util.Collections.nCopies(35, unlikely));
    clean.addAll(java.util.Collections.nCopies(3, rare));
    ScannedDocument d = ScannedDocument.of("a.txt", "txt", text, clean);
    assertEquals(38.0, d.per1000Words(), "the rate counts every match");
    assertEquals(Risk.NONE, d.risk(), "35 unlikely words and 3 rare ones in 1,000 are within what clean news has");
    ScannedDocument spun = ScannedDocument.of("a.txt", "txt", text, java.util.Collections.nCopies(40, unlikely));
    assertEquals(Risk.HIGH, spun.risk(), "5 beyond the allowance");
  }

  @Test
  void wordsCountInnerApostrophesAndHyphensOnce() {
    assertEquals(7, Words.count("Run-of-the-mill isn't 3.5 words — it's one, “quoted”."));
  }

  @Test
  void htmlBlocksBecomeParagraphsAndInvisibleTextIsDropped() throws Exception {
    String html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1><p>One <b>two</b>"
        + "\n   three.</p><script>x = 'counterfeit';</script><ul><li>a</li><li>b<br>c</li></ul><pre>x  y\n z</pre>"
        + "</body></html>";
    String text = DocumentReader.html(html.getBytes(StandardCharsets.UTF_8), Path.of("a.html"));
    assertEquals("T\n\nHead\n\nOne two three.\n\na\n\nb\nc\n\nx  y\n z\n", text);
  }

  @Test
  void markdownCodeIsBlankedKeepingOffsets() {
    String md = "Text `counterfeit consciousness` here.\n```java\ncode line\n```\nAfter.\n";
    String blank = DocumentReader.Markdown.blankCode(md);
    assertEquals(md.length(), blank.length());
    assertEquals(md.lines().count(), blank.lines().count());
    assertFalse(blank.contains("counterfeit") || blank.contains("code line"), blank);
    assertTrue(blank.startsWith("Text ") && blank.endsWith("After.\n"), blank);
  }

  @Test
  void plainTextDecodesUtf8WithBomElseWindows1252AndRefusesBinary() throws Exception {
    assertEquals("café", DocumentReader.plain(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'c', 'a', 'f',
        (byte) 0xc3, (byte) 0xa9}));
    assertEquals("café ’", DocumentReader.plain(new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0x92}));
    SkipException e = assertThrows(SkipException.class, () -> DocumentReader.plain(new byte[] {'a', 0, 'b'}));
    assertTrue(e.getMessage().startsWith("binary"));
  }

  @Test
  void csvQuotesSeparatorsQuotesAndFormulas() {
    assertEquals("plain", CsvReport.quote("plain"));
    assertEquals("\"a,b\"", CsvReport.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
    assertEquals("\"'=cmd()\"", CsvReport.quote("=cmd()"));
  }

  @Test
  void sarifUrisAreRelativeReferencesOrFileUris() {
    assertEquals("docs/a%20b.txt", SarifReport.uri("docs/a b.txt"));
    assertEquals("file:///tmp/x.txt", SarifReport.uri("/tmp/x.txt"));
  }

  @Test
  void messagesLoseTheirSuggestionMarkup() {
    assertEquals("Use ‘have’.", Scanner.plain("Use <suggestion>have</suggestion>."));
    assertEquals("Use ‘have’.", Scanner.plain("Use ‘<suggestion>have</suggestion>’."));
  }
}
