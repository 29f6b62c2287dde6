package dev.spincheck.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The pack's table format: UTF-8, tab-separated; a block of {@code #} comment lines (purpose, licence, sources), then
 * one row of column names, then data rows. A {@code #} line among the rows is a retired row kept with its reason.
 * Malformed input raises {@link TableException} naming the table and line.
 */
public final class Tsv {

  /** One data row with its line number, for error messages. */
  public record Row(int line, String[] cells) {
    public String get(int i) {
      return cells[i];
    }
  }

  public final String name;
  public final List<String> columns;
  public final List<Row> rows;

  private Tsv(String name, List<String> columns, List<Row> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  public int column(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new TableException(name + ":1: missing column '" + column + "' (has " + columns + ")");
    }
    return i;
  }

  public static Tsv read(String name, InputStream raw) throws IOException {
    InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      List<String> columns = null;
      List<Row> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || (columns != null && line.isEmpty())) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (columns == null) {
          columns = List.of(cells);
          continue;
        }
        if (cells.length != columns.size()) {
          throw new TableException(name + ":" + n + ": expected " + columns.size() + " tab-separated columns "
              + columns + ", found " + cells.length);
        }
        rows.add(new Row(n, cells));
      }
      if (columns == null) {
        throw new TableException(name + ":" + n + ": no column row");
      }
      return new Tsv(name, columns, Collections.unmodifiableList(rows));
    }
  }

  /**
   * Reads a large table row by row without holding it (the LM's bigrams): the same format and errors as
   * {@link #read}, and the column row must be {@code columns}.
   */
  public static void forEachRow(String name, InputStream raw, List<String> columns,
                                java.util.function.Consumer<Row> row) throws IOException {
    InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      boolean header = false;
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || (header && line.isEmpty())) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (!header) {
          if (!List.of(cells).equals(columns)) {
            throw new TableException(name + ":" + n + ": expected the columns " + columns + ", found " + List.of(cells));
          }
          header = true;
          continue;
        }
        if (cells.length != columns.size()) {
          throw new TableException(name + ":" + n + ": expected " + columns.size() + " tab-separated columns "
              + columns + ", found " + cells.length);
        }
        row.accept(new Row(n, cells));
      }
      if (!header) {
        throw new TableException(name + ":" + n + ": no column row");
      }
    }
  }

  /** A malformed data table: the message names the table and the line. */
  public static final class TableException extends RuntimeException {
    public TableException(String message) {
      super(message);
    }
  }
}
