package dev.spincheck.libreoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack in real LibreOffice: a LanguageTool HTTP server with the drop-in jar on its class path, a headless
 * LibreOffice whose "LanguageTool Remote" checker points at it, and Writer documents (.odt and .docx) checked by
 * LibreOffice's own proofreading iterator, the component behind Writer's underlines and its Spelling and Grammar
 * dialog.
 *
 * <p>Needs LibreOffice and python3-uno ({@code .ci/install-libreoffice.sh}); without them it fails, it does not skip.
 * The UNO side is {@code scripts/libreoffice/lo_check.py}, run with Debian's {@code /usr/bin/python3}. Every process
 * started here is stopped in {@link #stopAll()}, on failure too.
 */
class LibreOfficeEndToEndIT {

  // ---------------------------------------------------------------------------------------------------------------
  // Test data. No '&' in any text: LibreOffice 7.4 sends paragraphs without URL-encoding them, so the server sees a
  // paragraph only up to its first '&' (fixed in later LibreOffice versions).

  /** A paragraph the pack must flag: the span {@code phrase}, a short label containing {@code label} and
   * {@code suggestion} among the suggestions. {@code phrase} must occur once in {@code paragraph}. */
  record Spun(String paragraph, String phrase, String label, String suggestion) {}

  static final List<Spun> SPUN = List.of(
      new Spun("Recent work on counterfeit consciousness has grown quickly.",
          "counterfeit consciousness", "Tortured phrase", "artificial intelligence"),
      // second sentence of a paragraph: positions are paragraph-relative
      new Spun("The field is young. Funding for counterfeit consciousness research doubled last year.",
          "counterfeit consciousness", "Tortured phrase", "artificial intelligence"));

  /** Paragraphs that must get no match from the pack. */
  static final List<String> CLEAN = List.of(
      "Recent work on artificial intelligence has grown quickly.",
      "The counterfeit notes showed how little consciousness of risk the gang had.",
      "Deep learning models were trained on the images.");

  /** Recognises the pack's errors in LibreOffice. LibreOffice 7.4 passes no rule id, only LanguageTool's message and
   * short message, so the pack's short labels are what identifies it. */
  static final Pattern PACK_LABEL = Pattern.compile("Tortured phrase");

  static final List<String> FORMATS = List.of("odt", "docx");
  // ---------------------------------------------------------------------------------------------------------------

  static final String LANGUAGETOOL_CHECKER = "org.openoffice.lingu.LanguageToolGrammarChecker";
  static final Duration SERVER_START = Duration.ofSeconds(180);
  static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(180);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;

  static final List<Process> started = new ArrayList<>();
  static final Thread cleanupOnExit = new Thread(LibreOfficeEndToEndIT::destroyAll);
  static Path serverLog;
  static Process soffice;
  static List<String> quitLibreOffice;
  static Path sofficeLog;
  static String serverUrl;
  static final Map<String, JsonNode> resultsByFormat = new LinkedHashMap<>();

  @BeforeAll
  static void checkDocumentsInLibreOffice() throws Exception {
    Path projectDir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    Path script = projectDir.resolve("scripts/libreoffice/lo_check.py");
    Path serverConfig = projectDir.resolve("config/languagetool-server.properties");
    String python = System.getProperty("spincheck.python", "/usr/bin/python3");
    Path sofficeCommand = findLibreOffice(python);
    Path packJar = packJar();
    assertTrue(Files.isRegularFile(script), "missing " + script);
    assertTrue(Files.isRegularFile(serverConfig), "missing " + serverConfig);
    checkTestData();
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);

    // Start both now: each takes 10-20 s, and LibreOffice does not contact the server until asked to check.
    int port = freePort();
    serverUrl = "http://127.0.0.1:" + port + "/v2";
    serverLog = work.resolve("languagetool-server.log");
    Process server = start(serverLog,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", serverClassPath(packJar),
        "org.languagetool.server.HTTPServer", "--port", Integer.toString(port), "--config", serverConfig.toString());

    // LibreOffice reads the LanguageTool options once per process: they go into a fresh profile before it starts.
    Path profile = work.resolve("lo-profile");
    runScript(List.of(python, script.toString(), "profile", "--dir", profile.toString(), "--server-url", serverUrl));
    String uno = "socket,host=127.0.0.1,port=" + freePort();
    sofficeLog = work.resolve("soffice.log");
    quitLibreOffice = List.of(python, script.toString(), "--connect", uno, "--connect-timeout", "5", "quit");
    soffice = start(sofficeLog, sofficeCommand.toString(), "--headless", "--invisible", "--norestore", "--nodefault",
        "--nologo", "-env:UserInstallation=" + profile.toUri(), "--accept=" + uno + ";urp;StarOffice.ComponentContext");

    awaitServer(server);
    // LibreOffice gives up on a request after about 10 s: make the server's first check happen now.
    JsonNode prewarm = checkOnServer(SPUN.get(0).paragraph());
    assertTrue(prewarm.path("matches").size() > 0,
        "the server itself does not flag '" + SPUN.get(0).paragraph() + "' (is the pack on its class path?): "
            + prewarm + serverLogTail());

    Path paragraphs = work.resolve("paragraphs.json");
    JSON.writeValue(paragraphs.toFile(), allParagraphs());
    List<String> make = new ArrayList<>(List.of(python, script.toString(), "--connect", uno,
        "make", "--paragraphs", paragraphs.toString()));
    for (String format : FORMATS) {
      make.addAll(List.of("--out", work.resolve("spun." + format).toString()));
    }
    runScript(make);
    for (String format : FORMATS) {
      Path out = work.resolve("result-" + format + ".json");
      runScript(List.of(python, script.toString(), "--connect", uno, "check",
          "--server-url", serverUrl, "--doc", work.resolve("spun." + format).toString(), "--out", out.toString()));
      resultsByFormat.put(format, JSON.readTree(out.toFile()));
    }
  }

  @AfterAll
  static void stopAll() {
    if (soffice != null && soffice.isAlive()) {
      // A killed soffice leaves its pipes in /tmp: ask it to quit first.
      try {
        Process quit = new ProcessBuilder(quitLibreOffice).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!quit.waitFor(30, TimeUnit.SECONDS)) {
          quit.destroyForcibly();
        }
        soffice.waitFor(30, TimeUnit.SECONDS);
      } catch (IOException | InterruptedException e) {
        // the processes are stopped below anyway
      }
    }
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
      // nothing to undo
    }
  }

  @TestFactory
  Stream<DynamicContainer> libreOfficeShowsThePacksMatches() {
    return FORMATS.stream().map(format -> DynamicContainer.dynamicContainer(format, Stream.of(
        Stream.of(DynamicTest.dynamicTest("LibreOffice used the test server and checked every paragraph",
            () -> everyParagraphChecked(format))),
        SPUN.stream().map(spun -> DynamicTest.dynamicTest("flags: " + spun.paragraph(),
            () -> assertFlagged(format, spun))),
        CLEAN.stream().map(clean -> DynamicTest.dynamicTest("leaves alone: " + clean,
            () -> assertClean(format, clean))))
        .flatMap(s -> s)));
  }

  private static void everyParagraphChecked(String format) {
    JsonNode result = resultsByFormat.get(format);
    assertEquals(serverUrl, result.path("baseUrl").asText(), "LibreOffice's LanguageTool base URL");
    assertEquals(LANGUAGETOOL_CHECKER, result.path("grammarCheckers").path("en-US").path(0).asText(),
        "LibreOffice's grammar checker for en-US: " + result.path("grammarCheckers"));
    List<String> checked = StreamSupport.stream(result.path("paragraphs").spliterator(), false)
        .map(p -> p.path("text").asText()).sorted().toList();
    assertEquals(allParagraphs().stream().sorted().toList(), checked,
        "paragraphs LibreOffice checked in the ." + format + " document");
    for (JsonNode p : result.path("paragraphs")) {
      assertEquals("en-US", p.path("locale").asText(), "language of: " + p.path("text").asText());
    }
  }

  private static void assertFlagged(String format, Spun spun) {
    JsonNode errors = paragraph(format, spun.paragraph()).path("errors");
    int start = spun.paragraph().indexOf(spun.phrase());
    boolean found = false;
    for (JsonNode e : errors) {
      found |= e.path("start").asInt() == start
          && e.path("length").asInt() == spun.phrase().length()
          && label(e).contains(spun.label())
          && StreamSupport.stream(e.path("suggestions").spliterator(), false)
              .anyMatch(s -> s.asText().equals(spun.suggestion()));
    }
    assertTrue(found, () -> String.format(
        "expected an error at %d-%d ('%s') labelled '%s' suggesting '%s' in the .%s document; LibreOffice reported: %s",
        start, start + spun.phrase().length(), spun.phrase(), spun.label(), spun.suggestion(), format,
        describe(errors)) + serverLogTail());
  }

  private static void assertClean(String format, String clean) {
    JsonNode errors = paragraph(format, clean).path("errors");
    List<JsonNode> fromPack = StreamSupport.stream(errors.spliterator(), false)
        .filter(e -> PACK_LABEL.matcher(label(e)).find()).toList();
    assertTrue(fromPack.isEmpty(), () -> "the pack flagged a clean paragraph in the ." + format + " document: "
        + describe(errors));
  }

  /** LibreOffice 7.4 carries LanguageTool's short message (the rule's {@code <short>}) in {@code aFullComment} and the
   * message in {@code aShortComment}; search both so the test does not depend on which way round a version has it. */
  private static String label(JsonNode error) {
    return error.path("fullComment").asText() + "\n" + error.path("shortComment").asText();
  }

  private static JsonNode paragraph(String format, String text) {
    for (JsonNode p : resultsByFormat.get(format).path("paragraphs")) {
      if (p.path("text").asText().equals(text)) {
        return p;
      }
    }
    return fail("LibreOffice did not check the paragraph '" + text + "' of the ." + format + " document");
  }

  private static String describe(JsonNode errors) {
    if (errors.isEmpty()) {
      return "no errors";
    }
    return StreamSupport.stream(errors.spliterator(), false)
        .map(e -> String.format("[%d+%d %s | %s | %s]", e.path("start").asInt(), e.path("length").asInt(),
            e.path("fullComment").asText(), e.path("shortComment").asText(), e.path("suggestions")))
        .collect(Collectors.joining(", "));
  }

  private static List<String> allParagraphs() {
    List<String> all = new ArrayList<>();
    SPUN.forEach(s -> all.add(s.paragraph()));
    all.addAll(CLEAN);
    return all;
  }

  private static void checkTestData() {
    for (String p : allParagraphs()) {
      assertFalse(p.contains("&"), "LibreOffice 7.4 does not check text after an '&': " + p);
    }
    for (Spun s : SPUN) {
      int at = s.paragraph().indexOf(s.phrase());
      assertTrue(at >= 0 && s.paragraph().indexOf(s.phrase(), at + 1) < 0,
          "'" + s.phrase() + "' must occur exactly once in: " + s.paragraph());
    }
  }

  // --- processes ---------------------------------------------------------------------------------------------------

  private static Path findLibreOffice(String python) throws Exception {
    String hint = " Install it as root with .ci/install-libreoffice.sh (Debian 12: libreoffice-writer-nogui, python3-uno).";
    Path soffice = System.getProperty("spincheck.soffice") != null
        ? Path.of(System.getProperty("spincheck.soffice"))
        : Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    if (soffice == null || !Files.isExecutable(soffice)) {
      fail("LibreOffice is not installed: no soffice on PATH." + hint);
    }
    if (!Files.isExecutable(Path.of(python))) {
      fail("no " + python + " to run the UNO script." + hint);
    }
    Process p = new ProcessBuilder(python, "-c", "import uno").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail(python + " cannot import uno (python3-uno missing?): " + out + hint);
    }
    return soffice;
  }

  private static Path packJar() {
    String jar = System.getProperty("spincheck.jar");
    assertTrue(jar != null && Files.isRegularFile(Path.of(jar)),
        "system property spincheck.jar must name the built drop-in jar (run via `mvn verify`): " + jar);
    return Path.of(jar).toAbsolutePath();
  }

  /** The test's own class path (it has languagetool-server) with the pack jar in front. Directories are left out:
   * target/classes holds the pack's grammar_custom.xml too, and the first one on the class path wins. So is the CLI's
   * slf4j-nop, so that the server logs its requests like a stock server (the log goes into failure messages). */
  private static String serverClassPath(Path packJar) {
    List<String> entries = new ArrayList<>(List.of(packJar.toString()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!entry.isEmpty() && !Files.isDirectory(path) && !path.equals(packJar)
          && !path.getFileName().toString().startsWith("slf4j-nop")) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Process start(Path log, String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    synchronized (started) {
      started.add(p);
    }
    return p;
  }

  private static void runScript(List<String> command) throws Exception {
    Path log = work.resolve("script-" + System.nanoTime() + ".log");
    Process p = start(log, command.toArray(String[]::new));
    boolean done = p.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!done) {
      destroyTree(p);
    }
    if (!done || p.exitValue() != 0) {
      fail((done ? "exit code " + p.exitValue() : "timed out after " + SCRIPT_TIMEOUT) + ": " + command + "\n"
          + Files.readString(log) + "\n--- soffice:\n" + tail(sofficeLog) + serverLogTail());
    }
  }

  private static void awaitServer(Process server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + SERVER_START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        fail("the LanguageTool server exited with code " + server.exitValue() + serverLogTail());
      }
      try {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(serverUrl + "/languages"))
            .timeout(Duration.ofSeconds(5)).build();
        if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    fail("the LanguageTool server did not answer within " + SERVER_START + serverLogTail());
  }

  private static JsonNode checkOnServer(String text) throws Exception {
    String form = "language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), () -> "server check failed: " + response.body() + serverLogTail());
    return JSON.readTree(response.body());
  }

  private static void destroyAll() {
    List<Process> all;
    synchronized (started) {
      all = new ArrayList<>(started);
      started.clear();
    }
    // reverse order: the scripts and soffice before the server they talk to
    for (int i = all.size() - 1; i >= 0; i--) {
      destroyTree(all.get(i));
    }
  }

  /** soffice is a shell script that runs oosplash, which runs soffice.bin: stop the whole tree. */
  private static void destroyTree(Process p) {
    List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
    tree.add(p.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : tree) {
      try {
        h.onExit().get(15, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        h.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String serverLogTail() {
    return "\n--- LanguageTool server log (end):\n" + tail(serverLog);
  }

  private static String tail(Path log) {
    try {
      if (log == null || !Files.exists(log)) {
        return "(none)";
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
