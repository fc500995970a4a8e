/**
 * A small, complete example of embedding the library: build an initiative in code, add a custom
 * rule and a waiver, assess, print the result.
 */
package io.github.coproduction.samples.embedding;
