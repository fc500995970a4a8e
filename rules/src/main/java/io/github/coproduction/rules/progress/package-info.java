/**
 * Change over time: what closed, opened and persisted between two assessments of one initiative
 * ("what is changing, or has changed during the process").
 */
@Value.Style(
    builder = "new",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
package io.github.coproduction.rules.progress;

import org.immutables.value.Value;
