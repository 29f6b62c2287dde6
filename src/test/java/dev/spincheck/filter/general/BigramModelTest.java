package dev.spincheck.filter.general;

import dev.spincheck.lexicon.Tsv;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped copy of the LM gives what the generator wrote, and its reader names the line of a bad row. */
class BigramModelTest {

  @Test
  void listedBigramsAndBackOff() {
    BigramModel lm = GeneralTables.bigramModel();
    assertTrue(lm.knows("military") && lm.knows("activities"));
    // a collocation the LM lists is far likelier than the unknown-history estimate of the same word
    assertTrue(lm.bigram("military", "activities") > lm.bigram("military", "ventures") + 1);
    // an unknown history (a name, punctuation) falls back on the word's own probability, a tenth down
    assertEquals(lm.unigram("activities") - 1, lm.bigram(",", "activities"), 1e-6);
    // an unknown word scores a constant, which cancels between a word and its synonym
    assertEquals(-7, lm.bigram("military", "zzzqx"), 1e-6);
    assertNull(lm.unigram("zzzqx"));
  }

  @Test
  void originalsAreCommonerWordsMostFrequentFirst() {
    BigramModel lm = GeneralTables.bigramModel();
    String[] o = lm.originals("ventures");
    assertTrue(List.of(o).contains("activities"), "Moby lists 'ventures' under 'activities'");
    for (int i = 1; i < o.length; i++) {
      assertTrue(lm.unigram(o[i - 1]) >= lm.unigram(o[i]), "most frequent first: " + List.of(o));
    }
    assertNull(lm.originals("the"));
  }

  @Test
  void aMalformedRowNamesTheTableAndLine() {
    String table = "# comment\nfirst\tsecond\tlogp\tsource\na\tb\t-1.0\tlm\na\tc\n";
    List<String[]> rows = new ArrayList<>();
    Tsv.TableException e = assertThrows(Tsv.TableException.class, () -> Tsv.forEachRow("t.tsv",
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), List.of("first", "second", "logp", "source"),
        r -> rows.add(r.cells())));
    assertTrue(e.getMessage().startsWith("t.tsv:4:"), e.getMessage());
    assertArrayEquals(new String[] {"a", "b", "-1.0", "lm"}, rows.get(0));
    Tsv.TableException columns = assertThrows(Tsv.TableException.class, () -> Tsv.forEachRow("u.tsv",
        new ByteArrayInputStream("word\tlogp\n".getBytes(StandardCharsets.UTF_8)), List.of("word", "logp", "backoff"),
        r -> { }));
    assertTrue(columns.getMessage().startsWith("u.tsv:1:"), columns.getMessage());
  }
}
