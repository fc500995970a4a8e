package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.Assessor;
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

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Assess as on this date (for waiver expiry); today by default.")
  LocalDate date;

  /** The standard rules with the profile and waivers given, read strictly. */
  Assessor assessor(Documents documents) {
    Assessor.Builder builder = Assessor.builder();
    if (profile != null) {
      builder.profile(documents.readProfile(Inputs.document(profile)));
    }
    if (waivers != null) {
      builder.addWaivers(documents.readWaivers(Inputs.document(waivers)));
    }
    return builder.build();
  }

  /** The date given, or today in UTC. */
  LocalDate date() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
