package dev.spincheck.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden sentences for table-driven rules, one file per rule id: {@code testdata/examples/<RULE_ID>.txt}. A line
 * {@code + text with <marker>span</marker> => correction} must give exactly one match of that rule, on the marker,
 * with that suggestion; a line {@code - text} must give none. {@code #} starts a comment (say why a negative is fine).
 * A file for an unknown rule id, or without both kinds of line, fails.
 */
class ExampleFilesTest {

  private static JLanguageTool lt;
  private static List<AbstractPatternRule> rules;

  @BeforeAll
  static void load() {
    lt = Pack.packOnly(Pack.english());
    rules = Pack.patternRules(lt);
  }

  /** A rule that calls one of the pack's Java filters is table-driven: it needs a sentence file too. */
  @org.junit.jupiter.api.Test
  void everyRuleWithAJavaFilterHasASentenceFile() {
    for (AbstractPatternRule r : rules) {
      if (r.getFilter() != null && r.getFilter().getClass().getName().startsWith("dev.spincheck.")) {
        assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of("testdata/examples", r.getId() + ".txt")),
            r.getId() + " uses a Java filter but has no testdata/examples/" + r.getId() + ".txt");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> exampleFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    Path dir = Path.of("testdata/examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".txt", "");
      List<AbstractPatternRule> rule = rules.stream().filter(r -> r.getId().equals(id)).toList();
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("+ ") || l.startsWith("- ")).toList();
      tests.add(DynamicTest.dynamicTest(id + ": known rule with + and - lines", () -> {
        assertFalse(rule.isEmpty(), "examples file for unknown rule id " + id);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("+")), id + ": no + line");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-")), id + ": no - line");
      }));
      int n = 0;
      for (String line : lines) {
        String body = line.substring(2).trim();
        tests.add(DynamicTest.dynamicTest(id + "[" + n++ + "]: " + body, () -> check(rule, line.charAt(0) == '+', body)));
      }
    }
    return tests.stream();
  }

  private static void check(List<AbstractPatternRule> rule, boolean positive, String body) throws IOException {
    if (!positive) {
      List<RuleMatch> m = matches(rule, body);
      assertEquals(0, m.size(), "flagged: " + body + " " + m);
      return;
    }
    String[] parts = body.split(" => ");
    assertEquals(2, parts.length, "a + line needs ' => correction'");
    String marked = parts[0];
    int from = marked.indexOf("<marker>");
    int to = marked.indexOf("</marker>") - "<marker>".length();
    String text = marked.replace("<marker>", "").replace("</marker>", "");
    List<RuleMatch> m = matches(rule, text);
    assertEquals(1, m.size(), "expected one match in: " + text + " " + m);
    assertEquals(from, m.get(0).getFromPos(), "start");
    assertEquals(to, m.get(0).getToPos(), "end");
    assertEquals(Arrays.asList(parts[1].split("\\|")), m.get(0).getSuggestedReplacements());
    String fixed = text.substring(0, from) + m.get(0).getSuggestedReplacements().get(0) + text.substring(to);
    assertEquals(0, matches(rule, fixed).size(), "still flagged after correction: " + fixed);
  }

  private static List<RuleMatch> matches(List<AbstractPatternRule> rule, String text) throws IOException {
    List<RuleMatch> out = new ArrayList<>();
    for (AbstractPatternRule r : rule) {
      out.addAll(Arrays.asList(r.match(lt.getAnalyzedSentence(text))));
    }
    return out;
  }
}
