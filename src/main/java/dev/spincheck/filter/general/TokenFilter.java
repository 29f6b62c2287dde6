package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleFilter;

import java.util.List;
import java.util.Map;
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

  /** A match of the rule over characters [from, to) of the sentence, with the rule's short message and type. */
  static RuleMatch matchAt(RuleMatch match, int from, int to, String message) {
    RuleMatch rm = new RuleMatch(match.getRule(), match.getSentence(), from, to, message, match.getShortMessage());
    rm.setType(match.getType());
    return rm;
  }
}
