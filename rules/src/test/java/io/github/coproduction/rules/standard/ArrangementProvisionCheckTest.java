package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.testing.Inputs.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Message;
import io.github.coproduction.rules.Observation;
import io.github.coproduction.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The common check of one arrangement read from the record alone ({@link Subjects#provision}):
 * present passes, absent is a gap cited at the arrangement, not recorded is said there. (The
 * standard rules read arrangements with the checklist, {@link Subjects#resolved}; this is the
 * check without it.)
 */
class ArrangementProvisionCheckTest {

  private static final Message ABSENT = Message.of("no-emotional-support.gap");
  private static final Message NOT_RECORDED = Message.of("no-emotional-support.not-recorded");

  private static Outcome check(Provision emotionalSupport) {
    Initiative i = running().arrangements(new Arrangements.Builder()
        .emotionalSupport(emotionalSupport).build()).build();
    return Subjects.provision(i, Arrangement.EMOTIONAL_SUPPORT, ABSENT, NOT_RECORDED);
  }

  @Test
  void emotionalSupportInPlacePasses() {
    assertThat(check(Provision.present()).isPass()).isTrue();
  }

  @Test
  void emotionalSupportRecordedAbsentIsAGapAtTheArrangement() {
    assertThat(check(Provision.absent()).observations()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(FindingStatus.GAP);
      assertThat(o.text()).isEqualTo(ABSENT);
      assertThat(o.evidence())
          .containsExactly(Evidence.of("/arrangements/emotionalSupport", "absent"));
    });
  }

  @Test
  void emotionalSupportNotRecordedIsSaidAtTheArrangement() {
    Observation o = check(Provision.notRecorded()).observations().get(0);

    assertThat(o.status()).isEqualTo(FindingStatus.NOT_RECORDED);
    assertThat(o.text()).isEqualTo(NOT_RECORDED);
    assertThat(o.evidence())
        .containsExactly(Evidence.of("/arrangements/emotionalSupport", "not recorded"));
  }
}
