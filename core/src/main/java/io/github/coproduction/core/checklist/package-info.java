/**
 * Checklists of key questions and actions for before, during and following a co-produced
 * activity, the answers to them, and their phase-by-phase completion.
 *
 * <p>{@link DefaultChecklist} is this project's own checklist, derived from the framework; it is
 * not NDTi's checklist of key questions, whose text this library does not carry. Organisations'
 * own checklists use the same types.
 */
@Value.Style(
    builder = "new",
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
package io.github.coproduction.core.checklist;

import org.immutables.value.Value;
