package io.github.coproduction.benchmarks.peer;

import static io.github.coproduction.benchmarks.peer.PeerFinding.at;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Initiative;
import java.util.List;
import java.util.Locale;

/**
 * Checklist answers as evidence for a fact the record leaves not recorded, written for the peer
 * engines the way their users would: a helper both peers call. It works out on its own, from the
 * core model (the default checklist's items and the {@link ChecklistItem#facts() facts} each
 * answers, and the initiative's responses, an answer to an old id speaking for each item it was
 * split into that has no answer of its own), without the rules module's {@code RecordedFact}.
 * When several items answer a fact, the gravest answer speaks (no, then partly, then yes; the
 * first item in checklist order on a tie); "not applicable" and "unanswered" say nothing.
 */
public final class ChecklistAnswers {

  private static final Checklist CHECKLIST = DefaultChecklist.checklist();

  private ChecklistAnswers() {}

  /**
   * The answer that speaks to a fact: an item, its answer, and where that answer is.
   *
   * @param item the checklist item answered
   * @param answer yes, partly or no
   * @param pointer where the answer is, such as {@code /checklist/responses/4/answer}
   */
  public record Answered(ChecklistItem item, Answer answer, String pointer) {

    /**
     * Whether the answer is a gap: "no", or "partly" (a gap one step milder).
     *
     * @return true for no and partly; false for yes, which passes
     */
    public boolean gap() {
      return answer != Answer.YES;
    }

    /**
     * The gap the answer is, worded as the standard rule words it: a "no" is the rule's gap with
     * the answer cited after it, a "partly" cites the answer first.
     *
     * @param rule the rule id
     * @param absent the rule's message for a recorded absence
     * @return the finding, citing the answer
     */
    public PeerFinding gap(String rule, String absent) {
      String word = answer.name().toLowerCase(Locale.ROOT);
      String cited = "Checklist item " + item.id() + " (\"" + item.text() + "\") is answered "
          + word;
      String message = answer == Answer.NO ? absent + " " + cited + "."
          : cited + ": it is only partly in place. " + absent;
      return PeerFinding.gap(rule, message, List.of(at(pointer, word)));
    }
  }

  /**
   * The answer to the fact at a pointer, as a list a Drools rule can match {@code from}.
   *
   * @param i the initiative
   * @param fact the fact's JSON Pointer, such as {@code /arrangements/emotionalSupport}
   * @return the gravest answer of an item answering the fact, or empty when none is answered yes,
   *     partly or no
   * @throws IllegalArgumentException if the answers are to a checklist other than the default
   */
  public static List<Answered> to(Initiative i, String fact) {
    if (i.checklist().isEmpty()) {
      return List.of();
    }
    ChecklistResponses responses = i.checklist().get();
    if (!responses.checklist().equals(CHECKLIST.id())) {
      throw new IllegalArgumentException("/checklist/checklist: the peer engines know only"
          + " checklist \"" + CHECKLIST.id() + "\", not \"" + responses.checklist() + "\"");
    }
    Answered gravest = null;
    for (ChecklistItem item : CHECKLIST.items()) {
      if (!item.facts().contains(fact)) {
        continue;
      }
      int n = responseTo(responses.responses(), item);
      if (n < 0) {
        continue;
      }
      Answer answer = responses.responses().get(n).answer();
      if (gravity(answer) > (gravest == null ? 0 : gravity(gravest.answer()))) {
        gravest = new Answered(item, answer, "/checklist/responses/" + n + "/answer");
      }
    }
    return gravest == null ? List.of() : List.of(gravest);
  }

  /**
   * Whether the checklist answers the fact at a pointer "yes", which passes the rule where the
   * structured field is not recorded.
   *
   * @param i the initiative
   * @param fact the fact's JSON Pointer
   * @return true when the gravest answer to it is yes
   */
  public static boolean yes(Initiative i, String fact) {
    List<Answered> a = to(i, fact);
    return !a.isEmpty() && !a.get(0).gap();
  }

  /** The response answering an item: its own, else the first to an old id split into it. */
  private static int responseTo(List<Response> responses, ChecklistItem item) {
    for (int n = 0; n < responses.size(); n++) {
      if (responses.get(n).item().equals(item.id())) {
        return n;
      }
    }
    for (int n = 0; n < responses.size(); n++) {
      List<String> replacements = CHECKLIST.aliases().get(responses.get(n).item());
      if (replacements != null && CHECKLIST.item(responses.get(n).item()).isEmpty()
          && replacements.contains(item.id())) {
        return n;
      }
    }
    return -1;
  }

  private static int gravity(Answer answer) {
    return switch (answer) {
      case NO -> 3;
      case PARTLY -> 2;
      case YES -> 1;
      default -> 0;
    };
  }
}
