package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code SPIN_UNLIKELY_WORD}, screening evidence: a word that the language model finds far less likely between its
 * two neighbours than a commoner word whose thesaurus entry lists it ("military ventures" where "military
 * activities" is usual, "a haler relationship"). Score of a word x: log10 P(x | left) + log10 P(right | x) in
 * {@link BigramModel}; the match needs a synonym scoring {@code margin} (default 2.75, some 560 times likelier) higher.
 *
 * <p>Why only evidence: on the team's and helpers' spun sets most of these matches are real swaps, but clean edited
 * prose has two or three per hundred words (a rare, apt word the LM has seldom seen: "jonquils were blooming"). Spun
 * text has several times more, so the density per document ranks spun documents above their originals ({@code
 * scan}, docs/scan.md), which one match alone cannot do. Off by default; {@code scan} turns it on. Stateless.
 */
public class UnlikelyWordFilter extends TokenFilter {

  private static final double DEFAULT_MARGIN = 2.75;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]");

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    String word = tokens[t].getToken();
    String lower = word.toLowerCase(Locale.ROOT);
    BigramModel lm = GeneralTables.bigramModel();
    String[] originals = lm.originals(lower);
    int[] originalIds = lm.originalIds(lower);
    int w = lm.id(lower);
    if (originals == null || w < 0) {
      return null;
    }
    String m = arguments.get("margin");
    double margin = m == null ? DEFAULT_MARGIN : Double.parseDouble(m);
    // the neighbours are looked up once; each candidate costs two binary searches
    int left = lm.id(t == 1 ? BigramModel.START : tokens[t - 1].getToken().toLowerCase(Locale.ROOT));
    int right = lm.id(t + 1 >= tokens.length || SENTENCE_END.matcher(tokens[t + 1].getToken()).matches()
        ? BigramModel.END : tokens[t + 1].getToken().toLowerCase(Locale.ROOT));
    double own = lm.bigram(left, w) + lm.bigram(w, right);
    List<double[]> better = new ArrayList<>();
    for (int i = 0; i < originals.length; i++) {
      int o = originalIds[i];
      double gain = lm.bigram(left, o) + lm.bigram(o, right) - own;
      if (gain >= margin) {
        better.add(new double[] {gain, i});
      }
    }
    if (better.isEmpty()) {
      return null;
    }
    better.sort((a, b) -> Double.compare(b[0], a[0]));
    List<String> words = new ArrayList<>();
    for (double[] b : better) {
      words.add(originals[(int) b[1]]);
    }
    String message = "‘" + word + "’ is unusual here, where a common word it is a thesaurus synonym of fits: "
        + suggestionList(words, word) + ". Many such words together suggest spun text.";
    return matchAt(match, tokens[t].getStartPos(), tokens[t].getEndPos(), message);
  }
}
