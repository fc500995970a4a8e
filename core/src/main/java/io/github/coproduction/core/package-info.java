/**
 * The root of the core module: the {@link io.github.coproduction.core.ValidationException} that
 * every builder in the model throws. The catalogue is in
 * {@link io.github.coproduction.core.framework}, checklists in
 * {@link io.github.coproduction.core.checklist} and the initiative model in
 * {@link io.github.coproduction.core.initiative}.
 */
package io.github.coproduction.core;
