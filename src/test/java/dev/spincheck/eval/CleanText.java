package dev.spincheck.eval;

import org.languagetool.JLanguageTool;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/** Clean edited English available without downloads: LanguageTool's correct examples and committed corpus slices. */
public final class CleanText {

  private CleanText() {
  }

  /** LanguageTool's own correct example sentences (grammar.xml, style.xml of language-en), unique. */
  public static List<String> ltExamples() throws Exception {
    Set<String> out = new LinkedHashSet<>();
    String jar = JLanguageTool.class.getProtectionDomain().getCodeSource().getLocation().getPath()
        .replace("languagetool-core", "language-en");
    Pattern ex = Pattern.compile("<example(?![^>]*(correction=|type=\"incorrect\"))[^>]*>(.*?)</example>", Pattern.DOTALL);
    try (JarFile jf = new JarFile(jar)) {
      for (String name : List.of("org/languagetool/rules/en/grammar.xml", "org/languagetool/rules/en/style.xml")) {
        ZipEntry e = jf.getEntry(name);
        try (InputStream in = jf.getInputStream(e)) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = ex.matcher(xml);
          while (m.find()) {
            String s = m.group(2).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replaceAll("\\s+", " ").trim();
            if (!s.isEmpty()) {
              out.add(s);
            }
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Non-comment, non-blank lines of a committed clean-text file. */
  public static List<String> lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
  }
}
