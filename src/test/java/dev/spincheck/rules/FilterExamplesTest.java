package dev.spincheck.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence files for rules driven by Java filters and data tables: {@code testdata/examples/<RULE_ID>.txt}, one case a
 * line. {@code + text with [the flagged span] => first suggestion} must give exactly that match;
 * {@code - text} must give none from that rule. {@code #} starts a comment. Every rule that calls one of the pack's
 * filters needs such a file, and every file must name a rule of the pack.
 */
class FilterExamplesTest {

  static final Path DIR = Path.of("testdata/examples");
  private static JLanguageTool lt;

  @BeforeAll
  static void load() {
    lt = Pack.packOnly(Pack.english());
  }

  private static Set<String> packIds() {
    Set<String> ids = new TreeSet<>();
    Pack.patternRules(lt).forEach(r -> ids.add(r.getId()));
    return ids;
  }

  @Test
  void everyFilterRuleHasASentenceFileAndEveryFileARule() throws IOException {
    Set<String> ids = packIds();
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.filter(p -> p.toString().endsWith(".txt")).forEach(p -> files.add(p.getFileName().toString().replace(".txt", "")));
    }
    for (String f : files) {
      assertTrue(ids.contains(f), "testdata/examples/" + f + ".txt names no rule of the pack");
    }
    for (AbstractPatternRule r : Pack.patternRules(lt)) {
      if (r.getFilter() != null && r.getFilter().getClass().getName().startsWith("dev.spincheck.")) {
        assertTrue(files.contains(r.getId()), r.getId() + " uses a Java filter but has no testdata/examples/" + r.getId() + ".txt");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> sentences() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(DIR)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        String id = p.getFileName().toString().replace(".txt", "");
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          String where = p + ":" + (i + 1);
          if (line.startsWith("+ ")) {
            pos++;
          } else if (line.startsWith("- ")) {
            neg++;
          }
          tests.add(DynamicTest.dynamicTest(id + "[" + (i + 1) + "]: " + line, () -> check(id, line, where)));
        }
        int fp = pos;
        int fn = neg;
        tests.add(DynamicTest.dynamicTest(id + ": has + and - sentences", () -> {
          assertTrue(fp > 0, p + " has no + line");
          assertTrue(fn > 0, p + " has no - line");
        }));
      }
    }
    return tests.stream();
  }

  static void check(String id, String line, String where) throws IOException {
    if (line.startsWith("- ")) {
      String text = line.substring(2);
      List<RuleMatch> m = matchesOf(id, text);
      assertEquals(0, m.size(), where + ": flagged " + m);
      return;
    }
    assertTrue(line.startsWith("+ "), where + ": a case starts with '+ ' or '- '");
    int arrow = line.lastIndexOf(" => ");
    assertTrue(arrow > 0, where + ": a + case needs ' => suggestion'");
    String marked = line.substring(2, arrow);
    String expected = line.substring(arrow + 4).strip();
    int from = marked.indexOf('[');
    int to = marked.indexOf(']') - 1;
    assertTrue(from >= 0 && to > from, where + ": mark the span with [ ]");
    String text = marked.replace("[", "").replace("]", "");
    List<RuleMatch> m = matchesOf(id, text);
    assertEquals(1, m.size(), where + ": expected one match, got " + m);
    assertEquals(from + "-" + to, m.get(0).getFromPos() + "-" + m.get(0).getToPos(), where + ": span");
    assertTrue(!m.get(0).getSuggestedReplacements().isEmpty(), where + ": no suggestion");
    assertEquals(expected, m.get(0).getSuggestedReplacements().get(0), where + ": first suggestion");
  }

  /* The rule on its own: where two of the pack's rules flag the same span, LanguageTool shows one of them. */
  private static List<RuleMatch> matchesOf(String id, String text) throws IOException {
    var sentence = lt.getAnalyzedSentence(text);
    List<RuleMatch> out = new ArrayList<>();
    for (AbstractPatternRule r : Pack.patternRules(lt)) {
      if (r.getId().equals(id)) {
        out.addAll(List.of(r.match(sentence)));
      }
    }
    return out;
  }
}
