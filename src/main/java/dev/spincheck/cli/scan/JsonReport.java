package dev.spincheck.cli.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A JSON array, one object per document in report order: {@code path, format, words, matches_count, per_1000_words,
 * risk, categories, matches[]}; each match has {@code offset, length, line, column, rule, category, message,
 * suggestions, text, context}. Skipped inputs follow the documents as objects with only {@code path} and
 * {@code skipped} (the reason), so {@code .[] | select(.skipped)} lists them.
 */
final class JsonReport implements ReportWriter {

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    ArrayNode arr = mapper.createArrayNode();
    for (ScannedDocument d : report.ranked()) {
      ObjectNode o = arr.addObject();
      o.put("path", d.path());
      o.put("format", d.format());
      o.put("words", d.words());
      o.put("matches_count", d.findings().size());
      o.put("per_1000_words", d.per1000Words());
      o.put("risk", d.risk().label());
      ObjectNode cats = o.putObject("categories");
      d.byCategory().forEach(cats::put);
      ArrayNode ms = o.putArray("matches");
      for (Finding f : d.findings()) {
        ms.add(match(f));
      }
    }
    for (Skipped s : report.skipped()) {
      arr.addObject().put("path", s.path()).put("skipped", s.reason());
    }
    out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
    out.write(System.lineSeparator());
  }

  private ObjectNode match(Finding f) {
    ObjectNode o = mapper.createObjectNode();
    o.put("offset", f.offset());
    o.put("length", f.length());
    o.put("line", f.line());
    o.put("column", f.column());
    o.put("rule", f.rule());
    o.put("category", f.category());
    o.put("message", f.message());
    ArrayNode s = o.putArray("suggestions");
    f.suggestions().forEach(s::add);
    o.put("text", f.text());
    o.put("context", f.context());
    return o;
  }
}
