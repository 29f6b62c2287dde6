package dev.spincheck.it;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * Runs in a JVM whose classpath is LanguageTool plus the drop-in jar: prints, per language code, how many English
 * rules are active, how many are the pack's, and the matches on a spun sentence and on a stock LanguageTool error.
 */
public final class SmokeProbe {

  public static void main(String[] args) throws Exception {
    for (String code : args) {
      JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode(code));
      long pack = lt.getAllRules().stream().filter(SmokeProbe::ours).count();
      System.out.println(code + " rules=" + lt.getAllRules().size() + " pack=" + pack);
      String text = "Recent work on profound learning has grown quickly. This is an test.";
      for (RuleMatch m : lt.check(text)) {
        System.out.println(code + " match " + m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos()
            + " " + m.getSuggestedReplacements());
      }
    }
  }

  private static boolean ours(Rule r) {
    return r.getCategory() != null && r.getCategory().getId().toString().startsWith("SPIN_");
  }
}
