package dev.spincheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.languagetool.rules.RuleMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check FILE…}: prints every match of the pack, as lines or JSON. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check text files (or - for standard input) and print each match: "
        + "file:line:column: RULE_ID message [suggestions] and the context.")
public final class CheckCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files to check; - reads standard input.")
  List<String> files;

  @Option(names = "--json", description = "Print a JSON array with one object per file.")
  boolean json;

  @Option(names = "--picky", description = "Also run the pack's picky, off-by-default rules.")
  boolean picky;

  @Option(names = "--all-rules", description = "Also run LanguageTool's own rules.")
  boolean allRules;

  @Option(names = {"-l", "--language"}, defaultValue = "en-US", description = "Language variant (default: ${DEFAULT-VALUE}).")
  String language;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PackChecker checker = new PackChecker(language, picky, allRules);
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode report = mapper.createArrayNode();
    boolean found = false;
    boolean failed = false;
    for (String f : files) {
      String text;
      try {
        text = f.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(f), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        err.println("spincheck: cannot read " + f + ": " + describe(e));
        failed = true;
        continue;
      }
      List<RuleMatch> matches = checker.check(text);
      found |= !matches.isEmpty();
      String name = f.equals("-") ? "<stdin>" : f;
      if (json) {
        ObjectNode doc = report.addObject();
        doc.put("path", name);
        ArrayNode arr = doc.putArray("matches");
        for (RuleMatch m : matches) {
          ObjectNode o = arr.addObject();
          int[] lc = MatchText.lineColumn(text, m.getFromPos());
          o.put("line", lc[0]);
          o.put("column", lc[1]);
          o.put("offset", m.getFromPos());
          o.put("length", m.getToPos() - m.getFromPos());
          o.put("rule", m.getRule().getId());
          o.put("category", m.getRule().getCategory().getId().toString());
          o.put("message", MatchText.plain(m.getMessage()));
          o.put("text", text.substring(m.getFromPos(), m.getToPos()));
          ArrayNode s = o.putArray("suggestions");
          m.getSuggestedReplacements().forEach(s::add);
          o.put("context", MatchText.context(text, m.getFromPos(), m.getToPos()));
        }
      } else {
        for (RuleMatch m : matches) {
          int[] lc = MatchText.lineColumn(text, m.getFromPos());
          out.printf("%s:%d:%d: %s %s%s%n    %s%n", name, lc[0], lc[1], m.getRule().getId(), MatchText.plain(m.getMessage()),
              m.getSuggestedReplacements().isEmpty() ? "" : " " + m.getSuggestedReplacements(),
              MatchText.context(text, m.getFromPos(), m.getToPos()));
        }
      }
    }
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }
    out.flush();
    return failed ? Main.ERROR : found ? Main.FOUND : 0;
  }

  static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.MalformedInputException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
