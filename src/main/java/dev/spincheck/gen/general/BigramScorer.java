package dev.spincheck.gen.general;

/** Generator-side bigram language model: log10 P(w2 | w1) and log10 P(w). Implemented over sphinx4's LM. */
public interface BigramScorer {

  /** log10 P(w2 | w1) with the model's back-off; a very low value for words the model does not know. */
  double bigram(String w1, String w2);

  /** log10 P(w); a very low value for unknown words. */
  double unigram(String w);

  boolean knows(String w);

  /** log10 P of a phrase by the model's trigrams (unknown words cost {@code unknownCost} each). */
  double phrase(java.util.List<String> words, double unknownCost);

  /** The sphinx4-backed scorer (profile "generate"), loaded by name so the default build does not need sphinx4. */
  static BigramScorer sphinx() {
    try {
      return (BigramScorer) Class.forName("dev.spincheck.gen.general.lm.SphinxBigramScorer")
          .getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("run the generator with -Pgenerate (sphinx4 on the classpath)", e);
    }
  }
}
