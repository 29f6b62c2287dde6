package dev.spincheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real LanguageTool 6.8 HTTP server (org.languagetool.server.HTTPServer) with the drop-in jar on its classpath, on a
 * free loopback port: /v2/check returns the pack's matches, and disabledCategories silences them.
 */
class LanguageToolServerIT {

  private static Process server;
  private static int port;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    port = PackJvm.freePort();
    server = PackJvm.java(PackJvm.classpathWithJar(false), "org.languagetool.server.HTTPServer", "--port", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      try {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/v2/languages")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      assertTrue(server.isAlive(), "LanguageTool server exited with " + (server.isAlive() ? "" : server.exitValue()));
      assertTrue(System.nanoTime() < deadline, "LanguageTool server did not start in 3 minutes");
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + port;
  }

  static JsonNode check(String text, String extra) throws Exception {
    String body = "language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + extra;
    HttpRequest req = HttpRequest.newBuilder(URI.create(base() + "/v2/check"))
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body());
  }

  static List<JsonNode> packMatches(JsonNode response) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode m : response.get("matches")) {
      if (m.get("rule").get("category").get("id").asText().startsWith("SPIN_")) {
        out.add(m);
      }
    }
    return out;
  }

  /** The match is the rule's, at the offset, with the replacement first. */
  static void assertMatch(JsonNode m, String rule, int offset, String replacement) {
    assertEquals(rule, m.get("rule").get("id").asText(), m.toString());
    assertEquals(offset, m.get("offset").asInt(), m.toString());
    assertEquals(replacement, m.get("replacements").get(0).get("value").asText(), m.toString());
  }

  @Test
  void serverReturnsThePacksMatches() throws Exception {
    String text = "Recent work on profound learning has grown. There is contact on a bilateral raze now.";
    List<JsonNode> matches = packMatches(check(text, ""));
    assertEquals(2, matches.size(), matches.toString());
    JsonNode a = matches.get(0);
    assertEquals("SPIN_TORTURED_PHRASE", a.get("rule").get("id").asText());
    assertEquals("SPIN_TORTURED_SCIENCE", a.get("rule").get("category").get("id").asText());
    assertEquals(15, a.get("offset").asInt());
    assertEquals("profound learning".length(), a.get("length").asInt());
    assertEquals("deep learning", a.get("replacements").get(0).get("value").asText());
    assertEquals("grammar_custom.xml", a.get("rule").get("sourceFile").asText());
    assertMatch(matches.get(1), "SPIN_RAZE_LEVEL", text.indexOf("raze"), "level");
  }

  /** A table-driven rule at the default level, and a rule tagged picky only when the client asks for level=picky. */
  @Test
  void pickyRulesRunOnlyAtThePickyLevel() throws Exception {
    String text = "On the off chance that talks fail, prices will rise because of the way that supply fell.";
    List<JsonNode> normal = packMatches(check(text, ""));
    assertEquals(1, normal.size(), normal.toString());
    assertEquals("SPIN_PARAPHRASER_PHRASE", normal.get(0).get("rule").get("id").asText());
    assertEquals("If", normal.get(0).get("replacements").get(0).get("value").asText());
    assertEquals("On the off chance that".length(), normal.get(0).get("length").asInt());
    List<JsonNode> picky = packMatches(check(text, "&level=picky"));
    assertEquals(2, picky.size(), picky.toString());
    assertMatch(picky.get(1), "SPIN_PARAPHRASER_PHRASE_PICKY", text.indexOf("because of"), "because");
  }

  /**
   * The language model's screening rule is off on a server, and a client that enables it gets its matches: the
   * model's tables (10 MB in the jar) load from the classpath inside the server on first use.
   */
  @Test
  void theLanguageModelRuleRunsOnlyWhenAClientEnablesIt() throws Exception {
    String text = "The two armies ended their military ventures in the north.";
    assertTrue(packMatches(check(text, "")).isEmpty());
    List<JsonNode> on = packMatches(check(text,
        "&enabledCategories=SPIN_GENERAL_SCREENING&enabledRules=SPIN_UNLIKELY_WORD"));
    assertEquals(1, on.size(), on.toString());
    assertMatch(on.get(0), "SPIN_UNLIKELY_WORD", text.indexOf("ventures"), "operations");
  }

  @Test
  void disabledCategoriesSilenceThePack() throws Exception {
    String text = "Recent work on profound learning has grown. There is contact on a bilateral raze now.";
    JsonNode r = check(text, "&disabledCategories=SPIN_TORTURED_SCIENCE,SPIN_GENERAL");
    assertTrue(packMatches(r).isEmpty(), r.toString());
    assertFalse(packMatches(check(text, "&disabledCategories=SPIN_GENERAL")).isEmpty());
  }
}
