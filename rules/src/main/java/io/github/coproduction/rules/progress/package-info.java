/**
 * Change over time: what closed, opened and persisted between two assessments of one initiative
 * ("what is changing, or has changed during the process").
 */
@CoproductionStyle
package io.github.coproduction.rules.progress;

import io.github.coproduction.core.CoproductionStyle;
