package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SPIN_NON_VERB_AFTER_PRONOUN}: the XML rule finds, right after a subject pronoun, after a speaker before a
 * clause ("officials aforesaid they would") or where a quotation's attribution needs its verb ("…," aforesaid Dr
 * Ito), or where a verb's base form must follow (after a modal, an infinitive's "to" or "do not": "the fund will
 * assistance farmers"), a word the tagger knows only as a noun or an adjective ("he
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
  /** A phrasal verb written as one word, its noun: cleanup, login, shutdown. */
  private static final Pattern PHRASAL_NOUN = Pattern.compile("(\\p{L}+?)(up|out|in|down|off|over|on|back|away)");
  private static final Set<String> SLOTS = Set.of("subject", "speaker", "attribution", "bare");
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "must", "shall",
      "should");

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    // slot:subject = the word follows the pattern's first token, a subject pronoun ("he aforesaid");
    // slot:speaker = the word follows a noun, the speaker, and only verbs of saying count ("officials aforesaid they");
    // slot:attribution = the pattern is a closing quote's punctuation, the quote, the word, the speaker
    // ("…," aforesaid Dr Ito), and only verbs of saying count;
    // slot:bare = the word is the pattern's marker after a modal, an infinitive's "to" or "do not" ("will assistance")
    String slot = arguments.getOrDefault("slot", "");
    if (!SLOTS.contains(slot)) {
      throw new IllegalArgumentException("spincheck: VerbSlotFilter needs slot:subject|speaker|attribution|bare, got "
          + slot);
    }
    boolean attribution = "attribution".equals(slot);
    boolean saying = attribution || "speaker".equals(slot);
    int w = t + (attribution ? 2 : 1);
    if ("bare".equals(slot)) {
      // the pattern may hold an adverb before the word ("will not assistance"): the word is the marker
      w = t;
      while (w < tokens.length && tokens[w].getStartPos() < match.getFromPos()) {
        w++;
      }
    }
    if (w >= tokens.length) {
      return null;
    }
    String word = tokens[w].getToken();
    List<String> originals = GeneralTables.verbSlotSwaps().get(word.toLowerCase(Locale.ROOT));
    if (originals != null && saying) {
      // the attribution's verb is a verb of saying: only those originals are evidence and suggestions
      originals = originals.stream().filter(SAYING::contains).toList();
    }
    if (originals != null && "bare".equals(slot) && (misspeltVerb(word.toLowerCase(Locale.ROOT))
        || tokens[w].hasPosTagStartingWith("JJ")
        && !GeneralTables.collocations().rareSynonyms().containsKey(word.toLowerCase(Locale.ROOT))
        || startsNounPhrase(tokens, w))) {
      // an adjective after a modal or "to" is a dropped "be" or slang as often as a swap ("no shrinkage would
      // necessary", "unable to due to", "trying to cheap it out"): only a rare one counts ("will aforesaid");
      // a word that starts a noun phrase is an inverted subject or a compound, not the verb
      return null;
    }
    if (originals != null && "bare".equals(slot)) {
      // after a modal or an infinitive's "to" only a verb's base form stands ("will assistance" for help)
      originals = originals.stream().filter(o -> !MODALS.contains(o) && baseVerb(o)).toList();
      // the table is ranked for the subject slot: here the verbs that collocate with the next word go first
      String next = w + 1 < tokens.length ? tokens[w + 1].getToken().toLowerCase(Locale.ROOT) : "";
      originals = collocatesFirst(originals, "", next);
    }
    if (originals == null || originals.isEmpty()) {
      return null;
    }
    if (!"bare".equals(slot) && w + 1 < tokens.length && beforeBareVerb(tokens[w + 1])) {
      // "we volition not stand", "they testament publish": a bare verb after the word wants a modal
      List<String> modals = originals.stream().filter(MODALS::contains).toList();
      originals = modals.isEmpty() ? originals : modals;
    }
    String where = "bare".equals(slot) ? "a verb's base form must follow ‘" + tokens[w - 1].getToken() + "’ here"
        : attribution ? "a verb must introduce the speaker after the quotation"
        : saying ? "a verb of saying must follow ‘" + tokens[t].getToken() + "’ here"
        : "a verb must follow ‘" + tokens[t].getToken() + "’ here";
    String message = "‘" + word + "’ is never a verb, but " + where + ": it looks like a thesaurus swap of "
        + suggestionList(originals, word) + ".";
    return matchAt(match, tokens[w].getStartPos(), tokens[w].getEndPos(), message);
  }

  /**
   * A verb misspelt, not swapped: the noun of a verb spelt with a final "e" ("tried to breath"), or a phrasal verb
   * written as its noun ("want to cleanup", "need to login").
   */
  private static boolean misspeltVerb(String word) {
    if (baseVerb(word + "e")) {
      return true;
    }
    Matcher m = PHRASAL_NOUN.matcher(word);
    return m.matches() && baseVerb(m.group(1));
  }

  private static boolean baseVerb(String word) {
    return anyReading(word, "VB"::equals);
  }

  /**
   * The word starts a noun phrase, not the verb the slot needs: a singular noun or a possessive follows it (after a
   * modal the subject of an inverted clause, "by no means can development expenditure be so high", "in no case should
   * employees' trading"; in every bare slot a compound), or a base verb follows within four words, not after "to"
   * ("what will life on earth look like").
   */
  private static boolean startsNounPhrase(AnalyzedTokenReadings[] tokens, int w) {
    if (w + 1 < tokens.length && (tokens[w + 1].hasPosTag("NN") || tokens[w + 1].hasPosTag("POS")
        || tokens[w + 1].getToken().matches("['’]s?"))) {
      return true;
    }
    for (int k = w + 1; k < tokens.length && k <= w + 4; k++) {
      if (tokens[k].hasPosTag("VB") && !tokens[k - 1].hasPosTag("TO") && !tokens[k - 1].getToken().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** "not" or a verb's base form (VB) follows. */
  private static boolean beforeBareVerb(AnalyzedTokenReadings next) {
    return next.getToken().equals("not") || next.hasPosTag("VB");
  }
}
