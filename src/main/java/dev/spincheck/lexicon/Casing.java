package dev.spincheck.lexicon;

import java.util.Locale;

/** Puts a suggestion into the case of the text it replaces. */
public final class Casing {

  private Casing() {
  }

  public static String like(String text, String suggestion) {
    if (text.isEmpty() || suggestion.isEmpty()) {
      return suggestion;
    }
    boolean letters = text.codePoints().filter(Character::isLetter).count() > 1;
    if (letters && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT))) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(text.codePointAt(0)) && !Character.isUpperCase(suggestion.codePointAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }

  /**
   * The suggestion written with the text's hyphens and spaces, when both have the same number of words: the spun
   * "flag-to-commotion" asks for "signal-to-noise", "lithium particle batteries" for "lithium ion batteries". A hyphen
   * after a single letter stays ("X-ray"): that word is not written apart.
   */
  public static String separatorsLike(String text, String suggestion) {
    String[] t = text.split("(?<=[ -])|(?=[ -])");
    String[] s = suggestion.split("(?<=[ -])|(?=[ -])");
    if (t.length != s.length) {
      return suggestion;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < s.length; k++) {
      boolean sep = s[k].equals(" ") || s[k].equals("-");
      if (sep != (t[k].equals(" ") || t[k].equals("-"))) {
        return suggestion;
      }
      boolean letterHyphen = s[k].equals("-") && s[k - 1].length() == 1;
      sb.append(sep && !letterHyphen ? t[k] : s[k]);
    }
    return sb.toString();
  }
}
