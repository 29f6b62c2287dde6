package dev.spincheck.lexicon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Aligning a tortured phrase with its term yields the spinner's word-level choices. */
class LearnedSwapsTest {

  /** The swaps learned from rows of "tortured TAB expected", as "word>spun". */
  private static List<String> learned(String... rows) throws Exception {
    String table = "tortured\texpected\tsource\n" + String.join("\tx\n", rows) + "\tx\n";
    return LearnedSwaps.from(Tsv.read("t.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
        .stream().map(s -> s[0] + ">" + s[1]).toList();
  }

  @Test
  void alignsWordForWordAndPhraseForWord() throws Exception {
    assertEquals(List.of("error>blunder", "cancer>malignant growth", "artificial>counterfeit",
        "intelligence>consciousness"), learned("mean square blunder\tmean square error", "lung malignant growth\tlung cancer",
        "counterfeit consciousness\tartificial intelligence", "mean square blunder\tmean square error"));
  }

  @Test
  void cutsAPhraseThatRecursBesideOtherTerms() throws Exception {
    // "the executives" stands for management beside two different terms, so "calamity the executives" is cut as
    // calamity | the executives, which also teaches disaster -> calamity; "web based life" has no recurring piece
    assertEquals(List.of("risk>hazard", "management>the executives", "disaster>calamity", "crisis>emergency"),
        learned("hazard the executives\trisk management", "calamity the executives\tdisaster management",
            "emergency the executives\tcrisis management", "web based life\tsocial media"));
  }

  @Test
  void onlyTheTeamsRowsMakeASwapPublished() throws Exception {
    // a helper's unsure recall teaches swaps too, but LearnedSwaps.verified keeps them out of the published ones
    String table = "tortured\texpected\tsource\n"
        + "mean square blunder\tmean square error\tteam (own knowledge of published cases)\n"
        + "passionate knowledge\temotional intelligence\thelper (recall of published cases, from memory)\n";
    Tsv t = Tsv.read("t.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("error>blunder", "emotional>passionate", "intelligence>knowledge"),
        LearnedSwaps.from(t).stream().map(s -> s[0] + ">" + s[1]).toList());
    assertEquals(List.of("error>blunder"),
        LearnedSwaps.from(t, LearnedSwaps::verified).stream().map(s -> s[0] + ">" + s[1]).toList());
  }
}
