/**
 * The report formats of this module, registered as {@link
 * io.github.coproduction.rules.report.ReportFormat} services: text, Markdown and HTML. Not
 * exported: reach them through {@link io.github.coproduction.rules.report.ReportFormat#named}.
 */
package io.github.coproduction.rules.report.format;
