package dev.spincheck.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every XML rule's {@code <example>}s under LanguageTool's semantics, one dynamic test per example: an incorrect
 * example gives exactly one match, spanning the marker, with suggestions equal to {@code correction}, and none once
 * corrected; a correct example gives none. A rule without both kinds of example fails.
 */
class RuleExamplesTest {

  private static JLanguageTool lt;
  private static List<AbstractPatternRule> rules;

  @BeforeAll
  static void load() {
    lt = Pack.packOnly(Pack.english());
    rules = Pack.patternRules(lt);
  }

  @Test
  void packIsLoaded() {
    assertTrue(rules.size() >= 12, "expected the pack's rules in grammar_custom.xml, found " + rules.size());
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasPositiveAndNegativeExamples() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (AbstractPatternRule r : rules) {
      int[] c = counts.computeIfAbsent(r.getFullId(), k -> new int[2]);
      c[0] += r.getIncorrectExamples().size();
      c[1] += r.getCorrectExamples().size();
    }
    return counts.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + ": has examples", () -> {
      assertTrue(e.getValue()[0] > 0, e.getKey() + " has no incorrect example");
      assertTrue(e.getValue()[1] > 0, e.getKey() + " has no correct example");
    }));
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (AbstractPatternRule r : rules) {
      int n = 0;
      for (IncorrectExample ex : r.getIncorrectExamples()) {
        String text = ex.getExample();
        String name = r.getFullId() + "[" + n++ + "]: " + clean(text);
        tests.add(DynamicTest.dynamicTest(name, () -> {
          try {
            checkIncorrect(r, ex);
          } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
          }
        }));
      }
      for (CorrectExample ex : r.getCorrectExamples()) {
        String text = ex.getExample();
        tests.add(DynamicTest.dynamicTest(r.getFullId() + "[" + n++ + "]: " + clean(text), () -> {
          RuleMatch[] m = match(r, clean(text));
          assertEquals(0, m.length, r.getFullId() + ": correct example flagged: " + clean(text) + " " + describe(m));
        }));
      }
    }
    return tests.stream();
  }

  private static void checkIncorrect(AbstractPatternRule r, IncorrectExample ex) throws IOException {
    String marked = ex.getExample().replaceAll("\\s+", " ").trim();
    int from = marked.indexOf("<marker>");
    int to = marked.indexOf("</marker>") - "<marker>".length();
    assertTrue(from >= 0 && to >= from, "incorrect example needs a <marker>: " + marked);
    String text = clean(marked);
    RuleMatch[] m = match(r, text);
    assertEquals(1, m.length, "expected exactly one match: " + describe(m));
    assertEquals(from, m[0].getFromPos(), "match start (" + describe(m) + ")");
    assertEquals(to, m[0].getToPos(), "match end (" + describe(m) + ")");
    List<String> expected = ex.getCorrections();
    assertFalse(expected.isEmpty() || expected.get(0).isEmpty(), "incorrect example needs correction=");
    assertEquals(expected, m[0].getSuggestedReplacements(), "suggestions");
    // LibreOffice shows the short message, not the rule id: it must name the rule
    String shortMsg = m[0].getShortMessage();
    assertTrue(shortMsg != null && !shortMsg.isBlank(), "no <short> label");
    for (String correction : expected) {
      String fixed = text.substring(0, from) + correction + text.substring(to);
      RuleMatch[] again = match(r, fixed);
      assertEquals(0, again.length, "still flagged after correction: " + fixed + " " + describe(again));
    }
  }

  private static RuleMatch[] match(AbstractPatternRule r, String text) throws IOException {
    AnalyzedSentence s = lt.getAnalyzedSentence(text);
    return r.match(s);
  }

  static String clean(String example) {
    return example.replace("<marker>", "").replace("</marker>", "").replaceAll("\\s+", " ").trim();
  }

  private static String describe(RuleMatch[] m) {
    StringBuilder sb = new StringBuilder("[");
    for (RuleMatch x : m) {
      sb.append(x.getFromPos()).append('-').append(x.getToPos()).append(' ').append(x.getSuggestedReplacements()).append(' ');
    }
    return sb.append(']').toString();
  }
}
