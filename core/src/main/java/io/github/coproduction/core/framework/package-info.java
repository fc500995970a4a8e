/**
 * The NDTi framework <em>Co-production in mental health</em> as immutable reference data: its
 * three {@linkplain Step steps} and eighteen {@linkplain Condition conditions}, its five
 * {@linkplain Change changes required} plus Reflection, the twenty-one {@linkplain Action actions}
 * that achieve them, the six persistent {@linkplain Challenge challenges}, the
 * {@linkplain Lens lenses}, the {@linkplain PeopleGroup people} it names, its
 * {@linkplain CompanionResource companion resources} and the engagement
 * {@linkplain LadderRung ladder}.
 *
 * <p>Start at {@link Framework#standard()}. Every type here is immutable and thread-safe; every
 * method rejects null.
 */
@CoproductionStyle
package io.github.coproduction.core.framework;

import io.github.coproduction.core.CoproductionStyle;
