package dev.spincheck.cli.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run; {@code tool.driver.rules} lists the rules that matched (sorted by id), {@code artifacts} every
 * checked document with its words, rate and risk, {@code results} every match sorted by path and offset, and the
 * skipped inputs are {@code toolExecutionNotifications} of the invocation. Regions count UTF-16 code units
 * ({@code columnKind}); for .html, .pdf and .docx they point into the extracted text, not the file's bytes.
 */
final class SarifReport implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final ObjectMapper mapper = new ObjectMapper();
  private final String version;

  SarifReport(String version) {
    this.version = version;
  }

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "spincheck");
    driver.put("version", version);
    driver.put("semanticVersion", version);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Map.Entry<String, Finding> e : report.rules().entrySet()) {
      Finding f = e.getValue();
      ruleIndex.put(e.getKey(), rules.size());
      ObjectNode r = rules.addObject();
      r.put("id", f.rule());
      r.putObject("shortDescription").put("text", f.ruleName());
      r.putObject("defaultConfiguration").put("level", "warning");
      r.putObject("properties").put("category", f.category()).put("categoryName", f.categoryName());
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    if (report.timestamp() != null) {
      invocation.put("endTimeUtc", report.timestamp().toString());
    }
    ArrayNode notes = invocation.putArray("toolExecutionNotifications");
    for (Skipped s : report.skipped()) {
      ObjectNode n = notes.addObject();
      n.put("level", "warning");
      n.putObject("message").put("text", "skipped: " + s.reason());
      n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
          .put("uri", uri(s.path()));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    List<ScannedDocument> docs = new ArrayList<>(report.documents());
    for (int i = 0; i < docs.size(); i++) {
      ScannedDocument d = docs.get(i);
      ObjectNode a = artifacts.addObject();
      a.putObject("location").put("uri", uri(d.path()));
      a.put("mimeType", mime(d.format()));
      a.putObject("properties").put("format", d.format()).put("words", d.words())
          .put("matches", d.findings().size()).put("per_1000_words", d.per1000Words()).put("risk", d.risk().label());
      for (Finding f : d.findings()) {
        ObjectNode r = results.addObject();
        r.put("ruleId", f.rule());
        r.put("ruleIndex", ruleIndex.get(f.rule()));
        r.put("level", "warning");
        r.putObject("message").put("text", f.message()
            + (f.suggestions().isEmpty() ? "" : " Suggestion: " + String.join(" | ", f.suggestions())));
        ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
        loc.putObject("artifactLocation").put("uri", uri(d.path())).put("index", i);
        ObjectNode region = loc.putObject("region");
        region.put("startLine", f.line());
        region.put("startColumn", f.column());
        region.put("charOffset", f.offset());
        region.put("charLength", f.length());
        region.putObject("snippet").put("text", f.text());
        ObjectNode props = r.putObject("properties");
        props.put("category", f.category());
        ArrayNode s = props.putArray("suggestions");
        f.suggestions().forEach(s::add);
        props.put("context", f.context());
        props.put("documentRisk", d.risk().label());
      }
    }
    out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    out.write(System.lineSeparator());
  }

  private static String mime(String format) {
    return switch (format) {
      case "md" -> "text/markdown";
      case "html" -> "text/html";
      case "pdf" -> "application/pdf";
      case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      default -> "text/plain";
    };
  }

  /** A relative reference for relative paths (resolved against the scan's working directory), file: otherwise. */
  static String uri(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p.toUri().toASCIIString();
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
