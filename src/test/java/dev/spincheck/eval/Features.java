package dev.spincheck.eval;

import dev.spincheck.filter.SentenceWords;
import dev.spincheck.lexicon.Lexicon;
import dev.spincheck.lexicon.SpinMatcher;
import dev.spincheck.lexicon.Word;
import dev.spincheck.rules.Pack;
import org.languagetool.JLanguageTool;
import org.languagetool.AnalyzedSentence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid for tuning SpinTier: features of generated hits on the tuning sets (hand-written phrases, LT examples, academic sentences). */
public final class Features {
  public static void main(String[] args) throws Exception {
    JLanguageTool lt = new JLanguageTool(Pack.english());
    SpinMatcher spin = new SpinMatcher(Lexicon.get().model());
    for (String line : Files.readAllLines(Path.of("rules/data/tortured-handwritten.tsv"))) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f[0].equals("tortured")) continue;
      List<Word> w = SentenceWords.of(lt.getAnalyzedSentence(f[0]));
      for (SpinMatcher.Hit h : spin.hits(w)) {
        System.out.println("POS\t" + f[0] + "\t" + f[1] + "\t" + spin.describe(h));
      }
    }
    List<String> clean = new java.util.ArrayList<>(CleanText.ltExamples());
    clean.addAll(CleanText.lines(Path.of("testdata/clean/academic-sentences.txt")));
    for (String s : clean) {
      for (AnalyzedSentence as : lt.analyzeText(s)) {
        List<Word> w = SentenceWords.of(as);
        for (SpinMatcher.Hit h : spin.hits(w)) {
          StringBuilder span = new StringBuilder();
          for (int k = h.from(); k < h.to(); k++) span.append(k > h.from() ? " " : "").append(w.get(k).surface());
          System.out.println("NEG\t" + span + "\t-\t" + spin.describe(h));
        }
      }
    }
  }
}
