/**
 * Portfolio aggregation over many assessments without holding them in memory: per-element
 * prevalence of gaps, counts by severity and verdict, and the ladder distribution. Partial results
 * merge, so the work can be split across threads or machines.
 */
@CoproductionStyle
package io.github.coproduction.rules.portfolio;

import io.github.coproduction.core.CoproductionStyle;
