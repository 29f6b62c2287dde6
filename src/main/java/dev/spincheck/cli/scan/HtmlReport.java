package dev.spincheck.cli.scan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A self-contained HTML page (inline CSS, no scripts, no external assets): the ranked summary table, the skipped
 * inputs, then every document with matches, its text with each match highlighted ({@code <mark>} whose title holds
 * rule, message and suggestions, and a visible superscript with the first suggestion) and its list of matches. Documents
 * without matches appear in the table only. Overlapping matches are listed but only the first is highlighted.
 */
final class HtmlReport implements ReportWriter {

  private static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
      h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc;word-break:break-all}
      table{border-collapse:collapse}th,td{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      .risk{display:inline-block;padding:0 .5em;border-radius:.6em;font-size:.85em;font-weight:600}
      .risk-high{background:#c62828;color:#fff}.risk-medium{background:#ef6c00;color:#fff}
      .risk-low{background:#fdd835}.risk-none{background:#e0e0e0}
      .text{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1em;font:14px/1.6 Georgia,serif}
      mark.spin{background:#ffcdd2;border-bottom:2px solid #c62828;padding:0 .1em}
      mark.spin.evidence{background:#fff8e1;border-bottom:1px dotted #ef6c00}
      mark.spin sup{color:#1b5e20;background:#e8f5e9;font:600 .7em system-ui,sans-serif;margin-left:.2em;padding:0 .2em}
      .matches{font-size:.9em}.matches code{font-size:.95em}.muted{color:#666}
      """;

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    List<ScannedDocument> docs = report.ranked();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>spincheck scan report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>spincheck scan report</h1>\n<p>").append(esc(TableReport.summary(report)));
    if (report.timestamp() != null) {
      sb.append(" Generated ").append(esc(report.timestamp().toString())).append('.');
    }
    sb.append("</p>\n<p class=\"muted\">Risk levels: ").append(esc(Risk.THRESHOLDS))
        .append(" Light highlights with a dotted line are screening evidence, which counts by its density in a"
            + " document rather than one by one.</p>\n");
    if (!docs.isEmpty()) {
      sb.append("<table>\n<thead><tr><th>Risk</th><th>Matches</th><th>Per 1,000 words</th><th>Words</th>")
          .append("<th>Categories</th><th>Path</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < docs.size(); i++) {
        ScannedDocument d = docs.get(i);
        sb.append("<tr><td>").append(badge(d.risk())).append("</td><td class=\"n\">").append(d.findings().size())
            .append("</td><td class=\"n\">").append(ReportWriter.rate(d.per1000Words()))
            .append("</td><td class=\"n\">").append(d.words()).append("</td><td>")
            .append(esc(TableReport.categories(d.byCategory()))).append("</td><td>");
        if (d.findings().isEmpty()) {
          sb.append(esc(d.path()));
        } else {
          sb.append("<a href=\"#doc-").append(i + 1).append("\">").append(esc(d.path())).append("</a>");
        }
        sb.append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    if (!report.skipped().isEmpty()) {
      sb.append("<h2>Skipped</h2>\n<ul>\n");
      for (Skipped s : report.skipped()) {
        sb.append("<li><code>").append(esc(s.path())).append("</code>: ").append(esc(s.reason())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    for (int i = 0; i < docs.size(); i++) {
      ScannedDocument d = docs.get(i);
      if (!d.findings().isEmpty()) {
        document(sb, d, i + 1);
      }
    }
    sb.append("</body>\n</html>\n");
    out.write(sb.toString());
  }

  private static void document(StringBuilder sb, ScannedDocument d, int n) {
    sb.append("<section id=\"doc-").append(n).append("\">\n<h2>").append(esc(d.path())).append(' ')
        .append(badge(d.risk())).append("</h2>\n<p class=\"muted\">").append(d.words()).append(" words, ")
        .append(d.findings().size()).append(" matches, ").append(ReportWriter.rate(d.per1000Words()))
        .append(" per 1,000 words; ").append(esc(TableReport.categories(d.byCategory()))).append("</p>\n");
    sb.append("<ol class=\"matches\">\n");
    for (Finding f : d.findings()) {
      sb.append("<li>").append(f.line()).append(':').append(f.column()).append(" <code>").append(esc(f.rule()))
          .append("</code> ").append(esc(f.message()));
      if (!f.suggestions().isEmpty()) {
        sb.append(" → <strong>").append(esc(String.join(" | ", f.suggestions()))).append("</strong>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ol>\n<div class=\"text\">");
    String text = d.text();
    int pos = 0;
    for (Finding f : d.findings()) {
      if (f.offset() < pos) {
        continue; // overlaps the previous highlight
      }
      sb.append(esc(text.substring(pos, f.offset())));
      String title = f.rule() + ": " + f.message()
          + (f.suggestions().isEmpty() ? "" : "\nSuggestion: " + String.join(" | ", f.suggestions()));
      // screening evidence (counts by its density, not one by one) is drawn lighter than a rule's verdict
      String cls = ScannedDocument.SCREENING.equals(f.category()) ? "spin evidence" : "spin";
      sb.append("<mark class=\"").append(cls).append("\" data-rule=\"").append(esc(f.rule())).append("\" title=\"")
          .append(esc(title))
          .append("\">").append(esc(f.text()));
      if (!f.suggestions().isEmpty()) {
        sb.append("<sup>").append(esc(f.firstSuggestion())).append("</sup>");
      }
      sb.append("</mark>");
      pos = f.offset() + f.length();
    }
    sb.append(esc(text.substring(pos))).append("</div>\n</section>\n");
  }

  private static String badge(Risk r) {
    return "<span class=\"risk risk-" + r.label() + "\">" + r.label() + "</span>";
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n' -> sb.append('\n');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
