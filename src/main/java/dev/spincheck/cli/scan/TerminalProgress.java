package dev.spincheck.cli.scan;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress bar on standard error while documents are checked. Lines meant for standard error meanwhile (skipped
 * inputs) are held back and printed once the bar is closed, so they do not tear it.
 */
final class TerminalProgress implements Scanner.Progress, AutoCloseable {

  private final PrintStream err;
  private final List<String> held = new ArrayList<>();
  private ProgressBar bar;

  TerminalProgress(PrintStream err) {
    this.err = err;
  }

  /**
   * True when a person is watching: a console, standard error on a terminal (where the platform can tell) and a
   * terminal that draws.
   */
  static boolean interactive() {
    if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.exists(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized void start(int total) {
    bar = new ProgressBarBuilder().setTaskName("Scanning").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(err)).setUnit(" docs", 1)
        .showSpeed().build();
  }

  @Override
  public synchronized void done(String path) {
    if (bar != null) {
      bar.step();
    }
  }

  /** Prints now, or after the bar when one is showing. */
  synchronized void println(String line) {
    if (bar == null) {
      err.println(line);
    } else {
      held.add(line);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    held.forEach(err::println);
    held.clear();
  }
}
