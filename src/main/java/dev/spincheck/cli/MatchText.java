package dev.spincheck.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the command line shows a match: plain message, line and column, and the span in its context. */
public final class MatchText {

  private MatchText() {
  }

  private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");

  /** The message without LanguageTool's markup; suggestions not already quoted get quotes. */
  public static String plain(String message) {
    Matcher m = SUGGESTION.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int s = m.start();
      boolean quoted = s > 0 && "‘'\"“".indexOf(message.charAt(s - 1)) >= 0;
      m.appendReplacement(sb, Matcher.quoteReplacement(quoted ? m.group(1) : "‘" + m.group(1) + "’"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** 1-based line and column of a character offset. */
  public static int[] lineColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /** About 40 characters either side, whitespace collapsed, the matched span in brackets. */
  public static String context(String text, int from, int to) {
    int a = Math.max(0, from - 40);
    int b = Math.min(text.length(), to + 40);
    String s = (a > 0 ? "…" : "") + text.substring(a, from) + "[" + text.substring(from, to) + "]"
        + text.substring(to, b) + (b < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ").strip();
  }
}
