package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.RuleDefinitionException;
import io.github.coproduction.rules.report.ErrorLine;
import io.github.coproduction.serialization.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** The options that set up an assessment, shared by assess, diff and portfolio. */
final class AssessorOptions {

  @Option(names = "--profile", paramLabel = "NAME|FILE",
      description = "The profile in force: a shipped profile by name (default, research) or a"
          + " profile file that disables rules or overrides severities.")
  Path profile;

  @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers to apply.")
  Path waivers;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Assess as on this date (for waiver expiry), from 1900-01-01 to 2199-12-31;"
          + " today by default.")
  LocalDate date;

  /** Reads --date as documents read dates: plain YYYY-MM-DD, within the range. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return io.github.coproduction.core.Dates.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The standard rules with the profile and waivers given, read strictly. */
  Assessor assessor(Documents documents) {
    Assessor.Builder builder = Assessor.builder();
    io.github.coproduction.rules.Profile read = null;
    if (profile != null) {
      // A shipped profile's name, unless a file of that name is there to be read.
      java.util.Optional<io.github.coproduction.rules.Profile> shipped =
          profile.getNameCount() == 1 && !java.nio.file.Files.exists(profile)
              ? io.github.coproduction.rules.Profile.find(profile.toString())
              : java.util.Optional.empty();
      read = shipped.isPresent() ? shipped.get()
          : documents.readProfile(Inputs.document(profile));
      builder.profile(read);
    }
    if (waivers != null) {
      builder.addWaivers(documents.readWaivers(Inputs.document(waivers)));
    }
    try {
      return builder.build();
    } catch (RuleDefinitionException e) {
      // A profile or a waiver names a rule the standard set does not have: say which file.
      String id = e.ruleId();
      boolean inProfile = read != null
          && (read.disabled().contains(id) || read.severities().containsKey(id));
      throw new InputException((inProfile ? profile : waivers) + ": names rule "
          + ErrorLine.quote(id) + ", which the standard rule set does not have; 'coproduction"
          + " rules' lists the rule ids");
    }
  }

  /** The date given, or today in UTC. */
  LocalDate date() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
