/**
 * The bundled example initiatives ({@link io.github.coproduction.samples.Examples}). The
 * command-line tool is in {@code io.github.coproduction.samples.cli}, synthetic portfolios in
 * {@link io.github.coproduction.samples.synthetic}, and a small embedding example in
 * {@link io.github.coproduction.samples.embedding}.
 */
package io.github.coproduction.samples;
