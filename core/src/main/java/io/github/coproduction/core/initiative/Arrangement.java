package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arrangements the framework names that are recorded as a {@link Provision}: the one place
 * that lists them. Each has its name in documents, the framework actions or conditions it serves,
 * and its JSON Pointer in an initiative document. The codec, the schema test, redaction, the
 * generators and the rules that check a single arrangement all iterate this enum, so a new
 * arrangement is one constant here (plus the rule that reads it).
 *
 * <p>Declaration order is the published order: documents write the arrangements in it.
 *
 * <pre>{@code
 * Arrangement.GROUND_RULES.documentName();   // "groundRules"
 * Arrangement.GROUND_RULES.pointer();        // "/arrangements/groundRules"
 * Arrangement.GROUND_RULES.serves();         // [S2.3]
 * Arrangement.fromDocumentName("champions"); // Optional[CHAMPIONS]
 * }</pre>
 */
public enum Arrangement {
  /** A payment policy for people with lived experience, agreed before involvement starts. */
  PAYMENT_POLICY("paymentPolicy", "S2.6"),
  /** Out-of-pocket expenses refunded. */
  EXPENSES("expenses", "S2.6"),
  /** Independent welfare benefits advice for anyone offered payment. */
  WELFARE_BENEFITS_ADVICE("welfareBenefitsAdvice", "S2.6"),
  /** Access to emotional and psychological support during the process. */
  EMOTIONAL_SUPPORT("emotionalSupport", "C4.4"),
  /** Flexibility in the timetable for people's fluctuating mental health. */
  TIMETABLE_FLEXIBILITY("timetableFlexibility", "C4.3"),
  /** Ground rules for group working. */
  GROUND_RULES("groundRules", "S2.3"),
  /** Process and participant facilitation or brokering. */
  FACILITATION("facilitation", "S2.5"),
  /** Training and development in co-production, including facilitation skills. */
  TRAINING_AND_DEVELOPMENT("trainingAndDevelopment", "C5.2", "C5.3"),
  /** Time set aside at the outset to build trust, confidence and mutual respect. */
  TIME_FOR_TRUST("timeForTrust", "C2.5"),
  /** A senior leader who sponsors the work. */
  SENIOR_SPONSOR("seniorSponsor", "S1.3"),
  /** Co-production champions, supported to promote it. */
  CHAMPIONS("champions", "C3.4"),
  /** Staff asked about their experiences, fears and concerns about co-production. */
  STAFF_CONCERNS_HEARD("staffConcernsHeard", "C3.1"),
  /** Everyone brought together to develop a shared understanding of context, aims, values and language. */
  SHARED_UNDERSTANDING("sharedUnderstanding", "C5.1"),
  /** Systems and processes checked so that they do not get in the way of people becoming co-producers. */
  SYSTEMS_REVIEWED("systemsReviewed", "C4.2"),
  /** An agreed way to raise and address challenge and tensions. */
  CHALLENGE_PROCESS("challengeProcess", "S3.8"),
  /** Evidence of the impact of co-production gathered and shared. */
  IMPACT_EVIDENCE("impactEvidence", "C2.4"),
  /** Papers offered in formats accessible to everyone taking part, such as easy read. */
  ACCESSIBLE_PAPERS("accessiblePapers", "C4.2");

  private final String documentName;
  private final ImmutableList<String> serves;

  Arrangement(String documentName, String... serves) {
    this.documentName = documentName;
    this.serves = ImmutableList.copyOf(serves);
  }

  /**
   * The arrangement's name in documents, under {@code arrangements}.
   *
   * @return the name, such as {@code "groundRules"}
   */
  public String documentName() {
    return documentName;
  }

  /**
   * The ids of the framework actions or conditions the arrangement serves.
   *
   * @return one or more element ids, such as {@code [S2.3]}
   */
  public List<String> serves() {
    return serves;
  }

  /**
   * Where the arrangement is in an initiative document.
   *
   * @return the JSON Pointer, such as {@code "/arrangements/groundRules"}
   */
  public String pointer() {
    return "/arrangements/" + documentName;
  }

  /**
   * The arrangement with the given document name.
   *
   * @param documentName a name such as {@code "groundRules"}
   * @return the arrangement, or empty if no arrangement has that name
   */
  public static Optional<Arrangement> fromDocumentName(String documentName) {
    Objects.requireNonNull(documentName, "documentName");
    for (Arrangement a : values()) {
      if (a.documentName.equals(documentName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
