package io.github.coproduction.serialization;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators for the rules' values, built on core's initiative generators: profiles,
 * waivers, checklists and assessments (with waived findings and waiver notices).
 */
final class RulesGenerators {

  static final LocalDate DAY = LocalDate.parse("2026-11-25");
  private static final List<RuleDescriptor> RULES = RuleSet.standard().descriptors();
  private static final List<String> JUSTIFICATIONS = List.of(
      "Agreed at the programme board on 2026-10-01", "Payment is handled by the user-led"
          + " organisation, outside this record", "Accepted risk: \"interim\", reviewed monthly",
      "Line one\nline two, with a comma");

  private RulesGenerators() {}

  static Profile profile(Random random) {
    Profile.Builder b = new Profile.Builder().name(random.nextBoolean() ? "default"
        : "profile-" + random.nextInt(100));
    for (RuleDescriptor d : RULES) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        b.addDisabled(d.id());
      } else if (roll == 1) {
        b.putSeverities(d.id(), Severity.values()[random.nextInt(Severity.values().length)]);
      }
    }
    return b.build();
  }

  static Waiver waiver(Random random, String initiative, String rule, String pointer) {
    Waiver.Builder b = new Waiver.Builder().rule(rule)
        .justification(JUSTIFICATIONS.get(random.nextInt(JUSTIFICATIONS.size())))
        .expires(DAY.plusDays(random.nextInt(400) - 100));
    if (initiative != null) {
      b.initiative(initiative);
    }
    if (pointer != null) {
      b.pointer(pointer);
    }
    return b.build();
  }

  static List<Waiver> waivers(Random random) {
    List<Waiver> waivers = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      RuleDescriptor d = RULES.get(random.nextInt(RULES.size()));
      waivers.add(waiver(random, random.nextBoolean() ? "crisis-redesign-" + i : null, d.id(),
          random.nextBoolean() ? "/arrangements" : null));
    }
    return waivers;
  }

  static Checklist checklist(Random random) {
    Checklist standard = DefaultChecklist.checklist();
    List<ChecklistItem> items = new ArrayList<>();
    for (ChecklistItem item : standard.items()) {
      if (items.isEmpty() || random.nextInt(3) > 0) {
        items.add(item);
      }
    }
    return new Checklist.Builder().id("local-" + random.nextInt(1000))
        .title("Our checklist, \"revised\"").version("2026." + random.nextInt(12))
        .source("Derived from " + standard.title()).items(items).build();
  }

  /** An assessment of a generated initiative, with some findings waived and some notices. */
  static Assessment assessment(Random random) {
    Initiative initiative = Generators.initiative(random);
    return assess(random, initiative);
  }

  static Assessment assess(Random random, Initiative initiative) {
    Assessment plain = Assessor.standard().assess(initiative, DAY);
    Assessor.Builder b = Assessor.builder();
    if (random.nextBoolean()) {
      b.profile(profile(random));
    }
    for (Finding f : plain.findings()) {
      if (random.nextInt(4) == 0) {
        b.addWaiver(waiver(random, initiative.id(), f.rule(), f.evidence().isEmpty()
            || random.nextBoolean() ? null : f.evidence().get(0).pointer()));
      }
    }
    if (random.nextInt(3) == 0) {
      b.addWaiver(waiver(random, initiative.id(), RULES.get(0).id(), "/nowhere"));
    }
    return b.build().assess(initiative, DAY.plusDays(random.nextInt(30)));
  }
}
