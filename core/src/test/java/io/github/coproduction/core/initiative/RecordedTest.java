package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Recorded as absent" and "not recorded" stay distinct everywhere. */
class RecordedTest {

  @Test
  void theThreeStatesOfARecordedValue() {
    Recorded<BigDecimal> present = Recorded.present(new BigDecimal("25.00"));
    Recorded<BigDecimal> absent = Recorded.absent();
    Recorded<BigDecimal> notRecorded = Recorded.notRecorded();

    assertThat(present.fact()).isEqualTo(Fact.PRESENT);
    assertThat(absent.fact()).isEqualTo(Fact.ABSENT);
    assertThat(notRecorded.fact()).isEqualTo(Fact.NOT_RECORDED);

    assertThat(present.isPresent()).isTrue();
    assertThat(present.isAbsent()).isFalse();
    assertThat(present.isNotRecorded()).isFalse();
    assertThat(absent.isPresent()).isFalse();
    assertThat(absent.isAbsent()).isTrue();
    assertThat(absent.isNotRecorded()).isFalse();
    assertThat(notRecorded.isPresent()).isFalse();
    assertThat(notRecorded.isAbsent()).isFalse();
    assertThat(notRecorded.isNotRecorded()).isTrue();

    assertThat(present.value()).contains(new BigDecimal("25.00"));
    assertThat(absent.value()).isEmpty();
    assertThat(notRecorded.value()).isEmpty();

    assertThat(absent).isNotEqualTo(notRecorded);
    assertThat(absent.hashCode()).isNotEqualTo(notRecorded.hashCode());
  }

  @Test
  void getNamesTheStateWhenThereIsNoValue() {
    assertThat(Recorded.present("x").get()).isEqualTo("x");
    assertThatThrownBy(() -> Recorded.absent().get()).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("ABSENT");
    assertThatThrownBy(() -> Recorded.notRecorded().get())
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("NOT_RECORDED");
  }

  @Test
  void equalityIsByStateAndValue() {
    assertThat(Recorded.present("a")).isEqualTo(Recorded.present("a"))
        .hasSameHashCodeAs(Recorded.present("a"))
        .isNotEqualTo(Recorded.present("b"))
        .isNotEqualTo(Recorded.absent())
        .isNotEqualTo(Recorded.notRecorded())
        .isNotEqualTo("a");
    assertThat(Recorded.<String>absent()).isEqualTo(Recorded.<Integer>absent());
  }

  @Test
  void mapKeepsAbsentAndNotRecordedApart() {
    assertThat(Recorded.present(2).map(n -> n * 10)).isEqualTo(Recorded.present(20));
    assertThat(Recorded.<Integer>absent().map(n -> n * 10).fact()).isEqualTo(Fact.ABSENT);
    assertThat(Recorded.<Integer>notRecorded().map(n -> n * 10).fact())
        .isEqualTo(Fact.NOT_RECORDED);
    assertThatThrownBy(() -> Recorded.present(2).map(n -> null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Recorded.absent().map(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringShowsTheState() {
    assertThat(Recorded.present(3)).hasToString("PRESENT(3)");
    assertThat(Recorded.absent()).hasToString("ABSENT");
    assertThat(Recorded.notRecorded()).hasToString("NOT_RECORDED");
  }

  @Test
  void factIsRecordedUnlessNotRecorded() {
    assertThat(Fact.PRESENT.isRecorded()).isTrue();
    assertThat(Fact.ABSENT.isRecorded()).isTrue();
    assertThat(Fact.NOT_RECORDED.isRecorded()).isFalse();
    assertThat(Fact.of(true)).isEqualTo(Fact.PRESENT);
    assertThat(Fact.of(false)).isEqualTo(Fact.ABSENT);
  }

  @Test
  void theThreeStatesOfAProvision() {
    assertThat(Provision.present().fact()).isEqualTo(Fact.PRESENT);
    assertThat(Provision.absent().fact()).isEqualTo(Fact.ABSENT);
    assertThat(Provision.notRecorded().fact()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(Provision.present().isPresent()).isTrue();
    assertThat(Provision.absent().isAbsent()).isTrue();
    assertThat(Provision.notRecorded().isNotRecorded()).isTrue();
    assertThat(Provision.absent().isNotRecorded()).isFalse();
    assertThat(Provision.notRecorded().isAbsent()).isFalse();
    assertThat(Provision.absent()).isNotEqualTo(Provision.notRecorded());
  }

  @Test
  void aProvisionMayCarryANote() {
    Provision p = Provision.present("Peer support worker after each session");
    assertThat(p.fact()).isEqualTo(Fact.PRESENT);
    assertThat(p.note()).contains("Peer support worker after each session");
    assertThat(Provision.absent("Waiting for the finance team").note())
        .contains("Waiting for the finance team");
    assertThat(Provision.present().note()).isEmpty();
    assertThat(p).isEqualTo(Provision.present("Peer support worker after each session"))
        .hasSameHashCodeAs(Provision.present("Peer support worker after each session"))
        .isNotEqualTo(Provision.present())
        .isNotEqualTo(Provision.absent("Peer support worker after each session"));
  }

  @Test
  void provisionOfBuildsEveryState() {
    assertThat(Provision.of(Fact.PRESENT, Optional.empty())).isSameAs(Provision.present());
    assertThat(Provision.of(Fact.ABSENT, Optional.empty())).isSameAs(Provision.absent());
    assertThat(Provision.of(Fact.NOT_RECORDED, Optional.empty()))
        .isSameAs(Provision.notRecorded());
    assertThat(Provision.of(Fact.ABSENT, Optional.of("why not")))
        .isEqualTo(Provision.absent("why not"));
  }

  @Test
  void aNoteNeedsARecordedFactAndText() {
    assertThatThrownBy(() -> Provision.of(Fact.NOT_RECORDED, Optional.of("a note")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not recorded");
    assertThatThrownBy(() -> Provision.present(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Provision.absent("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Provision.present(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Provision.of(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aProvisionNeverPrintsItsNote() {
    Provision p = Provision.absent("Declined by Jane in finance");
    assertThat(p.toString()).doesNotContain("Jane").doesNotContain("finance")
        .isEqualTo("ABSENT(with note)");
    assertThat(Provision.present()).hasToString("PRESENT");
  }
}
