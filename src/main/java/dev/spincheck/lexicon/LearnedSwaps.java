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

  /** [term word(s), spinner word(s)] pairs, lower case, in table order, without duplicates. */
  public static List<String[]> from(Path handwritten) throws IOException {
    try (InputStream in = Files.newInputStream(handwritten)) {
      return from(Tsv.read(handwritten.toString(), in));
    }
  }

  /** The same, learned only from the rows whose source the team verified ({@link #verified}). */
  public static List<String[]> fromVerified(Path handwritten) throws IOException {
    try (InputStream in = Files.newInputStream(handwritten)) {
      return from(Tsv.read(handwritten.toString(), in), LearnedSwaps::verified);
    }
  }

  /**
   * Whether a hand-written row is a published case the team knows, rather than one a helper recalled without being
   * sure ("helper …" sources): only the former make a swap published, strong enough alone.
   */
  public static boolean verified(String source) {
    return !source.startsWith("helper");
  }

  public static List<String[]> from(Tsv t) {
    return from(t, s -> true);
  }

  static List<String[]> from(Tsv t, java.util.function.Predicate<String> source) {
    int tortured = t.column("tortured");
    int expected = t.column("expected");
    int sourceColumn = t.columns.indexOf("source");
    Set<String> seen = new LinkedHashSet<>();
    List<String[][]> uneven = new ArrayList<>();
    for (Tsv.Row r : t.rows) {
      if (sourceColumn >= 0 && !source.test(r.get(sourceColumn))) {
        continue;
      }
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
      } else if (ma.length == 1 && mb.length <= MAX_PHRASE) {
        seen.add(ma[0] + "\t" + String.join(" ", mb));  // one word spun into a phrase
      } else if (ma.length >= 2 && mb.length > ma.length && mb.length <= MAX_PHRASE * ma.length) {
        uneven.add(new String[][] {ma, mb});
      }
    }
    seen.addAll(segmented(uneven, seen));
    List<String[]> out = new ArrayList<>();
    for (String s : seen) {
      out.add(s.split("\t"));
    }
    return out;
  }

  /** A spinner writes one word as at most this many ("the executives", "turn of events"). */
  private static final int MAX_PHRASE = 3;

  /**
   * Swaps from rows where several term words became more text words ("calamity the executives" for disaster
   * management, "proficient turn of events" for professional development): the text is cut into one piece per term
   * word, in order. A spinner's phrase for a word recurs across terms (management becomes "the executives" in a dozen
   * published phrases), so a cut is trusted when each of its phrase pieces is a swap seen elsewhere: word for word in
   * another row, or the same piece for the same word in another row's possible cuts. A row with no such cut, or with
   * two equally good ones, teaches nothing ("cellular breakdown in the lungs" reorders lung cancer).
   */
  private static List<String> segmented(List<String[][]> rows, Set<String> known) {
    // with which other term words each (word, phrase piece) pair is a possible cut: a piece that recurs only beside
    // the same words ("long range interpersonal communication" for social networking, and for social networking
    // sites) is that term's reordering, not a word's swap
    java.util.Map<String, List<Set<String>>> support = new java.util.HashMap<>();
    List<List<String[]>> cutsPerRow = new ArrayList<>();
    for (String[][] row : rows) {
      List<String[]> cuts = new ArrayList<>();
      cuts(row[0].length, row[1], 0, new ArrayList<>(), cuts);
      cutsPerRow.add(cuts);
      java.util.Map<String, Set<String>> pairs = new java.util.HashMap<>();
      for (String[] cut : cuts) {
        for (int k = 0; k < cut.length; k++) {
          if (cut[k].indexOf(' ') > 0) {
            Set<String> others = new java.util.HashSet<>(Arrays.asList(row[0]));
            others.remove(row[0][k]);
            pairs.put(row[0][k] + "\t" + cut[k], others);
          }
        }
      }
      pairs.forEach((p, others) -> support.computeIfAbsent(p, k -> new ArrayList<>()).add(others));
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] ma = rows.get(r)[0];
      String[] best = null;
      int bestScore = -1;
      boolean tie = false;
      for (String[] cut : cutsPerRow.get(r)) {
        int score = 0;
        boolean ok = true;
        boolean anchored = false;
        for (int k = 0; k < cut.length && ok; k++) {
          String pair = ma[k] + "\t" + cut[k];
          boolean phrase = cut[k].indexOf(' ') > 0;
          if (cut[k].equals(ma[k]) || known.contains(pair)) {
            score += 2;
            anchored |= phrase;
          } else if (phrase && recurs(support.get(pair))) {
            score += 1;
            anchored = true;
          } else {
            ok = !phrase;  // an unexplained single word is an ordinary word-for-word swap; a phrase must recur
          }
        }
        // the cut must rest on a phrase seen elsewhere; otherwise which word became the phrase is a guess
        if (!ok || !anchored) {
          continue;
        }
        if (score > bestScore) {
          best = cut;
          bestScore = score;
          tie = false;
        } else if (score == bestScore) {
          tie = true;
        }
      }
      if (best == null || tie) {
        continue;
      }
      for (int k = 0; k < best.length; k++) {
        if (!best[k].equals(ma[k])) {
          out.add(ma[k] + "\t" + best[k]);
        }
      }
    }
    return out;
  }

  /** Whether two of the contexts share no word: the piece stands for the word beside different terms. */
  private static boolean recurs(List<Set<String>> contexts) {
    for (int x = 0; contexts != null && x < contexts.size(); x++) {
      for (int y = x + 1; y < contexts.size(); y++) {
        if (java.util.Collections.disjoint(contexts.get(x), contexts.get(y))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every way to cut {@code words[from..]} into {@code parts} pieces of 1 to {@link #MAX_PHRASE} words. */
  private static void cuts(int parts, String[] words, int from, List<String> acc, List<String[]> out) {
    if (parts == 0) {
      if (from == words.length) {
        out.add(acc.toArray(new String[0]));
      }
      return;
    }
    for (int len = 1; len <= MAX_PHRASE && from + len <= words.length; len++) {
      acc.add(String.join(" ", Arrays.copyOfRange(words, from, from + len)));
      cuts(parts - 1, words, from + len, acc, out);
      acc.remove(acc.size() - 1);
    }
  }
}
