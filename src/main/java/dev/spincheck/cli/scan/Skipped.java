package dev.spincheck.cli.scan;

/** An input that was not checked, and why (unsupported type, empty, unreadable, corrupt, missing). */
public record Skipped(String path, String reason) {
}
