package io.github.coproduction.rules.standard;

import static io.github.coproduction.rules.standard.Descriptors.describe;
import static io.github.coproduction.rules.standard.Subjects.ABSENT;
import static io.github.coproduction.rules.standard.Subjects.NOT_RECORDED;

import io.github.coproduction.core.initiative.Arrangement;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Outcome;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.Severity;
import java.util.List;

/** Coming together (step 2): purpose, shared values, ground rules, facilitation, systems. */
final class ProcessRules {

  private ProcessRules() {}

  static final Rule NO_CLEAR_PURPOSE = Rule.of(describe(
      "no-clear-purpose",
      "No clear purpose",
      "The initiative's purpose is not clear",
      Severity.MINOR,
      List.of("S2.1"),
      "Time, preparation, planning and clarity of purpose are conditions for co-production to"
          + " work.",
      "Agree the purpose together, and make sure everyone shares an understanding of it.",
      List.of("C5.1")),
      input -> {
        var purpose = input.initiative().purpose();
        if (purpose.isAbsent()) {
          return Outcome.gap("The initiative is recorded as having no agreed purpose.",
              Evidence.of("/purpose", ABSENT));
        }
        if (purpose.isNotRecorded()) {
          return Outcome.notRecorded("The initiative's purpose is not recorded.",
              Evidence.of("/purpose", NOT_RECORDED));
        }
        return Outcome.pass();
      });

  static final Rule NO_SHARED_UNDERSTANDING = Subjects.arrangement(describe(
      "no-shared-understanding",
      "No shared understanding",
      "People have not come together to develop a shared understanding",
      Severity.MINOR,
      List.of("S2.2", "C5"),
      "Common and shared values, aims and language grow from everyone coming together to develop"
          + " a shared understanding of the context, what co-production is and is not, and the"
          + " values and principles beneath it.",
      "Bring everyone, from senior managers to front line staff, service users and carers,"
          + " together to develop a shared understanding.",
      List.of("C5.1")),
      Arrangement.SHARED_UNDERSTANDING,
      "The initiative did not bring people together to develop a shared understanding.",
      "Whether people came together to develop a shared understanding is not recorded.");

  static final Rule NO_GROUND_RULES = Subjects.arrangement(describe(
      "no-ground-rules",
      "No ground rules",
      "There are no ground rules for group working",
      Severity.MINOR,
      List.of("S2.3"),
      "Ground rules for group working are a condition the framework names for coming together.",
      "Agree ground rules for group working with everyone involved, at the start.",
      List.of("C5.1")),
      Arrangement.GROUND_RULES,
      "The initiative has no ground rules for group working.",
      "Whether the initiative has ground rules for group working is not recorded.");

  static final Rule NO_FACILITATION = Subjects.arrangement(describe(
      "no-facilitation",
      "No facilitation",
      "There is no facilitation or brokering of the process and participants",
      Severity.MINOR,
      List.of("S2.5", "C5"),
      "Process and participant facilitation and brokering create safe, open spaces in which"
          + " people can be honest and work together creatively.",
      "Arrange skilled facilitation or brokering, and develop facilitation skills among those"
          + " involved.",
      List.of("C5.3")),
      Arrangement.FACILITATION,
      "The initiative has no facilitation or brokering.",
      "Whether the initiative has facilitation or brokering is not recorded.");

  static final Rule SYSTEMS_IN_THE_WAY = Subjects.arrangement(describe(
      "systems-in-the-way",
      "Systems in the way",
      "Systems and processes were not checked for what gets in the way of taking part",
      Severity.MINOR,
      List.of("S1.2", "C4"),
      "Institutional systems and processes can get in the way of people becoming co-producers.",
      "Check payment, expenses, venues, timing and paperwork for barriers, and remove them.",
      List.of("C4.2")),
      Arrangement.SYSTEMS_REVIEWED,
      "The initiative did not check its systems and processes for barriers to taking part.",
      "Whether systems and processes were checked for barriers is not recorded.");

  static final Rule PAPERS_NOT_ACCESSIBLE = Subjects.arrangement(describe(
      "papers-not-accessible",
      "Papers not accessible",
      "Papers are not offered in formats accessible to everyone taking part",
      Severity.MINOR,
      List.of("S1.2", "C4"),
      "Paperwork is one of the systems and processes that can get in the way of people becoming"
          + " co-producers.",
      "Offer every paper in formats that everyone taking part can use, such as easy read, and"
          + " ask people which they need.",
      List.of("C4.2")),
      Arrangement.ACCESSIBLE_PAPERS,
      "The initiative does not offer its papers in formats accessible to everyone taking part.",
      "Whether papers are offered in accessible formats is not recorded.");

  static List<Rule> all() {
    return List.of(NO_CLEAR_PURPOSE, NO_SHARED_UNDERSTANDING, NO_GROUND_RULES, NO_FACILITATION,
        SYSTEMS_IN_THE_WAY, PAPERS_NOT_ACCESSIBLE);
  }
}
