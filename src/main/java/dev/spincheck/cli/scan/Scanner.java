package dev.spincheck.cli.scan;

import dev.spincheck.cli.PackChecker;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents below the given paths and checks them in parallel, each worker thread with its own
 * {@link PackChecker} (JLanguageTool is not thread-safe). Inputs that cannot be checked end up in the report's skipped
 * list; nothing here aborts the run.
 */
public final class Scanner {

  /** Called from worker threads as documents finish. */
  public interface Progress {
    void start(int total);

    void done(String path);

    Progress NONE = new Progress() {
      @Override
      public void start(int total) {
      }

      @Override
      public void done(String path) {
      }
    };
  }

  /** Where worker threads get their checker from and give it back when the scan ends. */
  public interface Checkers {
    PackChecker borrow();

    void giveBack(PackChecker checker);
  }

  private final Checkers checkers;
  private final int threads;
  private final Consumer<Skipped> onSkip;
  private final Progress progress;
  private boolean missingOperand;

  /**
   * @param checkers lends one checker to each worker thread
   * @param onSkip told about each skipped input as it happens (for the stderr line), possibly from a worker thread
   */
  public Scanner(Checkers checkers, int threads, Consumer<Skipped> onSkip, Progress progress) {
    this.checkers = checkers;
    this.threads = threads;
    this.onSkip = onSkip;
    this.progress = progress;
  }

  /** True when an operand named on the command line did not exist (a usage error for the exit status). */
  public boolean missingOperand() {
    return missingOperand;
  }

  public ScanReport scan(List<String> operands) throws InterruptedException {
    List<Skipped> skipped = new ArrayList<>();
    Map<Path, String> files = collect(operands, skipped);
    List<Map.Entry<Path, String>> work = new ArrayList<>(files.entrySet());
    // largest first, so that no worker is left with a big file at the end
    work.sort(Comparator.comparingLong((Map.Entry<Path, String> e) -> size(e.getKey())).reversed()
        .thenComparing(Map.Entry::getValue));
    progress.start(work.size());
    List<ScannedDocument> documents = new ArrayList<>();
    int n = Math.max(1, Math.min(threads, work.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "spincheck-scan");
      t.setDaemon(true);
      return t;
    });
    List<PackChecker> borrowed = java.util.Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<PackChecker> checker = ThreadLocal.withInitial(() -> {
      PackChecker c = checkers.borrow();
      borrowed.add(c);
      return c;
    });
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (Map.Entry<Path, String> e : work) {
        results.add(pool.submit(() -> {
          try {
            return checkOne(e.getKey(), e.getValue(), checker.get());
          } finally {
            progress.done(e.getValue());
          }
        }));
      }
      for (Future<Object> f : results) {
        Object r;
        try {
          r = f.get();
        } catch (ExecutionException ex) {
          throw new IllegalStateException("scan failed: " + ex.getCause(), ex.getCause());
        }
        if (r instanceof ScannedDocument d) {
          documents.add(d);
        } else {
          skipped.add((Skipped) r);
        }
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
      borrowed.forEach(checkers::giveBack);
    }
    return new ScanReport(documents, skipped, null);
  }

  private Object checkOne(Path file, String shown, PackChecker checker) {
    DocumentReader.Text t;
    try {
      t = DocumentReader.read(file);
    } catch (SkipException e) {
      return skip(shown, e.getMessage());
    }
    List<RuleMatch> matches;
    try {
      matches = checker.check(t.text());
    } catch (IOException | RuntimeException e) {
      return skip(shown, "check failed: " + e);
    }
    List<Finding> findings = new ArrayList<>();
    for (RuleMatch m : matches) {
      findings.add(finding(t.text(), m));
    }
    findings.sort(Comparator.comparingInt(Finding::offset).thenComparing(Finding::rule));
    return ScannedDocument.of(shown, t.format(), t.text(), findings);
  }

  private Skipped skip(String path, String reason) {
    Skipped s = new Skipped(path, reason);
    onSkip.accept(s);
    return s;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Regular files named or found below the operands, keyed by real path (a file reached twice is checked once). */
  private Map<Path, String> collect(List<String> operands, List<Skipped> skipped) {
    Map<Path, String> files = new LinkedHashMap<>();
    for (String op : operands) {
      Path root = Path.of(op).normalize();
      if (!Files.exists(root)) {
        missingOperand = true;
        skipped.add(skip(display(root), Files.exists(root, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link"
            : "no such file or directory"));
      } else if (!Files.isDirectory(root)) {
        add(files, root, display(root), skipped);
      } else {
        walk(root, files, skipped);
      }
    }
    return files;
  }

  private void walk(Path root, Map<Path, String> files, List<Skipped> skipped) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              // hidden directories (.git, .cache …) are not documents
              return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(file) && !attrs.isDirectory()) {
                add(files, file, display(file), skipped);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!hidden(file)) {
                skipped.add(skip(display(file), e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(skip(display(root), "cannot read directory: " + e.getMessage()));
    }
  }

  private void add(Map<Path, String> files, Path file, String shown, List<Skipped> skipped) {
    if (!Files.isRegularFile(file)) {
      skipped.add(skip(shown, "not a regular file"));
      return;
    }
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException e) {
      key = file.toAbsolutePath().normalize();
    }
    files.putIfAbsent(key, shown);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Forward slashes on every platform, so reports compare equal across machines. */
  static String display(Path p) {
    String s = p.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  static Finding finding(String text, RuleMatch m) {
    Rule rule = m.getRule();
    int from = m.getFromPos();
    int to = m.getToPos();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < from; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String category = rule.getCategory() == null ? "" : rule.getCategory().getId().toString();
    String categoryName = rule.getCategory() == null ? "" : rule.getCategory().getName();
    return new Finding(from, to - from, line, from - lineStart + 1, rule.getId(), rule.getDescription(), category,
        categoryName, plain(m.getMessage()), m.getShortMessage() == null ? "" : m.getShortMessage(),
        List.copyOf(m.getSuggestedReplacements()), text.substring(from, to), context(text, from, to));
  }

  static String plain(String message) {
    return dev.spincheck.cli.MatchText.plain(message);
  }

  static String context(String text, int from, int to) {
    return dev.spincheck.cli.MatchText.context(text, from, to);
  }
}
