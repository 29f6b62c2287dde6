package dev.spincheck.filter.general;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed expression broken word by word (Prime Clergyman, Home of Representatives, child of the dirt). The XML rule
 * matches one word; this filter tries the team's fixed expressions that can start there, letting each content word
 * of the expression be either itself or one of its thesaurus synonyms ({@link GeneralTables#fixed()}). It accepts one
 * swapped word, or two when both are two-way synonyms and the expression has three or more words, and needs one
 * content word of the expression left as it is, to anchor the match, unless the expression has two content words and
 * both are swapped by a news spinner's known swaps ("inventory marketplace"). Titles, institutions and places are names:
 * their swapped words must be capitalised. In collocations and idioms, a swapped word must stand right next to an
 * unswapped content word and must not be capitalised inside the sentence. A plausible variant
 * (listed as exception at generation time) is left alone. The match covers the swapped words only; the suggestion is
 * the expression's words there, in the text's case. Stateless.
 */
public class FixedExpressionFilter extends TokenFilter {

  /** One way the tokens from a start position spell a form: token index after it, and the swapped positions. */
  private record Path(int endToken, List<int[]> swaps, boolean allBoth, boolean allKnown) {
  }

  @Override
  RuleMatch accept(RuleMatch match, Map<String, String> arguments, AnalyzedTokenReadings[] tokens, int start) {
    AnalyzedSentence sentence = match.getSentence();
    GeneralTables.Fixed fixed = GeneralTables.fixed();
    // kinds:names = titles, institutions, places and hyphenated compounds (precise enough for the default level);
    // kinds:phrases = collocations and idioms (noisier on clean text: off by default)
    boolean names = !"phrases".equals(arguments.get("kinds"));
    // swaps:known = only swaps a news spinner is known to make (general-spinner-swaps.tsv): precise enough for the
    // default level even in collocations and idioms, where arbitrary thesaurus synonyms are not
    boolean knownOnly = "known".equals(arguments.get("swaps"));
    if (names) {
      RuleMatch compound = compound(match, tokens[start], fixed);
      if (compound != null) {
        return compound;
      }
    }
    List<GeneralTables.Expression> candidates = fixed.byFirstWord().get(lower(tokens[start]));
    String verb = knownOnly ? inflectedVerbLemma(tokens[start]) : null;
    List<GeneralTables.Expression> byLemma = verb == null ? null : fixed.byFirstWord().get(verb);
    if (byLemma != null) {
      // an idiom led by a verb is written in any tense ("came to energy" for came to power), besides any expression
      // that starts with the form itself ("sold out")
      if (candidates == null) {
        candidates = byLemma;
      } else {
        candidates = new ArrayList<>(candidates);
        candidates.addAll(byLemma);
      }
    }
    if (candidates == null) {
      return null;
    }
    for (GeneralTables.Expression e : candidates) {
      if (e.name() != names) {
        continue;
      }
      Path p = walk(e.words(), 0, tokens, start, new ArrayList<>(), true, true, fixed.synonyms(), verb);
      // a phrase broken by known swaps only is the default rule's (SPIN_FIXED_PHRASE_KNOWN_SWAP): the picky rule leaves
      // it alone, so that LanguageTool, which keeps one of two matches on the same words, shows the confident one
      if (p == null || (knownOnly && !p.allKnown()) || (!names && !knownOnly && p.allKnown())) {
        continue;
      }
      StringBuilder variant = new StringBuilder();
      for (int t = start; t < p.endToken(); t++) {
        // exceptions are listed for the base form of a verb-led idiom
        variant.append(t > start ? " " : "").append(t == start && e.words()[0].equals(verb) ? verb : lower(tokens[t]));
      }
      if (fixed.exceptions().contains(variant + "\t" + String.join(" ", e.words()))) {
        continue;
      }
      if (e.name() ? !swappedCapitalised(tokens, p) || realName(tokens, e, p, fixed)
          : !brokenPhrase(tokens, start, e.words(), p, knownOnly)) {
        // names keep their capitals in spun text ("Home of Representatives"; "a shiny house" is no White House)
        continue;
      }
      // swaps: {expression position, first token, token after}
      int[] first = p.swaps().get(0);
      int[] last = p.swaps().get(p.swaps().size() - 1);
      int fromTok = first[1];
      int toTok = last[2] - 1;
      StringBuilder suggestion = new StringBuilder();
      for (int i = first[0]; i <= last[0]; i++) {
        String model = tokens[Math.min(fromTok + (i - first[0]), toTok)].getToken();
        suggestion.append(suggestion.length() > 0 ? " " : "").append(GeneralTables.matchCase(e.words()[i], model));
      }
      int from = tokens[fromTok].getStartPos();
      int to = tokens[toTok].getEndPos();
      String found = sentence.getText().substring(from, to);
      String message = "‘" + found + "’ looks like a thesaurus swap inside the fixed expression ‘" + e.expression()
          + "’: <suggestion>" + suggestion + "</suggestion>.";
      return matchAt(match, from, to, message);
    }
    return null;
  }

  /**
   * A hyphenated token unknown to LanguageTool's dictionary that is a known compound with one part swapped for a
   * thesaurus synonym (lengthy-term for long-term).
   */
  private static RuleMatch compound(RuleMatch match, AnalyzedTokenReadings token, GeneralTables.Fixed fixed) {
    String text = token.getToken();
    if (text.indexOf('-') <= 0 || token.isTagged()) {
      return null;
    }
    String compound = fixed.compounds().get(text.toLowerCase(Locale.ROOT));
    if (compound == null) {
      return null;
    }
    String suggestion = GeneralTables.matchCase(compound, text);
    String message = "‘" + text + "’ looks like a thesaurus swap inside the compound ‘" + compound
        + "’: <suggestion>" + suggestion + "</suggestion>.";
    return matchAt(match, token.getStartPos(), token.getEndPos(), message);
  }

  /** Depth-first: the form's word i against token t, the word itself first, then its synonyms. */
  private static Path walk(String[] words, int i, AnalyzedTokenReadings[] tokens, int t, List<int[]> swaps,
                           boolean allBoth, boolean allKnown,
                           Map<String, Map<String, List<GeneralTables.Synonym>>> synonyms, String verb) {
    if (i == words.length) {
      int n = swaps.size();
      int content = 0;
      for (String w : words) {
        if (!GeneralTables.FUNCTION.contains(w)) {
          content++;
        }
      }
      // an unswapped content word must anchor the match: "on the stadium" is not a broken "on the ground"; but two
      // content words both swapped by a news spinner's known swaps need no anchor ("inventory marketplace", "chilly
      // warfare"): scripts/known-swap-search.sh finds none of these forms in clean text
      boolean anchored = content - n >= 1;
      boolean ok = (anchored && (n == 1 || (n == 2 && allBoth && words.length >= 3)))
          || allKnownSwapped(n, content, allKnown);
      return ok ? new Path(t, List.copyOf(swaps), allBoth, allKnown) : null;
    }
    if (t >= tokens.length || swaps.size() > 2) {
      return null;
    }
    if (lower(tokens[t]).equals(words[i]) || (i == 0 && words[0].equals(verb))) {
      Path p = walk(words, i + 1, tokens, t + 1, swaps, allBoth, allKnown, synonyms, verb);
      if (p != null) {
        return p;
      }
    }
    Map<String, List<GeneralTables.Synonym>> syns = synonyms.get(words[i]);
    if (syns == null || GeneralTables.FUNCTION.contains(words[i]) || swaps.size() == 2) {
      return null;
    }
    // a single letter is a symbol or an initial, never a spinner's synonym (Moby lists "M" under red: "M cross")
    List<GeneralTables.Synonym> starting = tokens[t].getToken().length() < 2 ? null : syns.get(lower(tokens[t]));
    if (starting == null) {
      return null;
    }
    for (GeneralTables.Synonym s : starting) {
      String[] sw = s.words();
      if (t + sw.length > tokens.length) {
        continue;
      }
      boolean same = true;
      for (int k = 1; k < sw.length && same; k++) {
        same = lower(tokens[t + k]).equals(sw[k]);
      }
      if (!same) {
        continue;
      }
      swaps.add(new int[] {i, t, t + sw.length});
      Path p = walk(words, i + 1, tokens, t + sw.length, swaps, allBoth && s.both(), allKnown && s.known(), synonyms,
          verb);
      swaps.remove(swaps.size() - 1);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** Every swapped word is capitalised, and not merely because it starts the sentence ("Origin of state ..."). */
  private static boolean swappedCapitalised(AnalyzedTokenReadings[] tokens, Path p) {
    for (int[] swap : p.swaps()) {
      if (swap[1] <= 1 || !Character.isUpperCase(tokens[swap[1]].getToken().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Signs that a capitalised variant of a name is itself an established name, not a spun one: a multiword swap with
   * every word capitalised (a spinner capitalises only the first: "Run-of-the-mill"; "European Common Market" is a
   * name); a swapped word that is the head of another listed title ("Police Commissioner", "General Counsel"); a
   * clipping of the word it would replace ("House of Reps"); or a capitalised common word right after the
   * expression, so that it is part of a longer name ("head of County Homicide", "the Open Force Field toolkit").
   * Person names after a title are tagged NNP and do not count ("Prime Clergyman Theresa May").
   */
  private static boolean realName(AnalyzedTokenReadings[] tokens, GeneralTables.Expression e, Path p,
                                  GeneralTables.Fixed fixed) {
    for (int[] swap : p.swaps()) {
      String original = e.words()[swap[0]];
      if (swap[2] - swap[1] > 1) {
        boolean allCapitalised = true;
        for (int t = swap[1]; t < swap[2]; t++) {
          allCapitalised &= Character.isUpperCase(tokens[t].getToken().charAt(0));
        }
        if (allCapitalised) {
          return true;
        }
      } else {
        String w = lower(tokens[swap[1]]);
        String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if (fixed.titleHeads().contains(stem) || fixed.titleHeads().contains(w)
            || (stem.length() >= 3 && original.startsWith(stem) && !original.equals(stem))) {
          return true;
        }
      }
    }
    if (p.endToken() < tokens.length) {
      AnalyzedTokenReadings next = tokens[p.endToken()];
      String n = next.getToken();
      return n.length() > 1 && Character.isUpperCase(n.charAt(0)) && !n.equals(n.toUpperCase(Locale.ROOT))
          && next.isTagged() && (!next.hasPosTagStartingWith("NNP") || commonWord(n.toLowerCase(Locale.ROOT)));
    }
    return false;
  }

  /**
   * The word in lower case is an English common word (LanguageTool's tagger knows it other than as a proper noun):
   * "Field" in "Open Force Field" is, "Theresa" is not. The disambiguator tags capitalised words inside names NNP only.
   */
  private static boolean commonWord(String lower) {
    return anyReading(lower, tag -> !tag.startsWith("NNP"));
  }


  /** Both content words of the expression swapped, each by a news spinner's known swap. */
  private static boolean allKnownSwapped(int swaps, int content, boolean allKnown) {
    return allKnown && swaps == 2 && content == 2;
  }

  /**
   * Every swapped word has an unswapped content word of the expression as its direct neighbour, or, with
   * {@code acrossFunctionWords}, as its nearest content neighbour past the expression's function words.
   */
  private static boolean anchoredNextTo(String[] words, Path p, boolean acrossFunctionWords) {
    java.util.Set<Integer> swapped = new java.util.HashSet<>();
    for (int[] swap : p.swaps()) {
      swapped.add(swap[0]);
    }
    for (int[] swap : p.swaps()) {
      if (!anchoredOn(words, swapped, swap[0], -1, acrossFunctionWords)
          && !anchoredOn(words, swapped, swap[0], 1, acrossFunctionWords)) {
        return false;
      }
    }
    return true;
  }

  /** The nearest content word of the expression on one side of word i (past its function words if allowed) is kept. */
  private static boolean anchoredOn(String[] words, java.util.Set<Integer> swapped, int i, int step, boolean across) {
    for (int j = i + step; j >= 0 && j < words.length; j += step) {
      if (!GeneralTables.FUNCTION.contains(words[j])) {
        return !swapped.contains(j);
      }
      if (!across) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a collocation or idiom read with swaps is really broken. A capitalised word inside it makes a name ("Coast
   * Survey stations"), unless the whole phrase is written as a name and the swap is a known one ("World Mug" for
   * World Cup). A kept content word must stand right next to each swap ("cost of housing" is no broken "cost of
   * living"); a news spinner's known swap reads wrongly enough to be anchored across the expression's function words
   * ("come to phrases", "cost of dwelling"), and two known swaps need no kept word at all ("inventory marketplace").
   * And a verb-led idiom's swapped object before a noun is that noun's
   * modifier ("took location data").
   */
  private static boolean brokenPhrase(AnalyzedTokenReadings[] tokens, int start, String[] words, Path p,
                                      boolean knownOnly) {
    boolean name = capitalisedInside(tokens, p) && !(knownOnly && titleCase(tokens, start, p.endToken()));
    int content = (int) java.util.Arrays.stream(words).filter(w -> !GeneralTables.FUNCTION.contains(w)).count();
    boolean anchored = allKnownSwapped(p.swaps().size(), content, p.allKnown()) || anchoredNextTo(words, p, knownOnly);
    return !name && anchored && !nounModifier(tokens, start, words, p);
  }

  /**
   * A verb-led idiom whose swapped last word is followed by a noun: the word is that noun's modifier ("took location
   * data", "take energy readings"), not the idiom's object.
   */
  private static boolean nounModifier(AnalyzedTokenReadings[] tokens, int start, String[] words, Path p) {
    int[] last = p.swaps().get(p.swaps().size() - 1);
    int next = p.endToken();
    if (last[0] != words.length - 1 || next >= tokens.length || !hasTag(tokens[start], "VB")) {
      return false;
    }
    return hasTag(tokens[next], "NN") && !hasTag(tokens[next], "VB") && !hasTag(tokens[next], "IN");
  }

  private static boolean hasTag(AnalyzedTokenReadings token, String prefix) {
    for (AnalyzedToken r : token.getReadings()) {
      if (r.getPOSTag() != null && r.getPOSTag().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lemma of a verb in its past, participle or gerund form (came, taking, taken), or null; not for a word that may
   * also be a noun or adjective ("interests", "living", "interested"), which would read nouns as verbs.
   */
  private static String inflectedVerbLemma(AnalyzedTokenReadings token) {
    for (AnalyzedToken r : token.getReadings()) {
      String tag = r.getPOSTag();
      if (tag != null && (tag.startsWith("NN") || tag.startsWith("JJ"))) {
        return null;
      }
    }
    for (AnalyzedToken r : token.getReadings()) {
      String tag = r.getPOSTag();
      if (tag != null && tag.matches("VB[DGN]") && r.getLemma() != null
          && !r.getLemma().equalsIgnoreCase(token.getToken())) {
        return r.getLemma().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** Every content word of tokens [from, to) is capitalised: a collocation written as a name ("World Warfare II"). */
  private static boolean titleCase(AnalyzedTokenReadings[] tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = tokens[t].getToken();
      if (!GeneralTables.FUNCTION.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalisedInside(AnalyzedTokenReadings[] tokens, Path p) {
    for (int[] swap : p.swaps()) {
      for (int t = swap[1]; t < swap[2]; t++) {
        if (t > 1 && Character.isUpperCase(tokens[t].getToken().charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lower(AnalyzedTokenReadings t) {
    return t.getToken().toLowerCase(Locale.ROOT);
  }
}
