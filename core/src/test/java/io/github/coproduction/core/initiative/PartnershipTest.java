package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one definition of a lived-experience partner, C4.1. */
class PartnershipTest {

  private static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.SERVICE_USER, Role.CARER,
      Role.USER_LED_ORGANISATION, Role.PEER_SUPPORT_GROUP, Role.PEER_WORKER,
      Role.PEER_RESEARCHER, Role.PUBLIC_CO_APPLICANT);

  private static Participant.Builder person(Role role) {
    return new Participant.Builder().ref("P01").role(role);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void partnerRolesArePartnersWhateverTheRecordOfLivedExperience(Role role) {
    assertThat(role.isLivedExperiencePartner()).isEqualTo(PARTNER_ROLES.contains(role));
    if (PARTNER_ROLES.contains(role)) {
      assertThat(person(role).build().partnership()).isEqualTo(Fact.PRESENT);
      assertThat(person(role).livedExperience(Recorded.absent()).build().partnership())
          .isEqualTo(Fact.PRESENT);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"SENIOR_MANAGER", "MIDDLE_MANAGER",
      "FRONT_LINE_STAFF", "STRATEGIC_LEAD", "COMMISSIONER", "FACILITATOR"})
  void staffAndFacilitatorsWithLivedExperienceAreNotPartners(Role role) {
    Participant p = person(role)
        .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build();
    assertThat(p.hasLivedExperience()).isTrue();
    assertThat(p.partnership()).isEqualTo(Fact.ABSENT);
    assertThat(p.isLivedExperiencePartner()).isFalse();
    assertThat(p.isStaffWithLivedExperience()).isEqualTo(role.isStaff());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"COMMUNITY_MEMBER", "OTHER"})
  void otherRolesArePartnersByTheirRecordedLivedExperience(Role role) {
    assertThat(person(role).build().partnership()).isEqualTo(Fact.NOT_RECORDED);
    assertThat(person(role).livedExperience(Recorded.absent()).build().partnership())
        .isEqualTo(Fact.ABSENT);
    assertThat(person(role).livedExperience(Recorded.present(LivedExperience.NONE)).build()
        .partnership()).isEqualTo(Fact.ABSENT);
    assertThat(person(role).livedExperience(Recorded.present(LivedExperience.CARER)).build()
        .partnership()).isEqualTo(Fact.PRESENT);
    assertThat(person(role).build().isStaffWithLivedExperience()).isFalse();
  }

  @Test
  void theInitiativeListsItsPartnersInRecordedOrder() {
    Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING)
        .addParticipants(person(Role.SENIOR_MANAGER).ref("M1")
            .livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).build())
        .addParticipants(person(Role.CARER).ref("C1").build())
        .addParticipants(person(Role.PEER_WORKER).ref("W1").build())
        .build();
    assertThat(i.livedExperiencePartners()).extracting(Participant::ref)
        .containsExactly("C1", "W1");
    assertThat(i.livedExperienceParticipants()).extracting(Participant::ref)
        .containsExactly("M1");
  }
}
