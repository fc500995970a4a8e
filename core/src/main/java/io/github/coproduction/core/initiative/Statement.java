package io.github.coproduction.core.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What someone taking part said about the work, in their own words, recorded against the
 * framework elements it is evidence for: "a sense of us and them" is evidence on equality (S3.3)
 * and trust (S3.1).
 *
 * <p>The quote is brief (at most {@value #MAX_WORDS} words) and attributed to a pseudonymous
 * participant reference, which may be a participant entry that stands for a group. It is personal
 * free text: {@link Redaction} removes it, and reports never print it when redacting.
 *
 * <pre>{@code
 * Statement s = new Statement.Builder().
 *     by("LEAP").
 *     kind(StatementKind.INEQUALITY).
 *     quote("a sense of us and them").
 *     addElements("S3.3", "S3.1").
 *     build();
 * }</pre>
 */
@Value.Immutable
public abstract class Statement {

  /** The most words a recorded quote may have. */
  public static final int MAX_WORDS = 40;

  Statement() {}

  /**
   * Who said it: a participant reference, or the entry of a group.
   *
   * @return the reference
   */
  public abstract String by();

  /**
   * When it was said.
   *
   * @return the date, or empty when not recorded
   */
  public abstract Optional<LocalDate> date();

  /**
   * What the statement says about the work.
   *
   * @return the kind
   */
  public abstract StatementKind kind();

  /**
   * The words, quoted briefly. Free text that may hold personal data: printed only when asked.
   *
   * @return the quote, not blank, at most {@value #MAX_WORDS} words
   */
  @Value.Redacted
  public abstract String quote();

  /**
   * The framework conditions and changes the statement is evidence for.
   *
   * @return at least one element id
   */
  public abstract List<String> elements();

  @Value.Check
  void check() {
    References.checkReference("/by", by(), "a participant reference");
    References.checkText("/quote", quote(), "a statement's quote");
    int words = References.words(quote());
    if (words > MAX_WORDS) {
      throw new io.github.coproduction.core.ValidationException("/quote", "a statement quotes"
          + " briefly, at most " + MAX_WORDS + " words, but this one has " + words
          + "; quote the words that matter and summarise the rest elsewhere");
    }
    if (elements().isEmpty()) {
      throw new io.github.coproduction.core.ValidationException("/elements", "a statement must"
          + " name at least one framework element it is evidence for, such as S3.3");
    }
    for (int i = 0; i < elements().size(); i++) {
      References.checkElement("/elements/" + i, elements().get(i));
    }
  }

  /** Builds a {@link Statement}; {@code by}, {@code kind} and {@code quote} are required. */
  public static class Builder extends ImmutableStatement.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
