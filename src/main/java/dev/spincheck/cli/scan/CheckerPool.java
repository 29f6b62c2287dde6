package dev.spincheck.cli.scan;

import dev.spincheck.cli.PackChecker;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps idle {@link PackChecker}s per configuration, so that several scans in one JVM (tests, embedding) pay the
 * few seconds of building a JLanguageTool once per thread instead of once per scan. A checker is used by one thread
 * at a time: borrowed by a worker, given back when the scan ends.
 */
final class CheckerPool implements Scanner.Checkers {

  private static final Map<String, Queue<PackChecker>> IDLE = new ConcurrentHashMap<>();

  private final String language;
  private final boolean picky;
  private final boolean allRules;

  CheckerPool(String language, boolean picky, boolean allRules) {
    this.language = language;
    this.picky = picky;
    this.allRules = allRules;
  }

  private Queue<PackChecker> idle() {
    return IDLE.computeIfAbsent(language + "|" + picky + "|" + allRules, k -> new ConcurrentLinkedQueue<>());
  }

  @Override
  public PackChecker borrow() {
    PackChecker c = idle().poll();
    return c != null ? c : new PackChecker(language, picky, allRules);
  }

  @Override
  public void giveBack(PackChecker checker) {
    idle().add(checker);
  }
}
