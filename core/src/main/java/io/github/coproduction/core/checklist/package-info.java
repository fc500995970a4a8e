/**
 * Checklists of key questions and actions for before, during and following a co-produced
 * activity, the answers to them, and their phase-by-phase completion.
 *
 * <p>{@link DefaultChecklist} is this project's own checklist, derived from the framework; it is
 * not NDTi's checklist of key questions, whose text this library does not carry. Organisations'
 * own checklists use the same types.
 */
@CoproductionStyle
package io.github.coproduction.core.checklist;

import io.github.coproduction.core.CoproductionStyle;
