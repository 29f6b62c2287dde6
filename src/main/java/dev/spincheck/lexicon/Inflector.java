package dev.spincheck.lexicon;

import java.util.Locale;

/** Inflects the head of a suggested term like the word it replaces. */
@FunctionalInterface
public interface Inflector {

  /** The plural of a lower-case singular noun. */
  String plural(String noun);

  /** Regular English plurals plus the Latin and Greek ones common in research writing. */
  Inflector ENGLISH = noun -> {
    String n = noun.toLowerCase(Locale.ROOT);
    // fields and mass nouns already read as plurals: "fluid dynamics", not "fluid dynamicses"
    if (n.endsWith("ics") || n.equals("series") || n.equals("species") || n.equals("data") || n.equals("news")) {
      return noun;
    }
    if (n.endsWith("sis")) {
      return noun.substring(0, noun.length() - 2) + "es";
    }
    if (n.endsWith("ix") || n.endsWith("ex")) {
      return noun.substring(0, noun.length() - 2) + "ices";
    }
    if (n.endsWith("um") && !n.endsWith("ium") && n.length() > 4) {
      return noun.substring(0, noun.length() - 2) + "a";
    }
    if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) {
      return noun + "es";
    }
    if (n.endsWith("y") && n.length() > 1 && "aeiou".indexOf(n.charAt(n.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (n.endsWith("man")) {
      return noun.substring(0, noun.length() - 3) + "men";
    }
    return noun + "s";
  };
}
