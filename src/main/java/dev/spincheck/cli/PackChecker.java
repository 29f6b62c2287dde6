package dev.spincheck.cli;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.List;

/**
 * The LanguageTool pipeline the command line shares with the server: a {@link JLanguageTool} whose rules are the
 * pack's (category ids starting with {@code SPIN_}), optionally with LanguageTool's own rules and the pack's picky
 * (off-by-default) rules. Not thread-safe: one per thread, like JLanguageTool itself.
 */
public final class PackChecker {

  public static final String PREFIX = "SPIN_";

  private final JLanguageTool lt;
  private final JLanguageTool.Level level;

  /**
   * @param picky also the pack's off-by-default rules and categories, checked at LanguageTool's picky level;
   *              otherwise exactly what a stock server reports at its default level
   */
  public PackChecker(String languageCode, boolean picky, boolean allLanguageToolRules) {
    Language lang = Languages.getLanguageForShortCode(languageCode);
    lt = new JLanguageTool(lang);
    level = picky ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
    for (Rule r : lt.getAllRules()) {
      boolean ours = isPackRule(r);
      if (ours && picky) {
        lt.enableRule(r.getId());
      } else if (!ours && !allLanguageToolRules) {
        lt.disableRule(r.getId());
      }
    }
  }

  public static boolean isPackRule(Rule r) {
    return r.getCategory() != null && r.getCategory().getId().toString().startsWith(PREFIX);
  }

  public List<RuleMatch> check(String text) throws IOException {
    return lt.check(text, level);
  }

  public JLanguageTool languageTool() {
    return lt;
  }
}
