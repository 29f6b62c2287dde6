package dev.spincheck.filter;

import dev.spincheck.lexicon.Lexicon;
import dev.spincheck.lexicon.PhraseMatch;
import dev.spincheck.lexicon.Word;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleFilter;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds tortured phrases from the pack's lexicon. The XML rule matches a single word; this filter looks up the
 * phrase that starts there (on words and lemmas, so plurals and verb forms match too), widens the match to the whole
 * phrase and suggests the established term in the text's case and number.
 *
 * <p>Args: {@code tier:default} or {@code tier:picky} selects which of the lexicon's matches this rule reports.
 *
 * <p>LanguageTool shares one filter instance across threads: this class keeps no state but a per-thread cache of the
 * last sentence's matches (the filter is called once per word of the same sentence).
 */
public class TorturedPhraseFilter extends RuleFilter {

  private static final Logger LOG = Logger.getLogger(TorturedPhraseFilter.class.getName());

  private record Cached(AnalyzedSentence sentence, List<Word> words, List<PhraseMatch> matches) {
  }

  private static final ThreadLocal<Cached> LAST = new ThreadLocal<>();

  @Override
  public RuleMatch acceptRuleMatch(RuleMatch match, Map<String, String> arguments, int patternTokenPos,
                                   AnalyzedTokenReadings[] patternTokens, List<Integer> tokenPositions) {
    try {
      PhraseMatch.Tier tier = "picky".equals(arguments.get("tier")) ? PhraseMatch.Tier.PICKY : PhraseMatch.Tier.DEFAULT;
      AnalyzedSentence sentence = match.getSentence();
      Cached c = LAST.get();
      if (c == null || c.sentence() != sentence) {
        List<Word> words = SentenceWords.of(sentence);
        c = new Cached(sentence, words, Lexicon.get().find(words, Inflection.SYNTHESIZER));
        LAST.set(c);
      }
      if (c.matches().isEmpty()) {
        return null;
      }
      int tokenStart = patternTokens[0].getStartPos();
      for (PhraseMatch m : c.matches()) {
        Word first = c.words().get(m.from());
        if (first.start() == tokenStart && m.tier() == tier) {
          int end = c.words().get(m.to() - 1).end();
          String message = "‘" + m.found() + "’ looks like a thesaurus swap of the established term "
              + "<suggestion>" + m.expected() + "</suggestion>.";
          RuleMatch rm = new RuleMatch(match.getRule(), sentence, first.start(), end, message, match.getShortMessage());
          rm.setType(match.getType());
          return rm;
        }
      }
      return null;
    } catch (RuntimeException | LinkageError e) {
      // never break the user's check: report nothing. LinkageError covers a lexicon that failed to load
      // (ExceptionInInitializerError the first time, NoClassDefFoundError after)
      LOG.log(Level.WARNING, "spincheck: tortured-phrase lookup failed", e);
      return null;
    }
  }
}
