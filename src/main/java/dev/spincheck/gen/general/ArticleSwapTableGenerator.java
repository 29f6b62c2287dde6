package dev.spincheck.gen.general;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Generates {@code general-article-swaps.tsv.gz}, the table behind {@code SPIN_ARTICLE_SWAP}.
 *
 * <p>Model: the indefinite article is chosen for the word after it, and a spinner that swaps that word does not touch
 * the article. When the synonym starts with the other sound ("an essential" becomes "an vital", "a pilot" becomes
 * "a aviator"), the article no longer fits, and it still fits the word the writer chose. So the article is a
 * fingerprint of the original: the candidates are the common words O whose Moby entry lists the word W as written
 * (inflected like O) and whose article differs from W's. Rows: W, rank (the closest O in Moby first, then the most
 * frequent), O, the article O takes.
 *
 * <ul>
 *   <li>O is common (log10 P(O) &ge; {@link #MIN_ORIG_UNIGRAM} in the sphinx4 LM), has a reading that can follow an
 *       article ({@link #SLOT_TAGS}: singular noun, adjective, adverb, participle), and W shares that word class;</li>
 *   <li>the article of each word is LanguageTool's own decision ({@code AvsAnRule}, with its lists of exceptions such
 *       as "an hour", "a university"); words that take either ("historic") or neither (abbreviations) are left out;</li>
 *   <li>at most {@link #MAX_PER_WORD} originals per W.</li>
 * </ul>
 *
 * <p>Run: {@code scripts/regenerate-general-tables.sh} (see docs/general-english.md).
 */
public final class ArticleSwapTableGenerator {

  static final String TABLE = "general-article-swaps.tsv.gz";
  static final double MIN_ORIG_UNIGRAM = -5.0;
  static final int MAX_PER_WORD = 8;
  /** Readings that can stand right after "a"/"an". */
  static final Set<String> SLOT_TAGS = Set.of("NN", "NN:UN", "JJ", "JJR", "JJS", "RB", "VBG", "VBN");
  private static final Pattern PLAIN = Pattern.compile("[a-z]+");

  private ArticleSwapTableGenerator() {
  }

  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    Moby moby = Moby.load(sources.resolve("moby-1.1.2/package/words.txt"));
    BigramScorer lm = BigramScorer.sphinx();
    Language en = Languages.getLanguageForShortCode("en-US");
    Tagger tagger = en.getTagger();
    Synthesizer synth = en.getSynthesizer();
    Articles articles = new Articles();
    Map<String, List<String>> spunToOrig = new HashMap<>();
    for (String orig : new TreeSet<>(moby.headwords())) {
      if (!PLAIN.matcher(orig).matches() || CollocationTableGenerator.STOP.contains(orig) || !lm.knows(orig)
          || lm.unigram(orig) < MIN_ORIG_UNIGRAM) {
        continue;
      }
      Set<Character> origClasses = slotClasses(orig, tagger);
      String origArticle = articles.of(orig);
      if (origClasses.isEmpty() || origArticle == null) {
        continue;
      }
      for (String spun : CollocationTableGenerator.spins(orig, moby, tagger, synth)) {
        if (!PLAIN.matcher(spun).matches()) {
          continue;
        }
        String spunArticle = articles.of(spun);
        Set<Character> shared = slotClasses(spun, tagger);
        shared.retainAll(origClasses);
        if (spunArticle != null && !spunArticle.equals(origArticle) && !shared.isEmpty()) {
          spunToOrig.computeIfAbsent(spun, k -> new ArrayList<>()).add(orig);
        }
      }
    }
    TreeSet<String> rows = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : spunToOrig.entrySet()) {
      List<String> origs = e.getValue();
      // without the sentence: the closest synonym first (the most Moby synonyms in common), then the most frequent
      String spun = e.getKey();
      Map<String, Double> closeness = new HashMap<>();
      for (String o : origs) {
        closeness.put(o, closeness(moby, spun, o));
      }
      origs.sort((a, b) -> closeness.get(a).equals(closeness.get(b)) ? Double.compare(lm.unigram(b), lm.unigram(a))
          : Double.compare(closeness.get(b), closeness.get(a)));
      for (int i = 0; i < origs.size() && i < MAX_PER_WORD; i++) {
        // zero-padded: the loader reads the ranks in file order
        rows.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%02d", i) + "\t" + origs.get(i) + "\t"
            + articles.of(origs.get(i)) + "\tmoby+lm");
      }
    }
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(outDir.resolve(TABLE))),
        StandardCharsets.UTF_8)) {
      w.write("# Words whose indefinite article differs from that of common words they are a thesaurus synonym of:\n"
          + "# after the other article, the word is likely a spinner's swap of one of them (SPIN_ARTICLE_SWAP).\n"
          + "# Sources: Moby thesaurus (public domain), sphinx4 en-us LM (BSD-style); LanguageTool tagger, synthesizer\n"
          + "# and a/an lists (LGPL-2.1).\n"
          + "# Generated by dev.spincheck.gen.general.ArticleSwapTableGenerator (do not edit; see docs/general-english.md).\n"
          + "# generator-hash: " + GeneratorHash.current() + "\n"
          + "# Columns: word as written; rank (closest original in Moby first, then the most frequent); the original;\n"
          + "# the article the original"
          + " takes; source.\n");
      w.write("spun\trank\toriginal\tarticle\tsource\n");
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
    System.out.println("[spincheck] " + rows.size() + " article-swap rows for " + spunToOrig.size() + " words");
  }

  /**
   * How close two words are in Moby: the cosine of their synonym sets (0 when either is no headword, as inflected
   * forms are not). "exciting" is closer to "thrilling" than to "taking", which Moby also links it to.
   */
  static double closeness(Moby moby, String a, String b) {
    Set<String> sa = new HashSet<>(moby.of(a));
    List<String> sb = moby.of(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    long common = sb.stream().distinct().filter(sa::contains).count();
    return common / Math.sqrt((double) sa.size() * sb.size());
  }

  /** The coarse word classes (N, J, R, V) of the readings of {@code word} that can follow an article. */
  static Set<Character> slotClasses(String word, Tagger tagger) throws IOException {
    Set<Character> out = new HashSet<>();
    for (AnalyzedTokenReadings atr : tagger.tag(List.of(word))) {
      for (AnalyzedToken t : atr.getReadings()) {
        if (t.getPOSTag() != null && SLOT_TAGS.contains(t.getPOSTag())) {
          out.add(t.getPOSTag().charAt(0));
        }
      }
    }
    return out;
  }

  /**
   * LanguageTool's choice of article for a word: its {@code AvsAnRule} decides with lists of exceptions that the
   * first letter alone gets wrong. The method is package-private in LanguageTool, so the generator (never the pack)
   * reaches it by reflection.
   */
  static final class Articles {
    private final Method determiner;
    private final Map<String, String> cache = new HashMap<>();

    Articles() throws ReflectiveOperationException {
      determiner = Class.forName("org.languagetool.rules.en.AvsAnRule")
          .getDeclaredMethod("getCorrectDeterminerFor", AnalyzedTokenReadings.class);
      determiner.setAccessible(true);
    }

    /** "a" or "an", or null when either fits or LanguageTool does not know. */
    String of(String word) {
      return cache.computeIfAbsent(word, w -> {
        try {
          String d = String.valueOf(determiner.invoke(null,
              new AnalyzedTokenReadings(new AnalyzedToken(w, null, null), 0)));
          return switch (d) {
            case "A" -> "a";
            case "AN" -> "an";
            default -> "";
          };
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }).transform(s -> s.isEmpty() ? null : s.toLowerCase(Locale.ROOT));
    }
  }
}
