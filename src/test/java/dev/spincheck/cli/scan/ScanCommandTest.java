package dev.spincheck.cli.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan subcommand end to end over the fixture folder, through {@code Main.run} as the jar runs it. */
class ScanCommandTest {

  @TempDir
  static Path tmp;
  static Path dir;
  static final ObjectMapper JSON = new ObjectMapper();
  static ScanFixtures.Run jsonRun;
  static JsonNode json;

  @BeforeAll
  static void scanOnce() throws IOException {
    dir = ScanFixtures.create(Files.createDirectory(tmp.resolve("docs")));
    jsonRun = ScanFixtures.run("scan", "--format", "json", dir.toString());
    assertEquals(0, jsonRun.status(), jsonRun.err());
    json = parse(jsonRun.out());
  }

  static JsonNode parse(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + s.substring(0, Math.min(s.length(), 2000)), e);
    }
  }

  private static Map<String, JsonNode> byName(JsonNode arr) {
    Map<String, JsonNode> m = new HashMap<>();
    for (JsonNode d : arr) {
      m.put(Path.of(d.get("path").asText()).getFileName().toString(), d);
    }
    return m;
  }

  /**
   * The rules of a document's matches, without the language model's screening evidence ({@code SPIN_UNLIKELY_WORD},
   * about one word in a hundred of any prose: "spoke" where "said" is likelier), which the fixtures do not pin down.
   */
  private static List<String> rules(JsonNode doc) {
    List<String> r = new ArrayList<>();
    doc.get("matches").forEach(m -> r.add(m.get("rule").asText()));
    r.removeIf(ScannedDocument.UNLIKELY_WORD::equals);
    return r;
  }

  @Test
  void jsonHasOneObjectPerDocumentWithTheDocumentedFields() throws IOException {
    assertTrue(json.isArray());
    Set<String> risks = Set.of("none", "low", "medium", "high");
    int checked = 0;
    for (JsonNode d : json) {
      if (d.has("skipped")) {
        continue;
      }
      checked++;
      assertTrue(d.get("path").isTextual(), d.toString());
      assertTrue(d.get("words").isInt() && d.get("words").asInt() > 0, d.toString());
      assertTrue(d.get("per_1000_words").isNumber(), d.toString());
      assertTrue(risks.contains(d.get("risk").asText()), d.toString());
      assertTrue(d.get("matches").isArray(), d.toString());
      assertEquals(d.get("matches").size(), d.get("matches_count").asInt());
      for (JsonNode m : d.get("matches")) {
        for (String field : List.of("offset", "length", "line", "column")) {
          assertTrue(m.get(field).isInt(), field + " in " + m);
        }
        for (String field : List.of("rule", "category", "message", "text", "context")) {
          assertTrue(m.get(field).isTextual() && !m.get(field).asText().isEmpty(), field + " in " + m);
        }
        assertTrue(m.get("suggestions").isArray(), m.toString());
        assertTrue(m.get("category").asText().startsWith("SPIN_"), m.toString());
      }
    }
    // spun-abstract, news.md, page.html, clean.txt, sub/notes.md, report.docx, minutes.pdf
    assertEquals(7, checked, json.toString());

    Map<String, JsonNode> docs = byName(json);
    JsonNode abs = docs.get("spun-abstract.txt");
    assertEquals("high", abs.get("risk").asText());
    JsonNode first = abs.get("matches").get(0);
    assertEquals("artificial intelligence", first.get("suggestions").get(0).asText());
    assertEquals("counterfeit consciousness", first.get("text").asText());
    // offsets of plain text point into the file itself
    String file = Files.readString(dir.resolve("spun-abstract.txt"), StandardCharsets.UTF_8);
    for (JsonNode m : abs.get("matches")) {
      int off = m.get("offset").asInt();
      assertEquals(m.get("text").asText(), file.substring(off, off + m.get("length").asInt()));
    }
    assertEquals(Math.round(abs.get("matches").size() * 100_000.0 / abs.get("words").asInt()) / 100.0,
        abs.get("per_1000_words").asDouble(), 1e-9);

    assertEquals(List.of("SPIN_TITLE_GENERAL", "SPIN_AUX_HAVE_SWAP"), rules(docs.get("news.md")),
        "the fenced code block in news.md is not checked");
    assertEquals("medium", docs.get("news.md").get("risk").asText());
    assertEquals(List.of("SPIN_AI_COUNTERFEIT"), rules(docs.get("page.html")), "script text is not checked");
    assertEquals("low", docs.get("page.html").get("risk").asText());
    assertEquals(List.of("SPIN_TITLE_GENERAL"), rules(docs.get("report.docx")));
    assertEquals("General", docs.get("report.docx").get("matches").get(0).get("suggestions").get(0).asText());
    assertEquals(List.of("SPIN_AUX_HAVE_SWAP"), rules(docs.get("minutes.pdf")));
    assertEquals("have", docs.get("minutes.pdf").get("matches").get(0).get("suggestions").get(0).asText());
    assertEquals("none", docs.get("clean.txt").get("risk").asText());
    assertEquals("none", docs.get("notes.md").get("risk").asText(), "found in a subfolder");
    assertFalse(docs.containsKey(".hidden.txt"), "hidden files inside folders are ignored");
  }

  @Test
  void jsonIsRankedByRiskThenRateThenPath() {
    List<Risk> order = new ArrayList<>();
    double lastRate = Double.MAX_VALUE;
    Risk last = Risk.HIGH;
    boolean skippedSeen = false;
    for (JsonNode d : json) {
      if (d.has("skipped")) {
        skippedSeen = true;
        continue;
      }
      assertFalse(skippedSeen, "skipped inputs come after the documents");
      Risk r = Risk.valueOf(d.get("risk").asText().toUpperCase());
      assertTrue(r.compareTo(last) <= 0, json.toString());
      if (r == last) {
        assertTrue(d.get("per_1000_words").asDouble() <= lastRate, json.toString());
      }
      last = r;
      lastRate = d.get("per_1000_words").asDouble();
      order.add(r);
    }
    assertEquals(Risk.HIGH, order.get(0));
  }

  @Test
  void unreadableUnknownAndEmptyFilesAreSkippedAndReported() {
    Map<String, String> expected = Map.of(
        "empty.txt", "empty file",
        "logo.png", "unsupported file type (.png)",
        "binary.txt", "binary content",
        "corrupt.pdf", "cannot read pdf",
        "corrupt.docx", "cannot read docx");
    Map<String, JsonNode> docs = byName(json);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      JsonNode d = docs.get(e.getKey());
      assertNotNull(d, e.getKey() + " missing from " + json);
      assertTrue(d.get("skipped").asText().startsWith(e.getValue()), d.toString());
      assertTrue(jsonRun.err().lines().anyMatch(l -> l.startsWith("spincheck: skipped ")
          && l.contains(e.getKey()) && l.contains(e.getValue())), jsonRun.err());
    }
    long skipped = 0;
    for (JsonNode d : json) {
      skipped += d.has("skipped") ? 1 : 0;
    }
    assertEquals(expected.size(), skipped, json.toString());
  }

  @Test
  void tableListsDocumentsMatchesAndSkippedInputs() {
    ScanFixtures.Run r = ScanFixtures.run("scan", dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("RISK +MATCHES +PER_1000 +WORDS +PATH"), lines.get(0));
    assertTrue(lines.get(1).startsWith("high "), r.out());
    assertTrue(r.out().contains("SPIN_AI_COUNTERFEIT") && r.out().contains("→ artificial intelligence"), r.out());
    assertTrue(r.out().contains("Skipped (5):"), r.out());
    assertTrue(r.out().contains("7 documents checked, 5 skipped"), r.out());
    assertFalse(r.err().contains("SLF4J") || r.err().contains("StatusLogger"), "no logging noise: " + r.err());
  }

  @Test
  void csvHasHeaderAndOneRowPerInput() {
    ScanFixtures.Run r = ScanFixtures.run("scan", "--format", "csv", dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("path,status,risk,words,matches,per_1000_words,categories,rules,reason", lines.get(0));
    assertEquals(1 + 7 + 5, lines.size(), r.out());
    assertTrue(lines.get(1).matches(".*spun-abstract\\.txt,checked,high,\\d+,5,[0-9.]+,SPIN_TORTURED_SCIENCE=5,.*"),
        lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.matches(".*empty\\.txt,skipped,,,,,,,empty file")), r.out());
  }

  @Test
  void sarifIsWellFormed210() throws IOException {
    ScanFixtures.Run r = ScanFixtures.run("scan", "--format", "sarif", dir.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode root = parse(r.out());
    assertEquals("2.1.0", root.get("version").asText());
    assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
    JsonNode run = root.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("spincheck", driver.get("name").asText());
    assertEquals("0.1.0", driver.get("version").asText());
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    assertEquals(new HashSet<>(ruleIds).size(), ruleIds.size(), "rule ids are unique");
    JsonNode results = run.get("results");
    int evidence = 0;
    for (JsonNode res : results) {
      evidence += res.get("ruleId").asText().equals(ScannedDocument.UNLIKELY_WORD) ? 1 : 0;
    }
    assertEquals(5 + 2 + 1 + 1 + 1, results.size() - evidence, results.toString());
    for (JsonNode res : results) {
      String id = res.get("ruleId").asText();
      assertEquals(id, ruleIds.get(res.get("ruleIndex").asInt()));
      assertFalse(res.get("message").get("text").asText().isEmpty());
      JsonNode loc = res.get("locations").get(0).get("physicalLocation");
      String uri = loc.get("artifactLocation").get("uri").asText();
      assertTrue(uri.startsWith("file:///"), uri);
      assertEquals(uri, run.get("artifacts").get(loc.get("artifactLocation").get("index").asInt())
          .get("location").get("uri").asText());
      JsonNode region = loc.get("region");
      assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1, region.toString());
      assertTrue(region.get("charOffset").asInt() >= 0 && region.get("charLength").asInt() > 0, region.toString());
    }
    assertEquals(5, run.get("invocations").get(0).get("toolExecutionNotifications").size());
  }

  @Test
  void htmlIsSelfContainedAndHighlightsEachMatchWithItsSuggestion() {
    ScanFixtures.Run r = ScanFixtures.run("scan", "--format", "html", dir.toString());
    assertEquals(0, r.status(), r.err());
    String html = r.out();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>"));
    assertTrue(html.contains("<mark class=\"spin\" data-rule=\"SPIN_AI_COUNTERFEIT\" title=\"SPIN_AI_COUNTERFEIT: "));
    assertTrue(html.contains(">counterfeit consciousness<sup>artificial intelligence</sup></mark>"), html);
    assertTrue(html.contains(">Run-of-the-mill<sup>General</sup></mark>"), html);
    assertTrue(html.contains(">press<sup>have</sup></mark>"), html);
    int evidence = html.split("<mark class=\"spin evidence\" data-rule=\"", -1).length - 1;
    assertEquals(10, html.split("<mark ", -1).length - 1 - evidence, "one highlight per match");
    for (String external : List.of("<script", "<link", "src=", "url(", "@import", "href=\"http")) {
      assertFalse(html.contains(external), "external or active content: " + external);
    }
  }

  @Test
  void twoRunsPrintTheSameBytesWhateverTheThreadCount() throws IOException {
    for (String format : List.of("json", "html", "sarif", "table")) {
      ScanFixtures.Run a = ScanFixtures.run("scan", "--format", format, "--threads", "2", dir.toString());
      ScanFixtures.Run b = ScanFixtures.run("scan", "--format", format, "--threads", "1", dir.toString());
      assertEquals(a.out(), b.out(), format);
    }
    assertEquals(jsonRun.out(), ScanFixtures.run("scan", "--format", "json", dir.toString()).out());
  }

  @Test
  void outputOptionWritesTheFileInsteadOfStdout() throws IOException {
    Path out = tmp.resolve("report.json");
    ScanFixtures.Run r = ScanFixtures.run("scan", "--format", "json", "--output", out.toString(), dir.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(jsonRun.out(), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void failOnSetsTheExitStatus() {
    String clean = dir.resolve("clean.txt").toString();
    String low = dir.resolve("page.html").toString();
    assertEquals(1, ScanFixtures.run("scan", "--fail-on", "high", dir.toString()).status());
    assertEquals(0, ScanFixtures.run("scan", "--fail-on", "low", clean).status());
    assertEquals(1, ScanFixtures.run("scan", "--fail-on", "low", low).status());
    assertEquals(0, ScanFixtures.run("scan", "--fail-on", "medium", low, clean).status());
    assertEquals(1, ScanFixtures.run("scan", "--fail-on", "MEDIUM", dir.resolve("news.md").toString()).status());
  }

  @Test
  void usageErrorsExitWith2() {
    String clean = dir.resolve("clean.txt").toString();
    ScanFixtures.Run bad = ScanFixtures.run("scan", "--fail-on", "severe", clean);
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("expected low, medium or high"), bad.err());
    assertEquals(2, ScanFixtures.run("scan", "--fail-on", "none", clean).status());
    assertEquals(2, ScanFixtures.run("scan", "--threads", "0", clean).status());
    assertEquals(2, ScanFixtures.run("scan", "--format", "xml", clean).status());
    assertEquals(2, ScanFixtures.run("scan").status());
    assertEquals(2, ScanFixtures.run("scan", "--language", "xx-YY", clean).status());
    assertEquals(2, ScanFixtures.run("scan", "--output", tmp.resolve("no/such/dir/r.json").toString(), clean).status());
    // a missing operand is reported, the other inputs are still scanned, and the status says something was wrong
    ScanFixtures.Run missing = ScanFixtures.run("scan", "--format", "json", dir.resolve("nope").toString(), clean);
    assertEquals(2, missing.status());
    assertTrue(missing.out().contains("\"skipped\" : \"no such file or directory\""), missing.out());
    assertTrue(missing.out().contains("clean.txt"), missing.out());
  }
}
