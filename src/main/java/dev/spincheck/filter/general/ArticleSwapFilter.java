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
    if (originals == null || (article.equals("an") && (word.startsWith("h") || word.startsWith("u")))) {
      return null;
    }
    // every original takes the other article than the word: one that takes this article means the article does
    // not fit the word, which LanguageTool's rule (run only then, not on every "a"/"an") confirms
    List<String> fitting = new ArrayList<>();
    for (GeneralTables.ArticleOriginal o : originals) {
      if (o.article().equals(article)) {
        fitting.add(o.original());
      }
    }
    if (fitting.isEmpty() || !wrongArticle(match, tokens[t].getStartPos())) {
      return null;
    }
    // a candidate that collocates with the next word goes first ("a accountable government": responsible)
    String next = t + 2 < tokens.length ? tokens[t + 2].getToken().toLowerCase(Locale.ROOT) : "";
    String suggestions = suggestionList(collocatesFirst(fitting, "", next), word);
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
