package io.github.coproduction.core.checklist;

import java.util.List;

/**
 * The checklist this library ships: key questions and actions for before, during and following a
 * co-produced activity, derived from the NDTi framework by the coproduction project.
 *
 * <p><strong>This is not NDTi's checklist of key questions.</strong> The framework names such a
 * checklist as a companion resource; this library does not carry its text. Every item here is this
 * project's own wording, linked to the framework elements it serves, and every condition and every
 * change of the framework is served by at least one item.
 *
 * <pre>{@code
 * Checklist c = DefaultChecklist.checklist();
 * c.source();                          // "Derived from the NDTi framework ... not NDTi's ..."
 * c.items(Phase.AFTER).get(0).text();  // "Reflect together on what worked and did not, ..."
 * }</pre>
 */
public final class DefaultChecklist {

  /** The default checklist's id, which responses to it name. */
  public static final String ID = "coproduction-default";

  private static final Checklist CHECKLIST = new Checklist.Builder()
      .id(ID)
      .title("Key questions and actions before, during and following a co-produced activity")
      .version("2")
      .source("Derived from the NDTi framework 'Co-production in mental health' by the"
          + " coproduction project. This is not NDTi's checklist of key questions: the wording of"
          + " every item is the project's own.")
      .addItems(
        item("B01", ItemKind.QUESTION, Phase.BEFORE,
            "Has everyone been told, openly, what is and is not open to co-production in this activity, and why?",
            List.of("S2.4", "S3.1", "C2"), List.of("C2.3"),
            List.of("/power/notOpenToCoproduction")),
        item("B02", ItemKind.QUESTION, Phase.BEFORE,
            "Is there a named senior sponsor who is committed to the activity and to acting on what it produces?",
            List.of("S1.3", "C2"), List.of("C2.1", "C2.2"), List.of("/arrangements/seniorSponsor")),
        item("B03", ItemKind.QUESTION, Phase.BEFORE,
            "Were service users and carers involved in defining the problem the activity sets out to address?",
            List.of("S1.1", "S2.7"), List.of("C1.1", "C4.1"), List.of()),
        item("B04.1", ItemKind.QUESTION, Phase.BEFORE,
            "Is a payment policy for people with lived experience in place before anyone starts?",
            List.of("S2.6"), List.of("C4.2"), List.of("/arrangements/paymentPolicy")),
        item("B04.2", ItemKind.QUESTION, Phase.BEFORE,
            "Does the payment policy pay people with lived experience at parity with staff time?",
            List.of("S2.6", "S3.3"), List.of("C4.2"), List.of()),
        item("B05", ItemKind.QUESTION, Phase.BEFORE,
            "Has everyone offered payment been offered independent welfare benefits advice?",
            List.of("S2.6"), List.of("C4.2"), List.of("/arrangements/welfareBenefitsAdvice")),
        item("B06", ItemKind.ACTION, Phase.BEFORE,
            "Agree ground rules for group working with everyone involved.",
            List.of("S2.3"), List.of("C5.1"), List.of("/arrangements/groundRules")),
        item("B07", ItemKind.ACTION, Phase.BEFORE,
            "Arrange facilitation or brokering for the process and for the people taking part.",
            List.of("S2.5"), List.of("C5.3"), List.of("/arrangements/facilitation")),
        item("B08", ItemKind.ACTION, Phase.BEFORE,
            "Set aside time at the outset to build trust, confidence and mutual respect.",
            List.of("S2.1", "S3.1", "C2"), List.of("C2.5"), List.of("/arrangements/timeForTrust")),
        item("B09", ItemKind.QUESTION, Phase.BEFORE,
            "Are the purpose of the activity, the plan and the time available clear to everyone?",
            List.of("S2.1"), List.of("C5.1"), List.of()),
        item("B10", ItemKind.ACTION, Phase.BEFORE,
            "Come together to develop a shared understanding of the context, the aims, the values, the language to be used, and what co-production is and is not.",
            List.of("S2.2", "C5"), List.of("C5.1"), List.of("/arrangements/sharedUnderstanding")),
        item("B11", ItemKind.QUESTION, Phase.BEFORE,
            "Have staff been asked about their experiences of involving service users, and about any fears or concerns they have?",
            List.of("S3.6", "C3"), List.of("C3.1"), List.of("/arrangements/staffConcernsHeard")),
        item("B12", ItemKind.QUESTION, Phase.BEFORE,
            "Have systems and processes (payment, expenses, venues, times, paperwork) been checked so that they do not get in the way of people taking part?",
            List.of("S1.2", "C4"), List.of("C4.2"), List.of("/arrangements/systemsReviewed")),
        item("B13", ItemKind.QUESTION, Phase.BEFORE,
            "Does the timetable allow for people's fluctuating mental health?",
            List.of("S3.4", "C4"), List.of("C4.3"), List.of("/arrangements/timetableFlexibility")),
        item("B14", ItemKind.ACTION, Phase.BEFORE,
            "Arrange access to emotional and psychological support for everyone taking part.",
            List.of("S3.5", "C4"), List.of("C4.4"), List.of("/arrangements/emotionalSupport")),
        item("B15", ItemKind.QUESTION, Phase.BEFORE,
            "Is the vision or strategy this activity serves informed by front line staff, service user and carer realities and lived experiences?",
            List.of("C1", "S3.7"), List.of("C1.1", "C1.2"), List.of("/vision/informedByLivedExperience")),
        item("B16", ItemKind.ACTION, Phase.BEFORE,
            "Record where the organisation is on the engagement ladder now, and where it wants to get to.",
            List.of("S3.4", "C3"), List.of("C3.5"), List.of()),
        item("B17", ItemKind.QUESTION, Phase.BEFORE,
            "Have roles, and the boundaries between them, been agreed and explained to everyone?",
            List.of("S2.4"), List.of("C5.1"), List.of()),
        item("B18", ItemKind.QUESTION, Phase.BEFORE,
            "Has the history of service user involvement here been looked at: what worked, what did not, and what will be done differently?",
            List.of("S1.2", "C1"), List.of("C1.2"), List.of()),
        item("B19", ItemKind.ACTION, Phase.BEFORE,
            "Offer training and development in co-production, including facilitation skills, to staff, service users and carers.",
            List.of("C5", "S3.6", "S3.7"), List.of("C5.2", "C5.3"), List.of("/arrangements/trainingAndDevelopment")),
        item("D01", ItemKind.QUESTION, Phase.DURING,
            "Do service users and carers sit where the decisions are made, with an equal say?",
            List.of("S2.7", "S1.1", "S3.3"), List.of("C4.1"), List.of()),
        item("D02.1", ItemKind.QUESTION, Phase.DURING,
            "Are people being paid on time, at the agreed rate?",
            List.of("S2.6"), List.of("C4.2"), List.of()),
        item("D02.2", ItemKind.QUESTION, Phase.DURING,
            "Are people's out-of-pocket expenses being refunded?",
            List.of("S2.6"), List.of("C4.2"), List.of("/arrangements/expenses")),
        item("D03.1", ItemKind.QUESTION, Phase.DURING,
            "Is there an agreed way to raise challenge and tensions?",
            List.of("S3.8"), List.of("C2.3"), List.of("/arrangements/challengeProcess")),
        item("D03.2", ItemKind.QUESTION, Phase.DURING,
            "Are the challenge and tensions raised being addressed openly?",
            List.of("S3.8", "S3.1"), List.of("C2.3"), List.of()),
        item("D04", ItemKind.QUESTION, Phase.DURING,
            "Are risks to people's wellbeing, to their welfare benefits and to the service named and shared, rather than carried by one side?",
            List.of("S3.8", "S1.1"), List.of("C2.3", "C4.4"), List.of()),
        item("D05", ItemKind.QUESTION, Phase.DURING,
            "Are staff supported, and their perspectives heard, as the work goes on?",
            List.of("S3.6", "C3"), List.of("C3.1", "C3.2"), List.of()),
        item("D06", ItemKind.QUESTION, Phase.DURING,
            "Are service users and carers supported, and their perspectives heard, as the work goes on?",
            List.of("S3.7", "C4"), List.of("C4.1"), List.of()),
        item("D07", ItemKind.QUESTION, Phase.DURING,
            "Is the emotional and psychological support being used, and is it working?",
            List.of("S3.5"), List.of("C4.4"), List.of()),
        item("D08", ItemKind.ACTION, Phase.DURING,
            "Stop at agreed points to reflect on what is working and not working, and on mistakes and what was learned from them.",
            List.of("S3.2", "C6"), List.of("C6.1"), List.of("/reflections")),
        item("D09", ItemKind.QUESTION, Phase.DURING,
            "Is there institutional resistance to what is proposed, and is it being addressed?",
            List.of("S1.2"), List.of("C2.4"), List.of()),
        item("D10", ItemKind.ACTION, Phase.DURING,
            "Share experiences and learning points, including challenges faced and how they were overcome.",
            List.of("C2", "S3.2"), List.of("C2.2"), List.of()),
        item("A01", ItemKind.ACTION, Phase.AFTER,
            "Reflect together on what worked and did not, what changed during the process, and the final outcome.",
            List.of("C6", "S3.2"), List.of("C6.1"), List.of("/reflections")),
        item("A02", ItemKind.QUESTION, Phase.AFTER,
            "Has everyone been told what difference their contribution made?",
            List.of("S3.1"), List.of("C2.4"), List.of()),
        item("A03", ItemKind.ACTION, Phase.AFTER,
            "Gather evidence of the activity's impact on attitudes, behaviours, quality and other outcomes, and share it.",
            List.of("C2"), List.of("C2.4"), List.of("/arrangements/impactEvidence")),
        item("A04", ItemKind.QUESTION, Phase.AFTER,
            "Does co-production continue as the way of working after this activity, rather than ending as a one-off exercise?",
            List.of("C3"), List.of("C3.6"), List.of()),
        item("A05", ItemKind.QUESTION, Phase.AFTER,
            "Has the position on the engagement ladder been assessed again against the target?",
            List.of("S3.4", "C3"), List.of("C3.5"), List.of()),
        item("A06", ItemKind.QUESTION, Phase.AFTER,
            "Have co-production champions been found and supported to promote it further?",
            List.of("C3"), List.of("C3.4"), List.of("/arrangements/champions")))
      // Items of version 1 that asked two things at once, split in version 2; answers to the old
      // ids stay readable and count for both halves.
      .putAliases("B04", List.of("B04.1", "B04.2"))
      .putAliases("D02", List.of("D02.1", "D02.2"))
      .putAliases("D03", List.of("D03.1", "D03.2"))
      .build();

  private DefaultChecklist() {}

  /**
   * The default checklist.
   *
   * @return the one shared instance
   */
  public static Checklist checklist() {
    return CHECKLIST;
  }

  private static ChecklistItem item(String id, ItemKind kind, Phase phase, String text,
      List<String> serves, List<String> remedies, List<String> facts) {
    return new ChecklistItem.Builder().id(id).kind(kind).phase(phase).text(text)
        .serves(serves).remedies(remedies).facts(facts).build();
  }
}
