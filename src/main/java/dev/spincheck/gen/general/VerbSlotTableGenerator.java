package dev.spincheck.gen.general;

import static dev.spincheck.gen.general.CollocationTableGenerator.write;

import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates {@code general-verb-slot-swaps.tsv.gz}, the table behind {@code SPIN_NON_VERB_AFTER_PRONOUN}.
 *
 * <p>Model: a spinner looks a word up as written, so a verb form that is also another part of speech (said, fell,
 * left, can) gets the synonyms of its other senses too ("said" → aforesaid, "fell" → cruel, "can" → tin). After a
 * subject pronoun a verb must follow ("he said"), and the swap leaves a word that can only be a noun or an adjective
 * ("he aforesaid"). The table lists, for each word that LanguageTool's tagger knows only as a noun or an adjective,
 * the common verb forms (finite or modal, log10 P &ge; {@link NounSlotTableGenerator#MIN_ORIG_UNIGRAM} in the
 * sphinx4 LM) whose Moby entry lists it and that clean text writes after a subject pronoun (at least
 * {@link #MIN_ORIG_AFTER_SUBJECT} times), those the word's own Moby entry lists first, then the most frequent there. A word that clean text itself writes right
 * after a subject pronoun is left out ("we farmers"): seen there at least {@link #ATTESTED} time. Clean text: the
 * prose of Debian's manuals and the generation half of Brown.
 *
 * <p>Run: {@code scripts/regenerate-general-tables.sh} (see docs/general-english.md).
 */
public final class VerbSlotTableGenerator {

  static final String TABLE = "general-verb-slot-swaps.tsv.gz";
  static final int MAX_PER_WORD = 6;
  static final int ATTESTED = 1;
  /** A verb form suggested must follow a subject pronoun this often in the clean text (he said, they fell). */
  static final int MIN_ORIG_AFTER_SUBJECT = 3;
  /** Pronouns that are only ever subjects: a finite verb or an adverb follows them. */
  static final Set<String> SUBJECTS = Set.of("he", "she", "they", "we", "i");
  /** Finite verb forms and modals: what a subject pronoun takes. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private VerbSlotTableGenerator() {
  }

  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    Moby moby = Moby.load(sources.resolve("moby-1.1.2/package/words.txt"));
    BigramScorer lm = BigramScorer.sphinx();
    Tagger tagger = Languages.getLanguageForShortCode("en-US").getTagger();
    Map<String, List<String>> spunToOrig = NounSlotTableGenerator.slotSwaps(moby, lm,
        orig -> NounSlotTableGenerator.anyReading(orig, tagger, FINITE::contains),
        spun -> onlyNounOrAdjective(spun, tagger));
    Set<String> counted = new HashSet<>(spunToOrig.keySet());
    spunToOrig.values().forEach(counted::addAll);
    Map<String, Integer> afterSubject = NounSlotTableGenerator.attestedAfter(sources, counted, SUBJECTS);
    spunToOrig.keySet().removeIf(w -> afterSubject.getOrDefault(w, 0) >= ATTESTED);
    TreeSet<String> rows = new TreeSet<>();
    int words = 0;
    for (Map.Entry<String, List<String>> e : spunToOrig.entrySet()) {
      String spun = e.getKey();
      // the verb forms clean text writes after a subject pronoun, the most frequent there first: "fell" may be an
      // adjective's synonym of "cruel", but "bloody" and "grave" are not verbs a writer puts after "he"
      List<String> origs = new ArrayList<>(e.getValue().stream()
          // distinct: a verb form can reach the same word through two Moby entries of the same spelling
          .filter(o -> afterSubject.getOrDefault(o, 0) >= MIN_ORIG_AFTER_SUBJECT).distinct().toList());
      // a verb that the word's own Moby entry lists too (a two-way synonym: assistance - help) before one that only
      // lists the word ("start" reaches "assistance" through its sense "a start in life")
      Set<String> back = new HashSet<>(moby.of(spun));
      origs.sort(Comparator.comparing((String o) -> back.contains(o) ? 0 : 1)
          .thenComparing(o -> -afterSubject.get(o)).thenComparing(o -> o));
      words += origs.isEmpty() ? 0 : 1;
      for (int i = 0; i < origs.size() && i < MAX_PER_WORD; i++) {
        // zero-padded: the loader reads the ranks in file order
        rows.add(spun + "\t" + String.format(Locale.ROOT, "%02d", i) + "\t" + origs.get(i) + "\tmoby+lm+corpus");
      }
    }
    write(outDir.resolve(TABLE), "# Words that are only ever nouns or adjectives, and the common verb forms they are a"
        + " thesaurus synonym of:\n# right after a subject pronoun they are likely a spinner's swap of one of them"
        + " (SPIN_NON_VERB_AFTER_PRONOUN).\n"
        + "# Sources: Moby thesaurus (public domain), sphinx4 en-us LM (BSD-style); LanguageTool tagger (LGPL-2.1);\n"
        + "# counts after subject pronouns in Debian's manuals and Brown's generation half.\n"
        + "# Generated by dev.spincheck.gen.general.VerbSlotTableGenerator (do not edit; see docs/general-english.md).\n"
        + "# generator-hash: " + GeneratorHash.current() + "\n"
        + "# Columns: word as written; rank (commonest after a subject pronoun first); the verb form it can stand for; source.\n",
        "spun\trank\toriginal\tsource", rows);
    System.out.println("[spincheck] " + rows.size() + " verb-slot rows for " + words + " words");
  }

  /** Every reading of the word is a noun or an adjective (NN*, JJ*): it cannot follow a subject pronoun. */
  static boolean onlyNounOrAdjective(String word, Tagger tagger) {
    return NounSlotTableGenerator.everyReading(word, tagger, tag -> tag.startsWith("NN") || tag.startsWith("JJ"));
  }
}
