package dev.spincheck.lexicon;

/**
 * Which tier a spun variant goes to. Precision first: the default tier needs an established term (a strong collocation
 * in the language model) and strong signs of spinning (every content word swapped, or a swapped word that is rare in
 * English); everything else is picky. Kept apart from the matcher so tuning it does not make the generated tables stale.
 */
final class SpinTier {

  /** Established collocation: log10 P(w_i | w_i-1) ≥ −3.00 for every adjacent pair (stored × 100). */
  static final int ESTABLISHED_LM = -300;
  /** A synonym whose rarest word has at most this frequency class (en_US speller, 0–25) is an unusual choice. */
  static final int RARE_FREQ = 9;

  private SpinTier() {
  }

  static PhraseMatch.Tier of(short termLm, boolean team, SpinMatcher.Hit h) {
    boolean established = team || (termLm != SpinModel.NO_LM && termLm >= ESTABLISHED_LM);
    boolean strong = h.swapped() == h.content() || h.minSwapFreq() <= RARE_FREQ;
    return established && strong ? PhraseMatch.Tier.DEFAULT : PhraseMatch.Tier.PICKY;
  }
}
