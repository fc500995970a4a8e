package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.function.Function;

/**
 * What a document holds, as the caller says when reading it: documents carry no "kind" of their
 * own. Each type knows the shape it reads.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.Initiative;
 * Initiative i = Documents.strict().read(DocumentType.INITIATIVE, """
 *     {"schemaVersion": "1.0", "id": "x", "title": "X", "stage": "planning"}
 *     """, Format.JSON, "x.json");
 * DocumentType.INITIATIVE.name();   // "initiative"
 * }</pre>
 *
 * @param <T> the type of the value the document holds
 */
public final class DocumentType<T> {

  /** An initiative: the record of a co-produced piece of work. */
  public static final DocumentType<Initiative> INITIATIVE =
      new DocumentType<>("initiative", InitiativeCodec::read);
  /** An assessment of an initiative, with its findings. */
  public static final DocumentType<Assessment> ASSESSMENT =
      new DocumentType<>("assessment", AssessmentCodec::read);
  /** A checklist of key questions and actions. */
  public static final DocumentType<Checklist> CHECKLIST =
      new DocumentType<>("checklist", CatalogueCodec::checklist);
  /** A profile that re-weighs or disables rules. */
  public static final DocumentType<Profile> PROFILE =
      new DocumentType<>("profile", AssessmentCodec::profile);
  /** Waivers: {@code {schemaVersion, waivers: [...]}}. */
  public static final DocumentType<List<Waiver>> WAIVERS =
      new DocumentType<>("waivers", AssessmentCodec::waivers);
  /** A summary of the assessments of a portfolio. */
  public static final DocumentType<PortfolioSummary> PORTFOLIO_SUMMARY =
      new DocumentType<>("portfolio summary", PortfolioCodec::summary);
  /** Progress between two assessments of one initiative. */
  public static final DocumentType<Progress> PROGRESS =
      new DocumentType<>("progress", PortfolioCodec::progress);

  private final String name;
  private final Function<In, T> reader;

  private DocumentType(String name, Function<In, T> reader) {
    this.name = requireNonNull(name);
    this.reader = requireNonNull(reader);
  }

  /**
   * What the document holds, in words.
   *
   * @return such as {@code "initiative"}
   */
  public String name() {
    return name;
  }

  T read(In root) {
    return reader.apply(root);
  }

  @Override
  public String toString() {
    return "DocumentType[" + name + "]";
  }
}
