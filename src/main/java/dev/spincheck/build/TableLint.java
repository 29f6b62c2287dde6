package dev.spincheck.build;

import dev.spincheck.lexicon.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lints every data table under {@code rules/}: it must parse as {@link Tsv}, have a {@code source} column filled on
 * every row, and its rows must be sorted and unique, so that diffs stay reviewable and a row's provenance is known.
 */
public final class TableLint {

  private TableLint() {
  }

  public static List<String> lintTree(Path dir) throws IOException {
    List<String> errors = new ArrayList<>();
    List<Path> tables;
    try (Stream<Path> s = Files.walk(dir)) {
      tables = s.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".tsv.gz")).sorted().toList();
    }
    for (Path p : tables) {
      errors.addAll(lint(p));
    }
    return errors;
  }

  public static List<String> lint(Path table) throws IOException {
    List<String> errors = new ArrayList<>();
    Tsv tsv;
    try (InputStream in = Files.newInputStream(table)) {
      tsv = Tsv.read(table.toString(), in);
    } catch (Tsv.TableException e) {
      return List.of(e.getMessage());
    }
    int source = tsv.columns.indexOf("source");
    if (source < 0) {
      errors.add(table + ":1: a data table needs a 'source' column");
    }
    String previous = null;
    Set<String> seen = new HashSet<>();
    for (Tsv.Row row : tsv.rows) {
      String line = String.join("\t", row.cells());
      if (source >= 0 && row.get(source).isBlank()) {
        errors.add(table + ":" + row.line() + ": empty source");
      }
      if (!seen.add(line)) {
        errors.add(table + ":" + row.line() + ": duplicate row");
      } else if (previous != null && previous.compareTo(line) > 0) {
        errors.add(table + ":" + row.line() + ": rows not sorted (LC_ALL=C sort)");
      }
      previous = line;
      if (errors.size() > 20) {
        break;
      }
    }
    return errors;
  }
}
