package io.github.coproduction.samples.cli;

import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.RuleDefinitionException;
import io.github.coproduction.rules.SettingsRedaction;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.report.ErrorLine;
import io.github.coproduction.rules.report.ReportOptions;
import io.github.coproduction.serialization.Documents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that set up an assessment, shared by assess, diff and portfolio. */
final class AssessorOptions {

  @Option(names = "--profile", paramLabel = "NAME|FILE",
      description = "The profile in force: a shipped profile by name (default, research) or a"
          + " profile file that disables rules or overrides severities.")
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

  @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the reports' headings, labels and statuses and of the"
          + " findings' messages: en, cy (Welsh, a machine-assisted translation awaiting review)"
          + " or en-XA (a pseudo-locale for testing translations) (default: ${DEFAULT-VALUE})."
          + " JSON, YAML and CSV keep their English field names and values; only the findings'"
          + " messages and remedies in them are in this language.")
  void locale(String tag) {
    locale = LocaleTags.parse(tag, mixee);
  }

  /** The locale asked for with --locale, English by default. */
  private Locale locale = Locale.ENGLISH;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

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
    return assessor(documents, false);
  }

  /**
   * The standard rules with the profile and waivers given, read strictly; when redacting, the
   * profile's name and the waivers' justifications are left out ({@link SettingsRedaction}).
   */
  Assessor assessor(Documents documents, boolean redact) {
    Assessor.Builder builder = Assessor.builder().locale(locale);
    io.github.coproduction.rules.Profile read = null;
    if (profile != null) {
      read = readProfile(documents);
    }
    io.github.coproduction.rules.Profile chosen = read;
    if (rates != null) {
      // an organisation's rates file laid over the shipped reference data
      io.github.coproduction.rules.Profile base = read != null ? read
          : io.github.coproduction.rules.Profile.defaults();
      chosen = new io.github.coproduction.rules.Profile.Builder().from(base)
          .referenceData(referenceData(rates)).build();
    }
    if (chosen != null) {
      builder.profile(redact ? SettingsRedaction.redact(chosen) : chosen);
    }
    List<Waiver> given = List.of();
    if (waivers != null) {
      given = readWaivers(documents);
      builder.addWaivers(redact ? SettingsRedaction.redact(given) : given);
    }
    try {
      return builder.build();
    } catch (RuleDefinitionException e) {
      // A profile or a waiver names a rule the standard set does not have: say which file,
      // where in it, and the nearest rule id when it looks like a slip.
      String id = e.ruleId();
      boolean inProfile = read != null
          && (read.disabled().contains(id) || read.severities().containsKey(id));
      String where = inProfile ? profilePointer(read, id)
          : waiverPointer(given, id);
      List<String> known = io.github.coproduction.rules.RuleSet.standard().descriptors()
          .stream().map(io.github.coproduction.rules.RuleDescriptor::id).toList();
      String nearest = Nearest.to(id, known).map(n -> " (did you mean " + ErrorLine.quote(n)
          + "?)").orElse("");
      throw new InputException((inProfile ? profile : waivers) + where + ": names rule "
          + ErrorLine.quote(id) + ", which the standard rule set does not have" + nearest
          + "; 'coproduction rules' lists the rule ids");
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

  /** The profile file, or a named pipe or process substitution read whole. */
  private io.github.coproduction.rules.Profile readProfile(Documents documents) {
    // A shipped profile's name (default, research), unless a file of that name is there to read.
    if (profile.getNameCount() == 1 && !Inputs.isStream(profile)
        && !java.nio.file.Files.exists(profile)) {
      java.util.Optional<io.github.coproduction.rules.Profile> shipped =
          io.github.coproduction.rules.Profile.find(profile.toString());
      if (shipped.isPresent()) {
        return shipped.get();
      }
    }
    if (Inputs.isStream(profile)) {
      Inputs.StandardInput in = Inputs.stream(profile);
      return documents.readProfile(in.text(), in.format(), profile.toString());
    }
    return documents.readProfile(Inputs.document(profile));
  }

  /** The waivers file, or a named pipe or process substitution read whole. */
  private List<Waiver> readWaivers(Documents documents) {
    if (Inputs.isStream(waivers)) {
      Inputs.StandardInput in = Inputs.stream(waivers);
      return documents.readWaivers(in.text(), in.format(), waivers.toString());
    }
    return documents.readWaivers(Inputs.document(waivers));
  }

  /** Where a profile names the rule, as " at " and a JSON Pointer. */
  static String profilePointer(io.github.coproduction.rules.Profile profile, String id) {
    List<String> disabled = List.copyOf(profile.disabled());
    int at = disabled.indexOf(id);
    return at >= 0 ? " at /disabled/" + at
        : " at /severities/" + id.replace("~", "~0").replace("/", "~1");
  }

  /** Where the first waiver of the rule stands, as " at " and a JSON Pointer. */
  static String waiverPointer(List<Waiver> waivers, String id) {
    for (int i = 0; i < waivers.size(); i++) {
      if (waivers.get(i).rule().equals(id)) {
        return " at /waivers/" + i + "/rule";
      }
    }
    return "";
  }

  /** The locale given with --locale: one of {@link Messages#available()}. */
  Locale locale() {
    return locale;
  }

  /** The report options for human-readable output in the locale given. */
  ReportOptions reportOptions() {
    return ReportOptions.defaults().withLocale(locale);
  }

  /** The date given, or today in UTC. */
  LocalDate date() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
