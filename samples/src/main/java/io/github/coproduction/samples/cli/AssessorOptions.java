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

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A profile that disables rules or overrides severities.")
  Path profile;

  @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers to apply.")
  Path waivers;

  @Option(names = "--rates", paramLabel = "FILE",
      description = "Your organisation's reference figures (payment policy rates, benefit"
          + " limits), laid over the figures shipped with the library; 'coproduction reference'"
          + " shows the format and the figures in force.")
  Path rates;

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
      read = documents.readProfile(Inputs.document(profile));
    }
    if (rates != null) {
      io.github.coproduction.rules.Profile base = read != null ? read
          : io.github.coproduction.rules.Profile.defaults();
      builder.profile(new io.github.coproduction.rules.Profile.Builder().from(base)
          .referenceData(referenceData(rates)).build());
    } else if (read != null) {
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

  /** The standard reference data with an organisation's file laid over it. */
  static io.github.coproduction.core.reference.ReferenceData referenceData(Path file) {
    Inputs.document(file);
    try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file,
        java.nio.charset.StandardCharsets.UTF_8)) {
      return io.github.coproduction.core.reference.ReferenceData.standard().overriddenBy(
          io.github.coproduction.core.reference.ReferenceData.read(file.toString(), reader));
    } catch (io.github.coproduction.core.reference.ReferenceDataException e) {
      throw new InputException(ErrorLine.line(e.getMessage()));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The date given, or today in UTC. */
  LocalDate date() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
