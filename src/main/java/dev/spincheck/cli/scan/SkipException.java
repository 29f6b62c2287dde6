package dev.spincheck.cli.scan;

/** Thrown by the readers for an input that cannot be checked; the message is the reason shown to the user. */
final class SkipException extends Exception {
  SkipException(String reason) {
    super(reason, null, false, false);
  }
}
