package io.github.coproduction.core.framework;

/**
 * The set of resources the framework forms part of, as its introduction lists them.
 *
 * <pre>{@code
 * CompanionResource.CHECKLIST.title();   // "A checklist of key questions"
 * }</pre>
 */
public enum CompanionResource {
  /** The position paper. */
  POSITION_PAPER("A position paper",
      "aimed at anyone with an interest in understanding the challenges for progressing"
          + " co-production in mental health. It is particularly designed for those involved in"
          + " mental health policy and development as well as service users and practitioners who"
          + " want to engage with and understand transformative co-production."),
  /** The guide. */
  GUIDE("A guide",
      "'Progressing transformative co-production in mental health: some practical advice aimed at"
          + " those with an interest in making co-production work in mental health services,"
          + " especially mental health service users, their organisations and practitioners who"
          + " want to engage with and understand transformative co-production"),
  /**
   * The checklist of key questions. This library does not have its text; see
   * {@code io.github.coproduction.core.checklist.DefaultChecklist} for the checklist this project
   * derives from the framework.
   */
  CHECKLIST("A checklist of key questions",
      "to consider and actions to take before, during and following any co-produced activity"
          + " aimed at everyone involved");

  private final String title;
  private final String description;

  CompanionResource(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /**
   * The resource's name as the framework introduces it.
   *
   * @return for example {@code "A guide"}
   */
  public String title() {
    return title;
  }

  /**
   * The rest of the framework's sentence about the resource, word for word.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
