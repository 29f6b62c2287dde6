package dev.spincheck.cli.scan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV, one row per document in report order, then one per skipped input:
 * {@code path,status,risk,words,matches,per_1000_words,categories,rules,reason}. {@code categories} and
 * {@code rules} read {@code ID=count;ID=count}.
 */
final class CsvReport implements ReportWriter {

  static final String HEADER = "path,status,risk,words,matches,per_1000_words,categories,rules,reason";

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (ScannedDocument d : report.ranked()) {
      String rules = d.findings().stream()
          .collect(Collectors.groupingBy(Finding::rule, java.util.TreeMap::new, Collectors.counting()))
          .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
      String cats = d.byCategory().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(";"));
      row(sb, List.of(d.path(), "checked", d.risk().label(), Integer.toString(d.words()),
          Integer.toString(d.findings().size()), ReportWriter.rate(d.per1000Words()), cats, rules, ""));
    }
    for (Skipped s : report.skipped()) {
      row(sb, List.of(s.path(), "skipped", "", "", "", "", "", "", s.reason()));
    }
    out.write(sb.toString());
  }

  private static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(quote(cells.get(i)));
    }
    sb.append("\r\n");
  }

  static String quote(String s) {
    // a leading = + - @ would make a spreadsheet evaluate the cell; a quote-wrapped value is still read as text
    boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    if (formula || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + (formula ? "'" : "") + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
