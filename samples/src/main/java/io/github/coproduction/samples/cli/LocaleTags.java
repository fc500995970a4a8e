package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.Messages;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads the --locale option: only the locales the library has texts for. */
final class LocaleTags {

  private LocaleTags() {}

  /**
   * The locale of a language tag, if it is one of {@link Messages#available()} (letter case
   * ignored: {@code EN-xa} is {@code en-XA}).
   *
   * @throws ParameterException a usage error naming the accepted tags, for any other tag
   */
  static Locale parse(String tag, CommandSpec command) {
    Locale locale = Locale.forLanguageTag(tag.strip());
    if (Messages.available().contains(locale)) {
      return locale;
    }
    throw new ParameterException(command.commandLine(), "unknown locale '" + tag
        + "' for --locale: use one of " + names());
  }

  /** The accepted tags, for messages: "en, cy, en-XA". */
  static String names() {
    return Messages.available().stream().map(Locale::toLanguageTag)
        .collect(Collectors.joining(", "));
  }
}
