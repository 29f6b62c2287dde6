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
      for (PhraseMatch m : Lexicon.get().find(SentenceWords.of(lt.getAnalyzedSentence(line)), Inflection.SYNTHESIZER)) {
        System.out.println(m.tier() + "\t" + m.found() + " -> " + m.expected() + "\t" + m.source() + "\t| " + line);
      }
    }
  }
}
