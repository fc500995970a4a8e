package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown escaping of each special character, and when an id may be a code span. */
class MarkdownTextTest {

  @Test
  void eachMarkdownPunctuationCharacterIsEscapedWithABackslash() {
    assertThat(MarkdownText.escape("\\`*_[]|~#!"))
        .isEqualTo("\\\\\\`\\*\\_\\[\\]\\|\\~\\#\\!");
  }

  @Test
  void htmlCharactersBecomeEntitiesAndLineBreaksSpaces() {
    assertThat(MarkdownText.escape("a&b<c>d")).isEqualTo("a&amp;b&lt;c&gt;d");
    assertThat(MarkdownText.escape("1\n2\r3\t4\u20285\u20296")).isEqualTo("1 2 3 4 5 6");
    assertThat(MarkdownText.escape("x\u0000y\u202ez")).isEqualTo("x\ufffdy\ufffdz");
  }

  @Test
  void anIdIsACodeSpan() {
    assertThat(MarkdownText.code("no-ground-rules")).isEqualTo("`no-ground-rules`");
    assertThat(MarkdownText.code("a|b")).isEqualTo("`a\\|b`");
  }

  @Test
  void anIdThatCannotBeACodeSpanIsEscapedText() {
    assertThat(MarkdownText.code("")).isEmpty();
    assertThat(MarkdownText.code("`rm`")).isEqualTo("\\`rm\\`");
    assertThat(MarkdownText.code("a`b")).isEqualTo("a\\`b");
    assertThat(MarkdownText.code("a_b\u202e")).isEqualTo("a\\_b\ufffd");
  }
}
