package dev.spincheck.cli.scan;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text to check from a file, chosen by extension: .txt/.text, .md/.markdown, .html/.htm/.xhtml, .pdf (text
 * layer) and .docx. Anything it cannot turn into non-blank text is a {@link SkipException} with the reason.
 *
 * <p>Plain text and Markdown are checked as they are, so that offsets, lines and columns point into the file; Markdown
 * code (fenced blocks and inline spans) is blanked out with spaces rather than removed for the same reason.
 */
final class DocumentReader {

  /** Extensions this reader accepts, for the help text. */
  static final String SUPPORTED = ".txt .text .md .markdown .html .htm .xhtml .pdf .docx";

  record Text(String format, String text) {
  }

  private DocumentReader() {
  }

  static String format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot <= 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> "txt";
      case "md", "markdown" -> "md";
      case "html", "htm", "xhtml" -> "html";
      case "pdf" -> "pdf";
      case "docx" -> "docx";
      default -> null;
    };
  }

  static Text read(Path file) throws SkipException {
    String format = format(file);
    if (format == null) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      throw new SkipException(dot <= 0 ? "unsupported file type (no extension)"
          : "unsupported file type (" + name.substring(dot) + ")");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SkipException("no such file");
    } catch (AccessDeniedException e) {
      throw new SkipException("permission denied");
    } catch (IOException | OutOfMemoryError e) {
      throw new SkipException("cannot read: " + describe(e));
    }
    if (bytes.length == 0) {
      throw new SkipException("empty file");
    }
    String text;
    try {
      text = switch (format) {
        case "txt" -> plain(bytes);
        case "md" -> Markdown.blankCode(plain(bytes));
        case "html" -> html(bytes, file);
        case "pdf" -> pdf(bytes);
        case "docx" -> docx(bytes);
        default -> throw new IllegalStateException(format);
      };
    } catch (SkipException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      // corrupt or malicious documents make the parsers throw about anything; the run goes on
      throw new SkipException("cannot read " + format + ": " + describe(e));
    }
    if (text.isBlank()) {
      throw new SkipException(format.equals("pdf") ? "no text layer (scanned PDF?)" : "no text");
    }
    return new Text(format, text);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    m = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }

  /** UTF-8 (with or without BOM), else Windows-1252; a NUL byte near the start means a binary file. */
  static String plain(byte[] bytes) throws SkipException {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new SkipException("binary content (NUL bytes), not text");
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
      "head", "iframe", "object", "canvas", "select", "button");

  /** The title and the body's text, with a blank line after every block element so sentences do not run together. */
  static String html(byte[] bytes, Path file) throws IOException {
    org.jsoup.nodes.Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
    StringBuilder sb = new StringBuilder();
    if (!doc.title().isBlank()) {
      sb.append(doc.title().trim());
      paragraph(sb);
    }
    doc.body().filter(new NodeFilter() {
      int pre;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (pre > 0) {
            sb.append(t.getWholeText());
          } else {
            String s = t.getWholeText().replaceAll("\\s+", " ");
            if (s.startsWith(" ") && (sb.isEmpty() || Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
              s = s.substring(1);
            }
            sb.append(s);
          }
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (INVISIBLE.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("br")) {
            trimEnd(sb);
            sb.append('\n');
          } else if (e.isBlock()) {
            paragraph(sb);
          }
          if (tag.equals("pre")) {
            pre++;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.normalName().equals("pre")) {
            pre--;
          }
          if (e.isBlock() && !e.normalName().equals("br")) {
            paragraph(sb);
          }
        }
        return FilterResult.CONTINUE;
      }
    });
    return sb.toString().strip() + "\n";
  }

  private static void trimEnd(StringBuilder sb) {
    while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  private static void paragraph(StringBuilder sb) {
    trimEnd(sb);
    if (sb.isEmpty()) {
      return;
    }
    if (sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    if (sb.length() < 2 || sb.charAt(sb.length() - 2) != '\n') {
      sb.append('\n');
    }
  }

  static String pdf(byte[] bytes) throws IOException, SkipException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (!doc.getCurrentAccessPermission().canExtractContent()) {
        throw new SkipException("PDF forbids text extraction");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      return stripper.getText(doc);
    } catch (InvalidPasswordException e) {
      throw new SkipException("encrypted PDF (password needed)");
    }
  }

  static String docx(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
         XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    }
  }

  /** Blanks out Markdown code, keeping every line break and the length of the text. */
  static final class Markdown {
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n(?:.*\\n)*?^ {0,3}\\1[`~]*[ \\t]*$");
    private static final Pattern INLINE = Pattern.compile("(`+)[^`\\n](?:.*?[^`\\n])??\\1(?!`)");

    private Markdown() {
    }

    static String blankCode(String text) {
      StringBuilder sb = new StringBuilder(text);
      for (Pattern p : new Pattern[] {FENCE, INLINE}) {
        Matcher m = p.matcher(sb.toString());
        while (m.find()) {
          for (int i = m.start(); i < m.end(); i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
              sb.setCharAt(i, ' ');
            }
          }
        }
      }
      return sb.toString();
    }
  }
}
