package dev.spincheck.rules;

import dev.spincheck.build.RuleAssembler;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.XMLValidator;
import org.languagetool.rules.Rule;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assembled grammar_custom.xml: schema-valid, prefixed unique ids, a short label on every rule. */
class RuleFileTest {

  static final String RESOURCE = "/org/languagetool/rules/en/grammar_custom.xml";
  private static final Pattern ID = Pattern.compile("SPIN_[A-Z0-9_]{1,70}");

  @Test
  void assembledFileIsSchemaValid() throws Exception {
    URL url = getClass().getResource(RESOURCE);
    assertNotNull(url, "grammar_custom.xml not assembled into target/classes");
    new XMLValidator().validateWithXmlSchema(RESOURCE, "/org/languagetool/rules/rules.xsd");
  }

  @Test
  void idsArePrefixedAndUnique() {
    JLanguageTool lt = Pack.packOnly(Pack.english());
    Set<String> categoryIds = new HashSet<>();
    List<String> ruleIds = new ArrayList<>();
    for (Rule r : lt.getAllRules()) {
      if (Pack.isPackRule(r)) {
        categoryIds.add(r.getCategory().getId().toString());
        if (!ruleIds.contains(r.getId())) {
          ruleIds.add(r.getId());
        }
      } else {
        assertFalse(r.getId().startsWith(Pack.PREFIX), "a LanguageTool rule uses our prefix: " + r.getId());
      }
    }
    assertTrue(categoryIds.size() >= 2, "at least two categories: " + categoryIds);
    for (String id : categoryIds) {
      assertTrue(ID.matcher(id).matches(), "category id " + id);
    }
    for (String id : ruleIds) {
      assertTrue(ID.matcher(id).matches(), "rule id " + id);
    }
  }

  @Test
  void malformedRuleFileFailsNamingFileAndLine() throws Exception {
    Path dir = Files.createTempDirectory("rules");
    Files.writeString(dir.resolve("broken.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rules lang="en">
          <category id="SPIN_X" name="x">
            <rule id="SPIN_Y" name="y">
              <pattern><token>a</token></pattern>
              <bogus/>
            </rule>
          </category>
        </rules>
        """);
    List<String> errors = new ArrayList<>();
    RuleAssembler.assemble(dir, dir.resolve("out.xml"), errors);
    assertFalse(errors.isEmpty());
    assertTrue(errors.get(0).contains("broken.xml:6:"), errors.get(0));
    Files.writeString(dir.resolve("broken.xml"), "<rules lang=\"en\"><category></rules>");
    errors.clear();
    RuleAssembler.assemble(dir, dir.resolve("out.xml"), errors);
    assertTrue(errors.get(0).contains("broken.xml:1:"), errors.get(0));
    assertEquals(1, errors.size());
    assertThrows(Exception.class, () -> RuleAssembler.main(new String[] {dir.toString(), dir.resolve("o.xml").toString()}));
  }
}
