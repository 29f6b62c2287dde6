package dev.spincheck.cli.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a scan: checked documents and skipped inputs, both sorted by path, and the rules that matched.
 * {@code timestamp} is null unless the user asked for one, so that two runs over the same files print the same bytes.
 */
public record ScanReport(List<ScannedDocument> documents, List<Skipped> skipped, Instant timestamp) {

  /** Highest risk first, then most matches per 1,000 words, then path. */
  public static final Comparator<ScannedDocument> BY_RISK = Comparator
      .comparing(ScannedDocument::risk).reversed()
      .thenComparing(Comparator.comparingDouble(ScannedDocument::per1000Words).reversed())
      .thenComparing(ScannedDocument::path);

  public ScanReport {
    documents = sorted(documents, Comparator.comparing(ScannedDocument::path));
    skipped = sorted(skipped, Comparator.comparing(Skipped::path).thenComparing(Skipped::reason));
  }

  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return List.copyOf(copy);
  }

  public List<ScannedDocument> ranked() {
    return sorted(documents, BY_RISK);
  }

  /** Rule id to a finding of that rule (for its name and category), sorted by id. */
  public Map<String, Finding> rules() {
    Map<String, Finding> m = new TreeMap<>();
    for (ScannedDocument d : documents) {
      for (Finding f : d.findings()) {
        m.putIfAbsent(f.rule(), f);
      }
    }
    return m;
  }

  public Risk maxRisk() {
    return documents.stream().map(ScannedDocument::risk).max(Comparator.naturalOrder()).orElse(Risk.NONE);
  }

  public long count(Risk r) {
    return documents.stream().filter(d -> d.risk() == r).count();
  }
}
