package dev.spincheck.lexicon;

import java.util.Set;

/**
 * One word of a sentence as the lexicon sees it, free of LanguageTool types: its surface form, its lower-cased lemmas
 * and part-of-speech tags (Penn tags as LanguageTool's English tagger gives them), and its character span in the
 * sentence. A hyphenated token becomes several words.
 *
 * @param token index of the LanguageTool token this word came from
 */
public record Word(String surface, Set<String> lemmas, Set<String> tags, int start, int end, int token) {

  public String lower() {
    return surface.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean hasTagPrefix(String prefix) {
    for (String t : tags) {
      if (t != null && t.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Plural noun and nothing else: "networks" yes, "data" (NN and NNS) no. */
  public boolean isPluralNoun() {
    boolean plural = false;
    for (String t : tags) {
      if ("NNS".equals(t) || "NNPS".equals(t)) {
        plural = true;
      } else if (t != null && (t.equals("NN") || t.equals("NN:UN") || t.equals("NNP"))) {
        return false;
      }
    }
    return plural;
  }
}
