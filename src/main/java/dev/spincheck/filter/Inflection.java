package dev.spincheck.filter;

import dev.spincheck.lexicon.Inflector;
import org.languagetool.AnalyzedToken;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;

import java.util.logging.Logger;

/** Inflection backed by LanguageTool's English synthesizer, falling back to regular rules for unknown words. */
public final class Inflection {

  private Inflection() {
  }

  public static final Inflector SYNTHESIZER = new Inflector() {
    private volatile Synthesizer synth;

    @Override
    public String plural(String noun) {
      try {
        Synthesizer s = synth;
        if (s == null) {
          s = Languages.getLanguageForShortCode("en").getSynthesizer();
          synth = s;
        }
        String[] forms = s.synthesize(new AnalyzedToken(noun, "NN", noun), "NNS");
        if (forms.length > 0) {
          return forms[0];
        }
      } catch (Exception e) {
        Logger.getLogger(Inflection.class.getName()).fine("synthesizer: " + e);
      }
      return Inflector.ENGLISH.plural(noun);
    }
  };
}
