package dev.spincheck.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word-level swaps learned from the hand-written published tortured phrases: aligning "mean square blunder" with
 * "mean square error" shows that the spinner writes "blunder" for "error". A spinner picks the same few synonyms again
 * and again, so a generated variant made only of such swaps is strong evidence, unlike an arbitrary thesaurus synonym
 * (which in clean text collides with ordinary phrases far too often). Words kept at both ends are aligned away; the
 * differing middle becomes a phrase swap ("cancer" → "malignant growth").
 */
public final class LearnedSwaps {

  /** The source label of learned links in the synonyms table. */
  public static final String SOURCE = "team-swap";

  /**
   * The source label of learned links that are right-sense near-synonyms (rules/data/spinner-swaps-denied.tsv): alone
   * they make ordinary English (an atomic submarine), beside another swap they are the spinner's ("measurable
   * examination"). It contains {@link #SOURCE}.
   */
  public static final String WEAK_SOURCE = "team-swap-weak";

  /**
   * The source label of the team's swaps (rules/data/spinner-swaps.tsv) that no published phrase of
   * tortured-handwritten.tsv shows: the spinner's choices as the team knows them, good beside another swap, too weak
   * to make a match alone. It contains {@link #SOURCE}.
   */
  public static final String UNPUBLISHED_SOURCE = "team-swap-unpublished";

  private LearnedSwaps() {
  }

  /** [term word(s), spinner word(s)] pairs, lower case, in table order, without duplicates. */
  public static List<String[]> from(Path handwritten) throws IOException {
    try (InputStream in = Files.newInputStream(handwritten)) {
      return from(Tsv.read(handwritten.toString(), in));
    }
  }

  /** The team's hand-written swaps (rules/data/spinner-swaps.tsv: word, spun, source). */
  public static List<String[]> teamSwaps(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      Tsv t = Tsv.read(file.toString(), in);
      int word = t.column("word");
      int spun = t.column("spun");
      for (Tsv.Row r : t.rows) {
        out.add(new String[] {r.get(word).toLowerCase(java.util.Locale.ROOT),
            String.join(" ", PhraseTable.split(r.get(spun)))});
      }
    }
    return out;
  }

  public static List<String[]> from(Tsv t) {
    int tortured = t.column("tortured");
    int expected = t.column("expected");
    Set<String> seen = new LinkedHashSet<>();
    for (Tsv.Row r : t.rows) {
      String[] a = PhraseTable.split(r.get(expected));
      String[] b = PhraseTable.split(r.get(tortured));
      int pre = 0;
      while (pre < a.length && pre < b.length && a[pre].equals(b[pre])) {
        pre++;
      }
      int suf = 0;
      while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf].equals(b[b.length - 1 - suf])) {
        suf++;
      }
      String[] ma = Arrays.copyOfRange(a, pre, a.length - suf);
      String[] mb = Arrays.copyOfRange(b, pre, b.length - suf);
      if (ma.length == mb.length) {
        for (int k = 0; k < ma.length; k++) {  // word for word
          if (!ma[k].equals(mb[k])) {
            seen.add(ma[k] + "\t" + mb[k]);
          }
        }
      } else if (ma.length == 1 && mb.length <= 3) {
        seen.add(ma[0] + "\t" + String.join(" ", mb));  // one word spun into a phrase
      }
    }
    List<String[]> out = new ArrayList<>();
    for (String s : seen) {
      out.add(s.split("\t"));
    }
    return out;
  }
}
