/**
 * Reports of assessments for people to read: {@linkplain TextReport plain text} for a terminal,
 * {@linkplain MarkdownReport GitHub-flavoured Markdown}, and a self-contained
 * {@linkplain HtmlReport HTML file} with a picture of the framework a commissioner can open,
 * print and send to a board; plus text and Markdown for the
 * {@linkplain io.github.coproduction.rules.progress.Progress progress} between two assessments and
 * text for a {@linkplain io.github.coproduction.rules.portfolio.PortfolioSummary portfolio}.
 *
 * <p>{@link ReportOptions} redacts participant references and limits the findings shown. Titles of
 * framework elements come from the catalogue. Every report is byte-for-byte deterministic, with
 * '\n' line ends, and every renderer is stateless and thread-safe.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.*;
 * import io.github.coproduction.rules.*;
 * import io.github.coproduction.rules.report.*;
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.PLANNING).build();
 * Assessment a = Assessor.standard().assess(i);
 * System.out.print(TextReport.render(a, ReportOptions.redacting(i)));
 * }</pre>
 */
package io.github.coproduction.rules.report;
