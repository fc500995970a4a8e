package io.github.coproduction.rules.report;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One output format of assessments: its name, media type and file extension, and how it renders.
 * Every format the tool offers is one implementation, registered as a service
 * ({@code provides io.github.coproduction.rules.report.ReportFormat with ...} in a module, or a
 * {@code META-INF/services} file on the class path) and found with {@link #available()}: the
 * command line's {@code --format} options, the golden tests and the redaction test all take
 * their list from there, so adding a format is one class, its registration and its golden file.
 *
 * <p>This module registers {@code text}, {@code markdown} and {@code html}; the serialization
 * module {@code json}, {@code yaml} and {@code csv}; the command-line module {@code pdf}.
 * Implementations are stateless and thread-safe, and render byte-for-byte deterministically. A
 * format may also render a comparison of two assessments ({@link #rendersProgress()}, for
 * {@code diff}) and a portfolio summary ({@link #rendersPortfolio()}, for {@code portfolio}), so
 * those commands take their lists of formats from the registry too.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i, java.time.LocalDate.parse("2026-06-01"));
 * ReportFormat md = ReportFormat.named("markdown").orElseThrow();
 * md.extension();   // "md"
 * String text = md.renderText(java.util.List.of(a), ReportOptions.defaults());
 * }</pre>
 */
public interface ReportFormat {

  /**
   * The name users type, such as {@code "markdown"}: lower case, unique among formats.
   *
   * @return the name
   */
  String name();

  /**
   * The media type of the output, such as {@code "text/markdown; charset=utf-8"}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * The usual file extension, without the dot, such as {@code "md"}.
   *
   * @return the extension
   */
  String extension();

  /**
   * Whether the output is binary (a PDF) rather than UTF-8 text.
   *
   * @return true for a binary format; false by default
   */
  default boolean binary() {
    return false;
  }

  /**
   * Whether the outputs of several assessments can follow one another in one stream (JSON
   * Lines, a YAML stream, text reports one after another); an HTML page or a PDF cannot.
   *
   * @return true unless the format is binary; formats that cannot stream override it
   */
  default boolean streams() {
    return !binary();
  }

  /**
   * Whether the format is for people to read and so follows {@link ReportOptions#detail()};
   * machine formats (JSON, YAML, CSV) are always complete.
   *
   * @return true for text, Markdown, HTML and PDF
   */
  boolean humanReadable();

  /**
   * Renders one or more assessments: for one, the format's single document; for several, the
   * format's own way of holding them (JSON Lines, a YAML stream, one CSV table, reports one after
   * another).
   *
   * @param assessments the assessments, at least one
   * @param options redaction, finding limit and level of detail
   * @return the output, UTF-8 unless {@link #binary()}
   * @throws IllegalArgumentException if the list is empty, or the format cannot hold several
   * @throws IllegalStateException if the options redact but give no participant references
   */
  byte[] render(List<Assessment> assessments, ReportOptions options);

  /**
   * Renders as text; for text formats only.
   *
   * @param assessments the assessments, at least one
   * @param options redaction, finding limit and level of detail
   * @return the output
   * @throws UnsupportedOperationException if the format is binary
   */
  default String renderText(List<Assessment> assessments, ReportOptions options) {
    if (binary()) {
      throw new UnsupportedOperationException("the " + name() + " format is binary");
    }
    return new String(render(assessments, options), StandardCharsets.UTF_8);
  }

  /**
   * Whether the format renders a comparison of two assessments with {@link #renderProgress}, as
   * {@code coproduction diff} prints it.
   *
   * @return false by default; text, Markdown, JSON and YAML say true
   */
  default boolean rendersProgress() {
    return false;
  }

  /**
   * Renders a comparison of two assessments.
   *
   * @param progress the comparison
   * @return the output
   * @throws UnsupportedOperationException if {@link #rendersProgress()} is false
   */
  default String renderProgress(Progress progress) {
    throw new UnsupportedOperationException("the " + name() + " format does not render a"
        + " comparison of two assessments");
  }

  /**
   * Renders a comparison of two assessments with options: text and Markdown follow the
   * options' redaction, finding limit and locale; by default the options are ignored and this
   * is {@link #renderProgress(Progress)}.
   *
   * @param progress the comparison
   * @param options redaction, finding limit and locale
   * @return the output
   * @throws UnsupportedOperationException if {@link #rendersProgress()} is false
   */
  default String renderProgress(Progress progress, ReportOptions options) {
    return renderProgress(progress);
  }

  /**
   * Whether the format renders a portfolio summary with {@link #renderPortfolio}, as
   * {@code coproduction portfolio} prints it.
   *
   * @return false by default; text, JSON, YAML and CSV say true
   */
  default boolean rendersPortfolio() {
    return false;
  }

  /**
   * Renders a portfolio summary.
   *
   * @param summary the summary
   * @return the output
   * @throws UnsupportedOperationException if {@link #rendersPortfolio()} is false
   */
  default String renderPortfolio(PortfolioSummary summary) {
    throw new UnsupportedOperationException("the " + name() + " format does not render a"
        + " portfolio summary");
  }

  /**
   * Renders a portfolio summary with options: text follows the options' locale; by default the
   * options are ignored and this is {@link #renderPortfolio(PortfolioSummary)}.
   *
   * @param summary the summary
   * @param options the locale
   * @return the output
   * @throws UnsupportedOperationException if {@link #rendersPortfolio()} is false
   */
  default String renderPortfolio(PortfolioSummary summary, ReportOptions options) {
    return renderPortfolio(summary);
  }

  /**
   * The formats registered as services and visible from here, sorted by name.
   *
   * @return the formats
   * @throws IllegalStateException if two formats share a name
   */
  static List<ReportFormat> available() {
    List<ReportFormat> all = ServiceLoader.load(ReportFormat.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(ReportFormat::name))
        .toList();
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).name().equals(all.get(i - 1).name())) {
        throw new IllegalStateException("two report formats are named \"" + all.get(i).name()
            + "\": " + all.get(i - 1).getClass().getName() + " and "
            + all.get(i).getClass().getName());
      }
    }
    return all;
  }

  /**
   * The registered format with a name, ignoring letter case.
   *
   * @param name the name, such as {@code "html"}
   * @return the format, or empty if none has that name
   */
  static Optional<ReportFormat> named(String name) {
    requireNonNull(name, "name");
    String n = name.toLowerCase(Locale.ROOT);
    return available().stream().filter(f -> f.name().equals(n)).findFirst();
  }

  /**
   * The names of the registered formats, for messages: {@code "csv, html, json, ..."}.
   *
   * @return the names, comma-separated, sorted
   */
  static String names() {
    return names(f -> true);
  }

  /**
   * The names of the registered formats that pass a test, for messages and help, such as the
   * formats that render a comparison: {@code names(ReportFormat::rendersProgress)}.
   *
   * @param which the test
   * @return the names, comma-separated, sorted
   */
  static String names(Predicate<ReportFormat> which) {
    requireNonNull(which, "which");
    return available().stream().filter(which).map(ReportFormat::name)
        .collect(Collectors.joining(", "));
  }
}
