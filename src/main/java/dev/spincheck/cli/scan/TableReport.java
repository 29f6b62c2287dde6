package dev.spincheck.cli.scan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console report: one row per document, highest risk first, then each document's matches with line:column,
 * rule, message, suggestion and context, then the skipped inputs and a summary line.
 */
final class TableReport implements ReportWriter {

  private final boolean details;

  TableReport(boolean details) {
    this.details = details;
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    List<ScannedDocument> docs = report.ranked();
    StringBuilder sb = new StringBuilder();
    if (!docs.isEmpty()) {
      sb.append(String.format("%-6s  %7s  %8s  %7s  %s%n", "RISK", "MATCHES", "PER_1000", "WORDS", "PATH"));
      for (ScannedDocument d : docs) {
        sb.append(String.format("%-6s  %7d  %8s  %7d  %s%n", d.risk().label(), d.findings().size(),
            ReportWriter.rate(d.per1000Words()), d.words(), d.path()));
      }
    }
    if (details) {
      for (ScannedDocument d : docs) {
        if (d.findings().isEmpty()) {
          continue;
        }
        sb.append(System.lineSeparator()).append(d.path()).append(" (").append(d.risk().label()).append("; ")
            .append(categories(d.byCategory())).append(')').append(System.lineSeparator());
        for (Finding f : d.findings()) {
          sb.append(String.format("  %d:%d  %s  %s%s%n      %s%n", f.line(), f.column(), f.rule(), f.message(),
              f.suggestions().isEmpty() ? "" : " → " + String.join(" | ", f.suggestions()), f.context()));
        }
      }
    }
    if (!report.skipped().isEmpty()) {
      sb.append(System.lineSeparator()).append("Skipped (").append(report.skipped().size()).append("):")
          .append(System.lineSeparator());
      for (Skipped s : report.skipped()) {
        sb.append("  ").append(s.path()).append(": ").append(s.reason()).append(System.lineSeparator());
      }
    }
    sb.append(System.lineSeparator()).append(summary(report)).append(System.lineSeparator());
    if (report.timestamp() != null) {
      sb.append("Generated ").append(report.timestamp()).append(System.lineSeparator());
    }
    out.write(sb.toString());
  }

  static String categories(Map<String, Integer> byCategory) {
    return byCategory.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String summary(ScanReport r) {
    return String.format("%d document%s checked, %d skipped; risk high %d, medium %d, low %d, none %d.",
        r.documents().size(), r.documents().size() == 1 ? "" : "s", r.skipped().size(), r.count(Risk.HIGH),
        r.count(Risk.MEDIUM), r.count(Risk.LOW), r.count(Risk.NONE));
  }
}
