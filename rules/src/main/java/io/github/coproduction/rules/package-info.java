/**
 * The rule engine: rules with declarative {@linkplain RuleDescriptor descriptors}, an
 * {@link Assessor} that runs them over an initiative, and the {@link Assessment} it returns, with
 * structured {@linkplain Finding findings}, a status for each of the framework's 24 conditions and
 * changes, and what each rule did.
 *
 * <p>Start at {@link Assessor#standard()}. Rules, rule sets, profiles, waivers and assessors are
 * immutable and may be shared across threads. A rule that throws becomes an evaluation error in the
 * assessment, never a silent pass.
 */
@CoproductionStyle
package io.github.coproduction.rules;

import io.github.coproduction.core.CoproductionStyle;
