/**
 * Synthetic, realistic portfolios of initiatives, for researchers trying scripts and for
 * benchmarks. Every initiative is pseudonymous and made up; the same seed always gives the same
 * portfolio.
 */
package io.github.coproduction.samples.synthetic;
