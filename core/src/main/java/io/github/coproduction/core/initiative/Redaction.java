package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes personal free text and participant references from an initiative, keeping every fact
 * the rules read. Assess the redacted initiative and every report, JSON document or CSV made from
 * the result is free of them too.
 *
 * <p>Participant references become {@code participant-01}, {@code participant-02}, ... in recorded
 * order (decisions and sessions follow them); body names become {@code "body 1"}, ...; notes, evidence, risk descriptions, reflection notes, decision
 * subjects and the items stated as not open to co-production become neutral placeholders; event
 * descriptions are removed and partners' quoted statements become {@code "[redacted]"}; the
 * purpose, when recorded, becomes {@code "[redacted]"}. Recorded, absent and not recorded stay as
 * they were, except the welfare benefits a participant receives: sensitive health-related data,
 * they become not recorded, so no report says who receives which benefit (the benefit rules then
 * report them as not recorded). The initiative's id, title and organisations are kept.
 *
 * <pre>{@code
 * Initiative i = new Initiative.Builder().id("x").title("X").stage(Stage.RUNNING).
 *     addParticipants(new Participant.Builder().ref("AB-1971").role(Role.CARER).build()).
 *     build();
 * Redaction.redact(i).participants().get(0).ref();   // "participant-01"
 * }</pre>
 */
public final class Redaction {

  /** The text that stands where free text was. */
  public static final String PLACEHOLDER = "[redacted]";

  private Redaction() {}

  /**
   * The initiative with personal free text and participant references removed.
   *
   * @param initiative the initiative
   * @return the redacted initiative
   */
  public static Initiative redact(Initiative initiative) {
    Map<String, String> refs = new HashMap<>();
    ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    List<Participant> original = initiative.participants();
    for (int i = 0; i < original.size(); i++) {
      String ref = String.format(java.util.Locale.ROOT, "participant-%02d", i + 1);
      refs.put(original.get(i).ref(), ref);
      participants.add(ImmutableParticipant.copyOf(original.get(i)).withRef(ref)
          .withBenefits(Recorded.notRecorded()));
    }
    Power power = initiative.power();
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    for (int d = 0; d < power.decisions().size(); d++) {
      Decision decision = power.decisions().get(d);
      decisions.add(new Decision.Builder().from(decision).subject("decision " + (d + 1))
          .madeBy(decision.madeBy().stream().map(refs::get).toList()).build());
    }
    ImmutableList.Builder<Body> bodies = ImmutableList.builder();
    for (int b = 0; b < power.bodies().size(); b++) {
      bodies.add(ImmutableBody.copyOf(power.bodies().get(b)).withName("body " + (b + 1)));
    }
    ImmutableList.Builder<Session> sessions = ImmutableList.builder();
    for (Session s : initiative.sessions()) {
      sessions.add(ImmutableSession.copyOf(s)
          .withAttendees(s.attendees().stream().map(refs::get).toList()));
    }
    Power redactedPower = new Power.Builder().from(power).decisions(decisions.build())
        .bodies(bodies.build())
        .notOpenToCoproduction(power.notOpenToCoproduction().map(list ->
            java.util.stream.IntStream.range(0, list.size()).mapToObj(n -> "item " + (n + 1))
                .collect(ImmutableList.toImmutableList())))
        .build();
    // One build, so that references are checked once, against the renamed participants.
    return new Initiative.Builder().from(initiative)
        .purpose(initiative.purpose().map(p -> PLACEHOLDER))
        .participants(participants.build())
        .power(redactedPower)
        .sessions(sessions.build())
        .arrangements(arrangements(initiative.arrangements()))
        .risks(initiative.risks().map(list -> list.stream()
            .map(r -> (Risk) ImmutableRisk.copyOf(r).withDescription(Optional.empty()))
            .collect(ImmutableList.toImmutableList())))
        .reflections(initiative.reflections().map(list -> list.stream()
            .map(r -> (Reflection) ImmutableReflection.copyOf(r).withNote(Optional.empty()))
            .collect(ImmutableList.toImmutableList())))
        .checklist(initiative.checklist().map(Redaction::responses))
        .events(initiative.events().stream()
            .map(e -> (Event) ImmutableEvent.copyOf(e).withDescription(Optional.empty())
                .withAffected(e.affected().stream().map(refs::get).toList()))
            .toList())
        .statements(initiative.statements().stream()
            .map(s -> (Statement) ImmutableStatement.copyOf(s).withQuote(PLACEHOLDER)
                .withBy(refs.get(s.by())))
            .toList())
        .build();
  }

  private static ChecklistResponses responses(ChecklistResponses responses) {
    return new ChecklistResponses.Builder().checklist(responses.checklist())
        .responses(responses.responses().stream()
            .map(r -> new Response.Builder().item(r.item()).answer(r.answer()).build())
            .toList())
        .build();
  }

  private static Arrangements arrangements(Arrangements a) {
    Arrangements.Builder b = new Arrangements.Builder().from(a);
    a.provisions().forEach((arrangement, p) -> b.provision(arrangement, plain(p)));
    return b.build();
  }

  private static Provision plain(Provision p) {
    return Provision.of(p.fact(), Optional.empty());
  }
}
