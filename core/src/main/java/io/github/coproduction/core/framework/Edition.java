package io.github.coproduction.core.framework;

import org.immutables.value.Value;

/**
 * The published edition of the framework that this catalogue encodes.
 *
 * <p>{@link #catalogueVersion()} is this project's version of its encoding of that edition, not a
 * version number printed by NDTi: it changes only if an element's text or id is corrected.
 *
 * <pre>{@code
 * Edition e = Framework.standard().edition();
 * e.title();      // "Co-production in mental health: a framework for strategic leads, commissioners and managers"
 * e.publisher();  // "National Development Team for Inclusion"
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Edition {

  Edition() {}

  /**
   * The framework's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Who published the framework.
   *
   * @return the publisher's name
   */
  public abstract String publisher();

  /**
   * Who funded the project the framework came from, as its introduction says.
   *
   * @return the funder's name
   */
  public abstract String funder();

  /**
   * This project's version of its encoding of the edition.
   *
   * @return a version such as {@code "1.0"}
   */
  public abstract String catalogueVersion();

  static Edition ndti() {
    return new ImmutableEdition.Builder()
        .title("Co-production in mental health: a framework for strategic leads, commissioners and"
            + " managers")
        .publisher("National Development Team for Inclusion")
        .funder("Esm\u00e9e Fairbairn Foundation")
        .catalogueVersion("1.0")
        .build();
  }
}
