/**
 * JMH benchmarks of the rule engine: a typical assessment, five rules against Easy Rules and
 * Drools, end-to-end assessment of a JSON Lines portfolio against parsing alone, and scaling with
 * the number of participants. See BENCHMARKS.md at the repository root.
 */
package io.github.coproduction.benchmarks;
