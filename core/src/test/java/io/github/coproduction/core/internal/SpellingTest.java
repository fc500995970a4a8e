package io.github.coproduction.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

  private static final List<String> RULES =
      List.of("no-budget", "no-training", "tokenism", "no-champions");

  @Test
  void equalButForCaseHyphensUnderscoresOrSpacesIsTheName() {
    assertThat(Spelling.nearest("NO_BUDGET", RULES)).contains("no-budget");
    assertThat(Spelling.nearest("no budget", RULES)).contains("no-budget");
    assertThat(Spelling.nearest("nobudget", RULES)).contains("no-budget");
  }

  @Test
  void aSlipWithinTheAllowedDistanceIsSuggested() {
    assertThat(Spelling.nearest("tokensim", RULES)).contains("tokenism");
    assertThat(Spelling.nearest("no-trainin", RULES)).contains("no-training");
  }

  @Test
  void theAllowedDistanceGrowsWithTheName() {
    assertThat(Spelling.nearest("abcd", List.of("abxd"))).contains("abxd");
    assertThat(Spelling.nearest("abcd", List.of("axyd"))).isEmpty();
    assertThat(Spelling.nearest("abcdefgh", List.of("abxyefgh"))).contains("abxyefgh");
    assertThat(Spelling.nearest("abcdefgh", List.of("axyzefgh"))).isEmpty();
    assertThat(Spelling.nearest("abcdefghij", List.of("axyzefghij"))).contains("axyzefghij");
    assertThat(Spelling.nearest("abcdefghij", List.of("wxyzefghij"))).isEmpty();
  }

  @Test
  void nothingNearIsEmpty() {
    assertThat(Spelling.nearest("payment", RULES)).isEmpty();
    assertThat(Spelling.nearest("x", List.of())).isEmpty();
  }

  @Test
  void aTranspositionCostsOne() {
    assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("same", "same")).isZero();
  }

  @Test
  void farApartLengthsAndLongNamesAreNeverNear() {
    assertThat(Spelling.distance("a", "abcdefghijk")).isEqualTo(Integer.MAX_VALUE);
    String longName = "a".repeat(201);
    assertThat(Spelling.distance(longName, longName)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Spelling.nearest(longName, List.of(longName + "b"))).isEmpty();
  }
}
