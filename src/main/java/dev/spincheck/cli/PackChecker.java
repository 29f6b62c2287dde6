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

  public PackChecker(String languageCode, boolean picky, boolean allLanguageToolRules) {
    Language lang = Languages.getLanguageForShortCode(languageCode);
    lt = new JLanguageTool(lang);
    for (Rule r : lt.getAllRules()) {
      boolean ours = isPackRule(r);
      if (ours && (picky || !r.isDefaultOff())) {
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
    return lt.check(text);
  }

  public JLanguageTool languageTool() {
    return lt;
  }
}
