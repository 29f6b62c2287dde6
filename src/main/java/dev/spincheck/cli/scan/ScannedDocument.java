package dev.spincheck.cli.scan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document that was read and checked.
 *
 * @param path the path as reported (the operand, or the operand joined with the path found below it)
 * @param format the reader used: txt, md, html, pdf or docx
 * @param text the checked text, which the offsets of the findings refer to; kept only for documents with findings
 *     (the HTML report shows those), so that a scan of thousands of clean documents does not hold all their text
 * @param findings sorted by offset
 * @param per1000Words matches per 1,000 words, rounded to two decimals (all matches; the risk discounts screening
 *     matches up to a clean text's rate, see {@link #evidence})
 */
public record ScannedDocument(String path, String format, String text, int words, List<Finding> findings,
    double per1000Words, Risk risk) {

  /** Category of the screening-only rules (SPIN_RARE_SYNONYM): evidence by density, not one by one. */
  static final String SCREENING = "SPIN_GENERAL_SCREENING";

  /**
   * Screening matches per 1,000 words that clean edited news has anyway (Brown's press section: about 1 per 1,000
   * words, 42 in 40,305; 3 leaves room for a wordy writer). Only the excess counts towards the risk.
   */
  static final double SCREENING_ALLOWANCE_PER_1000 = 3.0;

  /** The screening rule scored by the language model, which has an allowance of its own. */
  static final String UNLIKELY_WORD = "SPIN_UNLIKELY_WORD";

  /**
   * {@link #UNLIKELY_WORD} matches per 1,000 words that clean edited news has anyway: 16 to 34 in the 20 Brown press
   * texts of scripts/scan-clean-press.sh (apt rare words the LM has seldom seen). Spun news has several times more,
   * so the rule ranks documents through {@code per_1000_words}, but only a rate beyond any clean text's adds to the
   * risk.
   */
  static final double UNLIKELY_WORD_ALLOWANCE_PER_1000 = 35.0;

  public static ScannedDocument of(String path, String format, String text, List<Finding> findings) {
    int words = Words.count(text);
    double rate = words == 0 ? 0 : Math.round(findings.size() * 100_000.0 / words) / 100.0;
    int evidence = evidence(findings, words);
    double evidenceRate = words == 0 ? 0 : Math.round(evidence * 100_000.0 / words) / 100.0;
    return new ScannedDocument(path, format, findings.isEmpty() ? "" : text, words, List.copyOf(findings), rate,
        Risk.of(evidence, evidenceRate));
  }

  /**
   * The matches that count towards the risk: every match of a rule that decides on its own, plus the screening
   * matches beyond what a clean text of this length has anyway. The rate (per_1000_words) still counts every match,
   * so ranking uses all the evidence while a clean article with a few rare words does not read as risky.
   */
  static int evidence(List<Finding> findings, int words) {
    int screening = 0;
    int unlikely = 0;
    for (Finding f : findings) {
      if (UNLIKELY_WORD.equals(f.rule())) {
        unlikely++;
      } else if (SCREENING.equals(f.category())) {
        screening++;
      }
    }
    int allowance = (int) Math.ceil(SCREENING_ALLOWANCE_PER_1000 * words / 1000.0);
    int unlikelyAllowance = (int) Math.ceil(UNLIKELY_WORD_ALLOWANCE_PER_1000 * words / 1000.0);
    return findings.size() - screening - unlikely + Math.max(0, screening - allowance)
        + Math.max(0, unlikely - unlikelyAllowance);
  }

  /** Number of matches per category id, sorted by id. */
  public Map<String, Integer> byCategory() {
    Map<String, Integer> m = new TreeMap<>();
    for (Finding f : findings) {
      m.merge(f.category(), 1, Integer::sum);
    }
    return m;
  }
}
