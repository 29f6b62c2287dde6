package dev.spincheck.gen;

import edu.cmu.sphinx.linguist.language.ngram.trie.BinaryLoader;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrie;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieModel;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieQuant;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The sphinx4 en-us 3-gram model (BSD-style licence), read for its unigrams, bigrams and trigrams: which word
 * sequences are attested (ordinary English) and how strongly a term's words belong together.
 *
 * <p>sphinx4's query API backs off silently, so it cannot say whether a bigram exists, and it cannot enumerate
 * n-grams. This class therefore walks the KenLM-style trie that sphinx4 loads. The trie stores contexts reversed:
 * the bigram "a b" is an entry {@code a} under unigram {@code b}. The trie's set layout is package-private in sphinx4,
 * hence the reflection.
 */
final class LanguageModel {

  static final String RESOURCE = "/edu/cmu/sphinx/models/en-us/en-us.lm.bin";

  final String[] words;
  final Map<String, Integer> ids = new HashMap<>();
  final float[] unigramLog10;
  private final int[] uniNext;
  private final byte[] mem;
  private final int memPtr;
  private final int wordBits;
  private final int wordMask;
  private final int totalBits;
  private final int nextMask;
  private final int quantBits;
  private final int triMemPtr;
  private final int triTotalBits;
  private final NgramTrieQuant quant;
  private final Object bitArr;

  LanguageModel() throws Exception {
    Path tmp = Files.createTempFile("spincheck-lm", ".bin");
    try (InputStream in = LanguageModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " not on the classpath (net.sf.phat:sphinx4-data)");
      }
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      BinaryLoader loader = new BinaryLoader(tmp.toFile());
      loader.verifyHeader();
      int[] counts = loader.readCounts();
      quant = loader.readQuant(counts.length);
      NgramTrieModel.TrieUnigram[] unigrams = loader.readUnigrams(counts[0]);
      NgramTrie trie = new NgramTrie(counts, quant.getProbBoSize(), quant.getProbSize());
      loader.readTrieByteArr(trie.getMem());
      words = loader.readWords(counts[0]);
      loader.close();
      mem = trie.getMem();
      Object[] middles = (Object[]) get(trie, "middles");
      Object bigrams = middles[0];
      Object longest = get(trie, "longest");
      bitArr = get(trie, "bitArr");
      memPtr = (Integer) get(bigrams, "memPtr");
      wordBits = (Integer) get(bigrams, "wordBits");
      wordMask = (Integer) get(bigrams, "wordMask");
      totalBits = (Integer) get(bigrams, "totalBits");
      nextMask = (Integer) get(bigrams, "nextMask");
      quantBits = quant.getProbBoSize();
      triMemPtr = (Integer) get(longest, "memPtr");
      triTotalBits = (Integer) get(longest, "totalBits");
      int n = counts[0];
      unigramLog10 = new float[n];
      uniNext = new int[n + 1];
      for (int i = 0; i < n; i++) {
        ids.putIfAbsent(words[i].toLowerCase(Locale.ROOT), i);
        unigramLog10[i] = toLog10(unigrams[i].prob);
        uniNext[i] = unigrams[i].next;
      }
      uniNext[n] = unigrams.length > n ? unigrams[n].next : counts[1];
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static Object get(Object o, String field) throws ReflectiveOperationException {
    Class<?> c = o.getClass();
    while (c != null) {
      try {
        Field f = c.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException e) {
        c = c.getSuperclass();
      }
    }
    throw new NoSuchFieldException(field);
  }

  private int readInt(int ptr, int bitOffset, int mask) {
    int idx = ptr + (bitOffset >> 3);
    int value = mem[idx] & 0xFF;
    value |= (mem[idx + 1] << 8) & 0xFFFF;
    value |= (mem[idx + 2] << 16) & 0xFFFFFF;
    value |= mem[idx + 3] << 24;
    value >>>= bitOffset & 7;
    return value & mask;
  }

  int id(String w) {
    Integer i = ids.get(w.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  /** log10 P(b | a) if the bigram "a b" is in the model, else NaN. */
  float bigram(String a, String b) {
    int x = id(a);
    int y = id(b);
    if (x < 0 || y < 0) {
      return Float.NaN;
    }
    for (int k = uniNext[y]; k < uniNext[y + 1]; k++) {
      if (readInt(memPtr, k * totalBits, wordMask) == x) {
        return prob(k);
      }
    }
    return Float.NaN;
  }

  /** sphinx4 keeps scores in its LogMath base (1.0001); the tables and thresholds use log10. */
  private static float toLog10(float logMathValue) {
    return (float) (edu.cmu.sphinx.util.LogMath.getLogMath().logToLn(logMathValue) / Math.log(10));
  }

  private float prob(int k) {
    return toLog10(quant.readProb((edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieBitarr) bitArr, memPtr,
        k * totalBits + wordBits, 0));
  }

  /** Every bigram "a b" in the model. */
  void forEachBigram(BiConsumer<String, String> out) {
    for (int b = 0; b < words.length; b++) {
      for (int k = uniNext[b]; k < uniNext[b + 1]; k++) {
        out.accept(words[readInt(memPtr, k * totalBits, wordMask)], words[b]);
      }
    }
  }

  /** Every trigram "a b c" in the model, as a space-separated string. */
  void forEachTrigram(java.util.function.Consumer<String> out) {
    for (int c = 0; c < words.length; c++) {
      for (int k = uniNext[c]; k < uniNext[c + 1]; k++) {
        int b = readInt(memPtr, k * totalBits, wordMask);
        int off = k * totalBits + wordBits + quantBits;
        int from = readInt(memPtr, off, nextMask);
        int to = readInt(memPtr, off + totalBits, nextMask);
        for (int t = from; t < to; t++) {
          int a = readInt(triMemPtr, t * triTotalBits, wordMask);
          out.accept(words[a] + " " + words[b] + " " + words[c]);
        }
      }
    }
  }

  public static void main(String[] args) throws Exception {
    long t = System.nanoTime();
    LanguageModel lm = new LanguageModel();
    System.out.printf("words %d in %d ms%n", lm.words.length, (System.nanoTime() - t) / 1_000_000);
    String[][] pairs = {{"artificial", "intelligence"}, {"counterfeit", "consciousness"}, {"deep", "learning"},
        {"profound", "learning"}, {"neural", "network"}, {"neural", "organization"}, {"random", "forest"},
        {"irregular", "woodland"}, {"breast", "cancer"}, {"big", "data"}, {"the", "of"}, {"of", "the"}};
    for (String[] p : pairs) {
      System.out.println(p[0] + " " + p[1] + " " + lm.bigram(p[0], p[1]) + " uni " + lm.unigramLog10[Math.max(0, lm.id(p[1]))]);
    }
    int[] n = new int[2];
    lm.forEachBigram((a, b) -> { if (n[0]++ % 400000 == 0) System.out.println("bi " + a + " " + b); });
    lm.forEachTrigram(s -> { if (n[1]++ % 400000 == 0) System.out.println("tri " + s); });
    System.out.println("bigrams " + n[0] + " trigrams " + n[1] + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
  }
}
