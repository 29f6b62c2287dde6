package dev.spincheck.gen.general.lm;

import dev.spincheck.gen.general.BigramScorer;
import edu.cmu.sphinx.linguist.WordSequence;
import edu.cmu.sphinx.linguist.dictionary.Dictionary;
import edu.cmu.sphinx.linguist.dictionary.Word;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieModel;
import edu.cmu.sphinx.util.LogMath;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generator-only (profile "generate"): sphinx4's en-us 3-gram LM ({@code net.sf.phat:sphinx4-data:5prealpha},
 * BSD-style licence), 72.5k words, queried as a bigram model. The model wants a pronunciation dictionary only to map
 * spellings to {@link Word}s, so a spelling-only dictionary stands in for CMUdict.
 */
public final class SphinxBigramScorer implements BigramScorer {

  private static final double UNKNOWN = -99;
  private final NgramTrieModel model;
  private final Dictionary dictionary;
  private final Set<String> vocabulary;
  private final double ln10 = Math.log(10);

  public SphinxBigramScorer() {
    ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
    dictionary = (Dictionary) Proxy.newProxyInstance(Dictionary.class.getClassLoader(), new Class<?>[] {Dictionary.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getWord" -> words.computeIfAbsent((String) args[0], w -> new Word(w, null, false));
          case "getSentenceStartWord" -> words.computeIfAbsent("<s>", w -> new Word(w, null, false));
          case "getSentenceEndWord" -> words.computeIfAbsent("</s>", w -> new Word(w, null, false));
          case "getSilenceWord" -> words.computeIfAbsent("<sil>", w -> new Word(w, null, true));
          case "getFillerWords" -> new Word[0];
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "spelling-only dictionary";
          default -> null;
        });
    try {
      URL lm = SphinxBigramScorer.class.getResource("/edu/cmu/sphinx/models/en-us/en-us.lm.bin");
      model = new NgramTrieModel("", lm, null, 100_000, false, 3, dictionary, false, 1.0f, 1.0, 1.0f);
      model.allocate();
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the sphinx4 LM", e);
    }
    vocabulary = model.getVocabulary();
  }

  @Override
  public boolean knows(String w) {
    return vocabulary.contains(w);
  }

  @Override
  public synchronized double bigram(String w1, String w2) {
    if (!knows(w1) || !knows(w2)) {
      return UNKNOWN;
    }
    float p = model.getProbability(new WordSequence(dictionary.getWord(w1), dictionary.getWord(w2)));
    return LogMath.getLogMath().logToLn(p) / ln10;
  }

  @Override
  public synchronized double unigram(String w) {
    if (!knows(w)) {
      return UNKNOWN;
    }
    float p = model.getProbability(new WordSequence(dictionary.getWord(w)));
    return LogMath.getLogMath().logToLn(p) / ln10;
  }

  @Override
  public synchronized double phrase(java.util.List<String> words, double unknownCost) {
    double sum = 0;
    java.util.List<Word> history = new java.util.ArrayList<>();
    for (String w : words) {
      if (!knows(w)) {
        sum += unknownCost;
        history.clear();
        continue;
      }
      history.add(dictionary.getWord(w));
      if (history.size() > 3) {
        history.remove(0);
      }
      float p = model.getProbability(new WordSequence(history));
      sum += LogMath.getLogMath().logToLn(p) / ln10;
    }
    return sum;
  }

  /** Probe: {@code SphinxBigramScorer w1 w2 [w1 w2 ...]}. */
  public static void main(String[] args) {
    BigramScorer s = new SphinxBigramScorer();
    for (int i = 0; i + 1 < args.length; i += 2) {
      System.out.printf("%s %s\t%.2f\tuni(w2)=%.2f%n", args[i], args[i + 1], s.bigram(args[i], args[i + 1]), s.unigram(args[i + 1]));
    }
  }
}
