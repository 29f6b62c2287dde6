package dev.spincheck.eval;

import dev.spincheck.filter.Inflection;
import dev.spincheck.filter.SentenceWords;
import dev.spincheck.lexicon.Lexicon;
import dev.spincheck.lexicon.PhraseMatch;
import dev.spincheck.lexicon.PhraseTable;
import dev.spincheck.lexicon.SpinMatcher;
import dev.spincheck.lexicon.Word;
import dev.spincheck.rules.Pack;
import org.languagetool.JLanguageTool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregate-only failure analysis on the held-out dev set: prints counts per failure stage, never the rows, so the
 * set is not used for tuning individual phrases.
 */
public final class DevDiagnostics {
  public static void main(String[] args) throws Exception {
    JLanguageTool lt = new JLanguageTool(Pack.english());
    SpinMatcher spin = new SpinMatcher(Lexicon.get().model());
    Map<String, Integer> stage = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("testdata/tortured/dev-published.tsv"))) {
      String[] f = line.split("\t", -1);
      if (!line.startsWith("#") && f[0].equals("legit")) {
        // which part of the lexicon flags legitimate uses at the default level: listed rows or generated readings
        String by = "legit: not flagged";
        for (PhraseMatch m : Lexicon.get().find(SentenceWords.of(lt.getAnalyzedSentence(f[1])), Inflection.SYNTHESIZER)) {
          if (m.tier() == PhraseMatch.Tier.DEFAULT) {
            by = m.source().startsWith("generated") ? "legit: flagged by a generated reading" : "legit: flagged by a listed row";
          }
        }
        stage.merge(by, 1, Integer::sum);
        continue;
      }
      if (line.startsWith("#") || !f[0].equals("tortured")) continue;
      List<Word> w = SentenceWords.of(lt.getAnalyzedSentence(f[1]));
      int from = f[1].indexOf(f[2]);
      int to = from + f[2].length();
      String st = "no raw hit";
      for (SpinMatcher.Hit h : spin.hits(w)) {
        if (w.get(h.from()).start() < to && from < w.get(h.to() - 1).end()) {
          String d = spin.describe(h);
          boolean right = d.startsWith(String.join(" ", PhraseTable.split(f[3])) + "\t");
          st = "raw hit, " + (right ? "right term" : "other term") + (d.contains("exc=true") ? ", excepted" : "")
              + (d.contains("learned=true") ? ", all learned" : ", not all learned");
          break;
        }
      }
      if (st.equals("no raw hit")) {
        st += Lexicon.get().model().hasTerm(String.join(" ", PhraseTable.split(f[3]))) ? " (term known)" : " (term unknown)";
        // the span's form, for tokenizer gaps like the possessive one (LanguageTool splits off "'s"): counts only
        String span = f[2];
        st += " |" + (span.matches(".*['\u2019].*") ? " apostrophe" : "") + (span.contains("/") ? " slash" : "")
            + (span.matches(".*\\d.*") ? " digit" : "") + (span.contains("-") ? " hyphen" : "")
            + (PhraseTable.split(span).length == PhraseTable.split(f[3]).length ? " same length" : " other length");
      }
      stage.merge(st, 1, Integer::sum);
    }
    stage.forEach((k, v) -> System.out.println(v + "\t" + k));
  }
}
