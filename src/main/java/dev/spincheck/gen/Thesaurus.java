package dev.spincheck.gen;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a thesaurus-driven spinner may put in place of a word: the Moby Thesaurus entry of the word (public domain;
 * the thesaurus that holds most known spinner swaps, wrong senses included) plus every WordNet synonym of every sense
 * and, for adjectives, WordNet's "similar to" satellites (big → colossal). Synonyms keep their source.
 */
final class Thesaurus {

  private final Map<String, String[]> moby = new HashMap<>();
  /** Moby read backwards: headwords whose entry lists the word. Spinners' thesauri are symmetric; Moby is not. */
  private final Map<String, java.util.List<String>> mobyReverse = new HashMap<>();
  private final Dictionary wordnet;

  Thesaurus(Path mobyWords, Dictionary wordnet) throws IOException {
    this.wordnet = wordnet;
    try (BufferedReader r = Files.newBufferedReader(mobyWords, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        int comma = line.indexOf(',');
        if (comma > 0) {
          String head = line.substring(0, comma);
          String[] syns = line.substring(comma + 1).split(",");
          moby.put(head, syns);
          for (String x : syns) {
            mobyReverse.computeIfAbsent(x, k -> new java.util.ArrayList<>(4)).add(head);
          }
        }
      }
    }
  }

  int mobyHeadwords() {
    return moby.size();
  }

  /** Synonym → source ("moby", "wordnet" or "moby+wordnet"), in a stable order. */
  Map<String, String> synonyms(String word) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : moby.getOrDefault(word, new String[0])) {
      out.put(s, "moby");
    }
    for (String s : mobyReverse.getOrDefault(word, java.util.List.of())) {
      out.putIfAbsent(s, "moby-reverse");
    }
    IndexWordSet set = wordnet.lookupAllIndexWords(word);
    for (IndexWord iw : set.getIndexWordArray()) {
      if (!iw.getLemma().equals(word)) {
        continue;  // WordNet's morphology maps "data" to "datum"; a spinner looks up the word as written
      }
      for (Synset s : iw.getSenses()) {
        add(out, s.getWords());
        for (Pointer p : s.getPointers()) {
          if (p.getType() == PointerType.SIMILAR_TO) {
            add(out, p.getTargetSynset().getWords());
          }
        }
      }
    }
    return out;
  }

  private static void add(Map<String, String> out, List<net.sf.extjwnl.data.Word> words) {
    for (net.sf.extjwnl.data.Word w : words) {
      String l = w.getLemma();
      out.merge(l, "wordnet", (a, b) -> a.equals("wordnet") || a.contains("+wordnet") ? a : a + "+wordnet");
    }
  }
}
