package dev.spincheck.gen;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LanguageTool's English resources (LGPL-2.1) as the generator needs them: lemmas and tags of single words (the same
 * tagger the pack sees at run time, so generated forms line up with what the filter gets), inflection through the
 * synthesizer, and the frequency class (0–25) of a word in the en_US speller dictionary.
 */
final class LtResources {

  static final String SPELLER_DICT = "/org/languagetool/resource/en/hunspell/en_US.dict";

  record Analysis(Set<String> lemmas, Set<String> tags) {
  }

  private final Tagger tagger;
  private final Synthesizer synthesizer;
  private final Speller speller;
  private final Map<String, Analysis> cache = new HashMap<>();

  LtResources() throws Exception {
    Language en = Languages.getLanguageForShortCode("en-US");
    tagger = en.getTagger();
    synthesizer = en.getSynthesizer();
    URL dict = LtResources.class.getResource(SPELLER_DICT);
    speller = new Speller(Dictionary.read(dict));
  }

  Analysis analyse(String word) {
    Analysis a = cache.get(word);
    if (a == null) {
      Set<String> lemmas = new LinkedHashSet<>();
      Set<String> tags = new LinkedHashSet<>();
      try {
        for (AnalyzedTokenReadings r : tagger.tag(List.of(word))) {
          for (AnalyzedToken t : r.getReadings()) {
            if (t.getLemma() != null) {
              lemmas.add(t.getLemma().toLowerCase(Locale.ROOT));
            }
            if (t.getPOSTag() != null) {
              tags.add(t.getPOSTag());
            }
          }
        }
      } catch (Exception e) {
        // an untaggable word has no lemmas
      }
      // sorted, not Set.copyOf: its iteration order changes between JVM runs, and the generated tables must not
      a = new Analysis(java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(lemmas)),
          java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(tags)));
      cache.put(word, a);
    }
    return a;
  }

  /** Forms of {@code lemma} with Penn tag {@code tag} (e.g. figure + VBG → figuring). */
  String[] inflect(String lemma, String tag) {
    try {
      return synthesizer.synthesize(new AnalyzedToken(lemma, "VB", lemma), tag);
    } catch (Exception e) {
      return new String[0];
    }
  }

  /** Frequency class in the en_US speller dictionary; 0 when unknown. */
  int frequency(String word) {
    int f = speller.getFrequency(word);
    if (f <= 0 && !word.equals(word.toLowerCase(Locale.ROOT))) {
      f = speller.getFrequency(word.toLowerCase(Locale.ROOT));
    }
    return Math.max(0, f);
  }
}
