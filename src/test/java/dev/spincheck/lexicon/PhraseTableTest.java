package dev.spincheck.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The lexicon's matching on plain words, without LanguageTool. */
class PhraseTableTest {

  private static Word w(String s, int start, String lemma, String tag) {
    return new Word(s, lemma == null ? Set.of() : Set.of(lemma), tag == null ? Set.of() : Set.of(tag), start, start + s.length(), start);
  }

  @Test
  void matchesOnLemmaAndInflectsTheSuggestion() {
    PhraseTable t = new PhraseTable();
    t.add("irregular woodland", "random forest", PhraseMatch.Tier.DEFAULT, "test");
    List<Word> words = List.of(w("Two", 0, "two", "CD"), w("Irregular", 4, "irregular", "JJ"), w("woodlands", 14, "woodland", "NNS"));
    PhraseMatch m = t.matchAt(words, 1, Inflector.ENGLISH);
    assertEquals("Random forests", m.expected());
    assertEquals(1, m.from());
    assertEquals(3, m.to());
    assertNull(t.matchAt(words, 0, Inflector.ENGLISH));
  }

  @Test
  void fieldNamesStayAsTheyAre() {
    // a plural word in the text ("liquid elements") must not turn "fluid dynamics" into "fluid dynamicses"
    assertEquals("fluid dynamics", PhraseTable.pluralizeLast("fluid dynamics", Inflector.ENGLISH));
    assertEquals("time series", PhraseTable.pluralizeLast("time series", Inflector.ENGLISH));
    assertEquals("error analyses", PhraseTable.pluralizeLast("error analysis", Inflector.ENGLISH));
  }

  @Test
  void longestEntryWins() {
    PhraseTable t = new PhraseTable();
    t.add("profound learning", "deep learning", PhraseMatch.Tier.DEFAULT, "test");
    t.add("profound neural organization", "deep neural network", PhraseMatch.Tier.DEFAULT, "test");
    List<Word> words = List.of(w("profound", 0, null, null), w("neural", 9, null, null), w("organization", 16, null, null));
    assertEquals("deep neural network", t.matchAt(words, 0, Inflector.ENGLISH).expected());
  }

  @Test
  void casingFollowsTheText() {
    assertEquals("Deep learning", Casing.like("Profound learning", "deep learning"));
    assertEquals("DEEP LEARNING", Casing.like("PROFOUND LEARNING", "deep learning"));
    assertEquals("deep learning", Casing.like("profound learning", "deep learning"));
  }

  @Test
  void regularAndLearnedPlurals() {
    assertEquals("networks", Inflector.ENGLISH.plural("network"));
    assertEquals("analyses", Inflector.ENGLISH.plural("analysis"));
    assertEquals("matrices", Inflector.ENGLISH.plural("matrix"));
    assertEquals("studies", Inflector.ENGLISH.plural("study"));
    assertEquals("boxes", Inflector.ENGLISH.plural("box"));
  }

  @Test
  void malformedTableNamesFileAndLine() {
    var in = new java.io.ByteArrayInputStream("# x\ntortured\texpected\na\tb\nc\n".getBytes());
    Tsv.TableException e = org.junit.jupiter.api.Assertions.assertThrows(Tsv.TableException.class, () -> Tsv.read("t.tsv", in));
    assertEquals("t.tsv:4: expected 2 tab-separated columns [tortured, expected], found 1", e.getMessage());
  }
}
