package dev.typewire.processor.diag;

import java.util.function.Supplier;

/**
 * Runs one stage of the processor so that a Typewire bug becomes one reported error instead of a
 * javac crash with a stack trace. The error says it is a bug, which stage failed, and the pointer
 * of the schema node the stage last started on, so the user can report it with a small example.
 */
public final class Guard {

  public static final String BUG = "TW-BUG";

  private Guard() {}

  /**
   * Runs one stage, turning anything it throws into a {@value #BUG} problem.
   *
   * @param stage what the stage does, for the message: "reading the schema"
   * @return what {@code body} returned, or null after recording a {@value #BUG} problem
   */
  public static <T> T run(Diagnostics diagnostics, String stage, Supplier<T> body) {
    try {
      return body.get();
    } catch (RuntimeException | StackOverflowError e) {
      // A StackOverflowError is caught deliberately: javac would otherwise die with no hint at
      // the schema. By the time it is caught, the stack has unwound and is usable again.
      diagnostics.error(
          BUG,
          diagnostics.workingAt(),
          describe(stage + " (the pointer is the node it last started on)", e));
      return null;
    }
  }

  /** The message for an unexpected failure: what failed, where in Typewire, and what to do. */
  public static String describe(String stage, Throwable e) {
    return "Typewire failed unexpectedly while "
        + stage
        + ": "
        + e
        + origin(e)
        + ". This is a Typewire bug, not a problem in your schema alone; please report it with"
        + " this message and the schema";
  }

  /** The innermost Typewire frame, which tells a maintainer where to look. */
  private static String origin(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.typewire.")) {
        return " at " + frame;
      }
    }
    return "";
  }
}
