package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What HTML escaping does to each character that could change a page. */
class HtmlEscapeTest {

  @Test
  void eachMarkupCharacterBecomesItsEntity() {
    assertThat(HtmlEscape.text("&")).isEqualTo("&amp;");
    assertThat(HtmlEscape.text("<")).isEqualTo("&lt;");
    assertThat(HtmlEscape.text(">")).isEqualTo("&gt;");
    assertThat(HtmlEscape.text("\"")).isEqualTo("&quot;");
    assertThat(HtmlEscape.text("'")).isEqualTo("&#39;");
    assertThat(HtmlEscape.text("a<b>c&d")).isEqualTo("a&lt;b&gt;c&amp;d");
  }

  @Test
  void lineFeedsAndTabsAreKept() {
    assertThat(HtmlEscape.text("one\ntwo\tthree")).isEqualTo("one\ntwo\tthree");
    assertThat(HtmlEscape.text("<\n\t>")).isEqualTo("&lt;\n\t&gt;");
  }

  @Test
  void otherControlsBecomeSpacesAndBidiCharactersTheReplacementCharacter() {
    assertThat(HtmlEscape.text("a\rb\u0000c\u001bd\u007fe\u2028f"))
        .isEqualTo("a b c d e f");
    assertThat(HtmlEscape.text("a\u202eb\u2066c\u200fd"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String plain = "Crisis line, café";
    assertThat(HtmlEscape.text(plain)).isSameAs(plain);
  }
}
