package io.github.coproduction.rules;

import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the evidence of a finding that points at participants or checklist responses in the order
 * of the participants' references and the responses' item ids, which is the order messages name
 * them in, rather than the order the record happens to list them in. Other evidence keeps its
 * place. So a report does not change when a record lists its participants or responses in
 * another order, apart from the positions its pointers name.
 */
final class EvidenceOrder {

  private static final Pattern PARTICIPANT = Pattern.compile("^/participants/(\\d{1,9})(?=/|$)");
  private static final Pattern RESPONSE =
      Pattern.compile("^/checklist/responses/(\\d{1,9})(?=/|$)");

  private EvidenceOrder() {}

  static List<Evidence> of(List<Evidence> evidence, Initiative initiative) {
    if (evidence.size() < 2) {
      return evidence;
    }
    List<Integer> places = new ArrayList<>();
    List<Evidence> movable = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      if (key(evidence.get(i), initiative) != null) {
        places.add(i);
        movable.add(evidence.get(i));
      }
    }
    if (movable.size() < 2) {
      return evidence;
    }
    movable.sort(Comparator.comparing((Evidence e) -> key(e, initiative))
        .thenComparing(Evidence::value));
    List<Evidence> ordered = new ArrayList<>(evidence);
    for (int k = 0; k < places.size(); k++) {
      ordered.set(places.get(k), movable.get(k));
    }
    return ordered;
  }

  /**
   * The pointer with a participant's or a checklist answer's position replaced by the
   * participant's reference or the answer's item id ("/participants/[P01]/payment"), which
   * survives the record listing them in another order; other pointers as they are.
   */
  static String stable(String pointer, Initiative initiative) {
    Matcher m = PARTICIPANT.matcher(pointer);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      List<Participant> participants = initiative.participants();
      return n < participants.size()
          ? "/participants/[" + participants.get(n).ref() + "]" + pointer.substring(m.end())
          : pointer;
    }
    m = RESPONSE.matcher(pointer);
    if (m.find() && initiative.checklist().isPresent()) {
      int n = Integer.parseInt(m.group(1));
      List<Response> responses = initiative.checklist().get().responses();
      return n < responses.size()
          ? "/checklist/responses/[" + responses.get(n).item() + "]" + pointer.substring(m.end())
          : pointer;
    }
    return pointer;
  }

  /** The pointer with its position replaced by what it names; null if it names no such thing. */
  private static String key(Evidence e, Initiative initiative) {
    Matcher m = PARTICIPANT.matcher(e.pointer());
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      List<Participant> participants = initiative.participants();
      return n < participants.size()
          ? "/participants/\u0000" + participants.get(n).ref() + "\u0000" + e.pointer()
              .substring(m.end()) : null;
    }
    m = RESPONSE.matcher(e.pointer());
    if (m.find() && initiative.checklist().isPresent()) {
      int n = Integer.parseInt(m.group(1));
      List<Response> responses = initiative.checklist().get().responses();
      return n < responses.size()
          ? "/checklist/responses/\u0000" + responses.get(n).item() + "\u0000" + e.pointer()
              .substring(m.end()) : null;
    }
    return null;
  }
}
