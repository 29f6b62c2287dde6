package dev.spincheck.lexicon;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User lists (system property spincheck.userLists): read, matched with inflection, and a broken one never throws. */
class UserListTest {

  @Test
  void userListEntriesAreFound() throws Exception {
    Path dir = Files.createTempDirectory("userlist");
    Path list = dir.resolve("mine.tsv");
    Files.writeString(list, "# my list\ntortured\texpected\tsource\nfrobnicated widget\tquantum computer\tme\n");
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, "tortured\texpected\nonly one cell\n");
    Lexicon lex = Lexicon.load(List.of(list, broken, dir.resolve("missing.tsv")));
    List<PhraseMatch> m = lex.find(SpinMatcherTest.words("two", "frobnicated", "widgets/widget/NNS", "ran"), Inflector.ENGLISH);
    assertEquals(1, m.size(), m.toString());
    assertEquals("quantum computers", m.get(0).expected());
    assertEquals("me", m.get(0).source());
    assertTrue(Lexicon.load(List.of()).find(SpinMatcherTest.words("frobnicated", "widget"), Inflector.ENGLISH).isEmpty());
  }

  @Test
  void aTypographicApostropheInAListIsThePlainOne() throws Exception {
    Path list = Files.createTempDirectory("userlist").resolve("curly.tsv");
    Files.writeString(list, "tortured\texpected\nFrobnick\u2019s widget\tHooke's law\n");
    Lexicon lex = Lexicon.load(List.of(list));
    // the text's possessive is one word with a plain apostrophe (SentenceWords)
    List<PhraseMatch> m = lex.find(SpinMatcherTest.words("the", "Frobnick's", "widget", "holds"), Inflector.ENGLISH);
    assertEquals(1, m.size(), m.toString());
    assertEquals("Hooke's law", m.get(0).expected());
  }
}
