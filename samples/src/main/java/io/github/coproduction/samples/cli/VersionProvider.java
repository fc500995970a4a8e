package io.github.coproduction.samples.cli;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.rules.RuleSet;
import picocli.CommandLine;

/** Prints the versions that shape every assessment. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
        "coproduction " + (version == null ? "(development build)" : version),
        "framework catalogue " + Framework.standard().edition().catalogueVersion() + ": "
            + Framework.standard().edition().title(),
        "rule set " + RuleSet.standard().name() + " " + RuleSet.standard().version()
    };
  }
}
