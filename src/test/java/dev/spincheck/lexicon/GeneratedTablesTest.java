package dev.spincheck.lexicon;

import dev.spincheck.build.TableLint;
import dev.spincheck.gen.InputsHash;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated tables are not stale: each header records the SHA-256 of the generator's committed inputs (its code,
 * the matcher, the team's term lists and hand-written table, the external sources' versions), recomputed here. When
 * this fails, regenerate (see docs/tortured-phrases.md) and commit the tables.
 */
class GeneratedTablesTest {

  static final List<String> TABLES = List.of("spin-terms.tsv.gz", "spin-synonyms.tsv.gz", "spin-exceptions.tsv.gz");

  @Test
  void tablesAreFreshAndLint() throws Exception {
    Path root = Path.of(".");
    String expected = InputsHash.compute(root);
    for (String t : TABLES) {
      Path p = root.resolve("rules/data").resolve(t);
      assertEquals("# inputs-sha256: " + expected, hashLine(p),
          t + " is stale: an input of the generator changed since it was generated; regenerate it");
      assertEquals(List.of(), TableLint.lint(p), t);
    }
  }

  @Test
  void modelLoadsWithTensOfThousandsOfTerms() {
    SpinModel m = Lexicon.get().model();
    assertTrue(m.termCount() > 10_000, "terms: " + m.termCount());
    assertTrue(m.synonymCount() > 10_000, "reportable synonym links: " + m.synonymCount());
  }

  private static String hashLine(Path gz) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && line.startsWith("#")) {
        if (line.startsWith("# inputs-sha256: ")) {
          return line;
        }
      }
    }
    return "(no inputs-sha256 line)";
  }
}
