package dev.spincheck.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds spun variants of established terms in a sentence: word sequences where every word is either the term's word
 * (any inflection) or one of its spinner synonyms, with at least one swapped, and which are not attested English.
 * Works on the compositional {@link SpinModel}, so it never enumerates variants: per word it looks up which term words
 * the word could stand for (a hash lookup and a short list), then walks the terms that start with one of those.
 *
 * <p>Tiering is decided at run time ({@link SpinTier}) rather than in the data, so thresholds can be tuned without
 * regenerating the tables.
 */
public final class SpinMatcher {

  /** Function words inside terms ("signal to noise", "degree of freedom") are never swapped by spinners. */
  public static final Set<String> FUNCTION_WORDS = Set.of("of", "to", "in", "for", "and", "the", "a", "an", "on", "with",
      "by", "at", "from", "as", "or");

  private final SpinModel model;

  /**
   * Term words for which a published phrase shows the spinner's swap (not a weak or team-only one): a spinner that
   * met such a word in the text would have swapped it.
   */
  private final boolean[] swappable;

  public SpinMatcher(SpinModel model) {
    this.model = model;
    this.swappable = new boolean[model.vocab.size()];
    for (int s = 0; s < model.synOwner.length; s++) {
      if (model.synLearned[s] && !model.synWeak[s] && !model.synUnpublished[s]) {
        swappable[model.synOwner[s]] = true;
      }
    }
  }

  /** A candidate reading of text words [i, i+len): term word {@code tw}, via synonym {@code syn} (−1: itself). */
  private record Cand(int tw, int len, int syn) {
  }

  /** One raw hit, before exceptions and tiering: used by the generator to collect exceptions. */
  public record Hit(int from, int to, int term, String variantKey, int swapped, int content, int minSwapFreq,
                    boolean[] keptWords, boolean allDirect, int maxSwapFreq, boolean allLearned,
                    int unlearned, int maxUnlearnedFreq, int lastSyn, int weak, int minStrongFreq, int unpublished,
                    int keptSwappable) {
  }

  /**
   * Matches to report: exceptions and implausible readings removed, tiers assigned, then the best readings chosen
   * without overlap (default tier first, then {@link SpinTier#better}), so a weak reading of a neighbouring word pair cannot
   * hide the strong one.
   */
  public List<PhraseMatch> find(List<Word> words, Inflector inflector) {
    List<Hit> ok = new ArrayList<>();
    List<PhraseMatch.Tier> tiers = new ArrayList<>();
    for (Hit h : hits(words, true)) {
      if (model.isException(h.variantKey()) || !plausibleCase(words, h)) {
        continue;
      }
      PhraseMatch.Tier tier = SpinTier.of(model.termLm[h.term()], model.termTeam[h.term()], h);
      if (tier != null) {
        ok.add(h);
        tiers.add(tier);
      }
    }
    if (ok.isEmpty()) {
      return List.of();
    }
    Integer[] order = new Integer[ok.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> {
      if (tiers.get(x) != tiers.get(y)) {
        return tiers.get(x).compareTo(tiers.get(y));
      }
      return SpinTier.better(model, ok.get(x), ok.get(y)) ? -1 : SpinTier.better(model, ok.get(y), ok.get(x)) ? 1
          : Integer.compare(ok.get(x).from(), ok.get(y).from());
    });
    List<PhraseMatch> out = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (int k : order) {
      Hit h = ok.get(k);
      boolean free = true;
      for (int w = h.from(); w < h.to(); w++) {
        free &= !taken[w];
      }
      if (!free) {
        continue;
      }
      for (int w = h.from(); w < h.to(); w++) {
        taken[w] = true;
      }
      int[] core = core(h);
      int from = core[0];
      int to = core[1];
      int term = core[2];
      String expected = model.display(term);
      Word last = words.get(to - 1);
      String lastTermWord = model.termWord(term, model.termLength(term) - 1);
      // a plural spun word stands for a plural term, unless the spinner's synonym is itself plural ("the executives")
      if (last.isPluralNoun() && !last.lower().equals(lastTermWord) && !(to == h.to() && lastSynIs(h, last.lower()))) {
        expected = PhraseTable.pluralizeLast(expected, inflector);
      }
      String found = PhraseTable.spanText(words, from, to);
      out.add(new PhraseMatch(from, to, found, Casing.like(found, Casing.separatorsLike(found, expected)), tiers.get(k),
          "generated: spun variant of '" + model.term(h.term()) + "'"));
    }
    out.sort(java.util.Comparator.comparingInt(PhraseMatch::from));
    return out;
  }

  /**
   * The spun core of a hit, {from, to, term}: when unswapped words at its start leave a shorter established term
   * ("battery vitality stockpiling" read as battery energy storage: "vitality stockpiling" is a spun energy storage;
   * "acute myocardial localized necrosis": a spun myocardial infarction), the match marks only that shorter term and
   * suggests it, as a fixed list would; otherwise the whole hit. The fewest words are dropped. Only leading words:
   * English compounds are head-final, so a kept last word is the head the term is about ("attractive reverberation
   * imaging" is a spun magnetic resonance imaging, not a spun magnetic resonance).
   */
  private int[] core(Hit h) {
    boolean[] kept = h.keptWords();
    if (kept == null) {
      return new int[] {h.from(), h.to(), h.term()};
    }
    int len = model.termLength(h.term());
    int span = h.to() - h.from();
    int lead = 0;
    while (lead < span && kept[lead]) {
      lead++;
    }
    // kept words are the term's own words, one text word each, so leading text words and term words correspond
    for (int dl = 1; dl <= lead && len - dl >= 2; dl++) {
      StringBuilder sub = new StringBuilder();
      for (int k = dl; k < len; k++) {
        sub.append(k > dl ? " " : "").append(model.termWord(h.term(), k));
      }
      int t = model.termIndex(sub.toString());
      if (t >= 0 && !model.isException(withoutLeading(h.variantKey(), dl))) {
        return new int[] {h.from() + dl, h.to(), t};
      }
    }
    return new int[] {h.from(), h.to(), h.term()};
  }

  /**
   * The variant key without its first {@code dl} words, which are kept term words (one key word each). When that
   * shorter variant is attested English ("social obligation"), the leading word is what makes the reading spun
   * ("corporate social obligation"), so the match keeps it.
   */
  private static String withoutLeading(String key, int dl) {
    String[] w = key.split(" ");
    return String.join(" ", java.util.Arrays.copyOfRange(w, dl, w.length));
  }

  /**
   * Proper names and acronyms are not spun terms: a swapped word written with a capital inside the span ("General
   * Motors") or anywhere but its first letter rules the span out, and so does a capitalised swapped first word inside the
   * sentence (a name: "Television Broadcasts Limited"). A kept word may be a name (naive Bayes).
   */
  static boolean plausibleCase(List<Word> words, Hit h) {
    boolean titleStart = Character.isUpperCase(words.get(h.from()).surface().charAt(0));
    if (titleStart && h.from() > 0 && !(h.keptWords() != null && h.keptWords()[0])) {
      return false;  // a capitalised swapped word inside the sentence starts a name ("Television Broadcasts Limited")
    }
    for (int k = h.from(); k < h.to(); k++) {
      String s = words.get(k).surface();
      boolean kept = h.keptWords() != null && h.keptWords()[k - h.from()];
      if (kept) {
        continue;
      }
      boolean acronym = s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT));  // spinners write "PC" for computer
      for (int c = 1; c < s.length() && !acronym; c++) {
        if (Character.isUpperCase(s.charAt(c))) {
          return false;
        }
      }
      if (k > h.from() && !titleStart && Character.isUpperCase(s.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The hit's last word is written as the spinner's synonym for the term's last word, as listed (not inflected). */
  private boolean lastSynIs(Hit h, String lastWord) {
    return h.lastSyn() >= 0 && model.vocab.get(model.synWords[model.synStart[h.lastSyn() + 1] - 1]).equals(lastWord);
  }

  /** For diagnostics: the term's LM strength, team flag and text. */
  public String describe(Hit h) {
    return model.term(h.term()) + "\tlm=" + model.termLm[h.term()] + "\tteam=" + model.termTeam[h.term()]
        + "\tswapped=" + h.swapped() + "\tcontent=" + h.content() + "\tminF=" + h.minSwapFreq() + "\tmaxF="
 + h.maxSwapFreq() + "\tdirect=" + h.allDirect() + "\tlearned=" + h.allLearned() + "\texc=" + model.isException(h.variantKey());
  }

  /** Every reading of the sentence as a spun variant of some term (overlapping), before exceptions and tiers. */
  public List<Hit> hits(List<Word> words) {
    return hits(words, false);
  }

  /**
   * @param reportable only readings that {@link SpinTier} could report: every swap a known spinner choice or a rare
   *     direct synonym. At run time this skips most of the thesaurus (per word, hundreds of links become a few), which
   *     keeps the lookup cheap; the generator wants every reading, to collect exceptions.
   */
  List<Hit> hits(List<Word> words, boolean reportable) {
    int n = words.size();
    int[][] forms = new int[n][];
    @SuppressWarnings("unchecked")
    List<Cand>[] cands = new List[n];
    List<Hit> out = new ArrayList<>(2);
    for (int i = 0; i < n; i++) {
      for (Cand c0 : cands(words, forms, cands, i, reportable)) {
        int next = i + c0.len();
        if (next >= n || cands(words, forms, cands, next, reportable).isEmpty()) {
          continue;  // every term has at least two words: nothing can follow, skip its terms
        }
        for (int f = model.firstStart[c0.tw()]; f < model.firstStart[c0.tw() + 1]; f++) {
          Hit h = matchTerm(words, forms, cands, i, c0, model.firstTerms[f], reportable);
          if (h != null) {
            out.add(h);
          }
        }
      }
    }
    return out;
  }

  private Hit matchTerm(List<Word> words, int[][] forms, List<Cand>[] cands, int i, Cand c0, int t,
                        boolean reportable) {
    int from = model.termStart[t];
    int len = model.termStart[t + 1] - from;
    int j = i + c0.len();
    StringBuilder key = new StringBuilder();
    appendBase(key, c0);
    int swapped = c0.syn() >= 0 ? 1 : 0;
    int minFreq = c0.syn() >= 0 ? model.synFreq[c0.syn()] : Integer.MAX_VALUE;
    boolean direct = c0.syn() < 0 || model.synDirect[c0.syn()];
    int maxFreq = c0.syn() >= 0 ? model.synFreq[c0.syn()] : 0;
    boolean learned = c0.syn() < 0 || model.synLearned[c0.syn()];
    // a weak (right-sense) learned swap is no known spinner choice for the picky tier's purposes
    int unlearned = c0.syn() >= 0 && (!model.synLearned[c0.syn()] || model.synWeak[c0.syn()]) ? 1 : 0;
    int maxUnlearnedFreq = unlearned > 0 ? model.synFreq[c0.syn()] : 0;
    int weak = c0.syn() >= 0 && model.synWeak[c0.syn()] ? 1 : 0;
    int minStrongFreq = c0.syn() >= 0 && !model.synWeak[c0.syn()] ? model.synFreq[c0.syn()] : Integer.MAX_VALUE;
    int content = FUNCTION_WORDS.contains(model.vocab.get(c0.tw())) ? 0 : 1;
    boolean[] kept = new boolean[len * 3];  // per text word of the span; synonyms may span up to three words
    int lastSyn = c0.syn();
    int unpublished = c0.syn() >= 0 && model.synUnpublished[c0.syn()] ? 1 : 0;
    int keptSwappable = 0;
    if (c0.syn() < 0) {
      kept[0] = true;
      keptSwappable += swappable[c0.tw()] ? 1 : 0;
    }
    for (int k = 1; k < len; k++) {
      if (j >= words.size() || !adjacent(words, j)) {
        return null;
      }
      int tw = model.termWords[from + k];
      Cand found = null;
      for (Cand c : cands(words, forms, cands, j, reportable)) {
        if (c.tw() == tw && (found == null || (found.syn() >= 0 && c.syn() < 0))) {
          found = c;  // prefer the term word itself over a synonym of the same length
        }
      }
      if (found == null) {
        return null;
      }
      if (!FUNCTION_WORDS.contains(model.vocab.get(tw))) {
        content++;
      }
      if (found.syn() >= 0) {
        swapped++;
        minFreq = Math.min(minFreq, model.synFreq[found.syn()]);
        direct &= model.synDirect[found.syn()];
        maxFreq = Math.max(maxFreq, model.synFreq[found.syn()]);
        learned &= model.synLearned[found.syn()];
        if (!model.synLearned[found.syn()] || model.synWeak[found.syn()]) {
          unlearned++;
          maxUnlearnedFreq = Math.max(maxUnlearnedFreq, model.synFreq[found.syn()]);
        }
        weak += model.synWeak[found.syn()] ? 1 : 0;
        unpublished += model.synUnpublished[found.syn()] ? 1 : 0;
        if (!model.synWeak[found.syn()]) {
          minStrongFreq = Math.min(minStrongFreq, model.synFreq[found.syn()]);
        }
      }
      key.append(' ');
      appendBase(key, found);
      lastSyn = found.syn();
      if (found.syn() < 0 && j - i < kept.length) {
        kept[j - i] = true;
      }
      if (found.syn() < 0) {
        keptSwappable += swappable[tw] ? 1 : 0;
      }
      j += found.len();
    }
    if (swapped == 0 || !nounPhrase(words, i, j, model.vocab.get(model.termWords[from + len - 1]).endsWith("ing"))) {
      return null;
    }
    return new Hit(i, j, t, key.toString(), swapped, content, minFreq, java.util.Arrays.copyOf(kept, j - i), direct, maxFreq, learned,
        unlearned, maxUnlearnedFreq, lastSyn, weak, minStrongFreq, unpublished, keptSwappable);
  }

  /** Word j follows word j-1 with nothing but space or a hyphen between them (no comma, bracket, quote). */
  private static boolean adjacent(List<Word> words, int j) {
    int gap = words.get(j).token() - words.get(j - 1).token();
    return gap == 0 || gap == 1;
  }

  /**
   * Spun terms stay noun phrases: the last word can be a noun (or a gerund where the term has one: haze figuring
   * for cloud computing), the others can be
   * modifiers (adjective, noun, participle, number). This keeps "theory provides" or "Tom got" from reading as spun
   * terms. A word the tagger does not know passes (rare synonyms often are unknown).
   */
  static boolean nounPhrase(List<Word> words, int from, int to, boolean gerundHead) {
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      if (w.tags().isEmpty() || FUNCTION_WORDS.contains(w.lower())) {
        continue;
      }
      boolean ok = false;
      for (String t : w.tags()) {
        if (t == null) {
          continue;
        }
        if (k == to - 1) {
          ok |= t.startsWith("NN") || (gerundHead && t.equals("VBG"));
        } else {
          ok |= t.startsWith("NN") || t.startsWith("JJ") || t.equals("VBG") || t.equals("VBN") || t.equals("CD");
        }
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private void appendBase(StringBuilder key, Cand c) {
    if (c.syn() < 0) {
      key.append(model.vocab.get(c.tw()));
      return;
    }
    for (int k = model.synStart[c.syn()]; k < model.synStart[c.syn() + 1]; k++) {
      if (k > model.synStart[c.syn()]) {
        key.append(' ');
      }
      key.append(model.vocab.get(model.synWords[k]));
    }
  }

  /** Vocabulary ids of word i's surface (lower-cased) and lemmas. */
  private int[] forms(List<Word> words, int[][] forms, int i) {
    int[] f = forms[i];
    if (f == null) {
      Word w = words.get(i);
      int[] tmp = new int[1 + w.lemmas().size()];
      int n = 0;
      int id = model.id(w.surface().toLowerCase(Locale.ROOT));
      if (id >= 0) {
        tmp[n++] = id;
      }
      for (String l : w.lemmas()) {
        id = model.id(l);
        if (id >= 0 && !contains(tmp, n, id)) {
          tmp[n++] = id;
        }
      }
      f = java.util.Arrays.copyOf(tmp, n);
      forms[i] = f;
    }
    return f;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int k = 0; k < n; k++) {
      if (a[k] == v) {
        return true;
      }
    }
    return false;
  }

  /** Whether a term word looks like a participle: -ing, or a past participle (-ed, -en: "broken", "hidden"). */
  private static boolean participle(String termWord, boolean ing) {
    return ing ? termWord.endsWith("ing") : termWord.endsWith("ed") || termWord.endsWith("en");
  }

  private List<Cand> cands(List<Word> words, int[][] forms, List<Cand>[] cands, int i, boolean reportable) {
    List<Cand> c = cands[i];
    if (c != null) {
      return c;
    }
    c = new ArrayList<>(0);
    String surface = words.get(i).lower();
    // irregular past participles too ("hidden" read by its lemma "hide" is no spun "skin")
    boolean irregular = !surface.endsWith("ed") && words.get(i).tags().contains("VBN");
    boolean verbForm = surface.endsWith("ing") || surface.endsWith("ed") || irregular;
    int surfaceId = model.id(surface);
    for (int id : forms(words, forms, i)) {
      if (model.isTermWord[id]) {
        addCand(c, new Cand(id, 1, -1));
      }
      // a participle read by its lemma as a synonym of a noun or adjective ("organized" for network, "showing" for
      // model) is a verb the spinner never wrote: spinners put the synonym in the term word's own form
      boolean participleByLemma = verbForm && id != surfaceId;
      for (int r = model.revStart[id]; r < model.revStart[id + 1]; r++) {
        int s = model.revSyn[r];
        int owner = model.synOwner[s];
        if (participleByLemma && !participle(model.vocab.get(owner), surface.endsWith("ing"))) {
          continue;
        }
        if (owner == id || !model.isTermWord[owner]
            || (reportable && !model.synLearned[s] && !(model.synDirect[s] && model.synFreq[s] <= SpinTier.RARE_FREQ))) {
          continue;
        }
        int slen = model.synStart[s + 1] - model.synStart[s];
        if (i + slen > words.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 1; k < slen && ok; k++) {
          ok = contains(forms(words, forms, i + k), forms(words, forms, i + k).length, model.synWords[model.synStart[s] + k]);
        }
        if (ok) {
          addCand(c, new Cand(owner, slen, s));
        }
      }
    }
    cands[i] = c;
    return c;
  }

  /**
   * One candidate per (term word, length): the word itself beats a synonym, and a known spinner choice beats a plain
   * thesaurus link ("woodlands" may be read as the synonym "woodlands" or, by lemma, the learned "woodland").
   */
  private void addCand(List<Cand> c, Cand x) {
    for (int k = 0; k < c.size(); k++) {
      Cand y = c.get(k);
      if (y.tw() == x.tw() && y.len() == x.len()) {
        if (rank(x) > rank(y)) {
          c.set(k, x);
        }
        return;
      }
    }
    c.add(x);
  }

  private int rank(Cand c) {
    if (c.syn() < 0) {
      return 3;
    }
    return model.synLearned[c.syn()] ? 2 : model.synDirect[c.syn()] ? 1 : 0;
  }
}
