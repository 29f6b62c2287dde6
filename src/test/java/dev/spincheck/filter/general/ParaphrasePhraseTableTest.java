package dev.spincheck.filter.general;

import dev.spincheck.lexicon.Tsv;
import dev.spincheck.rules.Pack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of {@code rules/data/paraphraser-phrases.tsv} is found by the rule of its level, in a sentence, with the
 * replaced phrase as the suggestion; a bad row fails with the table's name and line.
 */
class ParaphrasePhraseTableTest {

  @TestFactory
  List<DynamicTest> everyRowIsFound() throws Exception {
    JLanguageTool lt = Pack.packOnly(Pack.english());
    List<AbstractPatternRule> rules = Pack.patternRules(lt);
    List<DynamicTest> tests = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("rules/data/paraphraser-phrases.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.stream().filter(l -> !l.startsWith("#")).skip(1).toList()) {
      String[] f = line.split("\t");
      String id = f[2].equals("picky") ? "SPIN_PARAPHRASER_PHRASE_PICKY" : "SPIN_PARAPHRASER_PHRASE";
      tests.add(DynamicTest.dynamicTest(f[0], () -> {
        String text = "They told me that " + f[0] + " it worked.";
        int from = "They told me that ".length();
        List<RuleMatch> found = new ArrayList<>();
        for (AbstractPatternRule r : rules) {
          if (r.getId().equals(id)) {
            for (RuleMatch m : r.match(lt.getAnalyzedSentence(text))) {
              if (m.getFromPos() == from && m.getToPos() == from + f[0].length()) {
                found.add(m);
              }
            }
          }
        }
        assertEquals(1, found.size(), id + " must find the row (is its first word in the rule's token? run"
            + " scripts/paraphraser-first-words.py): " + text);
        assertEquals(List.of(f[1]), found.get(0).getSuggestedReplacements());
      }));
    }
    assertTrue(tests.size() > 10);
    return tests;
  }

  /**
   * The held-out dev set of tortured phrases stays unseen: no row of the table is one of its phrases (as in
   * tortured-handwritten.tsv). The failure names only the table's rows, never the dev set's.
   */
  @Test
  void noRowIsADevSetPhrase() throws Exception {
    List<String> spans = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("testdata/tortured/dev-published.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f.length > 2 && f[0].equals("tortured")) {
        spans.add(f[2].toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
      }
    }
    List<String> shared = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("rules/data/paraphraser-phrases.tsv"), StandardCharsets.UTF_8)) {
      String spun = line.split("\t")[0];
      if (!line.startsWith("#") && spans.stream().anyMatch(s -> s.contains(spun) || spun.contains(s))) {
        shared.add(spun);
      }
    }
    assertEquals(List.of(), shared, "table rows that are dev-set tortured phrases");
  }

  @Test
  void badRowsNameTheLine() throws Exception {
    String table = "spun\toriginal\tlevel\tsource\non the off chance that\tif\tsometimes\tteam\n";
    Tsv t = Tsv.read("bad.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    Tsv.TableException e = assertThrows(Tsv.TableException.class, () -> GeneralTables.paraphrases(t));
    assertTrue(e.getMessage().startsWith("bad.tsv:2: level"), e.getMessage());
    String apostrophe = "spun\toriginal\tlevel\tsource\nit's anything but\tit is not\tpicky\tteam\n";
    Tsv u = Tsv.read("bad.tsv", new ByteArrayInputStream(apostrophe.getBytes(StandardCharsets.UTF_8)));
    assertThrows(Tsv.TableException.class, () -> GeneralTables.paraphrases(u));
  }
}
