package org.example.consumer;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Messages;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.serialization.Documents;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.jar.JarFile;

/** Reads an initiative, assesses it and prints what verify.groovy checks. */
public final class Consumer {

  private Consumer() {}

  /** The Implementation-Version in the manifest of the jar a module was loaded from. */
  private static String manifestVersion(Module module) throws IOException {
    URI location = ModuleLayer.boot().configuration().findModule(module.getName()).orElseThrow()
        .reference().location().orElseThrow();
    try (JarFile jar = new JarFile(Path.of(location).toFile())) {
      return jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
  }

  public static void main(String[] args) throws IOException {
    Initiative initiative = Documents.strict().readInitiative(Path.of(args[0]));
    Assessment assessment = Assessor.standard().assess(initiative, LocalDate.parse("2026-11-25"));
    Module rules = Assessor.class.getModule();
    System.out.println("consumer: rules module " + rules.getName() + " "
        + rules.getDescriptor().rawVersion().orElse("(no version)") + ", manifest "
        + manifestVersion(rules));
    System.out.println("consumer: serialization module "
        + Documents.class.getModule().getName());
    System.out.println("consumer: " + assessment.initiative() + " verdict "
        + assessment.summary().verdict());
    // The message bundles are resources of the rules module: read on the module path too.
    Assessment welsh = Assessor.builder().locale(Locale.forLanguageTag("cy")).build()
        .assess(initiative, LocalDate.parse("2026-11-25"));
    System.out.println("consumer: welsh verdict " + Messages.forLocale(Locale.forLanguageTag("cy"))
        .format(Message.of("verdict." + welsh.summary().verdict().name())));
    for (Finding f : assessment.findingsAtLeast(Severity.CRITICAL)) {
      System.out.println("consumer: critical " + f.rule());
    }
  }
}
