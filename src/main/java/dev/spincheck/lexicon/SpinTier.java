package dev.spincheck.lexicon;

/**
 * Which tier a spun variant goes to, if any. Precision first. Measured on the tuning sets (hand-written phrases for
 * recall; LanguageTool's example sentences and the academic sentences for noise), arbitrary thesaurus synonyms
 * collide with ordinary phrases far too often ("small tail" reads as a spun "plain text"), so:
 * <ul>
 *   <li>default: every swapped word is one of the spinner's known choices ({@link LearnedSwaps}) and the term is
 *       established (named by a team list, or a strong collocation in the language model);</li>
 *   <li>picky: a team-listed term whose swapped words are all direct thesaurus synonyms and include a rare word;</li>
 *   <li>otherwise nothing is reported.</li>
 * </ul>
 * Kept apart from the matcher so tuning it does not make the generated tables stale.
 */
final class SpinTier {

  /** Established collocation: log10 P(w_i | w_i-1) ≥ −3.00 for every adjacent pair (stored × 100). */
  static final int ESTABLISHED_LM = -300;
  /** A synonym whose rarest word has at most this frequency class (en_US speller, 0–25) is an unusual choice. */
  static final int RARE_FREQ = 9;

  private SpinTier() {
  }

  /** The tier, or null when the variant is not worth reporting. */
  static PhraseMatch.Tier of(short termLm, boolean team, SpinMatcher.Hit h) {
    boolean established = team || (termLm != SpinModel.NO_LM && termLm >= ESTABLISHED_LM);
    if (h.allLearned() && established) {
      return PhraseMatch.Tier.DEFAULT;
    }
    if (team && h.allDirect() && h.minSwapFreq() <= RARE_FREQ) {
      return PhraseMatch.Tier.PICKY;
    }
    return null;
  }
}
