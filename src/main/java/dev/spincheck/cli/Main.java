package dev.spincheck.cli;

import dev.spincheck.cli.scan.ScanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry point: {@code java -jar spincheck-<version>-cli.jar check FILE…}.
 *
 * <p>Exit status: 0 nothing found, 1 the pack found something, 2 usage error or an input that could not be read
 * (the other inputs are still checked).
 */
@Command(name = "spincheck", mixinStandardHelpOptions = true, version = "spincheck 0.1.0",
    description = "Finds thesaurus-style mis-substitutions (spun text, tortured phrases) with LanguageTool.",
    subcommands = {CheckCommand.class, ScanCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:nothing found", "1:the pack found something", "2:usage error or unreadable input"})
public final class Main {

  public static final int FOUND = 1;
  public static final int ERROR = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("spincheck: " + ex.getMessage());
      return ERROR;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("spincheck: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return ERROR;
    });
    return cl.execute(args);
  }
}
