package dev.spincheck.gen.general;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple article spinner in the manner of commercial ones, for development sets: each content word is replaced
 * with probability {@link #P_CONTENT} and each listed function word with probability {@link #P_FUNCTION} by a random
 * synonym from a thesaurus (Moby, or WordNet as {@link WordNetSynonyms} reads it; single word or phrase), regardless
 * of sense or part of speech, keeping capitalisation and a naive
 * plural/past/-ing ending. Deterministic for a given seed. Produces the spun text and gold alignments.
 */
public final class RandomSpinner {

  static final double P_CONTENT = 0.3;
  static final double P_FUNCTION = 0.25;
  static final Set<String> FUNCTION = Set.of(("have has had would will can could should over unless both each ahead "
      + "under about through since while before after during many much few several among between without within "
      + "against towards toward until however also still even only just very").split(" "));
  /** Words this spinner leaves alone; "says" and "said" too unless {@link #spinSaid} is set. */
  private static final Set<String> NEVER = Set.of(("a an the of to in on at by for with and or but is are was were be "
      + "been it its he she they we you i his her their our this that these those not no as from which who says "
      + "said").split(" "));
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

  /** One swap: character offsets in the spun text. */
  public record Swap(String spun, String original, String kind, int start, int end) {
  }

  public record Result(String text, List<Swap> swaps) {
  }

  /** The thesaurus: a word as written to its synonyms (empty when it has none). */
  private final Function<String, List<String>> thesaurus;

  /** Whether "says" and "said" are spun too, as spinners that look words up as written do ("aforesaid"). */
  private final boolean spinSaid;

  public RandomSpinner(Moby moby) {
    this(moby::of, false);
  }

  public RandomSpinner(Function<String, List<String>> thesaurus, boolean spinSaid) {
    this.thesaurus = thesaurus;
    this.spinSaid = spinSaid;
  }

  public Result spin(String text, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    List<Swap> swaps = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      last = m.end();
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      boolean function = FUNCTION.contains(lower);
      double p = function ? P_FUNCTION : P_CONTENT;
      String replacement = null;
      boolean never = NEVER.contains(lower) && !(spinSaid && (lower.equals("said") || lower.equals("says")));
      if (!never && (function || lower.length() > 2) && random.nextDouble() < p) {
        replacement = synonym(lower, random);
      }
      if (replacement == null) {
        out.append(word);
        continue;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      int start = out.length();
      out.append(replacement);
      String kind = function ? "function" : (replacement.contains(" ") ? "phrase" : "word");
      swaps.add(new Swap(replacement, word, kind, start, out.length()));
    }
    out.append(text.substring(last));
    return new Result(out.toString(), swaps);
  }

  private String synonym(String lower, Random random) {
    List<String> syns = thesaurus.apply(lower);
    String suffix = "";
    if (syns.isEmpty()) {
      for (String end : new String[] {"ies", "es", "s", "ed", "ing"}) {
        if (lower.endsWith(end) && lower.length() > end.length() + 2) {
          String stem = lower.substring(0, lower.length() - end.length());
          List<String> s = thesaurus.apply(end.equals("ies") ? stem + "y" : stem);
          if (s.isEmpty() && (end.equals("ed") || end.equals("ing"))) {
            s = thesaurus.apply(stem + "e");
          }
          if (!s.isEmpty()) {
            syns = s;
            suffix = end.equals("ies") || end.equals("es") ? "s" : end;
            break;
          }
        }
      }
    }
    if (syns.isEmpty()) {
      return null;
    }
    String s = syns.get(random.nextInt(syns.size()));
    if (!s.matches("[\\p{L} '-]+")) {
      return null;
    }
    if (!suffix.isEmpty()) {
      if (s.contains(" ")) {
        int sp = s.indexOf(' ');
        s = inflect(s.substring(0, sp), suffix) + s.substring(sp);
      } else {
        s = inflect(s, suffix);
      }
    }
    return s;
  }

  private static String inflect(String w, String suffix) {
    if (suffix.equals("s")) {
      return w.endsWith("y") && !w.matches(".*[aeiou]y") ? w.substring(0, w.length() - 1) + "ies"
          : w.matches(".*(s|x|z|ch|sh)") ? w + "es" : w + "s";
    }
    if (w.endsWith("e")) {
      return suffix.equals("ed") ? w + "d" : w.substring(0, w.length() - 1) + "ing";
    }
    return w + suffix;
  }
}
