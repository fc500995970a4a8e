/**
 * Five standard rules written as a user would write them on Easy Rules and on Drools, for the
 * peer-engine benchmark. These engines appear in this module only.
 */
package io.github.coproduction.benchmarks.peer;
