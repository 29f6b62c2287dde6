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
}
