/**
 * The rule engine and the standard rule set: assess an initiative against the NDTi framework and
 * get structured findings, each tied to the framework element it breaks and the action that
 * fixes it.
 */
module io.github.coproduction.rules {
  requires transitive io.github.coproduction.core;
  requires static org.immutables.value.annotations;

  exports io.github.coproduction.rules;
  exports io.github.coproduction.rules.standard;
  exports io.github.coproduction.rules.portfolio;
  exports io.github.coproduction.rules.progress;
  exports io.github.coproduction.rules.report;

  // RuleSet.standard() finds the standard rules as a service, so that the engine package does
  // not depend on the package of rules built with it.
  uses io.github.coproduction.rules.RuleSetProvider;
  provides io.github.coproduction.rules.RuleSetProvider
      with io.github.coproduction.rules.standard.StandardRuleSetProvider;

  uses io.github.coproduction.rules.report.ReportFormat;

  provides io.github.coproduction.rules.report.ReportFormat with
      io.github.coproduction.rules.report.format.TextFormat,
      io.github.coproduction.rules.report.format.MarkdownFormat,
      io.github.coproduction.rules.report.format.HtmlFormat;
}
