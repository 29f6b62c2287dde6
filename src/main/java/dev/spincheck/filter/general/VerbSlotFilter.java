package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code SPIN_NON_VERB_AFTER_PRONOUN}: the XML rule finds, right after a subject pronoun, after a speaker before a
 * clause ("officials aforesaid they would") or where a quotation's attribution needs its verb ("…," aforesaid Dr
 * Ito), a word the tagger knows only as a noun or an adjective ("he
 * aforesaid", "we testament"); the filter keeps it when the word is a thesaurus
 * synonym of verb forms that clean text writes after such a pronoun ({@link GeneralTables#verbSlotSwaps()}) and
 * suggests them, the commonest there first. A spinner that looks up "said" as written takes the synonyms of its
 * adjective sense too. Stateless.
 */
public class VerbSlotFilter extends TokenFilter {

  /**
   * Verbs that introduce a quotation's speaker. Not "noted", "stated" or "declared": their adjective senses bring
   * common adjectives that follow a noun in clean text ("a web interface accessible at", "having prominent brows").
   * Not the base forms "say", "tell", "add", "ask": their synonyms are nouns ("authority", "moment" for say), which
   * after a noun make compounds.
   */
  private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "asks",
      "replied", "warned");
  private static final Set<String> SLOTS = Set.of("subject", "speaker", "attribution");
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "must", "shall",
      "should");

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    // slot:subject = the word follows the pattern's first token, a subject pronoun ("he aforesaid");
    // slot:speaker = the word follows a noun, the speaker, and only verbs of saying count ("officials aforesaid they");
    // slot:attribution = the pattern is a closing quote's punctuation, the quote, the word, the speaker
    // ("…," aforesaid Dr Ito), and only verbs of saying count
    String slot = arguments.getOrDefault("slot", "");
    if (!SLOTS.contains(slot)) {
      throw new IllegalArgumentException("spincheck: VerbSlotFilter needs slot:subject|speaker|attribution, got " + slot);
    }
    boolean attribution = "attribution".equals(slot);
    boolean saying = attribution || "speaker".equals(slot);
    int w = t + (attribution ? 2 : 1);
    if (w >= tokens.length) {
      return null;
    }
    String word = tokens[w].getToken();
    List<String> originals = GeneralTables.verbSlotSwaps().get(word.toLowerCase(Locale.ROOT));
    if (originals != null && saying) {
      // the attribution's verb is a verb of saying: only those originals are evidence and suggestions
      originals = originals.stream().filter(SAYING::contains).toList();
    }
    if (originals == null || originals.isEmpty()) {
      return null;
    }
    if (w + 1 < tokens.length && beforeBareVerb(tokens[w + 1])) {
      // "we volition not stand", "they testament publish": a bare verb after the word wants a modal
      List<String> modals = originals.stream().filter(MODALS::contains).toList();
      originals = modals.isEmpty() ? originals : modals;
    }
    String where = attribution ? "a verb must introduce the speaker after the quotation"
        : saying ? "a verb of saying must follow ‘" + tokens[t].getToken() + "’ here"
        : "a verb must follow ‘" + tokens[t].getToken() + "’ here";
    String message = "‘" + word + "’ is never a verb, but " + where + ": it looks like a thesaurus swap of "
        + suggestionList(originals, word) + ".";
    return matchAt(match, tokens[w].getStartPos(), tokens[w].getEndPos(), message);
  }

  /** "not" or a verb's base form (VB) follows. */
  private static boolean beforeBareVerb(AnalyzedTokenReadings next) {
    return next.getToken().equals("not") || next.hasPosTag("VB");
  }
}
