/**
 * The {@code coproduction} command-line tool: print the framework, the checklist and the rules;
 * assess initiatives; compare assessments; aggregate portfolios; generate synthetic data.
 * Run {@code java -jar coproduction.jar --help}.
 */
package io.github.coproduction.samples.cli;
