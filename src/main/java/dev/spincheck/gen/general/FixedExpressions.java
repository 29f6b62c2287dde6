package dev.spincheck.gen.general;

import dev.spincheck.lexicon.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The team's list of fixed expressions, {@code rules/data/general-fixed-expressions.tsv}. */
public final class FixedExpressions {

  public static final String FILE = "general-fixed-expressions.tsv";

  private FixedExpressions() {
  }

  /** Expression to its kind (title, institution, place, collocation, idiom). */
  public static java.util.Map<String, String> kinds(Path table) throws IOException {
    try (InputStream in = Files.newInputStream(table)) {
      Tsv tsv = Tsv.read(table.toString(), in);
      java.util.Map<String, String> out = new java.util.HashMap<>();
      for (Tsv.Row r : tsv.rows) {
        out.put(r.get(tsv.column("expression")), r.get(tsv.column("kind")));
      }
      return out;
    }
  }

  public static List<String> load(Path table) throws IOException {
    try (InputStream in = Files.newInputStream(table)) {
      Tsv tsv = Tsv.read(table.toString(), in);
      int col = tsv.column("expression");
      List<String> out = new ArrayList<>();
      for (Tsv.Row r : tsv.rows) {
        out.add(r.get(col));
      }
      return out;
    }
  }
}
