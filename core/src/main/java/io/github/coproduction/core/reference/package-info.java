/**
 * Dated reference data for payment and welfare benefits: the National Living Wage, benefit
 * earnings limits and involvement payment rates, each figure with its effective date, its source
 * and whether it is confirmed. The assessment date picks the figures in force; an organisation can
 * load its own file over the shipped one. Nothing here is benefits advice.
 */
@CoproductionStyle
package io.github.coproduction.core.reference;

import io.github.coproduction.core.CoproductionStyle;
