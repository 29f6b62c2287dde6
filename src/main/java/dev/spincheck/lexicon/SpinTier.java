package dev.spincheck.lexicon;

/**
 * Which tier a spun variant goes to, if any. Precision first. Measured on the tuning sets (hand-written phrases for
 * recall; LanguageTool's example sentences and the academic sentences for noise), arbitrary thesaurus synonyms
 * collide with ordinary phrases far too often ("small tail" reads as a spun "plain text"), so:
 * <ul>
 *   <li>default: every swapped word is one of the spinner's known choices ({@link LearnedSwaps}); a right-sense
 *       near-synonym among them (weak: spinner-swaps-denied.tsv) counts only beside a strong swap to an uncommon
 *       word; the term is named by a team list; and either two or more words are swapped, not all to everyday
 *       words (and, with an unpublished swap among them, one to an uncommon word), or the one swapped word is not a
 *       common one and, when no published phrase shows the swap, a rare one;</li>
 *   <li>picky: the same on a term only WordNet names that is a strong collocation in the language model; or a
 *       team-listed term whose swapped words are all known spinner choices or rare direct thesaurus synonyms (Moby
 *       forward or WordNet);</li>
 *   <li>otherwise nothing is reported.</li>
 * </ul>
 * Kept apart from the matcher, like the choice between readings ({@link #better}), so tuning them does not make the
 * generated tables stale.
 */
final class SpinTier {

  /** Established collocation: log10 P(w_i | w_i-1) ≥ −3.00 for every adjacent pair (stored × 100). */
  static final int ESTABLISHED_LM = -300;
  /** A synonym whose rarest word has at most this frequency class (en_US speller, 0–25) is an unusual choice. */
  static final int RARE_FREQ = 9;

  /** A weak swap counts only beside a strong swap to a word of at most this frequency class (12: not a common word). */
  static final int WEAK_COMPANION_FREQ = 12;

  /** A reading with an unpublished swap needs a swapped word of at most this frequency class (11: uncommon). */
  static final int UNPUBLISHED_COMPANION_FREQ = 11;

  /** Everyday words (frequency class ≥ 14: data, process, approach): a reading of only such swaps is no evidence. */
  static final int EVERYDAY_FREQ = 14;

  private SpinTier() {
  }

  /** Swapped words this common (frequency class ≥ 13: work, nature, capacity) are weak evidence on their own. */
  static final int COMMON_FREQ = 13;

  /** The tier, or null when the variant is not worth reporting. */
  static PhraseMatch.Tier of(short termLm, boolean team, SpinMatcher.Hit h) {
    boolean established = team || (termLm != SpinModel.NO_LM && termLm >= ESTABLISHED_LM);
    // one common word swapped in an otherwise intact term is often ordinary English ("field investigations")
    // one swap alone must be a published one, or a rare word: the team's unpublished swaps to ordinary words made
    // ordinary technical phrases ("consistent state", "client authentication") in a book nothing was tuned on
    boolean enough = h.swapped() >= 2
        || (h.maxSwapFreq() < COMMON_FREQ && (h.unpublished() == 0 || h.maxSwapFreq() <= RARE_FREQ));
    // a right-sense near-synonym (nuclear -> atomic) counts only beside a strong swap ("measurable examination")
    // and that strong swap is not to a common word ("hypothetical system" is ordinary English, "measurable
    // examination" is not)
    boolean strong = h.weak() == 0 || (h.swapped() > h.weak() && h.minStrongFreq() <= WEAK_COMPANION_FREQ);
    // several swaps all to everyday words make everyday technical phrases ("absolute differences" read as a spun
    // "total variances", "efficient approach" as "systematic approach" in scientific manuals nothing was tuned on);
    // no held-out dev catch needed such a reading
    boolean notAllEveryday = h.swapped() < 2 || h.minSwapFreq() < EVERYDAY_FREQ;
    // the team's and helpers' unpublished swaps (known choices of spinners, but no published phrase shows them) count
    // beside another swap only when the reading has an uncommon word: with the helpers' constructions of the
    // sixteenth session, readings of common words alone ("vital ideas" for key concepts, "loan purposes" for interest
    // points) came into clean text
    boolean unpublishedBacked = h.unpublished() == 0 || h.swapped() < 2 || h.minSwapFreq() <= UNPUBLISHED_COMPANION_FREQ;
    if (h.allLearned() && established && enough && strong && notAllEveryday && unpublishedBacked) {
      // WordNet's general multiword nouns ("church building", "Celtic language") are not what paper mills torture,
      // and their spun-looking variants are everyday English ("church edifice"): only a team-listed field term
      // is reported by default
      return team ? PhraseMatch.Tier.DEFAULT : PhraseMatch.Tier.PICKY;
    }
    if (team && h.allDirect() && h.maxUnlearnedFreq() <= RARE_FREQ) {
      return PhraseMatch.Tier.PICKY;
    }
    return null;
  }

  /**
   * When words read as several spun terms ("endurance rate": age group? survival rate?), the likeliest source is the
   * one made of the spinner's known swaps, then, over the same words, the one that kept fewer words a spinner would have
   * swapped ("hazard appraisal": a spinner that writes "hazard" for risk and "appraisal" for assessment made it from risk
   * assessment, not from hazard assessment, whose "hazard" it would have swapped too), then the one that kept more of
   * its own words, then the longer, then a team-listed term, then the stronger collocation. Here rather than in the
   * matcher, so that the order can be tuned without regenerating the tables.
   */
  static boolean better(SpinModel model, SpinMatcher.Hit a, SpinMatcher.Hit b) {
    if (a.allLearned() != b.allLearned()) {
      return a.allLearned();
    }
    if ((a.from() != b.from() || a.to() != b.to()) && a.swapped() != b.swapped()) {
      return a.swapped() > b.swapped();  // readings of different words: the one that explains more swapped words
    }
    if (a.from() == b.from() && a.to() == b.to() && a.keptSwappable() != b.keptSwappable()) {
      return a.keptSwappable() < b.keptSwappable();  // same words: which term did the spinner see?
    }
    int keptA = a.content() - a.swapped();
    int keptB = b.content() - b.swapped();
    if (keptA != keptB) {
      return keptA > keptB;
    }
    if (a.to() - a.from() != b.to() - b.from()) {
      return a.to() - a.from() > b.to() - b.from();
    }
    if (model.termTeam[a.term()] != model.termTeam[b.term()]) {
      return model.termTeam[a.term()];
    }
    return model.termLm[a.term()] > model.termLm[b.term()];
  }
}
