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
 * @param per1000Words matches per 1,000 words, rounded to two decimals (the risk is computed from this value)
 */
public record ScannedDocument(String path, String format, String text, int words, List<Finding> findings,
    double per1000Words, Risk risk) {

  public static ScannedDocument of(String path, String format, String text, List<Finding> findings) {
    int words = Words.count(text);
    double rate = words == 0 ? 0 : Math.round(findings.size() * 100_000.0 / words) / 100.0;
    return new ScannedDocument(path, format, findings.isEmpty() ? "" : text, words, List.copyOf(findings), rate,
        Risk.of(findings.size(), rate));
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
