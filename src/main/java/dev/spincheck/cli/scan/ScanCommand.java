package dev.spincheck.cli.scan;

import dev.spincheck.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code scan PATH…}: checks folders of documents and ranks them by how spun they look. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = ScanCommand.Version.class,
    description = {
        "Check files and folders (recursively) of .txt, .md, .html, .pdf (text layer) and .docx documents with the "
            + "pack's rules and report each document's words, matches by category, matches per 1,000 words and a "
            + "risk level, highest risk first.",
        "",
        "Risk levels (n = matches, r = matches per 1,000 words):",
        "  high    n >= 5, or n >= 3 and r >= 3",
        "  medium  n >= 3, or n >= 2 and r >= 1",
        "  low     n >= 1",
        "  none    no match",
        "",
        "Unsupported, empty, unreadable and corrupt files are listed as skipped (on standard error and in the "
            + "report) and never stop the scan. Hidden files and folders (.name) inside folders are ignored."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:scan finished (and no document reached --fail-on)",
        "1:a document's risk is at or above --fail-on",
        "2:usage error, a PATH that does not exist, or the report could not be written"},
    footerHeading = "%nSee docs/scan.md for the formats and thresholds.%n", footer = "")
public final class ScanCommand implements Callable<Integer> {

  static {
    quietLogging();
  }

  /**
   * POI logs through log4j-api and PDFBox through commons-logging (which prefers log4j-api): without a configured
   * backend both print provider warnings and font chatter, to standard output even, in the middle of the report.
   * LanguageTool logs through slf4j without a backend, whose "no providers" notice is not for the user either.
   * Must run before any of these libraries logs; the user can still override each property with -D.
   */
  public static void quietLogging() {
    for (String[] p : new String[][] {
        {"log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"},
        {"log4j2.statusLoggerLevel", "OFF"},
        {"org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF"},
        {"log4j2.simplelogLevel", "OFF"},
        {"org.apache.logging.log4j.simplelog.level", "OFF"},
        {"slf4j.internal.verbosity", "ERROR"}}) {
      if (System.getProperty(p[0]) == null) {
        System.setProperty(p[0], p[1]);
      }
    }
  }

  /** Output formats of {@code --format}. */
  public enum Format { table, json, csv, sarif, html }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan.")
  List<String> paths;

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
      description = "table, json, csv, sarif (2.1.0) or html (self-contained page with highlights). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE, not stdout.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "RISK", converter = RiskConverter.class,
      description = "Exit with status 1 when a document's risk is RISK or higher: low, medium or high.")
  Risk failOn;

  /*
   * Screening ranks documents by how many traces they hold, so it runs the pack's picky rules too by default: each of
   * them alone is too uncertain to show a writer, but spun text collects many of them and clean text few (on the team's
   * hand-spun news the ranking AUC rises from 0.69 to 0.80 with them). --no-picky gives the server's default level.
   */
  @Option(names = "--picky", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run the pack's picky, off-by-default rules (default: on; --no-picky checks at the level a "
          + "LanguageTool server uses by default).")
  boolean picky;

  @Option(names = "--all-rules", description = "Also run LanguageTool's own rules (their matches count too).")
  boolean allRules;

  @Option(names = {"-l", "--language"}, defaultValue = "en-US", paramLabel = "CODE",
      description = "Language variant. Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Worker threads, each with its own LanguageTool. Default: the number of processors.")
  Integer threads;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Progress bar on standard error; shown only when it is a terminal. --no-progress hides it.")
  boolean progress;

  @Option(names = "--details", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "table format: list each match under the table (default); --no-details prints the table only.")
  boolean details;

  @Option(names = "--timestamp", description = "Put the time of the scan into table, html and sarif reports "
      + "(off by default so that reports of the same files are identical).")
  boolean timestamp;

  @Spec
  CommandSpec spec;

  /** The tool's version, as declared once on {@link Main}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return Main.class.getAnnotation(Command.class).version();
    }
  }

  /** picocli converter for {@code --fail-on}; a bad value is a usage error. */
  static final class RiskConverter implements CommandLine.ITypeConverter<Risk> {
    @Override
    public Risk convert(String value) {
      try {
        return Risk.parseThreshold(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    }
    try {
      org.languagetool.Languages.getLanguageForShortCode(language);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown language '" + language + "'");
    }
    Path parent = output == null ? null : output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder for --output: " + parent);
    }
    PrintStream err = System.err;
    boolean bar = progress && TerminalProgress.interactive();
    ScanReport report;
    Scanner scanner;
    try (TerminalProgress tp = new TerminalProgress(err)) {
      Consumer<Skipped> onSkip = s -> tp.println("spincheck: skipped " + s.path() + ": " + s.reason());
      scanner = new Scanner(new CheckerPool(language, picky, allRules), n, onSkip,
          bar ? tp : Scanner.Progress.NONE);
      report = scanner.scan(paths);
    }
    if (timestamp) {
      report = new ScanReport(report.documents(), report.skipped(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
    ReportWriter writer = switch (format) {
      case table -> new TableReport(details);
      case json -> new JsonReport();
      case csv -> new CsvReport();
      case sarif -> new SarifReport(version());
      case html -> new HtmlReport();
    };
    try {
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        writer.write(report, w);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          writer.write(report, w);
        }
      }
    } catch (IOException e) {
      err.println("spincheck: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
      return Main.ERROR;
    }
    if (scanner.missingOperand()) {
      return Main.ERROR;
    }
    return failOn != null && report.maxRisk().compareTo(failOn) >= 0 ? 1 : 0;
  }

  private String version() {
    String[] v = new Version().getVersion();
    String s = v.length == 0 ? "" : v[0];
    return s.startsWith("spincheck ") ? s.substring("spincheck ".length()) : s;
  }
}
