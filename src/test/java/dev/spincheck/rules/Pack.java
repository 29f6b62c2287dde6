package dev.spincheck.rules;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.util.List;

/** The pack as the tests see it: LanguageTool for "en" with the assembled grammar_custom.xml from target/classes. */
public final class Pack {

  public static final String PREFIX = "SPIN_";

  private Pack() {
  }

  /* "en", not "en-US": with en-US LanguageTool's own PatternRuleTest skipped the rules (see LT-INTEGRATION.md). */
  public static Language english() {
    return Languages.getLanguageForShortCode("en");
  }

  public static boolean isPackRule(Rule r) {
    return r.getCategory() != null && r.getCategory().getId().toString().startsWith(PREFIX);
  }

  /** A JLanguageTool with only the pack's rules enabled, including those that are off by default. */
  public static JLanguageTool packOnly(Language lang) {
    JLanguageTool lt = new JLanguageTool(lang);
    for (Rule r : lt.getAllRules()) {
      if (isPackRule(r)) {
        lt.enableRule(r.getId());
      } else {
        lt.disableRule(r.getId());
      }
    }
    return lt;
  }

  public static List<AbstractPatternRule> patternRules(JLanguageTool lt) {
    return lt.getAllRules().stream()
        .filter(Pack::isPackRule)
        .filter(r -> r instanceof AbstractPatternRule)
        .map(r -> (AbstractPatternRule) r)
        .toList();
  }
}
