package dev.spincheck.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of known tortured phrases (tortured words → established term), matched on words or their lemmas, so one
 * base-form row also finds plurals and verb forms. Longest match wins. Immutable after construction; thread-safe.
 */
public final class PhraseTable {

  /** One row: the tortured words in base form, the term to suggest, the tier and the row's source. */
  public record Entry(String[] words, String expected, PhraseMatch.Tier tier, String source) {
  }

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private int size;

  public void add(String tortured, String expected, PhraseMatch.Tier tier, String source) {
    String[] words = split(tortured);
    if (words.length == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    List<Entry> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2));
    list.add(new Entry(words, expected, tier, source));
    list.sort(Comparator.comparingInt((Entry e) -> -e.words().length));
    size++;
  }

  public int size() {
    return size;
  }

  /**
   * Lower-cased words of a phrase; hyphens separate words, as in the text; a typographic apostrophe is the plain one,
   * as in the text's words ("Alzheimer’s" in a user's list is the word "alzheimer's").
   */
  public static String[] split(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim().split("[\\s\\-‐]+");
  }

  /** The longest entry that starts at word {@code i}, or null. */
  public PhraseMatch matchAt(List<Word> words, int i, Inflector inflector) {
    Word first = words.get(i);
    List<Entry> candidates = candidates(first);
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      int n = e.words().length;
      if (i + n > words.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        ok = fits(words.get(i + k), e.words()[k]);
      }
      if (ok) {
        Word last = words.get(i + n - 1);
        String expected = e.expected();
        if (last.isPluralNoun() && !last.lower().equals(e.words()[n - 1])) {
          expected = pluralizeLast(expected, inflector);
        }
        String found = spanText(words, i, i + n);
        return new PhraseMatch(i, i + n, found, Casing.like(found, Casing.separatorsLike(found, expected)), e.tier(), e.source());
      }
    }
    return null;
  }

  private List<Entry> candidates(Word w) {
    List<Entry> c = byFirstWord.get(w.lower());
    if (c != null) {
      return c;
    }
    for (String lemma : w.lemmas()) {
      c = byFirstWord.get(lemma);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  static boolean fits(Word w, String entryWord) {
    if (w.lower().equals(entryWord)) {
      return true;
    }
    // by lemma, but a participle is a verb the spinner never wrote: "targeting work" is no listed "target work"
    String s = w.lower();
    boolean participle = (s.endsWith("ing") && !entryWord.endsWith("ing")) || (s.endsWith("ed") && !entryWord.endsWith("ed"));
    return !participle && w.lemmas().contains(entryWord);
  }

  static String pluralizeLast(String phrase, Inflector inflector) {
    int sp = phrase.lastIndexOf(' ');
    String head = phrase.substring(sp + 1);
    return phrase.substring(0, sp + 1) + inflector.plural(head);
  }

  /** The text of words [from, to) as written, rebuilt from the words (single spaces or the original hyphens). */
  static String spanText(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder(words.get(from).surface());
    for (int k = from + 1; k < to; k++) {
      Word prev = words.get(k - 1);
      Word w = words.get(k);
      sb.append(prev.token() == w.token() ? "-" : " ").append(w.surface());
    }
    return sb.toString();
  }
}
