/**
 * Portfolio aggregation over many assessments without holding them in memory: per-element
 * prevalence of gaps, counts by severity and verdict, and the ladder distribution. Partial results
 * merge, so the work can be split across threads or machines.
 */
@Value.Style(
    builder = "new",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
package io.github.coproduction.rules.portfolio;

import org.immutables.value.Value;
