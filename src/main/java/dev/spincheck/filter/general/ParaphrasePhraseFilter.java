package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stock phrases of web spinners and paraphrasers ({@code paraphraser-phrases.tsv}: "on the off chance that" for if,
 * "a considerable lot of" for many of). The XML rule matches a word that starts a listed phrase; this filter compares
 * the words that follow, widens the match to the whole phrase and suggests the phrase the tool replaced, in the text's
 * case. The longest listed phrase at a word decides, so a picky row never reports the start of a default one.
 *
 * <p>Args: {@code tier:default} or {@code tier:picky}, the rows of that level.
 */
public class ParaphrasePhraseFilter extends TokenFilter {

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    List<GeneralTables.Paraphrase> rows = GeneralTables.paraphrases().get(tokens[t].getToken().toLowerCase(Locale.ROOT));
    if (rows == null) {
      return null;
    }
    boolean picky = "picky".equals(arguments.get("tier"));
    for (GeneralTables.Paraphrase p : rows) {
      String[] words = p.words();
      if (t + words.length > tokens.length || !follows(tokens, t, words)) {
        continue;
      }
      if (p.picky() != picky) {
        return null;
      }
      int from = tokens[t].getStartPos();
      int to = tokens[t + words.length - 1].getEndPos();
      String found = match.getSentence().getText().substring(from, to);
      String suggestion = GeneralTables.matchCase(p.original(), found);
      String message = "‘" + found + "’ " + (picky ? "may be" : "looks like") + " a spinner's stock paraphrase of "
          + "<suggestion>" + suggestion + "</suggestion>.";
      RuleMatch rm = new RuleMatch(match.getRule(), match.getSentence(), from, to, message, match.getShortMessage());
      rm.setType(match.getType());
      return rm;
    }
    return null;
  }

  private static boolean follows(AnalyzedTokenReadings[] tokens, int t, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!tokens[t + k].getToken().equalsIgnoreCase(words[k])) {
        return false;
      }
    }
    return true;
  }
}
