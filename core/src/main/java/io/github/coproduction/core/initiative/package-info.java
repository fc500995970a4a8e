/**
 * The initiative being assessed: a co-produced piece of work with its people, power,
 * arrangements, risks, checklist responses, ladder position and reflections.
 *
 * <p>Every fact can be recorded as present, recorded as absent, or not recorded ({@link Fact},
 * {@link Recorded}, {@link Provision}); the model keeps that difference everywhere, and anything
 * not set on a builder is not recorded. Participants are pseudonymous references, never names.
 * Values are immutable, thread-safe and null-hostile; builders validate and throw
 * {@link io.github.coproduction.core.ValidationException} naming the field.
 */
@CoproductionStyle
package io.github.coproduction.core.initiative;

import io.github.coproduction.core.CoproductionStyle;
