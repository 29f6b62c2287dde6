package dev.spincheck.filter.general;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A broken collocation: a very rare word next to a context word that usually goes with a common synonym of it
 * (haler relationship, multitudinous issues). Args: {@code tier:default} for words unknown to the generator's LM,
 * {@code tier:picky} for the other rare words. The XML rule matches one word; this filter looks the word up among the
 * rare synonyms, and checks the word before and the word after it against the collocations of each common synonym,
 * unless the pair is attested ({@link GeneralTables#collocations()}; model in
 * {@code dev.spincheck.gen.general.CollocationTableGenerator}). Stateless.
 */
public class CollocationSwapFilter extends TokenFilter {

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int t) {
    String word = tokens[t].getToken();
    if (t > 1 && Character.isUpperCase(word.charAt(0))) {
      return null;  // a name inside the sentence
    }
    String spun = word.toLowerCase(Locale.ROOT);
    GeneralTables.Collocations tables = GeneralTables.collocations();
    boolean picky = "picky".equals(arguments.get("tier"));
    List<GeneralTables.Rare> originals = tables.rareSynonyms().get(spun);
    if (originals == null) {
      return null;
    }
    String original = null;
    String context = null;
    String before = t - 1 >= 1 ? tokens[t - 1].getToken().toLowerCase(Locale.ROOT) : null;
    String after = t + 1 < tokens.length ? tokens[t + 1].getToken().toLowerCase(Locale.ROOT) : null;
    for (GeneralTables.Rare r : originals) {
      if (r.unknown() == picky) {
        continue;  // default tier: words unknown to the LM; picky tier: the other rare words
      }
      String o = r.original();
      if (before != null && tables.collocations().contains(before + "\tbefore\t" + o)
          && !tables.exceptions().contains(before + " " + spun)) {
        original = o;
        context = before;
        break;
      }
      if (after != null && tables.collocations().contains(after + "\tafter\t" + o)
          && !tables.exceptions().contains(spun + " " + after)) {
        original = o;
        context = after;
        break;
      }
    }
    if (original == null) {
      return null;
    }
    String suggestion = GeneralTables.matchCase(original, word);
    String message = "‘" + word + "’ is rare next to ‘" + context + "’, where its synonym <suggestion>" + suggestion
        + "</suggestion> is the usual word: it looks like a thesaurus swap.";
    return matchAt(match, tokens[t].getStartPos(), tokens[t].getEndPos(), message);
  }
}
