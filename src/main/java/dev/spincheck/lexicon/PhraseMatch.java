package dev.spincheck.lexicon;

/**
 * A tortured phrase found in a sentence: words {@code [from, to)} of the sentence's word list, the established term
 * to suggest (already in the text's case and number), how sure the lexicon is, and where the entry came from.
 */
public record PhraseMatch(int from, int to, String found, String expected, Tier tier, String source) {

  /** Default-tier matches are precise enough to be on by default; picky ones are off by default. */
  public enum Tier { DEFAULT, PICKY }
}
