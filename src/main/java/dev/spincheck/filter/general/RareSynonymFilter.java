package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screening evidence, not a verdict: a word so rare that edited news has about one such word per 1,000 words (42 in
 * 40,305 words of 20 Brown press texts) while thesaurus-spun text is full of them (23 per 1,000 words in the team's randomly spun articles),
 * because it is a Moby synonym of a common word ({@link GeneralTables.Collocations#rareSynonyms()}). One such word
 * proves nothing, so the rule is off by default; {@code scan} turns it on, where the density per document ranks
 * spun documents above clean ones. Suggests the (up to three) most frequent common words it can stand for. Stateless.
 */
public class RareSynonymFilter extends TokenFilter {

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    String word = tokens[t].getToken();
    List<GeneralTables.Rare> originals = GeneralTables.collocations().rareSynonyms().get(word.toLowerCase(Locale.ROOT));
    if (originals == null || originals.isEmpty()) {
      return null;
    }
    // the commonest words it can stand for, most frequent first: without context the rule cannot tell which
    List<String> words = new java.util.ArrayList<>(originals.size());
    originals.forEach(o -> words.add(o.original()));
    String suggestions = suggestionList(words, word);
    String message = "‘" + word + "’ is a rare word and a thesaurus synonym of " + suggestions
        + "; many such words together suggest spun text.";
    return matchAt(match, tokens[t].getStartPos(), tokens[t].getEndPos(), message);
  }
}
