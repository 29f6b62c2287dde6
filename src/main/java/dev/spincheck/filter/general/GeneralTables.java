package dev.spincheck.filter.general;

import dev.spincheck.filter.Inflection;

import dev.spincheck.lexicon.Tsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The generated tables of the general-English rules, read once from the jar ({@code rules/data} is packaged as
 * {@code dev/spincheck/data}). Immutable after loading, so safe to share between LanguageTool's threads.
 */
public final class GeneralTables {

  static final String DATA = "/dev/spincheck/data/";
  public static final String COLLOCATIONS = "general-collocations.tsv.gz";
  public static final String RARE_SYNONYMS = "general-rare-synonyms.tsv.gz";
  public static final String EXCEPTIONS = "general-collocation-exceptions.tsv.gz";
  public static final String FIXED_FORMS = "general-fixed-forms.tsv.gz";
  public static final String FIXED_SYNONYMS = "general-fixed-synonyms.tsv.gz";
  public static final String FIXED_EXCEPTIONS = "general-fixed-exceptions.tsv.gz";
  public static final String FIXED_COMPOUNDS = "general-fixed-compounds.tsv.gz";
  public static final String ARTICLE_SWAPS = "general-article-swaps.tsv.gz";
  public static final String NOUN_SLOT_SWAPS = "general-noun-slot-swaps.tsv.gz";
  public static final String VERB_SLOT_SWAPS = "general-verb-slot-swaps.tsv.gz";
  /** The team's list of news spinners' own word swaps (not generated; read as written). */
  public static final String SPINNER_SWAPS = "general-spinner-swaps.tsv";
  /** Stock phrases of web spinners and paraphrasers, with the phrase each replaced (team-written). */
  public static final String PARAPHRASES = "paraphraser-phrases.tsv";

  /** A fixed expression (one of its forms) and the thesaurus synonyms of its words. */
  public record Expression(String[] words, String expression, boolean name) {
  }

  /**
   * A synonym as words; {@code both}: Moby links it both ways; {@code known}: a news spinner is known to write it
   * ({@link #SPINNER_SWAPS}).
   */
  public record Synonym(String[] words, boolean both, boolean known) {
  }

  /**
   * The fixed-expression tables: forms indexed by every first word a spun form can start with; synonyms of each
   * expression word indexed by their first word (so a lookup costs one hash probe per token); exceptions keyed
   * {@code variant \t form}.
   */
  public record Fixed(Map<String, List<Expression>> byFirstWord, Map<String, Map<String, List<Synonym>>> synonyms,
                      Set<String> exceptions, Map<String, String> compounds, Set<String> titleHeads) {
  }

  /** A spinner's stock phrase as words, the phrase it replaced, and whether it is only picky evidence. */
  public record Paraphrase(String[] words, String original, boolean picky) {
  }

  /** The collocation tables: keys {@code context \t side \t original}, rare word to originals, attested pairs. */
  public record Collocations(Set<String> collocations, Map<String, List<Rare>> rareSynonyms, Set<String> exceptions) {
  }

  /** A common word a rare word can stand for; {@code unknown}: the rare word is not even in the LM's vocabulary. */
  public record Rare(String original, boolean unknown) {
  }

  /** A common word that a word after the wrong article may stand for, and the article it takes ("a" or "an"). */
  public record ArticleOriginal(String original, String article) {
  }

  /**
   * A table loaded on first use, once per JVM, then shared by LanguageTool's threads. A load that fails throws its own
   * exception (which the filters catch and log) and is tried again on the next use.
   */
  private static final class Lazy<T> {
    private final Supplier<T> load;
    private volatile T value;

    Lazy(Supplier<T> load) {
      this.load = load;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            value = v = load.get();
          }
        }
      }
      return v;
    }
  }

  private static final Lazy<Collocations> COLLOCATION_TABLES = new Lazy<>(GeneralTables::loadCollocations);
  private static final Lazy<Fixed> FIXED_TABLES = new Lazy<>(GeneralTables::loadFixed);
  // rows sorted by word, then zero-padded rank: the lists come out in rank order
  private static final Lazy<Map<String, List<ArticleOriginal>>> ARTICLE_TABLE = new Lazy<>(() -> byWord(ARTICLE_SWAPS,
      (t, r) -> new ArticleOriginal(r.get(t.column("original")), r.get(t.column("article")))));
  private static final Lazy<Map<String, List<String>>> NOUN_SLOT_TABLE = new Lazy<>(() -> byWord(NOUN_SLOT_SWAPS,
      (t, r) -> r.get(t.column("original"))));
  private static final Lazy<Map<String, List<String>>> VERB_SLOT_TABLE = new Lazy<>(() -> byWord(VERB_SLOT_SWAPS,
      (t, r) -> r.get(t.column("original"))));

  private static final Lazy<Map<String, List<Paraphrase>>> PARAPHRASE_TABLE = new Lazy<>(GeneralTables::loadParaphrases);
  private static final Lazy<BigramModel> BIGRAM_MODEL = new Lazy<>(BigramModel::load);

  private GeneralTables() {
  }

  /** The language model's bigrams and the thesaurus links it is asked about ({@link BigramModel}). */
  public static BigramModel bigramModel() {
    return BIGRAM_MODEL.get();
  }

  /** The stock phrases ({@link #PARAPHRASES}) by their first word, longest first. */
  public static Map<String, List<Paraphrase>> paraphrases() {
    return PARAPHRASE_TABLE.get();
  }

  private static Map<String, List<Paraphrase>> loadParaphrases() {
    return paraphrases(read(PARAPHRASES));
  }

  /** The stock-phrase table parsed; a malformed row throws, naming the table and the line. */
  static Map<String, List<Paraphrase>> paraphrases(Tsv t) {
    int sp = t.column("spun");
    int or = t.column("original");
    int lv = t.column("level");
    Map<String, List<Paraphrase>> map = new HashMap<>();
    for (Tsv.Row r : t.rows) {
      String level = r.get(lv);
      String spun = r.get(sp);
      if (!level.equals("default") && !level.equals("picky")) {
        throw new Tsv.TableException(t.name + ":" + r.line() + ": level must be 'default' or 'picky', found '"
            + level + "'");
      }
      // LanguageTool's tokens: words, no apostrophes ("it 's") or punctuation to split differently
      if (!spun.matches("[a-z]+( [a-z]+)+|[a-z]+") || r.get(or).isBlank()) {
        throw new Tsv.TableException(t.name + ":" + r.line() + ": 'spun' must be lower-case words separated by"
            + " single spaces and 'original' must not be empty, found '" + spun + "'");
      }
      String[] words = spun.split(" ");
      map.computeIfAbsent(words[0], k -> new ArrayList<>(1)).add(new Paraphrase(words, r.get(or), level.equals("picky")));
    }
    map.replaceAll((k, v) -> v.stream().sorted((a, b) -> b.words().length - a.words().length).toList());
    return Map.copyOf(map);
  }

  public static Collocations collocations() {
    return COLLOCATION_TABLES.get();
  }

  private static Collocations loadCollocations() {
    Tsv t = read(COLLOCATIONS);
    Set<String> coll = new HashSet<>(t.rows.size() * 2);
    int ctx = t.column("context");
    int side = t.column("side");
    int orig = t.column("original");
    for (Tsv.Row r : t.rows) {
      coll.add(r.get(ctx) + "\t" + r.get(side) + "\t" + r.get(orig));
    }
    Tsv rt = read(RARE_SYNONYMS);
    Map<String, List<Rare>> rare = new HashMap<>();
    int sp = rt.column("spun");
    int ro = rt.column("original");
    int lm = rt.column("lm");
    for (Tsv.Row r : rt.rows) {
      rare.computeIfAbsent(r.get(sp), k -> new ArrayList<>(2)).add(new Rare(r.get(ro), r.get(lm).equals("unknown")));
    }
    Tsv et = read(EXCEPTIONS);
    Set<String> exc = new HashSet<>();
    for (Tsv.Row r : et.rows) {
      exc.add(r.get(et.column("first")) + " " + r.get(et.column("second")));
    }
    return new Collocations(Set.copyOf(coll), Map.copyOf(rare), Set.copyOf(exc));
  }

  /** Word as written to the common words it may stand for, most likely first ({@link #ARTICLE_SWAPS}). */
  public static Map<String, List<ArticleOriginal>> articleSwaps() {
    return ARTICLE_TABLE.get();
  }

  /** A word that is only ever a verb to the nouns it can stand for, closest first ({@link #NOUN_SLOT_SWAPS}). */
  public static Map<String, List<String>> nounSlotSwaps() {
    return NOUN_SLOT_TABLE.get();
  }

  /**
   * A word that is only ever a noun or an adjective to the verb forms it can stand for after a subject pronoun,
   * commonest there first ({@link #VERB_SLOT_SWAPS}).
   */
  public static Map<String, List<String>> verbSlotSwaps() {
    return VERB_SLOT_TABLE.get();
  }

  /** A ranked table: its {@code spun} column to the values of its rows, in file order. */
  private static <V> Map<String, List<V>> byWord(String name, BiFunction<Tsv, Tsv.Row, V> value) {
    Tsv t = read(name);
    Map<String, List<V>> map = new HashMap<>();
    int sp = t.column("spun");
    for (Tsv.Row r : t.rows) {
      map.computeIfAbsent(r.get(sp), k -> new ArrayList<>(2)).add(value.apply(t, r));
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(map);
  }

  /** Words a spinner leaves alone in the fixed-expression model; same list as the generator's. */
  static final Set<String> FUNCTION = Set.of(("a an the of to in on at by for with and or from into as is be "
      + "'s it its his her their our my your this that").split(" "));

  public static Fixed fixed() {
    return FIXED_TABLES.get();
  }

  private static Fixed loadFixed() {
    Tsv st = read(FIXED_SYNONYMS);
    Map<String, Map<String, List<Synonym>>> syn = new HashMap<>();
    for (Tsv.Row r : st.rows) {
      String[] words = r.get(st.column("synonym")).split(" ");
      syn.computeIfAbsent(r.get(st.column("word")), k -> new HashMap<>())
          .computeIfAbsent(words[0], k -> new ArrayList<>(1))
          .add(new Synonym(words, r.get(st.column("direction")).equals("both"), false));
    }
    // the spinners' own choices join the thesaurus links, marked as known (replacing the same Moby link)
    Tsv kt = read(SPINNER_SWAPS);
    for (Tsv.Row r : kt.rows) {
      String word = r.get(kt.column("word"));
      String[] words = r.get(kt.column("spun")).split(" ");
      addKnown(syn, word, words);
      // the plural forms of collocations ("interest rates", "press conferences") end in a plural noun: the swap
      // of its singular, made plural at its head ("press conventions"); a spun phrase with a preposition has
      // its head inside ("loss of life") and is left singular
      String plural = Inflection.SYNTHESIZER.plural(word);
      if (!plural.equals(word) && Arrays.stream(words).noneMatch(FUNCTION::contains)) {
        String[] p = words.clone();
        p[p.length - 1] = Inflection.SYNTHESIZER.plural(p[p.length - 1]);
        addKnown(syn, plural, p);
      }
    }
    Tsv ft = read(FIXED_FORMS);
    Map<String, List<Expression>> index = new HashMap<>();
    Set<String> titleHeads = new HashSet<>();
    for (Tsv.Row r : ft.rows) {
      String kind = r.get(ft.column("kind"));
      if (kind.equals("compound")) {
        continue;
      }
      if (kind.equals("title")) {
        String[] w = r.get(ft.column("expression")).split(" ");
        titleHeads.add(w[w.length - 1]);
      }
      Expression e = new Expression(r.get(ft.column("form")).split(" "), r.get(ft.column("expression")),
          kind.equals("title") || kind.equals("institution") || kind.equals("place"));
      String first = e.words()[0];
      index.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
      if (!FUNCTION.contains(first)) {
        for (String sf : syn.getOrDefault(first, Map.of()).keySet()) {
          List<Expression> l = index.computeIfAbsent(sf, k -> new ArrayList<>());
          if (!l.contains(e)) {
            l.add(e);
          }
        }
      }
    }
    Tsv et = read(FIXED_EXCEPTIONS);
    Set<String> exc = new HashSet<>();
    for (Tsv.Row r : et.rows) {
      exc.add(r.get(et.column("variant")) + "\t" + r.get(et.column("form")));
    }
    Tsv ct = read(FIXED_COMPOUNDS);
    Map<String, String> compounds = new HashMap<>();
    for (Tsv.Row r : ct.rows) {
      compounds.put(r.get(ct.column("spun")), r.get(ct.column("compound")));
    }
    return new Fixed(Map.copyOf(index), Map.copyOf(syn), Set.copyOf(exc), Map.copyOf(compounds),
        Set.copyOf(titleHeads));
  }

  /** A known swap joins the thesaurus links of {@code word}, replacing the same Moby link. */
  private static void addKnown(Map<String, Map<String, List<Synonym>>> syn, String word, String[] words) {
    List<Synonym> l = syn.computeIfAbsent(word, k -> new HashMap<>()).computeIfAbsent(words[0], k -> new ArrayList<>(1));
    boolean both = l.stream().anyMatch(x -> Arrays.equals(x.words(), words) && x.both());
    l.removeIf(x -> Arrays.equals(x.words(), words));
    l.add(new Synonym(words, both, true));
  }

  private static Tsv read(String name) {
    try (InputStream in = GeneralTables.class.getResourceAsStream(DATA + name)) {
      if (in == null) {
        throw new IllegalStateException("missing table " + DATA + name);
      }
      return Tsv.read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Small words a title leaves in lower case ("House of Representatives"). */
  private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "for", "in", "on", "at", "to",
      "with", "by");

  /**
   * {@code word} in the case pattern of {@code model}: "Minister" for "Clergyman", "MINISTER" for "CLERGYMAN", and a
   * phrase in title case for a name in title case ("New York Times" for "New York Instances").
   */
  static String matchCase(String word, String model) {
    if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT)) && !model.equals(model.toLowerCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (titleCase(model)) {
      return titled(word);
    }
    if (!model.isEmpty() && Character.isUpperCase(model.charAt(0))) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return word;
  }

  /** Several words, each capitalised except small words after the first ("New York Instances"). */
  private static boolean titleCase(String model) {
    String[] w = model.split(" ");
    if (w.length < 2 || w[0].isEmpty() || !Character.isUpperCase(w[0].charAt(0))) {
      return false;
    }
    for (String x : w) {
      if (x.isEmpty() || (!SMALL.contains(x) && !Character.isUpperCase(x.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** The phrase in title case: "new york times" → "New York Times", small words kept after the first. */
  private static String titled(String phrase) {
    String[] w = phrase.split(" ");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String x = w[i];
      out.append(i > 0 ? " " : "").append((i > 0 && SMALL.contains(x)) || x.isEmpty() ? x
          : Character.toUpperCase(x.charAt(0)) + x.substring(1));
    }
    return out.toString();
  }
}
