package dev.spincheck.eval;

import dev.spincheck.filter.Inflection;
import dev.spincheck.filter.SentenceWords;
import dev.spincheck.lexicon.Lexicon;
import dev.spincheck.lexicon.PhraseMatch;
import dev.spincheck.rules.Pack;
import org.languagetool.JLanguageTool;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Development aid: prints the lexicon's matches (both tiers) for each sentence read from standard input. */
public final class Probe {
  public static void main(String[] args) throws Exception {
    JLanguageTool lt = new JLanguageTool(Pack.english());
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("?")) {  // "?a term": is it in the inventory?
        System.out.println(line.substring(1) + "\t" + Lexicon.get().model().hasTerm(line.substring(1)));
        continue;
      }
      if (Boolean.getBoolean("spincheck.raw")) {
        java.util.List<dev.spincheck.lexicon.Word> w = SentenceWords.of(lt.getAnalyzedSentence(line));
        dev.spincheck.lexicon.SpinMatcher spin = new dev.spincheck.lexicon.SpinMatcher(Lexicon.get().model());
        for (dev.spincheck.lexicon.SpinMatcher.Hit h : spin.hits(w)) {
          System.out.println("  raw " + w.get(h.from()).surface() + ".." + w.get(h.to() - 1).surface() + "\t" + spin.describe(h));
        }
      }
      for (PhraseMatch m : Lexicon.get().find(SentenceWords.of(lt.getAnalyzedSentence(line)), Inflection.SYNTHESIZER)) {
        System.out.println(m.tier() + "\t" + m.found() + " -> " + m.expected() + "\t" + m.source() + "\t| " + line);
      }
    }
  }
}
