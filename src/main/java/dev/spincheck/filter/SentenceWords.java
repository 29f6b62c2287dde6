package dev.spincheck.filter;

import dev.spincheck.lexicon.Word;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts LanguageTool's analysed tokens into the lexicon's {@link Word}s; hyphenated tokens become several words.
 * Parts of code identifiers are not words: LanguageTool splits "weight_file" at the underscore, and the parts read
 * as a spun "body mass index" in a manual. A name's possessive is one word, as in the term inventory and the tables
 * ("Alzheimer's disease", "Poisson's ratio"): LanguageTool splits off the "'s", which left every eponymous term and
 * its spun variants ("Parkinson's sickness", "Hooke's regulation") unmatchable.
 */
public final class SentenceWords {

  private SentenceWords() {
  }

  public static List<Word> of(AnalyzedSentence sentence) {
    AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
    List<Word> words = new ArrayList<>(tokens.length + 4);
    for (int t = 1; t < tokens.length; t++) {  // 0 is SENT_START
      AnalyzedTokenReadings tok = tokens[t];
      String s = tok.getToken();
      if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0)) || inIdentifier(tokens, t)) {
        continue;
      }
      Set<String> lemmas = new LinkedHashSet<>(2);
      Set<String> tags = new LinkedHashSet<>(2);
      for (AnalyzedToken r : tok.getReadings()) {
        if (r.getLemma() != null) {
          lemmas.add(r.getLemma().toLowerCase(Locale.ROOT));
        }
        if (r.getPOSTag() != null) {
          tags.add(r.getPOSTag());
        }
      }
      int start = tok.getStartPos();
      if (possessive(tokens, t)) {
        // numbered as the "'s" token, so that the next word is adjacent to it (terms begin with the possessive)
        t++;
        words.add(new Word(s + "'s", Set.of(s.toLowerCase(Locale.ROOT) + "'s"), Collections.unmodifiableSet(tags),
            start, tokens[t].getEndPos(), t));
      } else if (s.indexOf('-') > 0 && s.indexOf('-') < s.length() - 1) {
        int from = 0;
        String[] parts = s.split("-", -1);
        for (int p = 0; p < parts.length; p++) {
          String part = parts[p];
          if (!part.isEmpty()) {
            boolean last = p == parts.length - 1;
            words.add(new Word(part, last ? plainLemmas(lemmas, s, part) : Set.of(),
                last ? Set.copyOf(tags) : Set.of(), start + from, start + from + part.length(), t));
          }
          from += part.length() + 1;
        }
      } else {
        words.add(new Word(s, Collections.unmodifiableSet(lemmas), Collections.unmodifiableSet(tags),
            start, start + s.length(), t));
      }
    }
    return words;
  }

  /**
   * A word followed, without a space, by the possessive "'s" (or "’s"): "Alzheimer's", "prisoner's"; not a
   * contraction of a pronoun ("it's", "there's"), which no term contains.
   */
  private static boolean possessive(AnalyzedTokenReadings[] tokens, int t) {
    if (t + 1 >= tokens.length || tokens[t + 1].isWhitespaceBefore()) {
      return false;
    }
    String next = tokens[t + 1].getToken();
    String s = tokens[t].getToken();
    return (next.equals("'s") || next.equals("\u2019s")) && !PRONOUNS.contains(s.toLowerCase(Locale.ROOT))
        && s.chars().allMatch(Character::isLetter);
  }

  private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "that", "there", "here", "what", "who",
      "where", "let", "this", "how", "when", "why", "everyone", "everybody", "nobody", "someone", "somebody");

  /** The token is joined to an underscore on either side, without a space: part of a code identifier. */
  private static boolean inIdentifier(AnalyzedTokenReadings[] tokens, int t) {
    return (t + 1 < tokens.length && tokens[t + 1].getToken().equals("_") && !tokens[t + 1].isWhitespaceBefore())
        || (tokens[t - 1].getToken().equals("_") && !tokens[t].isWhitespaceBefore());
  }

  /** The last part of "signal-to-noises" takes the last part of the whole token's lemma. */
  private static Set<String> plainLemmas(Set<String> lemmas, String token, String part) {
    Set<String> out = new LinkedHashSet<>();
    for (String l : lemmas) {
      int dash = l.lastIndexOf('-');
      out.add(dash >= 0 ? l.substring(dash + 1) : l);
    }
    return out;
  }
}
