package dev.spincheck.cli.scan;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link ScanReport} in one output format. Output must depend on the report only (no clock, no locale). */
interface ReportWriter {
  void write(ScanReport report, Writer out) throws IOException;

  /** Two decimals with a dot, whatever the default locale. */
  static String rate(double d) {
    return String.format(java.util.Locale.ROOT, "%.2f", d);
  }
}
