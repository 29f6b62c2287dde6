package dev.spincheck.lexicon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compositional matcher on a hand-built model: swaps, inflection, multiword synonyms, exceptions, tiers. */
class SpinMatcherTest {

  private static SpinMatcher matcher() {
    SpinModel.Builder b = new SpinModel.Builder();
    b.addTerm("deep learning", (short) -150, true);
    b.addTerm("neural network", (short) -120, true);
    b.addTerm("signal to noise", (short) -200, true);
    b.addTerm("breast cancer", (short) -90, true);
    b.addTerm("cloud computing", SpinModel.NO_LM, true);
    b.addTerm("acute myocardial infarction", (short) -250, true);
    b.addTerm("myocardial infarction", (short) -20, true);
    b.addTerm("statistical analysis", (short) -150, true);
    b.addTerm("nuclear power", (short) -150, true);
    b.addTerm("project management", (short) -150, true);
    // learned = one of the spinner's known choices (default tier); the others are plain thesaurus links
    b.addSynonym("deep", "profound", 11, true, true);
    b.addSynonym("network", "organization", 12, true, true);
    b.addSynonym("network", "web", 16, true, true);
    b.addSynonym("signal", "flag", 14, true, true);
    b.addSynonym("noise", "clamor", 8, true, true);
    b.addSynonym("breast", "bosom", 10, true, true);
    b.addSynonym("cancer", "malignant growth", 9, true, true);
    b.addSynonym("cloud", "haze", 8, true, false);
    b.addSynonym("computing", "figuring", 8, true, false);
    b.addSynonym("learning", "education", 16, true, false);
    b.addSynonym("infarction", "localized necrosis", 5, true, true);
    b.addSynonym("statistical", "measurable", 10, true, true, true);  // weak: a right-sense near-synonym
    b.addSynonym("nuclear", "atomic", 12, true, true, true);
    b.addSynonym("analysis", "examination", 11, true, true);
    b.addSynonym("project", "venture", 12, true, true);
    b.addTerm("steady state", (short) -150, true);
    b.addSynonym("steady", "consistent", 12, true, true, false, true);  // only the team's list names it
    b.addSynonym("state", "condition", 12, true, true);
    b.addSynonym("state", "circumstance", 10, true, true);
    b.addSynonym("management", "the executives", 12, true, true);
    b.addTerm("total variance", (short) -150, true);
    b.addSynonym("total", "absolute", 14, true, true);
    b.addSynonym("variance", "difference", 15, true, true);
    b.addSynonym("variance", "dissonance", 7, true, true);
    b.addTerm("skin cell", (short) -150, true);
    b.addSynonym("skin", "hide", 12, true, true);
    b.addSynonym("cell", "unit", 15, true, true);
    b.addTerm("church building", (short) -150, false);  // a WordNet multiword noun no team list names
    b.addSynonym("building", "edifice", 9, true, true);
    b.addException("profound education");
    return new SpinMatcher(b.build());
  }

  /** Words as LanguageTool would analyse them: "w" or "w/lemma/TAG"; "a-b" stays one token split into words. */
  static List<Word> words(String... toks) {
    List<Word> out = new ArrayList<>();
    int pos = 0;
    for (int t = 0; t < toks.length; t++) {
      String[] parts = toks[t].split("-");
      for (String p : parts) {
        String[] f = p.split("/");
        Set<String> lemmas = f.length > 1 ? Set.of(f[1]) : Set.of(f[0].toLowerCase());
        Set<String> tags = f.length > 2 ? Set.of(f[2]) : Set.of("NN");
        out.add(new Word(f[0], lemmas, tags, pos, pos + f[0].length(), t));
        pos += f[0].length() + 1;
      }
    }
    return out;
  }

  private static List<PhraseMatch> find(String... toks) {
    return matcher().find(words(toks), Inflector.ENGLISH);
  }

  @Test
  void findsOneWordSwapAndSuggestsTheTermInTheTextsCase() {
    List<PhraseMatch> m = find("Profound", "learning", "works");
    assertEquals(1, m.size());
    assertEquals("Deep learning", m.get(0).expected());
    assertEquals(0, m.get(0).from());
    assertEquals(2, m.get(0).to());
  }

  @Test
  void pluralOfTheSwappedHeadGivesAPluralSuggestion() {
    List<PhraseMatch> m = find("two", "neural", "organizations/organization/NNS");
    assertEquals(1, m.size());
    assertEquals("neural networks", m.get(0).expected());
    assertEquals("neural organizations", m.get(0).found());
  }

  @Test
  void hyphenatedAndSpacedVariantsBothMatch() {
    // the suggestion takes the text's hyphens
    assertEquals("signal-to-noise", find("the", "flag-to-clamor", "ratio").get(0).expected());
    assertEquals("signal to noise", find("the", "flag", "to", "clamor", "ratio").get(0).expected());
  }

  @Test
  void multiwordSynonym() {
    List<PhraseMatch> m = find("bosom", "malignant", "growth", "risk");
    assertEquals(1, m.size());
    assertEquals(3, m.get(0).to());
    assertEquals("breast cancer", m.get(0).expected());
  }

  @Test
  void theTermItselfAndAttestedVariantsAreNotReported() {
    assertTrue(find("deep", "learning").isEmpty());
    assertTrue(find("profound", "education").isEmpty(), "attested: an exception");
  }

  @Test
  void aKeptWordThatTheSpinnerWouldHaveSwappedMakesTheReadingLessLikely() {
    SpinModel.Builder b = new SpinModel.Builder();
    b.addTerm("risk assessment", (short) -150, true);
    b.addTerm("hazard assessment", (short) -150, true);
    b.addSynonym("risk", "hazard", 12, true, true);
    b.addSynonym("hazard", "peril", 9, true, true);
    b.addSynonym("assessment", "appraisal", 11, true, true);
    // "hazard assessment" keeps "hazard", which the spinner swaps: it would have written "peril appraisal"
    List<PhraseMatch> m = new SpinMatcher(b.build()).find(words("hazard", "appraisal"), Inflector.ENGLISH);
    assertEquals("risk assessment", m.get(0).expected());
  }

  @Test
  void tiers() {
    // only the spinner's known swaps, on an established term: default
    assertEquals(PhraseMatch.Tier.DEFAULT, find("flag", "to", "clamor").get(0).tier());
    assertEquals(PhraseMatch.Tier.DEFAULT, find("profound", "learning").get(0).tier());
    // rare direct thesaurus synonyms on a team-listed term: picky
    assertEquals(PhraseMatch.Tier.PICKY, find("haze", "figuring").get(0).tier());
    // a common thesaurus synonym: not reported at all
    assertTrue(find("deep", "education").isEmpty());
    // one very common word swapped into an intact term is often ordinary English, even if spinners use it
    assertTrue(find("neural", "web").stream().noneMatch(m -> m.tier() == PhraseMatch.Tier.DEFAULT));
  }

  @Test
  void capitalisedSwappedWordsInsideTheSpanAreSkipped() {
    // a swapped word with a capital mid-sentence is a name ("the neural Organization" is not spun)
    assertTrue(find("the", "neural", "Organization").isEmpty());
    // title case is fine, and so is a kept word that is a name
    assertEquals("Neural network", find("the", "Neural", "Organization").get(0).expected());
    assertEquals(1, find("Profound", "learning").size());
  }

  @Test
  void aWeakSwapCountsOnlyBesideAStrongOne() {
    // statistical -> measurable alone is ordinary English; with examination for analysis it is the spinner's
    assertEquals(PhraseMatch.Tier.DEFAULT, find("measurable", "examination").get(0).tier());
    assertTrue(find("atomic", "power").stream().noneMatch(m -> m.tier() == PhraseMatch.Tier.DEFAULT));
  }

  @Test
  void keptLeadingWordsAreLeftOutWhenTheRestIsAnEstablishedTerm() {
    List<PhraseMatch> m = find("an", "acute", "myocardial", "localized", "necrosis");
    assertEquals(1, m.size());
    assertEquals("myocardial localized necrosis", m.get(0).found());
    assertEquals("myocardial infarction", m.get(0).expected());
  }

  @Test
  void aPluralSynonymDoesNotMakeThePluralOfTheTerm() {
    List<PhraseMatch> m = find("venture", "the", "executives/executive/NNS");
    assertEquals("project management", m.get(0).expected());
  }

  @Test
  void anUnpublishedSwapAloneIsOnlyPicky() {
    // "consistent state" is ordinary technical English: one unpublished swap to a common word is not enough
    assertTrue(find("a", "consistent", "state").stream().noneMatch(m -> m.tier() == PhraseMatch.Tier.DEFAULT));
    // beside another swap it counts when the reading has an uncommon word: "a consistent condition" is all common
    // words, "a consistent circumstance" is not
    assertTrue(find("a", "consistent", "condition").stream().noneMatch(m -> m.tier() == PhraseMatch.Tier.DEFAULT));
    assertEquals(PhraseMatch.Tier.DEFAULT, find("a", "consistent", "circumstance").get(0).tier());
  }

  @Test
  void swapsAllToEverydayWordsAreNoEvidence() {
    // "absolute differences" is everyday technical English, however many learned swaps it takes to read it as spun
    assertTrue(find("the", "absolute", "differences/difference/NNS").stream()
        .noneMatch(m -> m.tier() == PhraseMatch.Tier.DEFAULT));
    // one less common choice among them is the spinner's
    assertEquals(PhraseMatch.Tier.DEFAULT, find("the", "absolute", "dissonance").get(0).tier());
  }

  @Test
  void anIrregularParticipleReadByItsLemmaIsNoSpunNoun() {
    // "hidden" is the participle of "hide", not the noun that stands for skin: the spinner would have written "hide"
    assertTrue(find("the", "hidden/hide/VBN", "units/unit/NNS").isEmpty());
    assertEquals("skin cells", find("the", "hide", "units/unit/NNS").get(0).expected());
  }

  @Test
  void aTermOnlyWordNetNamesIsReportedOnlyAtThePickyLevel() {
    // "church edifice" is everyday English; paper mills torture the team-listed field terms
    assertEquals(PhraseMatch.Tier.PICKY, find("the", "church", "edifice").get(0).tier());
  }
}
