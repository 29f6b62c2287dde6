package dev.spincheck.cli.scan;

import java.util.List;

/**
 * One match of the pack in a document. {@code offset} and {@code length} count UTF-16 code units in the document's
 * checked text (for .txt and .md the file itself; for .html, .pdf and .docx the extracted text); line and column are
 * 1-based.
 */
public record Finding(int offset, int length, int line, int column, String rule, String ruleName, String category,
    String categoryName, String message, String shortMessage, List<String> suggestions, String text,
    String context) {

  /** The first suggestion, or "" when the rule offers none. */
  public String firstSuggestion() {
    return suggestions.isEmpty() ? "" : suggestions.get(0);
  }
}
