package dev.spincheck.filter.general;

import dev.spincheck.lexicon.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bigram half of sphinx4's en-us 3-gram LM as the pack ships it ({@code general-lm-unigrams}, {@code
 * general-lm-bigrams}, written by {@code LmTableGenerator}), with the thesaurus links it is asked about ({@code
 * general-lm-swaps}). log10 P(b | a) is the listed bigram, else a's back-off weight plus log10 P(b), as in the LM
 * itself. About 1.9 M bigrams in two arrays (sorted keys, values in tenths), some 31 MB of heap in all, loaded on first use
 * only: the rule that asks is off by default. Immutable after loading.
 */
public final class BigramModel {

  public static final String UNIGRAMS = "general-lm-unigrams.tsv.gz";
  public static final String BIGRAMS = "general-lm-bigrams.tsv.gz";
  public static final String SWAPS = "general-lm-swaps.tsv.gz";
  /** The sentence marks of the LM's vocabulary. */
  public static final String START = "<s>";
  public static final String END = "</s>";

  private final Map<String, Integer> ids;
  private final float[] logp;
  private final float[] backoff;
  private final long[] keys;
  private final byte[] values;
  private final Map<String, String[]> swaps;
  /** The same originals as ids, resolved once at load time. */
  private final Map<String, int[]> swapIds;

  private BigramModel(Map<String, Integer> ids, float[] logp, float[] backoff, long[] keys, byte[] values,
                      Map<String, String[]> swaps) {
    this.ids = ids;
    this.logp = logp;
    this.backoff = backoff;
    this.keys = keys;
    this.values = values;
    this.swaps = swaps;
    Map<String, int[]> si = new HashMap<>(swaps.size() * 2);
    swaps.forEach((w, o) -> si.put(w, Arrays.stream(o).mapToInt(this::id).toArray()));
    this.swapIds = Map.copyOf(si);
  }

  /** The words {@code word} (lower case, as written) can stand for, most frequent first; null when none. */
  public String[] originals(String word) {
    return swaps.get(word);
  }

  /** The ids ({@link #id}) of {@link #originals}, in the same order; null when none. */
  public int[] originalIds(String word) {
    return swapIds.get(word);
  }

  /** Whether the LM knows the word (lower case). */
  public boolean knows(String word) {
    return word != null && ids.containsKey(word);
  }

  /** log10 P(word), or null when unknown. */
  public Double unigram(String word) {
    Integer i = word == null ? null : ids.get(word);
    return i == null ? null : (double) logp[i];
  }

  /**
   * log10 P(b | a). {@code a} unknown (a name, a number, punctuation): P(b) a tenth down, as a history the model
   * lacks; {@code b} unknown: a constant, so that it cancels between a word and its synonym.
   */
  public double bigram(String a, String b) {
    return bigram(id(a), id(b));
  }

  /** The word's id in the model, or -1 when unknown (or null): look a context word up once, then use its id. */
  public int id(String word) {
    Integer i = word == null ? null : ids.get(word);
    return i == null ? -1 : i;
  }

  /** {@link #bigram(String, String)} by ids ({@link #id}), for callers that score many words in one context. */
  public double bigram(int a, int b) {
    if (b < 0) {
      return -7;
    }
    if (a < 0) {
      return logp[b] - 1;
    }
    int k = Arrays.binarySearch(keys, key(a, b));
    return k >= 0 ? values[k] / -10.0 : backoff[a] + logp[b];
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  /** Loads the three tables from the jar; a malformed row throws, naming the table and line. */
  static BigramModel load() {
    try {
      Map<String, Integer> ids = new HashMap<>(100_000);
      float[][] uni = {new float[80_000], new float[80_000]};
      read(UNIGRAMS, List.of("word", "logp", "backoff", "source"), r -> {
        int i = ids.size();
        if (i == uni[0].length) {
          uni[0] = Arrays.copyOf(uni[0], i * 2);
          uni[1] = Arrays.copyOf(uni[1], i * 2);
        }
        ids.put(r.get(0), i);
        uni[0][i] = number(UNIGRAMS, r, 1);
        uni[1][i] = number(UNIGRAMS, r, 2);
      });
      long[][] k = {new long[2_000_000]};
      byte[][] v = {new byte[2_000_000]};
      int[] n = {0};
      read(BIGRAMS, List.of("first", "second", "logp", "source"), r -> {
        Integer a = ids.get(r.get(0));
        Integer b = ids.get(r.get(1));
        float p = number(BIGRAMS, r, 2);
        if (a == null || b == null || p > 0 || p < -12.7) {
          throw new Tsv.TableException(BIGRAMS + ":" + r.line() + ": words unknown to " + UNIGRAMS
              + " or log-probability out of range [-12.7, 0]");
        }
        if (n[0] == k[0].length) {
          k[0] = Arrays.copyOf(k[0], n[0] * 2);
          v[0] = Arrays.copyOf(v[0], n[0] * 2);
        }
        // ids follow the unigram table's order, which sorts as the bigram table does: keys arrive sorted, and
        // the lookup's binary search needs them so
        long key = key(a, b);
        if (n[0] > 0 && key <= k[0][n[0] - 1]) {
          throw new Tsv.TableException(BIGRAMS + ":" + r.line() + ": rows must be sorted and unique, as the"
              + " generator writes them");
        }
        // tenths of log10, negated, in a byte (0 .. 127); the table has one decimal
        k[0][n[0]] = key;
        v[0][n[0]] = (byte) Math.round(-p * 10);
        n[0]++;
      });
      long[] keys = Arrays.copyOf(k[0], n[0]);
      byte[] values = Arrays.copyOf(v[0], n[0]);
      Map<String, String[]> swaps = new HashMap<>(50_000);
      // the same few thousand common words recur in most rows: one String each (saves some 30 MB of heap)
      Map<String, String> canonical = new HashMap<>(50_000);
      read(SWAPS, List.of("spun", "originals", "source"), r -> {
        String[] originals = r.get(1).split(" ");
        for (int i = 0; i < originals.length; i++) {
          originals[i] = canonical.computeIfAbsent(originals[i], x -> x);
        }
        swaps.put(r.get(0), originals);
      });
      return new BigramModel(Map.copyOf(ids), Arrays.copyOf(uni[0], ids.size()), Arrays.copyOf(uni[1], ids.size()),
          keys, values, Map.copyOf(swaps));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(String name, List<String> columns, java.util.function.Consumer<Tsv.Row> row)
      throws IOException {
    try (InputStream in = BigramModel.class.getResourceAsStream(GeneralTables.DATA + name)) {
      if (in == null) {
        throw new IllegalStateException("missing table " + GeneralTables.DATA + name);
      }
      Tsv.forEachRow(name, in, columns, row);
    }
  }

  private static float number(String table, Tsv.Row r, int column) {
    try {
      return Float.parseFloat(r.get(column));
    } catch (NumberFormatException e) {
      throw new Tsv.TableException(table + ":" + r.line() + ": not a number: '" + r.get(column) + "'");
    }
  }
}
