package dev.spincheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check command's output formats and exit status, run in-process. */
class CheckCommandTest {

  record Run(int status, String out, String err) {
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void printsFileLineColumnRuleMessageSuggestionAndContext(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Clean first line.\nWe review profound learning here.\n");
    Run r = run("check", f.toString());
    assertEquals(Main.FOUND, r.status(), r.err());
    assertTrue(r.out().startsWith(f + ":2:11: SPIN_TORTURED_PHRASE "), r.out());
    assertTrue(r.out().contains("[deep learning]"), r.out());
    assertTrue(r.out().contains("We review [profound learning] here."), r.out());
  }

  @Test
  void jsonOutput(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "There is contact on a bilateral raze now.");
    Run r = run("check", "--json", f.toString());
    assertEquals(Main.FOUND, r.status());
    JsonNode doc = new ObjectMapper().readTree(r.out()).get(0);
    JsonNode m = doc.get("matches").get(0);
    assertEquals("SPIN_RAZE_LEVEL", m.get("rule").asText());
    assertEquals(32, m.get("offset").asInt());
    assertEquals("level", m.get("suggestions").get(0).asText());
  }

  @Test
  void cleanTextExitsZero(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Recent work on deep learning has grown quickly.");
    Run r = run("check", f.toString());
    assertEquals(0, r.status());
    assertEquals("", r.out());
  }

  @Test
  void missingFileIsOneLineErrorAndOtherFilesStillChecked(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "We review profound learning here.");
    Run r = run("check", dir.resolve("nope.txt").toString(), f.toString());
    assertEquals(Main.ERROR, r.status());
    assertEquals("spincheck: cannot read " + dir.resolve("nope.txt") + ": no such file", r.err().strip());
    assertTrue(r.out().contains("SPIN_TORTURED_PHRASE"));
  }

  @Test
  void usageErrorExitsTwo() {
    assertEquals(Main.ERROR, run("check").status());
    assertEquals(Main.ERROR, run("frobnicate").status());
  }
}
