package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** Support for everyone taking part (S3.4 to S3.7, C3 to C5). */
final class SupportRules {

  private SupportRules() {}

  static final Rule NO_EMOTIONAL_SUPPORT = Rule.of(describe(
      "no-emotional-support",
      "No emotional support",
      "People with lived experience have no access to emotional and psychological support",
      Severity.CRITICAL,
      List.of("S3.5", "C4"),
      "Taking part can mean reliving experiences of crisis and of services; the framework asks"
          + " that people have access to emotional and psychological support during the process.",
      "Make sure everyone taking part has access to emotional and psychological support during"
          + " the process.",
      List.of("C4.4")),
      input -> Subjects.unlessLivedExperience(input.initiative()).orElseGet(() ->
          Subjects.resolved(input, Arrangement.EMOTIONAL_SUPPORT,
              "The initiative offers no emotional or psychological support to the people with"
                  + " lived experience taking part.",
              "Whether the initiative offers emotional and psychological support is not"
                  + " recorded.")));

  static final Rule FIXED_TIMETABLE = Subjects.arrangement(describe(
      "fixed-timetable",
      "Fixed timetable",
      "The timetable makes no allowance for fluctuating mental health",
      Severity.MINOR,
      List.of("S3.4", "C4"),
      "Practical, flexible frameworks allow for people's fluctuating mental health.",
      "Build flexibility into the timetable: alternative dates, ways to contribute between"
          + " meetings, no penalty for missing one.",
      List.of("C4.3")),
      Arrangement.TIMETABLE_FLEXIBILITY,
      "The initiative's timetable has no flexibility for fluctuating mental health.",
      "Whether the timetable allows for fluctuating mental health is not recorded.");

  static final Rule NO_TRAINING = Subjects.arrangement(describe(
      "no-training",
      "No training or development",
      "No training or development in co-production is offered",
      Severity.MINOR,
      List.of("C5", "S3.6", "S3.7"),
      "Staff, service users and carers need support to develop the knowledge, skills and"
          + " expertise of co-production, including facilitation skills.",
      "Offer training and development in co-production, including facilitation skills, to staff,"
          + " service users and carers, and get started together.",
      List.of("C5.2", "C5.3")),
      Arrangement.TRAINING_AND_DEVELOPMENT,
      "The initiative offers no training or development in co-production.",
      "Whether training or development in co-production is offered is not recorded.");

  static final Rule STAFF_CONCERNS_UNHEARD = Subjects.arrangement(describe(
      "staff-concerns-unheard",
      "Staff concerns unheard",
      "Staff were never asked about their experiences, fears and concerns",
      Severity.MINOR,
      List.of("S3.6", "C3"),
      "Staff support and perspectives are a condition of co-production: staff may fear a loss of"
          + " role, status or authority, and need to be heard.",
      "Listen to staff experiences of involving service users, and ask about their fears and"
          + " concerns about co-production.",
      List.of("C3.1", "C3.2")),
      Arrangement.STAFF_CONCERNS_HEARD,
      "The initiative never asked staff about their experiences, fears and concerns.",
      "Whether staff were asked about their fears and concerns is not recorded.");

  static final Rule NO_CHAMPIONS = Subjects.arrangement(describe(
      "no-champions",
      "No champions",
      "There are no co-production champions",
      Severity.ADVISORY,
      List.of("C3"),
      "Champions within organisations and the wider system, with support, promote co-production"
          + " across teams, services and systems.",
      "Seek out co-production champions and support them.",
      List.of("C3.4")),
      Arrangement.CHAMPIONS,
      "The initiative has no co-production champions.",
      "Whether the initiative has co-production champions is not recorded.");

  static List<Rule> all() {
    return List.of(NO_EMOTIONAL_SUPPORT, FIXED_TIMETABLE, NO_TRAINING, STAFF_CONCERNS_UNHEARD,
        NO_CHAMPIONS);
  }
}
