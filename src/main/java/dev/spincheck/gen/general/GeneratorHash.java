package dev.spincheck.gen.general;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the generator code, written into every generated table's header: a test compares it with the
 * current classes and fails when a table is stale (the generator changed but the table was not regenerated).
 * Hashes the generator source files (run from the project directory).
 */
public final class GeneratorHash {

  /** The files that determine the generated tables (relative to the project directory). */
  public static final List<String> SOURCES = List.of(
      "src/main/java/dev/spincheck/gen/general/ArticleSwapTableGenerator.java",
      "src/main/java/dev/spincheck/gen/general/CollocationTableGenerator.java",
      "src/main/java/dev/spincheck/gen/general/NounSlotTableGenerator.java",
      "src/main/java/dev/spincheck/gen/general/VerbSlotTableGenerator.java",
      "src/main/java/dev/spincheck/gen/general/FixedExpressionGenerator.java",
      "src/main/java/dev/spincheck/gen/general/FixedExpressions.java",
      "src/main/java/dev/spincheck/gen/general/Moby.java",
      "src/main/java/dev/spincheck/gen/general/Brown.java",
      "src/main/java/dev/spincheck/gen/general/lm/SphinxBigramScorer.java",
      "src/main/java/dev/spincheck/gen/general/lm/LmTableGenerator.java",
      "src/main/java/dev/spincheck/gen/DebianDocs.java",
      "rules/data/general-fixed-expressions.tsv");

  private GeneratorHash() {
  }

  public static String current() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : SOURCES) {
        java.nio.file.Path p = java.nio.file.Path.of(s);
        if (java.nio.file.Files.exists(p)) {
          md.update(java.nio.file.Files.readAllBytes(p));
        }
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
