/**
 * JSON and YAML documents for the coproduction library: read initiatives, assessments,
 * checklists, profiles and waivers strictly, with located errors; write every public value
 * deterministically; stream JSON Lines portfolios; tabulate findings as CSV; publish the JSON
 * Schema of initiative documents.
 *
 * <p>Start at {@link io.github.coproduction.serialization.Documents}. Every reading failure is a
 * {@link io.github.coproduction.serialization.DocumentException} with a source, line, column and
 * JSON Pointer. Every type here is immutable and thread-safe, and rejects null arguments.
 *
 * <h2>The document shape</h2>
 * A document is an object whose first property is {@code schemaVersion} ("1.0"), followed by the
 * value's properties, named as the model's attributes. Enum values are lower-case kebab text
 * ({@code service-user}, {@code co-production}). A fact is {@code true} or {@code false}; an
 * arrangement is {@code true}, {@code false} or {@code {present, note}}; a value that may be
 * recorded as absent is {@code false} when absent. A property left out is not recorded, and
 * {@code null} is never allowed. Money is a JSON number, read exactly; dates are
 * {@code YYYY-MM-DD}.
 */
package io.github.coproduction.serialization;
