package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.portfolio.ElementTally;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.report.CsvCell;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Findings and portfolio summaries as CSV (RFC 4180: a header row, comma separated, fields with
 * commas, quotes or line ends quoted, quotes doubled, CRLF line ends) for R, pandas and
 * spreadsheets. Values with several parts (elements, evidence pointers, actions) are joined with
 * {@code ';'}. Enum values are lower-case kebab text as in JSON. Output is deterministic, and a
 * value is quoted only when its content needs it, never by its length. Every
 * text cell passes through {@link CsvCell#text(String)}: a text a spreadsheet would run as a
 * formula ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}) starts with an apostrophe.
 *
 * <pre>{@code
 * io.github.coproduction.rules.Assessment a =
 *     io.github.coproduction.rules.Assessor.standard().assess(
 *         new io.github.coproduction.core.initiative.Initiative.Builder().id("x").title("X")
 *             .stage(io.github.coproduction.core.initiative.Stage.RUNNING).build());
 * String csv = Csv.findings(a);
 * // initiative,profile,rule,severity,status,waived,elements,message,evidence,remedyActions
 * // x,default,unpaid-lived-experience,critical,not-recorded,false,...
 * }</pre>
 */
public final class Csv {

  /** The columns of {@link #findings(Iterable)}, in order. */
  public static final List<String> FINDING_COLUMNS = List.of("initiative", "profile", "rule",
      "severity", "status", "waived", "elements", "message", "evidence", "remedyActions");

  /** The columns of {@link #portfolio(PortfolioSummary)}, in order. */
  public static final List<String> PORTFOLIO_COLUMNS = List.of("element", "title", "met",
      "noGapFound", "gap", "notRecorded", "notApplicable", "notAssessed", "prevalence");

  /**
   * Quotes a value only when its content needs it (a comma, a quote, a line end, leading or
   * trailing space), checking every character: the looser default quotes by length, so the
   * same value could be quoted in one row and not in another.
   */
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(tools.jackson.dataformat.csv.CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

  private Csv() {}

  /**
   * The findings of assessments, one row per finding, in assessment and finding order.
   *
   * @param assessments the assessments
   * @return the CSV text, header first
   */
  public static String findings(Assessment... assessments) {
    return findings(List.of(assessments));
  }

  /**
   * The findings of assessments, one row per finding, in assessment and finding order.
   *
   * @param assessments the assessments
   * @return the CSV text, header first
   */
  public static String findings(Iterable<Assessment> assessments) {
    requireNonNull(assessments, "assessments");
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = writer(FINDING_COLUMNS, out)) {
      for (Assessment a : assessments) {
        for (Finding f : a.findings()) {
          ObjectNode row = Out.NODES.objectNode()
              .put("initiative", CsvCell.text(a.initiative()))
              .put("profile", CsvCell.text(a.profile()))
              .put("rule", CsvCell.text(f.rule()))
              .put("severity", Kebab.of(f.severity()))
              .put("status", Kebab.of(f.status()))
              .put("waived", f.isWaived())
              .put("elements", String.join(";", f.elements()))
              .put("message", CsvCell.text(f.message()))
              .put("evidence", CsvCell.text(f.evidence().stream().map(Evidence::pointer)
                  .collect(Collectors.joining(";"))))
              .put("remedyActions", String.join(";", f.remedyActions()));
          rows.write(row);
        }
      }
    }
    return out.toString();
  }

  /**
   * A portfolio summary, one row per framework element assessed, in framework order. Prevalence
   * is the share of initiatives with a gap, with four decimal places.
   *
   * @param summary the summary
   * @return the CSV text, header first
   */
  public static String portfolio(PortfolioSummary summary) {
    requireNonNull(summary, "summary");
    StringWriter out = new StringWriter();
    Framework framework = Framework.standard();
    try (SequenceWriter rows = writer(PORTFOLIO_COLUMNS, out)) {
      for (ElementTally t : summary.elements()) {
        String title = framework.find(t.element()).map(e -> e.title()).orElse("");
        BigDecimal prevalence = t.total() == 0 ? BigDecimal.ZERO.setScale(4)
            : BigDecimal.valueOf(t.gap()).divide(BigDecimal.valueOf(t.total()), 4,
                RoundingMode.HALF_EVEN);
        rows.write(Out.NODES.objectNode()
            .put("element", t.element())
            .put("title", CsvCell.text(title))
            .put("met", t.met())
            .put("noGapFound", t.noGapFound())
            .put("gap", t.gap())
            .put("notRecorded", t.notRecorded())
            .put("notApplicable", t.notApplicable())
            .put("notAssessed", t.notAssessed())
            .put("prevalence", prevalence.toPlainString()));
      }
    }
    return out.toString();
  }

  private static SequenceWriter writer(List<String> columns, StringWriter out) {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    return MAPPER.writer(schema.setUseHeader(true).setLineSeparator("\r\n").build())
        .writeValues(out);
  }
}
