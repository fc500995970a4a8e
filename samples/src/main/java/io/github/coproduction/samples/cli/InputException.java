package io.github.coproduction.samples.cli;

/** Bad input the tool found before reading a document: a missing file, a directory, no data. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
