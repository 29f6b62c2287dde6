package dev.spincheck.cli.scan;

import java.util.Locale;

/**
 * How strongly a document looks spun, from its number of matches {@code n} and matches per 1,000 words {@code r}.
 *
 * <pre>
 * high    n ≥ 5, or n ≥ 3 and r ≥ 3
 * medium  n ≥ 3, or n ≥ 2 and r ≥ 1
 * low     n ≥ 1
 * none    n = 0
 * </pre>
 *
 * <p>Why both measures: a rate alone overrates a one-line note with a single false alarm, a count alone overrates a
 * book. A single match is never more than {@code low}: the pack's rules are precise but any one of them can fire on an
 * odd but genuine sentence, whereas spinners leave many traces. Keep {@link #THRESHOLDS} and docs/scan.md in step.
 */
public enum Risk {
  NONE, LOW, MEDIUM, HIGH;

  /** The table above, for the command's help. */
  public static final String THRESHOLDS =
      "high: ≥5 matches, or ≥3 matches and ≥3 per 1,000 words; "
          + "medium: ≥3 matches, or ≥2 matches and ≥1 per 1,000 words; low: 1 match or more; none: no match.";

  public static Risk of(int matches, double per1000Words) {
    if (matches >= 5 || (matches >= 3 && per1000Words >= 3)) {
      return HIGH;
    }
    if (matches >= 3 || (matches >= 2 && per1000Words >= 1)) {
      return MEDIUM;
    }
    return matches >= 1 ? LOW : NONE;
  }

  /** Lower-case name as printed in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a report label; {@code none} is refused because every document would reach it. */
  public static Risk parseThreshold(String s) {
    for (Risk r : values()) {
      if (r != NONE && r.label().equalsIgnoreCase(s.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException("expected low, medium or high, not '" + s + "'");
  }
}
