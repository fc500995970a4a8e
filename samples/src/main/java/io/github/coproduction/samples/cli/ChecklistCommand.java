package io.github.coproduction.samples.cli;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the default checklist. */
@Command(name = "checklist", mixinStandardHelpOptions = true,
    description = "Print the default checklist: key questions and actions before, during and"
        + " following a co-produced activity (derived from the framework by this project; not"
        + " NDTi's own checklist).")
final class ChecklistCommand implements Callable<Integer> {

  enum Output { TEXT, MARKDOWN, JSON }

  @Option(names = "--phase", description = "Only one phase: before, during or after.")
  Phase phase;

  @Option(names = "--format", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  Output format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Checklist checklist = DefaultChecklist.checklist();
    if (phase != null) {
      // One phase only: the aliases of the old ids point into every phase, so they are left out.
      checklist = new Checklist.Builder().from(checklist).items(checklist.items(phase))
          .aliases(java.util.Map.of()).build();
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.print(Documents.strict().write(checklist, Format.JSON));
      case MARKDOWN -> out.print(markdown(checklist));
      case TEXT -> out.print(text(checklist));
    }
    out.flush();
    return 0;
  }

  private static String text(Checklist c) {
    StringBuilder s = new StringBuilder();
    s.append(c.title()).append('\n').append(c.source()).append('\n');
    for (Phase p : Phase.values()) {
      List<ChecklistItem> items = c.items(p);
      if (items.isEmpty()) {
        continue;
      }
      s.append('\n').append(p.name()).append(" (").append(p.title())
          .append(" the activity)\n");
      for (ChecklistItem item : items) {
        s.append("  ").append(item.id()).append("  [").append(item.kind().name()
            .toLowerCase(Locale.ROOT)).append("] ").append(item.text()).append('\n');
        s.append("       serves ").append(String.join(", ", item.serves()))
            .append("; remedy ").append(item.remedyActions().stream().map(Action::id)
                .collect(Collectors.joining(", "))).append('\n');
      }
    }
    return s.toString();
  }

  private static String markdown(Checklist c) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(c.title()).append("\n\n").append(c.source()).append("\n\n");
    s.append("| id | phase | kind | item | serves | remedy |\n");
    s.append("| --- | --- | --- | --- | --- | --- |\n");
    for (ChecklistItem item : c.items()) {
      s.append("| ").append(item.id()).append(" | ").append(item.phase().title()).append(" | ")
          .append(item.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(item.text().replace("|", "\\|")).append(" | ")
          .append(String.join(", ", item.serves())).append(" | ")
          .append(item.remedyActions().stream().map(Action::id)
              .collect(Collectors.joining(", "))).append(" |\n");
    }
    return s.toString();
  }
}
