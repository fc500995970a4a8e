package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws over generated values of every type that is read, in JSON and YAML: reading what was
 * written gives an equal value, and writing is deterministic (writing what was read gives the
 * same text).
 */
class RoundTripProperties {

  private static final Documents DOCUMENTS = Documents.strict();

  private static <T> void roundTrip(DocumentType<T> type, T value) {
    for (Format format : Format.values()) {
      String text = DOCUMENTS.write(value, format);
      T back = DOCUMENTS.read(type, text, format, "generated." + format);
      assertThat(back).as("%s read back from %s:%n%s", type.name(), format, text)
          .isEqualTo(value);
      assertThat(DOCUMENTS.write(back, format)).as("written again").isEqualTo(text);
    }
  }

  @TestFactory
  Stream<DynamicTest> initiatives() {
    return Seeds.property("initiatives survive a round trip",
        random -> roundTrip(DocumentType.INITIATIVE, Generators.initiative(random)));
  }

  @TestFactory
  Stream<DynamicTest> initiativesOfEveryTendency() {
    return Stream.of(Generators.Tendency.values()).map(t -> DynamicTest.dynamicTest(t.name(),
        () -> Seeds.forAll("initiatives tending " + t + " survive a round trip",
            random -> roundTrip(DocumentType.INITIATIVE, Generators.initiative(random, t)))));
  }

  @TestFactory
  Stream<DynamicTest> theExemplaryAndBareInitiatives() {
    return Stream.of(Generators.exemplary(), Generators.bare()).map(i -> DynamicTest.dynamicTest(
        i.id(), () -> roundTrip(DocumentType.INITIATIVE, i)));
  }

  @TestFactory
  Stream<DynamicTest> writingIsDeterministic() {
    return Seeds.property("the same value gives the same text, whoever writes it", random -> {
      long seed = random.nextLong();
      Initiative one = Generators.initiative(seed);
      Initiative two = Generators.initiative(seed);
      for (Format format : Format.values()) {
        assertThat(Documents.lenient().write(two, format))
            .isEqualTo(DOCUMENTS.write(one, format))
            .doesNotContain("\r").endsWith("\n");
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> assessments() {
    return Seeds.property("assessments survive a round trip",
        random -> roundTrip(DocumentType.ASSESSMENT, RulesGenerators.assessment(random)));
  }

  @TestFactory
  Stream<DynamicTest> checklists() {
    return Seeds.property("checklists survive a round trip",
        random -> roundTrip(DocumentType.CHECKLIST, RulesGenerators.checklist(random)));
  }

  @TestFactory
  Stream<DynamicTest> profiles() {
    return Seeds.property("profiles survive a round trip",
        random -> roundTrip(DocumentType.PROFILE, RulesGenerators.profile(random)));
  }

  @TestFactory
  Stream<DynamicTest> waivers() {
    return Seeds.property("waivers survive a round trip",
        random -> roundTrip(DocumentType.WAIVERS, RulesGenerators.waivers(random)));
  }

  @TestFactory
  Stream<DynamicTest> portfolioSummaries() {
    return IntStream.range(0, 12).mapToObj(n -> DynamicTest.dynamicTest("portfolio " + n, () ->
        Seeds.check("portfolio summaries survive a round trip", 1000L + n, random -> {
          List<Assessment> assessments = new ArrayList<>();
          int size = random.nextInt(20);
          for (int i = 0; i < size; i++) {
            assessments.add(RulesGenerators.assessment(random));
          }
          PortfolioSummary summary = assessments.stream().collect(PortfolioSummary.collector());
          roundTrip(DocumentType.PORTFOLIO_SUMMARY, summary);
        })));
  }

  @TestFactory
  Stream<DynamicTest> progress() {
    return Seeds.property("progress survives a round trip", random -> {
      Initiative before = Generators.initiative(random);
      Initiative after = new Initiative.Builder().from(Generators.initiative(random))
          .id(before.id()).build();
      Progress p = Progress.between(RulesGenerators.assess(random, before),
          RulesGenerators.assess(random, after));
      roundTrip(DocumentType.PROGRESS, p);
    });
  }

  @TestFactory
  Stream<DynamicTest> theDefaultChecklistAndProfile() {
    return Stream.of(
        DynamicTest.dynamicTest("default checklist", () -> roundTrip(DocumentType.CHECKLIST,
            io.github.coproduction.core.checklist.DefaultChecklist.checklist())),
        DynamicTest.dynamicTest("default profile", () -> roundTrip(DocumentType.PROFILE,
            Profile.defaults())),
        DynamicTest.dynamicTest("no waivers", () -> roundTrip(DocumentType.WAIVERS,
            List.<Waiver>of())));
  }

}
