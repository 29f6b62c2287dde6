package dev.spincheck.gen;

import dev.spincheck.lexicon.LearnedSwaps;
import dev.spincheck.lexicon.SpinMatcher;
import dev.spincheck.lexicon.Tsv;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Established multiword terms, each with its source: the team's field lists ({@code rules/terms/*.tsv}), the terms of
 * the hand-written tortured-phrase table, and WordNet 3.1 multiword nouns that look like technical or academic terms
 * (lower case, two or three plain words, not a person, animal, plant, place or food, and attested as a collocation
 * in the language model).
 */
final class TermInventory {

  /** WordNet lexicographer files whose multiword nouns are names or everyday things rather than terms of a field. */
  static final Set<String> NOT_TERMS = Set.of("noun.person", "noun.animal", "noun.plant", "noun.location",
      "noun.food", "noun.Tops", "noun.feeling", "noun.motive");

  /** term → source */
  final Map<String, String> terms = new TreeMap<>();

  void addTeamLists(Path root) throws IOException {
    Path dir = root.resolve("rules/terms");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".tsv")).sorted().toList()) {
          String field = p.getFileName().toString().replace(".tsv", "");
          try (InputStream in = Files.newInputStream(p)) {
            Tsv t = Tsv.read(p.toString(), in);
            int term = t.column("term");
            int source = t.column("source");
            for (Tsv.Row r : t.rows) {
              // a helper's rows are not the team's word: their terms are reported like WordNet's, at picky level
              add(r.get(term), (LearnedSwaps.verified(r.get(source)) ? "team:" : "helper:") + field);
            }
          }
        }
      }
    }
    try (InputStream in = Files.newInputStream(root.resolve("rules/data/tortured-handwritten.tsv"))) {
      Tsv t = Tsv.read("tortured-handwritten.tsv", in);
      int expected = t.column("expected");
      int source = t.column("source");
      for (Tsv.Row r : t.rows) {
        add(r.get(expected), (LearnedSwaps.verified(r.get(source)) ? "team:" : "helper:") + "tortured-handwritten");
      }
    }
  }

  void addWordNet(Dictionary wn, LanguageModel lm) throws Exception {
    Iterator<IndexWord> it = wn.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma();
      if (!lemma.matches("[a-z]{2,}( [a-z]{2,}){1,2}") || terms.containsKey(lemma)) {
        continue;
      }
      String[] w = lemma.split(" ");
      if (SpinMatcher.FUNCTION_WORDS.contains(w[0]) || SpinMatcher.FUNCTION_WORDS.contains(w[w.length - 1])) {
        continue;  // "a la carte", "out of doors": idioms, not terms of a field
      }
      boolean field = false;
      for (Synset s : iw.getSenses()) {
        if (!NOT_TERMS.contains(s.getLexFileName())) {
          field = true;
          break;
        }
      }
      if (field && !Float.isNaN(weakestLink(lemma, lm))) {
        add(lemma, "wordnet-3.1");
      }
    }
  }

  private void add(String term, String source) {
    String t = term.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (t.contains(" ") || t.contains("-")) {
      terms.merge(t, source, (a, b) -> a.contains(b) ? a : a + "," + b);
    }
  }

  /** The lowest log10 P(w_i | w_i-1) over the term's adjacent words; NaN if a pair is not in the model. */
  static float weakestLink(String term, LanguageModel lm) {
    String[] w = term.split("[ \\-]+");
    float min = 0;
    for (int i = 1; i < w.length; i++) {
      float p = lm.bigram(w[i - 1], w[i]);
      if (Float.isNaN(p)) {
        return Float.NaN;
      }
      min = Math.min(min, p);
    }
    return min;
  }
}
