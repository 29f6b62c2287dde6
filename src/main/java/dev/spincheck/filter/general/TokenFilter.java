package dev.spincheck.filter.general;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleFilter;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the general-English filters share: their XML rule matches one word, the filter decides from the token there
 * and returns a match of its own span and message, or null. A lookup that fails is logged and dropped, never thrown
 * into LanguageTool.
 */
abstract class TokenFilter extends RuleFilter {

  private static final Logger LOG = Logger.getLogger(TokenFilter.class.getName());

  @Override
  public final RuleMatch acceptRuleMatch(RuleMatch match, Map<String, String> arguments, int patternTokenPos,
                                         AnalyzedTokenReadings[] patternTokens, List<Integer> tokenPositions) {
    try {
      AnalyzedTokenReadings[] tokens = match.getSentence().getTokensWithoutWhitespace();
      if (patternTokenPos <= 0 || patternTokenPos >= tokens.length) {
        return null;
      }
      return accept(match, arguments, tokens, patternTokenPos);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "spincheck: " + getClass().getSimpleName() + " lookup failed", e);
      return null;
    }
  }

  /** The match for the word at token {@code t} (never the sentence start), or null. */
  abstract RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t);

  /**
   * The candidates that form one of the listed collocations ({@code general-collocations}) with the word before or
   * after the spun word go first ("lowest level", "vital resource"), the rest after them, each group in its own
   * order: a table ranked without context learns the context here.
   */
  static List<String> collocatesFirst(List<String> candidates, String before, String after) {
    java.util.Set<String> collocations = GeneralTables.collocations().collocations();
    List<String> first = new java.util.ArrayList<>();
    List<String> rest = new java.util.ArrayList<>();
    for (String c : candidates) {
      boolean collocates = collocations.contains(before + "\tbefore\t" + c)
          || collocations.contains(after + "\tafter\t" + c);
      (collocates ? first : rest).add(c);
    }
    first.addAll(rest);
    return first;
  }

  /** Up to three words in the case of {@code model}, as message markup: "‘a’, ‘b’" with suggestion tags. */
  static String suggestionList(List<String> words, String model) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < Math.min(3, words.size()); k++) {
      out.append(k > 0 ? ", " : "").append("<suggestion>").append(GeneralTables.matchCase(words.get(k), model))
          .append("</suggestion>");
    }
    return out.toString();
  }

  /** A match of the rule over characters [from, to) of the sentence, with the rule's short message and type. */
  static RuleMatch matchAt(RuleMatch match, int from, int to, String message) {
    RuleMatch rm = new RuleMatch(match.getRule(), match.getSentence(), from, to, message, match.getShortMessage());
    rm.setType(match.getType());
    return rm;
  }

  /**
   * LanguageTool's English tagger, out of context, has a reading of the word whose tag passes the test. For words the
   * sentence does not hold (a suggestion, a spelling variant); false when the dictionary cannot be read.
   */
  static boolean anyReading(String word, Predicate<String> tag) {
    try {
      for (AnalyzedToken r : Languages.getLanguageForShortCode("en").getTagger().tag(List.of(word)).get(0)) {
        if (r.getPOSTag() != null && tag.test(r.getPOSTag())) {
          return true;
        }
      }
    } catch (java.io.IOException e) {
      return false;
    }
    return false;
  }
}
