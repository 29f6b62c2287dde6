package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.en.AvsAnRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code SPIN_ARTICLE_SWAP}: "a"/"an" followed by a word that needs the other article, where that word is a thesaurus
 * synonym of common words that take this article ("a accountable", "an vital"). A spinner swaps the word and leaves
 * the article, which still fits the word the writer chose; so the suggestions are those words
 * ({@link GeneralTables#articleSwaps()}, most likely first). Whether the article fits is LanguageTool's own decision:
 * its {@code AvsAnRule} runs on the sentence, with its lists of exceptions ("an hour", "a university"), and the pack
 * reports only what that rule reports. An article mismatch on a word that is no one's synonym is left to
 * LanguageTool's {@code EN_A_VS_AN}: a typo, not a swap.
 */
public class ArticleSwapFilter extends TokenFilter {

  private static volatile AvsAnRule avsAn;

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    if (t + 1 >= tokens.length) {
      return null;
    }
    String article = tokens[t].getToken().toLowerCase(Locale.ROOT);
    String word = tokens[t + 1].getToken();
    List<GeneralTables.ArticleOriginal> originals = GeneralTables.articleSwaps().get(word.toLowerCase(Locale.ROOT));
    // "an" before h and u is older or British usage, not a swap: "an hypothesis", "an historic", "an universal"
    boolean oldUsage = article.equals("an") && (word.startsWith("h") || word.startsWith("u"));
    if (originals == null || oldUsage || !wrongArticle(match, tokens[t].getStartPos())) {
      return null;
    }
    // the table's order knows no context; a candidate that forms a collocation with the next word goes first
    // ("a accountable government": responsible government)
    String next = t + 2 < tokens.length ? tokens[t + 2].getToken().toLowerCase(Locale.ROOT) : "";
    Set<String> collocations = GeneralTables.collocations().collocations();
    List<String> ranked = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (GeneralTables.ArticleOriginal o : originals) {
      if (o.article().equals(article)) {
        (collocations.contains(next + "\tafter\t" + o.original()) ? ranked : rest).add(o.original());
      }
    }
    ranked.addAll(rest);
    StringBuilder suggestions = new StringBuilder();
    int n = 0;
    for (String o : ranked.subList(0, Math.min(3, ranked.size()))) {
      suggestions.append(n++ > 0 ? ", " : "").append("<suggestion>")
          .append(GeneralTables.matchCase(o, word)).append("</suggestion>");
    }
    if (n == 0) {
      return null;
    }
    String message = "‘" + tokens[t].getToken() + " " + word + "’: the article does not fit ‘" + word
        + "’, but it fits " + suggestions + ", of which ‘" + word
        + "’ is a thesaurus synonym: the word looks swapped by a spinner.";
    return matchAt(match, tokens[t + 1].getStartPos(), tokens[t + 1].getEndPos(), message);
  }

  /** LanguageTool's a/an rule reports the article at {@code articleStart} in this sentence. */
  private static boolean wrongArticle(RuleMatch match, int articleStart) {
    for (RuleMatch m : rule().match(match.getSentence())) {
      if (m.getFromPos() == articleStart) {
        return true;
      }
    }
    return false;
  }

  private static AvsAnRule rule() {
    AvsAnRule r = avsAn;
    if (r == null) {
      Language en = Languages.getLanguageForShortCode("en-US");
      avsAn = r = new AvsAnRule(JLanguageTool.getMessageBundle(en));
    }
    return r;
  }
}
