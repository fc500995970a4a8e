/**
 * The PDF report format, registered as a {@link io.github.coproduction.rules.report.ReportFormat}
 * service: the HTML report rendered to PDF with openhtmltopdf, fonts embedded. Not exported.
 */
package io.github.coproduction.samples.pdf;
