/**
 * What this library's own modules share that is not part of its API: exported only to them.
 */
package io.github.coproduction.core.internal;
