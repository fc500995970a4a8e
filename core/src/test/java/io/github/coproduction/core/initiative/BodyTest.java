package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coproduction.core.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body on its own: partnership read from its members' roles, role order, and its checks. */
class BodyTest {

  private static Body.Builder board() {
    return new Body.Builder().id("board").name("Programme board");
  }

  @Test
  void aBodyWithoutRolesHasItsPartnershipNotRecorded() {
    assertThat(board().build().partnership()).isEqualTo(Fact.NOT_RECORDED);
  }

  @Test
  void aBodyOfStaffOnlyHasNoPartnership() {
    assertThat(board().addRoles(Role.SENIOR_MANAGER, Role.COMMISSIONER).build().partnership())
        .isEqualTo(Fact.ABSENT);
  }

  @Test
  void onePartnerRoleAmongStaffMakesAPartnership() {
    // the partner role last in role order as well as first, so no member is skipped
    assertThat(board().addRoles(Role.SENIOR_MANAGER, Role.CARER).build().partnership())
        .isEqualTo(Fact.PRESENT);
    assertThat(board().addRoles(Role.SERVICE_USER, Role.COMMISSIONER).build().partnership())
        .isEqualTo(Fact.PRESENT);
    assertThat(board().addRoles(Role.CARER).build().partnership()).isEqualTo(Fact.PRESENT);
  }

  @Test
  void rolesAreKeptInRoleOrderWhateverOrderTheyAreGiven() {
    LinkedHashSet<Role> given = new LinkedHashSet<>(List.of(Role.COMMISSIONER, Role.CARER,
        Role.SERVICE_USER));
    Body b = board().roles(given).build();
    assertThat(b.roles()).containsExactly(Role.SERVICE_USER, Role.CARER, Role.COMMISSIONER);
    assertThat(b).isEqualTo(board().addRoles(Role.SERVICE_USER, Role.CARER, Role.COMMISSIONER)
        .build());
    assertThat(board().addRoles(Role.SERVICE_USER, Role.CARER).build().roles())
        .containsExactly(Role.SERVICE_USER, Role.CARER);
  }

  @Test
  void theChecksNameTheFieldAndTheValue() {
    ValidationException members = catchThrowableOfType(ValidationException.class,
        () -> board().members(-3).build());
    assertThat(members.pointer()).isEqualTo("/members");
    assertThat(members.problem()).isEqualTo("a body's number of members must be at least 1, but"
        + " was -3");
    ValidationException name = catchThrowableOfType(ValidationException.class,
        () -> new Body.Builder().id("board").name("").build());
    assertThat(name.problem()).isEqualTo("a body's name must not be blank");
    ValidationException id = catchThrowableOfType(ValidationException.class,
        () -> new Body.Builder().id("").name("Board").build());
    assertThat(id.problem()).startsWith("a body id must be a pseudonymous code");
  }
}
