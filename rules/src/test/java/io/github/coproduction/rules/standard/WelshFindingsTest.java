package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.ASSESSED_ON;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every standard rule, assessed in Welsh, says its findings and its
 * not-applicable reason in words other than the English ones: each message comes from a Welsh
 * bundle (the record's and NDTi's words inside it stay as they are).
 */
class WelshFindingsTest {

  private static final Assessor WELSH = Assessor.builder().locale(Locale.forLanguageTag("cy"))
      .build();
  private static final Assessor ENGLISH = Assessor.builder().locale(Locale.ENGLISH).build();

  static Stream<Example> examples() {
    return ExampleCoverageTest.allExamples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRuleSpeaksWelsh(Example x) {
    Initiative input = x.input();
    List<String> english = said(ENGLISH.assess(input, ASSESSED_ON), x.rule());
    List<String> welsh = said(WELSH.assess(input, ASSESSED_ON), x.rule());
    assertThat(welsh).hasSameSizeAs(english);
    for (int n = 0; n < welsh.size(); n++) {
      assertThat(welsh.get(n)).as("Welsh for \"%s\"", english.get(n)).isNotEqualTo(english.get(n));
    }
  }

  @Test
  void aNumeralMutatesItsNounInAWholeFinding() {
    Initiative volunteers = running()
        .addParticipants(
            serviceUser("P01").payment(Recorded.absent()).build(),
            serviceUser("P02").payment(Recorded.absent()).build(),
            serviceUser("P03").payment(Recorded.absent()).build())
        .arrangements(new Arrangements.Builder().paidStaff(Fact.ABSENT).build())
        .build();
    assertThat(said(WELSH.assess(volunteers, ASSESSED_ON), "unpaid-in-volunteer-group"))
        .containsExactly("Nid oes staff cyflogedig yn cymryd rhan: mae 3 chyfranogwr â phrofiad"
            + " bywyd (P01, P02 a P03) yn gwirfoddoli mewn grŵp o wirfoddolwyr yn unig. Talwch y"
            + " treuliau, a cheisiwch dâl am gyfranogiad pan fydd y grŵp yn gweithio gyda"
            + " gwasanaethau neu ar eu cyfer.");
  }

  /** A rule's finding messages, in order, then its not-applicable reason if it gives one. */
  private static List<String> said(Assessment a, String rule) {
    List<String> said = new ArrayList<>();
    a.findings().stream().filter(f -> f.rule().equals(rule)).forEach(f -> said.add(f.message()));
    a.rule(rule).detail().ifPresent(said::add);
    return said;
  }
}
