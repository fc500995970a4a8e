/**
 * The machine-readable report formats, registered as {@link
 * io.github.coproduction.rules.report.ReportFormat} services: JSON, YAML and CSV. Not exported:
 * reach them through {@link io.github.coproduction.rules.report.ReportFormat#named}.
 */
package io.github.coproduction.serialization.format;
