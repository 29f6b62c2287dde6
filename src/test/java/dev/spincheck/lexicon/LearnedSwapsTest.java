package dev.spincheck.lexicon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Aligning a tortured phrase with its term yields the spinner's word-level choices. */
class LearnedSwapsTest {

  @Test
  void alignsWordForWordAndPhraseForWord() throws Exception {
    String table = "tortured\texpected\tsource\n"
        + "mean square blunder\tmean square error\tx\n"
        + "lung malignant growth\tlung cancer\tx\n"
        + "counterfeit consciousness\tartificial intelligence\tx\n"
        + "mean square blunder\tmean square error\tduplicate\n";
    List<String[]> swaps = LearnedSwaps.from(Tsv.read("t.tsv",
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of("error>blunder", "cancer>malignant growth", "artificial>counterfeit",
        "intelligence>consciousness"), swaps.stream().map(s -> s[0] + ">" + s[1]).toList());
  }

  @Test
  void cutsAPhraseThatRecursBesideOtherTerms() throws Exception {
    // "the executives" stands for management beside two different terms, so "calamity the executives" is cut as
    // calamity | the executives, which also teaches disaster -> calamity; "web based life" has no recurring piece
    String table = "tortured\texpected\tsource\n"
        + "hazard the executives\trisk management\tx\n"
        + "calamity the executives\tdisaster management\tx\n"
        + "emergency the executives\tcrisis management\tx\n"
        + "web based life\tsocial media\tx\n";
    List<String[]> swaps = LearnedSwaps.from(Tsv.read("t.tsv",
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of("risk>hazard", "management>the executives", "disaster>calamity", "crisis>emergency"),
        swaps.stream().map(s -> s[0] + ">" + s[1]).toList());
  }
}
