package dev.spincheck.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built drop-in jar on a plain LanguageTool classpath: its rules load for en, en-US and en-GB, and LanguageTool's
 * own English rules still work (a broken filter class would make LanguageTool drop all English rules).
 */
class DropInJarSmokeIT {

  @Test
  void jarHoldsThePackAndNotLanguageTool() throws Exception {
    String entries = PackJvm.jarEntries(PackJvm.dropInJar());
    assertTrue(entries.contains("org/languagetool/rules/en/grammar_custom.xml"), "grammar_custom.xml missing");
    assertTrue(entries.contains("dev/spincheck/filter/TorturedPhraseFilter.class"));
    assertTrue(entries.contains("dev/spincheck/data/"), "data tables missing");
    assertFalse(entries.contains("org/languagetool/JLanguageTool.class"), "the drop-in jar must not bundle LanguageTool");
    assertFalse(entries.contains("picocli/"), "the drop-in jar must not bundle the CLI's libraries");
  }

  @Test
  void rulesAreLiveForEveryEnglishVariant() throws Exception {
    Process p = PackJvm.java(PackJvm.classpathWithJar(true), SmokeProbe.class.getName(), "en", "en-US", "en-GB")
        .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), out);
    for (String code : new String[] {"en", "en-US", "en-GB"}) {
      assertTrue(out.contains(code + " match SPIN_TORTURED_PHRASE 15-32 [deep learning]"), code + ":\n" + out);
      if (!code.equals("en")) {  // plain "en" has no variant-specific rules enabled, the variants do
        assertTrue(out.contains(code + " match EN_A_VS_AN"), "LanguageTool's own rules broken for " + code + ":\n" + out);
      }
    }
  }
}
