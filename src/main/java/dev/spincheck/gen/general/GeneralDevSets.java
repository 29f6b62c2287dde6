package dev.spincheck.gen.general;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the development sets under {@code testdata/general/}: from {@code handspun-marked.txt} (the team's own
 * news-style articles with hand-made swaps marked {@code {original|spun|kind}}) it writes, per set,
 * {@code original.txt}, {@code spun.txt} and {@code gold.tsv} (the seed-gold.tsv format: spun, original, kind, status,
 * start, end). Set {@code handspun}: the hand-made swaps; set {@code autospun}: the clean articles spun by
 * {@link RandomSpinner} with Moby (seed 4); set {@code wordnetspun}: the same with WordNet read as written
 * ({@link WordNetSynonyms}, seed 5); sets {@code helperspun} to {@code helperspun9}, from
 * {@code helperspun-marked.txt} to {@code helperspun9-marked.txt}: articles written and spun by helpers that never
 * saw the rules (measurement only, see docs/general-english.md). Articles are
 * separated by blank lines in the outputs.
 *
 * <p>Run: {@code java -cp target/classes:... dev.spincheck.gen.general.GeneralDevSets sources testdata/general}.
 */
public final class GeneralDevSets {

  /** The independent sets, each written and spun by a helper that never saw the rules (measurement only). */
  public static final List<String> HELPER_SETS = List.of("helperspun", "helperspun2", "helperspun3", "helperspun4", "helperspun5", "helperspun6", "helperspun7", "helperspun8", "helperspun9");

  private static final Pattern MARK = Pattern.compile("\\{([^|}]*)\\|([^|}]*)\\|([a-z]+)\\}");

  private GeneralDevSets() {
  }

  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    String original = marked(dir, "handspun");
    for (String set : HELPER_SETS) {
      if (Files.exists(dir.resolve(set + "-marked.txt"))) {
        marked(dir, set);
      }
    }

    RandomSpinner spinner = new RandomSpinner(Moby.load(sources.resolve("moby-1.1.2/package/words.txt")));
    RandomSpinner.Result r = spinner.spin(original, 4);
    write(dir.resolve("autospun"), original, r.text(), gold(r));

    // the same articles spun with WordNet read as written (the way WordNet-derived spinner thesauri are): other
    // senses and parts of speech of a word form ("said" -> aforesaid, so "said" is spun too), a tuning set for the
    // part-of-speech rules
    RandomSpinner.Result w = new RandomSpinner(WordNetSynonyms.load(), true).spin(original, 5);
    write(dir.resolve("wordnetspun"), original, w.text(), gold(w));
  }

  /** The swaps in the seed-gold.tsv format, every one counted (a random spinner's swaps are not judged). */
  private static String gold(RandomSpinner.Result r) {
    StringBuilder g = new StringBuilder("spun\toriginal\tkind\tstatus\tstart\tend\n");
    for (RandomSpinner.Swap s : r.swaps()) {
      g.append(s.spun()).append('\t').append(s.original()).append('\t').append(s.kind()).append("\tconfirmed\t")
          .append(s.start()).append('\t').append(s.end()).append('\n');
    }
    return g.toString();
  }

  /** Reads {@code <name>-marked.txt}, writes {@code <name>/} (original, spun, gold) and returns the original text. */
  private static String marked(Path dir, String name) throws IOException {
    List<String> articles = new ArrayList<>();
    StringBuilder cur = null;
    int n = 0;
    for (String line : Files.readAllLines(dir.resolve(name + "-marked.txt"), StandardCharsets.UTF_8)) {
      n++;
      if (line.startsWith("#") || (cur == null && line.isBlank())) {
        continue;
      }
      if (cur == null && !line.startsWith("== ")) {
        throw new IllegalArgumentException(name + "-marked.txt:" + n + ": text before the first '== name' line");
      }
      if (line.startsWith("== ")) {
        if (cur != null) {
          articles.add(cur.toString().trim());
        }
        cur = new StringBuilder();
        continue;
      }
      cur.append(line).append('\n');
    }
    articles.add(cur.toString().trim());
    String marked = String.join("\n\n", articles) + "\n";
    StringBuilder original = new StringBuilder();
    StringBuilder spun = new StringBuilder();
    StringBuilder gold = new StringBuilder("spun\toriginal\tkind\tstatus\tstart\tend\n");
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      original.append(marked, last, m.start());
      spun.append(marked, last, m.start());
      original.append(m.group(1));
      int start = spun.length();
      spun.append(m.group(2));
      gold.append(m.group(2)).append('\t').append(m.group(1)).append('\t').append(m.group(3)).append("\tconfirmed\t")
          .append(start).append('\t').append(spun.length()).append('\n');
      last = m.end();
    }
    original.append(marked.substring(last));
    spun.append(marked.substring(last));
    write(dir.resolve(name), original.toString(), spun.toString(), gold.toString());
    return original.toString();
  }

  private static void write(Path dir, String original, String spun, String gold) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("original.txt"), original, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("spun.txt"), spun, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
  }
}
