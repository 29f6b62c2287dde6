package dev.spincheck.cli.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word count for the per-1,000-words rate: runs of letters or digits, with inner apostrophes and hyphens
 * (isn't, run-of-the-mill) and decimal points (3.5) inside. */
final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+|(?<=\\p{N})[.,]\\p{N}+)*");

  private Words() {
  }

  static int count(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
