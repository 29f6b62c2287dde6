package dev.spincheck.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * All tortured-phrase knowledge of the pack, loaded once per JVM on first use: the hand-written table shipped in the
 * jar, any user lists named at run time, and the generated compositional model of a spinner ({@link SpinModel}), which
 * finds variants no list names. Listed phrases win over generated ones where they overlap. Thread-safe and immutable
 * once loaded.
 */
public final class Lexicon {

  private static final Logger LOG = Logger.getLogger(Lexicon.class.getName());

  /** System property (or environment variable {@code SPINCHECK_USER_LISTS}) naming user lists, separated by the path separator. */
  public static final String USER_LISTS_PROPERTY = "spincheck.userLists";

  static final String HANDWRITTEN = "/dev/spincheck/data/tortured-handwritten.tsv";
  static final String DATA = "/dev/spincheck/data/";

  private final PhraseTable table = new PhraseTable();
  private SpinMatcher spin;
  private SpinModel model;
  private long loadMillis;

  private static final class Holder {
    static final Lexicon INSTANCE = loadOrEmpty();
  }

  /* The pack must never break LanguageTool: a lexicon that cannot load is logged and replaced by an empty one
     (the build's table lint and tests keep the shipped tables loadable). */
  private static Lexicon loadOrEmpty() {
    try {
      return load();
    } catch (RuntimeException e) {
      LOG.severe("spincheck: lexicon not loaded, tortured-phrase rules disabled: " + e.getMessage());
      return new Lexicon();
    }
  }

  /** The shared instance, loaded lazily. */
  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  private Lexicon() {
  }

  static Lexicon load() {
    List<Path> userLists = new ArrayList<>();
    String lists = System.getProperty(USER_LISTS_PROPERTY, System.getenv("SPINCHECK_USER_LISTS"));
    if (lists != null && !lists.isBlank()) {
      for (String p : lists.split(java.io.File.pathSeparator)) {
        if (!p.isBlank()) {
          userLists.add(Path.of(p.trim()));
        }
      }
    }
    return load(userLists);
  }

  /** A lexicon with the pack's data and the given user lists (the shared instance reads them from the property). */
  public static Lexicon load(List<Path> userLists) {
    long t0 = System.nanoTime();
    Lexicon lex = new Lexicon();
    try {
      lex.model = loadModel();
      lex.spin = new SpinMatcher(lex.model);
      lex.addResource(HANDWRITTEN, PhraseMatch.Tier.DEFAULT);
    } catch (IOException e) {
      throw new Tsv.TableException("cannot read the pack's data: " + e);
    }
    for (Path p : userLists) {
      lex.addUserList(p);
    }
    lex.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    LOG.info("spincheck: lexicon loaded in " + lex.loadMillis + " ms: " + lex.table.size() + " listed phrases, "
        + lex.model.termCount() + " terms, " + lex.model.synonymCount() + " synonyms, "
        + lex.model.exceptionCount() + " exceptions");
    return lex;
  }

  private static SpinModel loadModel() throws IOException {
    try (InputStream terms = Lexicon.class.getResourceAsStream(DATA + "spin-terms.tsv.gz");
         InputStream syns = Lexicon.class.getResourceAsStream(DATA + "spin-synonyms.tsv.gz");
         InputStream exc = Lexicon.class.getResourceAsStream(DATA + "spin-exceptions.tsv.gz")) {
      if (terms == null || syns == null || exc == null) {
        throw new IOException("generated tables missing under " + DATA);
      }
      return SpinModel.read(terms, syns, exc);  // Tsv un-gzips by name
    }
  }

  public long loadMillis() {
    return loadMillis;
  }

  public SpinModel model() {
    return model;
  }

  private void addResource(String resource, PhraseMatch.Tier tier) throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      addTable(Tsv.read(resource, in), tier, null);
    }
  }

  /**
   * A user list: TSV with columns {@code tortured}, {@code expected} and optionally {@code source}. Its size and
   * SHA-256 are logged once, so a report can say which list was used. An unreadable list is logged and skipped:
   * the pack must not stop LanguageTool.
   */
  private void addUserList(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      int before = table.size();
      addTable(Tsv.read(file.toString(), new java.io.ByteArrayInputStream(bytes)), PhraseMatch.Tier.DEFAULT,
          "user list " + file.getFileName());
      LOG.info("spincheck: user list " + file + ": " + (table.size() - before) + " entries, sha256 " + sha);
    } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
      LOG.warning("spincheck: user list " + file + " skipped: " + e.getMessage());
    }
  }

  private void addTable(Tsv tsv, PhraseMatch.Tier tier, String defaultSource) {
    int tortured = tsv.column("tortured");
    int expected = tsv.column("expected");
    int source = tsv.columns.indexOf("source");
    for (Tsv.Row row : tsv.rows) {
      String src = source >= 0 ? row.get(source) : defaultSource;
      if (row.get(tortured).isBlank() || row.get(expected).isBlank()) {
        throw new Tsv.TableException(tsv.name + ":" + row.line() + ": empty tortured or expected cell");
      }
      table.add(row.get(tortured), row.get(expected), tierOf(row.get(tortured), tier, defaultSource, src),
          src == null ? tsv.name : src);
    }
  }

  public int size() {
    return table.size();
  }

  /*
   * A published tortured phrase can also be ordinary English ("advanced education" for higher education,
   * "agricultural nation" for developing country): where the pack's own row is attested in clean text (a generated exception),
   * it is reported at the picky level only. So is a row a helper recalled as published without being sure
   * ({@link LearnedSwaps#verified}): on the first try at the default level such rows flagged ordinary phrases of
   * clean text ("financial aspects", "displaced persons"). User lists (defaultSource != null) are taken as their
   * owner wrote them.
   */
  private PhraseMatch.Tier tierOf(String tortured, PhraseMatch.Tier tier, String defaultSource, String source) {
    if (defaultSource == null && source != null && !LearnedSwaps.verified(source)) {
      return PhraseMatch.Tier.PICKY;
    }
    if (defaultSource == null && model != null && model.isException(String.join(" ", PhraseTable.split(tortured)))) {
      return PhraseMatch.Tier.PICKY;
    }
    return tier;
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their",
      "our", "his", "her", "each", "every");

  /**
   * Heads that take a whole term as their modifier in a hyphenated compound ("profound learning-based",
   * "counterfeit consciousness-driven"): a reading that ends before one of them is still a spun term.
   */
  static final Set<String> COMPOUND_HEADS = Set.of("based", "driven", "related", "specific", "dependent", "oriented",
      "like", "free", "level", "scale", "type", "wise", "aware", "enabled", "assisted", "induced", "mediated", "derived",
      "associated", "sensitive", "resistant", "rich", "friendly", "intensive", "efficient", "centric", "only", "style",
      "independent", "sized", "shaped", "focused", "centered", "centred", "guided", "controlled", "supported", "powered",
      "enhanced", "integrated", "inspired", "dominated", "generated", "caused", "limited", "bound", "compatible",
      "ready", "prone", "wide");

  /**
   * The word right after a generated reading shows that it is no spun noun phrase:
   * <ul>
   *   <li>the reading's last word can be a verb and a determiner follows ("scaling transformations scale the size" is
   *       a verb with its object, no spun "mutation rate"; a noun phrase is not followed by "the");</li>
   *   <li>the reading ends inside a hyphenated word whose other part is an ordinary head ("a separate dispersion-mean
   *       relation" is no spun discrete distribution: the term's last word only modifies that head).</li>
   * </ul>
   */
  static boolean closedByNextWord(List<Word> words, PhraseMatch g) {
    if (g.to() >= words.size()) {
      return false;
    }
    Word last = words.get(g.to() - 1);
    Word next = words.get(g.to());
    if (next.token() == last.token()) {
      return !COMPOUND_HEADS.contains(next.lower());
    }
    return next.token() - last.token() == 1 && DETERMINERS.contains(next.lower())
        && (last.hasTagPrefix("VBZ") || last.hasTagPrefix("VBP") || last.hasTagPrefix("VBD"));
  }

  /** Non-overlapping matches in text order: listed phrases (leftmost-longest), then generated ones in the gaps. */
  public List<PhraseMatch> find(List<Word> words, Inflector inflector) {
    List<PhraseMatch> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      PhraseMatch m = table.matchAt(words, i, inflector);
      if (m != null) {
        out.add(m);
        i = m.to();
      } else {
        i++;
      }
    }
    if (spin != null) {
      List<PhraseMatch> listed = List.copyOf(out);
      for (PhraseMatch g : spin.find(words, inflector)) {
        if (closedByNextWord(words, g)) {
          continue;
        }
        boolean overlaps = false;
        boolean widens = g.tier() == PhraseMatch.Tier.DEFAULT;
        for (PhraseMatch l : listed) {
          if (g.from() < l.to() && l.from() < g.to()) {
            overlaps = true;
            widens &= g.from() <= l.from() && l.to() <= g.to() && g.to() - g.from() > l.to() - l.from();
          }
        }
        if (!overlaps) {
          out.add(g);
        } else if (widens) {
          // the listed phrase is part of a longer spun term whose other words are swapped too ("quick Fourier
          // change": the list knows "Fourier change"): the longer term is the original
          out.removeIf(l -> g.from() <= l.from() && l.to() <= g.to());
          out.add(g);
        }
      }
      out.sort(java.util.Comparator.comparingInt(PhraseMatch::from));
    }
    return out;
  }
}
