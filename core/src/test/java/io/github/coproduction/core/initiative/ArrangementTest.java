package io.github.coproduction.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.framework.Framework;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The arrangements are one keyed table: names, framework elements, pointers, shorthands. */
class ArrangementTest {

  @Test
  void documentNamesAreUniqueCamelCaseAndTheirPointersFollow() {
    Set<String> names = Arrays.stream(Arrangement.values()).map(Arrangement::documentName)
        .collect(Collectors.toSet());
    assertThat(names).hasSize(Arrangement.values().length);
    for (Arrangement a : Arrangement.values()) {
      assertThat(a.documentName()).as(a.name()).matches("[a-z][a-zA-Z]*");
      assertThat(a.pointer()).isEqualTo("/arrangements/" + a.documentName());
      assertThat(Arrangement.fromDocumentName(a.documentName())).contains(a);
    }
    assertThat(Arrangement.fromDocumentName("staffHourlyRate")).isEmpty();
  }

  @Test
  void everyArrangementServesElementsOfTheFramework() {
    Framework framework = Framework.standard();
    for (Arrangement a : Arrangement.values()) {
      assertThat(a.serves()).as(a.name()).isNotEmpty().allSatisfy(id ->
          assertThat(framework.element(id).id()).isEqualTo(id));
    }
  }

  @Test
  void theNamedShorthandsReadTheSameProvisionAsTheKey() throws Exception {
    for (Method m : Arrangements.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
          || m.getReturnType() != Provision.class || m.getParameterCount() != 0) {
        continue;
      }
      Arrangement key = Arrangement.fromDocumentName(m.getName()).orElseThrow();
      Arrangements a = new Arrangements.Builder().provision(key, Provision.absent("why")).build();
      assertThat(m.invoke(a)).as(m.getName()).isEqualTo(Provision.absent("why"));
      assertThat(m.invoke(Arrangements.notRecorded())).isEqualTo(Provision.notRecorded());
    }
  }

  @Test
  void theBuildersNamedShorthandsSetTheProvisionOfTheKeyAndChain() throws Exception {
    java.util.SortedSet<String> shorthands = new java.util.TreeSet<>();
    for (Method m : Arrangements.Builder.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 1
          || m.getParameterTypes()[0] != Provision.class) {
        continue;
      }
      Arrangement key = Arrangement.fromDocumentName(m.getName()).orElseThrow();
      Arrangements.Builder b = new Arrangements.Builder();
      assertThat(m.invoke(b, Provision.absent("why"))).as(m.getName()).isSameAs(b);
      b.build().provisions().forEach((a, p) -> assertThat(p).as(m.getName() + " " + a)
          .isEqualTo(a == key ? Provision.absent("why") : Provision.notRecorded()));
      shorthands.add(m.getName());
    }
    // the same shorthands as the reading side has
    assertThat(shorthands).containsExactlyElementsOf(Arrays.stream(
        Arrangements.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == Provision.class && m.getParameterCount() == 0)
        .map(Method::getName).sorted().collect(Collectors.toList()));
    assertThat(shorthands).hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void aLaterValueReplacesAnEarlierOneAndNotRecordedIsTheSameAsUnset() {
    Arrangements a = new Arrangements.Builder().groundRules(Provision.absent())
        .provision(Arrangement.GROUND_RULES, Provision.present()).build();
    assertThat(a.groundRules()).isEqualTo(Provision.present());
    assertThat(new Arrangements.Builder().from(a)
        .provision(Arrangement.GROUND_RULES, Provision.notRecorded()).build())
        .isEqualTo(Arrangements.notRecorded())
        .hasSameHashCodeAs(Arrangements.notRecorded());
    assertThat(new Arrangements.Builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void providesEveryArrangementInDeclarationOrder() {
    assertThat(Arrangements.notRecorded().provisions().keySet())
        .containsExactly(Arrangement.values());
  }

  @Test
  void toStringPrintsStatesNotNotes() {
    Arrangements a = new Arrangements.Builder()
        .provision(Arrangement.EMOTIONAL_SUPPORT, Provision.present("Call J. on 0700"))
        .build();
    assertThat(a.toString()).contains("emotionalSupport=PRESENT(with note)")
        .doesNotContain("0700");
  }

  @Test
  void aNegativeStaffRateIsRefusedWithItsPointer() {
    assertThatThrownBy(() -> new Arrangements.Builder()
        .staffHourlyRate(Recorded.present(new BigDecimal("-1"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("/staffHourlyRate");
  }
}
