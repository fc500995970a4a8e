package io.github.coproduction.samples.cli;

/**
 * Standard output could not be written: the disk is full, or the reader of a pipe has gone. The
 * command ends with one line on standard error and exit code 2.
 */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message every failed write gives. */
  static final String MESSAGE = "cannot write the output (the disk is full or the pipe was"
      + " closed); what was written is incomplete";

  OutputException() {
    super(MESSAGE, null, false, false);
  }
}
