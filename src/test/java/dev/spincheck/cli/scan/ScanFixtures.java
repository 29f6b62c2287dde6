package dev.spincheck.cli.scan;

import dev.spincheck.cli.Main;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scan fixtures: testdata/scan copied to a fresh folder, plus a .docx and a .pdf written here with POI and
 * PDFBox (so no binary document is committed), and a hidden file that a folder scan must ignore.
 */
final class ScanFixtures {

  static final Path SOURCE = Path.of("testdata/scan");

  /** In the .docx: a spun title (SPIN_TITLE_GENERAL) among clean sentences. */
  static final List<String> DOCX_PARAGRAPHS = List.of(
      "Summit report",
      "NATO Secretary Run-of-the-mill Jens Stoltenberg spoke first.",
      "The delegates then discussed the budget for the coming year and agreed to meet again in the autumn.");

  /** In the .pdf: a spun auxiliary (SPIN_AUX_HAVE_SWAP) among clean sentences. */
  static final List<String> PDF_LINES = List.of(
      "Minutes of the meeting",
      "It is possible; we press seen it before.",
      "The chair thanked the members and closed the meeting at noon.");

  static {
    ScanCommand.quietLogging(); // before POI and PDFBox first log, as in the CLI
    // The test classpath (not the CLI jar) has logback from languagetool-server, which logs to standard output and
    // would mix PDFBox's warnings about the corrupt fixture into the report under test.
    try {
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
          .setLevel(ch.qos.logback.classic.Level.ERROR);
    } catch (ClassCastException | NoClassDefFoundError e) {
      // another backend, or none: nothing to quieten
    }
  }

  private ScanFixtures() {
  }

  static Path create(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(SOURCE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("report.docx"))) {
      for (String p : DOCX_PARAGRAPHS) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.setLeading(18);
        cs.newLineAtOffset(72, 700);
        for (String line : PDF_LINES) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      doc.save(dir.resolve("minutes.pdf").toFile());
    }
    Files.writeString(dir.resolve(".hidden.txt"), "Recent work on counterfeit consciousness has grown quickly.\n");
    return dir;
  }

  /** Exit status, standard output and standard error of one CLI run in this JVM. */
  record Run(int status, String out, String err) {
  }

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      System.out.flush();
      System.err.flush();
      return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
