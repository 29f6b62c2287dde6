package dev.spincheck.gen.general;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * WordNet 3.1 read the way a WordNet-derived spinner thesaurus (LibreOffice's MyThes, for one) reads it: the word is
 * looked up as written, in every part of speech, and every lemma of every sense is a synonym (nouns, verbs,
 * adjectives, adverbs in turn, each in WordNet's sense order). So "said" gets the synonyms of the adjective "said" (aforesaid) and "led" those of the noun (light-emitting
 * diode): the wrong-part-of-speech swaps such spinners make. For {@link RandomSpinner}'s development sets only
 * (generation time: WordNet is not in either jar).
 */
public final class WordNetSynonyms implements Function<String, List<String>> {

  private final Dictionary wordnet;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  public WordNetSynonyms(Dictionary wordnet) {
    this.wordnet = wordnet;
  }

  public static WordNetSynonyms load() throws JWNLException {
    return new WordNetSynonyms(Dictionary.getDefaultResourceInstance());
  }

  @Override
  public List<String> apply(String word) {
    return cache.computeIfAbsent(word, this::lookUp);
  }

  private List<String> lookUp(String word) {
    Set<String> out = new LinkedHashSet<>();
    try {
      for (POS pos : POS.getAllPOS()) {
        IndexWord iw = wordnet.getIndexWord(pos, word);
        // as written: an index word found for another spelling (case or a base form) is not this word's entry
        if (iw == null || !iw.getLemma().equals(word)) {
          continue;
        }
        for (Synset s : iw.getSenses()) {
          for (Word w : s.getWords()) {
            String lemma = w.getLemma().replace('_', ' ');
            if (!lemma.equalsIgnoreCase(word)) {
              out.add(lemma);
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(out);
  }
}
