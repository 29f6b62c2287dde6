package dev.spincheck.gen.general;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Moby thesaurus (npm {@code moby@1.1.2}, {@code words.txt}; public domain): one line per headword,
 * {@code headword,synonym,synonym,...}. Generator-side only: the pack ships tables derived from it, not the file.
 * Links are taken in the direction a spinner uses them: from the original word (headword) to the word it writes.
 */
public final class Moby {

  private final Map<String, List<String>> synonyms;

  private Moby(Map<String, List<String>> synonyms) {
    this.synonyms = synonyms;
  }

  public static Moby load(Path wordsTxt) throws IOException {
    Map<String, List<String>> map = new HashMap<>(40_000);
    try (BufferedReader r = Files.newBufferedReader(wordsTxt, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split(",");
        if (parts.length < 2) {
          continue;
        }
        String head = parts[0].trim().toLowerCase(Locale.ROOT);
        Set<String> syns = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
          String s = parts[i].trim();
          if (!s.isEmpty() && !s.equalsIgnoreCase(head)) {
            syns.add(s);
          }
        }
        map.merge(head, new ArrayList<>(syns), (a, b) -> {
          a.addAll(b);
          return a;
        });
      }
    }
    return new Moby(map);
  }

  /** What a spinner may write for {@code word} (lower-case headword); empty when not a headword. */
  public List<String> of(String word) {
    return synonyms.getOrDefault(word.toLowerCase(Locale.ROOT), Collections.emptyList());
  }

  public Set<String> headwords() {
    return synonyms.keySet();
  }
}
