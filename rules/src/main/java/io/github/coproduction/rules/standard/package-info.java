/**
 * The standard rule set: one rule or more for every condition and change of the framework, and
 * every gap users ask for first. {@link StandardRules} lists them; each topic's rules sit in
 * their own class.
 */
package io.github.coproduction.rules.standard;
