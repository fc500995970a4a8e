package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.commissioner;
import static io.github.coproduction.rules.testing.Inputs.running;
import static io.github.coproduction.rules.testing.Inputs.serviceUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Decision;
import io.github.coproduction.core.initiative.DecisionArea;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Power;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokenism exactly at and just past the default thresholds (partners in at least half the
 * recorded decisions; partners at least a quarter of the group), decisions whose partners are not
 * recorded, and which staff-only decisions are named as kept from partners.
 */
class TokenismThresholdsTest {

  private static final LocalDate ON = LocalDate.parse("2026-06-01");

  private static List<Finding> tokenism(Initiative i) {
    return Assessor.standard().assess(i, ON).findings().stream()
        .filter(f -> f.rule().equals("tokenism")).toList();
  }

  private static Decision by(String ref) {
    return new Decision.Builder().subject("Decision by " + ref).addMadeBy(ref).build();
  }

  private static Decision staffOnly(DecisionArea area) {
    return new Decision.Builder().subject("Staff decision").addMadeBy("S01").area(area).build();
  }

  /** A service user, a commissioner and a community member whose lived experience is unknown. */
  private static Initiative.Builder group(Decision... decisions) {
    return running().addParticipants(serviceUser("P01").build(), commissioner("S01").build(),
            new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
        .power(new Power.Builder().addDecisions(decisions).build());
  }

  @Test
  void partnersInHalfTheDecisionsIsNotTokenismAndInAQuarterIs() {
    assertThat(tokenism(group(by("P01"), by("P01"), by("S01"), by("S01")).build())).isEmpty();
    assertThat(tokenism(group(by("P01"), by("S01"), by("S01"), by("S01")).build()))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("Partners took part"
            + " in 1 of 4 recorded decisions: they are absent from most of them."));
    assertThat(tokenism(group(by("S01"), by("S01")).build()))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("Partners took part"
            + " in 0 of 2 recorded decisions: they are absent from all of them."));
  }

  @Test
  void decisionsWhosePartnersAreUnknownAreSaidOnlyWhenTheyCouldTipTheBalance() {
    // one with partners, one by someone whose partnership is unknown: half, whatever C01 is
    assertThat(tokenism(group(by("P01"), by("C01")).build())).isEmpty();
    // one with partners, two unknown: a third at least, two thirds at most
    assertThat(tokenism(group(by("P01"), by("C01"), by("C01")).build()))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Whether partners"
            + " take part in decisions is not recorded: whether partners took part in 2 of 3"
            + " recorded decisions."));
  }

  @Test
  void aQuarterOfTheGroupIsNotATokenShareAndAFifthIs() {
    Initiative.Builder quarter = running().addParticipants(serviceUser("P01").build(),
            commissioner("S01").build(), commissioner("S02").build(), commissioner("S03").build())
        .power(new Power.Builder().addDecisions(by("P01")).build());
    assertThat(tokenism(quarter.build())).isEmpty();
    assertThat(tokenism(quarter.addParticipants(commissioner("S04").build()).build()))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("1 of 5 participants"
            + " is a partner: a token share of the group (below 25%)."));
    // someone whose partnership is unknown may be a partner: 1 partner and 1 unknown of 8 is not
    // judged a token share
    Initiative.Builder unknown = running().addParticipants(serviceUser("P01").build(),
            new Participant.Builder().ref("C01").role(Role.COMMUNITY_MEMBER).build())
        .power(new Power.Builder().addDecisions(by("P01")).build());
    for (int s = 1; s <= 6; s++) {
      unknown.addParticipants(commissioner("S0" + s).build());
    }
    assertThat(tokenism(unknown.build())).isEmpty();
  }

  @Test
  void onlyStaffDecisionsOnTheBudgetOrTheModelOfCareAreNamedAsKeptFromPartners() {
    Decision unnamed = new Decision.Builder().subject("Venue").addMadeBy("S01").build();
    assertThat(tokenism(group(by("P01"), by("P01"), by("P01"), staffOnly(DecisionArea.OTHER),
        unnamed).build())).isEmpty();
    assertThat(tokenism(group(by("P01"), by("P01"), by("P01"),
        staffOnly(DecisionArea.MODEL_OF_CARE)).build()))
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("A decision on the"
            + " model of care (\"Staff decision\") was kept to staff."));
  }
}
