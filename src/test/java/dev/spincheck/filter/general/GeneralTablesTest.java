package dev.spincheck.filter.general;

import dev.spincheck.build.TableLint;
import dev.spincheck.gen.general.GeneratorHash;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated general-English tables: well-formed (sorted, unique, a source on every row) and not stale. A table
 * is stale when the generator code or its team-written input changed after it was generated; regenerate with the
 * commands in docs/general-english.md.
 */
class GeneralTablesTest {

  static final List<String> GENERATED = List.of(GeneralTables.COLLOCATIONS, GeneralTables.RARE_SYNONYMS,
      GeneralTables.EXCEPTIONS, GeneralTables.FIXED_FORMS, GeneralTables.FIXED_SYNONYMS, GeneralTables.FIXED_EXCEPTIONS,
      GeneralTables.FIXED_COMPOUNDS, GeneralTables.ARTICLE_SWAPS,
      GeneralTables.NOUN_SLOT_SWAPS, GeneralTables.VERB_SLOT_SWAPS, BigramModel.UNIGRAMS, BigramModel.BIGRAMS,
      BigramModel.SWAPS);

  @Test
  void generatorInputsArePresent() {
    for (String s : GeneratorHash.SOURCES) {
      assertTrue(Files.exists(Path.of(s)), "generator input missing (tests run from the project directory): " + s);
    }
  }

  @Test
  void generatedTablesAreNotStale() throws IOException {
    String current = GeneratorHash.current();
    for (String t : GENERATED) {
      String recorded = header(Path.of("rules/data", t));
      assertEquals(current, recorded, t + " is stale: the generator or its inputs changed since it was generated."
          + " Regenerate it (docs/general-english.md, 'Regenerating the tables').");
    }
  }

  @Test
  void tablesPassTheLint() throws IOException {
    for (String t : GENERATED) {
      assertEquals(List.of(), TableLint.lint(Path.of("rules/data", t)), t);
    }
    assertEquals(List.of(), TableLint.lint(Path.of("rules/data/general-fixed-expressions.tsv")));
  }

  @Test
  void tablesLoad() {
    assertFalse(GeneralTables.fixed().byFirstWord().isEmpty());
    assertFalse(GeneralTables.collocations().collocations().isEmpty());
    assertFalse(GeneralTables.collocations().rareSynonyms().isEmpty());
    assertFalse(GeneralTables.articleSwaps().isEmpty());
    assertFalse(GeneralTables.nounSlotSwaps().isEmpty());
    assertFalse(GeneralTables.verbSlotSwaps().isEmpty());
  }

  static String header(Path gz) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && line.startsWith("#")) {
        if (line.startsWith("# generator-hash: ")) {
          return line.substring("# generator-hash: ".length()).trim();
        }
      }
    }
    return "(none)";
  }
}
