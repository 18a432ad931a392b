package dev.typewire.cli;

/**
 * {@code java -jar typewire-cli.jar check SPEC [--base-url URL] [--credential NAME=VALUE]...}, or
 * {@code diff PREVIOUS CURRENT [--format json|markdown|text] [--fail-on breaking|warning]}.
 */
public final class TypewireCli {

  private TypewireCli() {}

  public static void main(String[] args) {
    // networknt logs through SLF4J; without a provider SLF4J warns on stderr on every run.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    if (args.length > 0 && args[0].equals("diff")) {
      System.exit(DiffCommand.run(args, System.out, System.err));
    }
    System.exit(CheckCommand.run(args, System.out, System.err));
  }
}
