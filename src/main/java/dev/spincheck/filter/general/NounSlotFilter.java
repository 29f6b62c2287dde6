package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code SPIN_VERB_IN_NOUN_SLOT}: the XML rule finds a word that is only ever a verb where a noun must stand (after a
 * determiner or an adjective, before punctuation or a preposition: "the regional raze.", "at a survive in the
 * capital"); the filter keeps it when the word is a thesaurus synonym of common nouns
 * ({@link GeneralTables#nounSlotSwaps()}) and suggests them. A verb-only word that is nobody's synonym is a slip of
 * another kind and is left alone. A noun that forms one of the collocations of {@code general-collocations} with the
 * word before ("lowest level") or after goes first; the table's own order (closest in Moby) decides the rest.
 */
public class NounSlotFilter extends TokenFilter {

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    if (t + 1 >= tokens.length) {
      return null;
    }
    String word = tokens[t + 1].getToken();
    List<String> originals = GeneralTables.nounSlotSwaps().get(word.toLowerCase(Locale.ROOT));
    if (originals == null) {
      return null;
    }
    String before = tokens[t].getToken().toLowerCase(Locale.ROOT);
    String after = t + 2 < tokens.length ? tokens[t + 2].getToken().toLowerCase(Locale.ROOT) : "";
    String suggestions = suggestionList(collocatesFirst(originals, before, after), word);
    String message = "‘" + word + "’ is only ever a verb, but a noun must stand here: it looks like a thesaurus swap of "
        + suggestions + ".";
    return matchAt(match, tokens[t + 1].getStartPos(), tokens[t + 1].getEndPos(), message);
  }
}
