package io.github.coproduction.core.initiative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import io.github.coproduction.core.ValidationException;
import io.github.coproduction.core.checklist.ChecklistResponses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A co-produced piece of work, as recorded for assessment: designing a crisis service,
 * recommissioning a contract, writing a local mental health strategy.
 *
 * <p>Only {@link #id()}, {@link #title()} and {@link #stage()} are required; everything else
 * defaults to "not recorded", which the rules report as such rather than as a proven gap. The
 * builder checks that references resolve: participant references are unique, every decision is
 * made by known participants, every organisation a participant or budget names exists.
 *
 * <p>Immutable, thread-safe, null-hostile. {@code toString()} leaves out free-text notes.
 *
 * <pre>{@code
 * Initiative i = new Initiative.Builder().
 *     id("crisis-redesign").
 *     title("Crisis service redesign").
 *     stage(Stage.RUNNING).
 *     addScopes(Scope.DESIGN).
 *     addParticipants(new Participant.Builder().ref("P01").role(Role.SERVICE_USER).
 *         livedExperience(Recorded.present(LivedExperience.SERVICE_USER)).
 *         payment(Recorded.absent()).build()).
 *     arrangements(new Arrangements.Builder().groundRules(Provision.present()).build()).
 *     build();
 * i.livedExperienceParticipants().size();   // 1
 * }</pre>
 */
@Value.Immutable
public abstract class Initiative {

  Initiative() {}

  /**
   * The initiative's reference, such as {@code "crisis-redesign"}.
   *
   * @return a code of letters, digits, '.', '_' or '-'
   */
  public abstract String id();

  /**
   * The initiative's title.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * What the initiative is for (condition S2.1, "clarity of purpose").
   *
   * @return the recorded purpose, not recorded by default
   */
  @Value.Default
  @Value.Redacted
  public Recorded<String> purpose() {
    return Recorded.notRecorded();
  }

  /**
   * What the initiative shapes: design, commissioning, delivery.
   *
   * @return the scopes in enum order; empty when not recorded
   */
  public abstract Set<Scope> scopes();

  /**
   * Where the activity stands.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * The organisations involved.
   *
   * @return the organisations, ids unique
   */
  public abstract List<Organisation> organisations();

  /**
   * The people taking part, as pseudonymous references. Empty means not recorded.
   *
   * @return the participants, references unique
   */
  public abstract List<Participant> participants();

  /**
   * Who defines the problem and who decides what.
   *
   * @return the power, nothing recorded by default
   */
  @Value.Default
  public Power power() {
    return new Power.Builder().build();
  }

  /**
   * The arrangements the framework names.
   *
   * @return the arrangements, nothing recorded by default
   */
  @Value.Default
  public Arrangements arrangements() {
    return Arrangements.notRecorded();
  }

  /**
   * The local vision and strategy the initiative serves.
   *
   * @return the vision, nothing recorded by default
   */
  @Value.Default
  public Vision vision() {
    return new Vision.Builder().build();
  }

  /**
   * The meetings, workshops, boards and other sessions of the initiative, as dated activity. Empty
   * means not recorded.
   *
   * @return the sessions, in the order given
   */
  public abstract List<Session> sessions();

  /**
   * The risks named, and who carries each. Absent means recorded that no risks were named.
   *
   * @return the recorded risks, not recorded by default; present lists are not empty
   */
  @Value.Default
  public Recorded<List<Risk>> risks() {
    return Recorded.notRecorded();
  }

  /**
   * Whether co-production continues beyond this activity or is a one-off.
   *
   * @return the recorded continuity, not recorded by default
   */
  @Value.Default
  public Recorded<Continuity> continuity() {
    return Recorded.notRecorded();
  }

  /**
   * Whether the initiative describes itself as co-production.
   *
   * @return the fact, not recorded by default
   */
  @Value.Default
  public Fact claimsCoproduction() {
    return Fact.NOT_RECORDED;
  }

  /**
   * The position on the engagement ladder, current and target.
   *
   * @return the position, nothing recorded by default
   */
  @Value.Default
  public LadderPosition ladder() {
    return LadderPosition.notRecorded();
  }

  /**
   * The answers to a checklist.
   *
   * @return the responses, or empty when no checklist was used or recorded
   */
  public abstract Optional<ChecklistResponses> checklist();

  /**
   * The reflections recorded over time. Absent means recorded that nobody has reflected.
   *
   * @return the recorded reflections, not recorded by default; present lists are not empty
   */
  @Value.Default
  public Recorded<List<Reflection>> reflections() {
    return Recorded.notRecorded();
  }

  /**
   * What happened in the course of the work and got in its way: harm or distress, delays, late or
   * missing payments, conflicts, partners leaving, approvals refused. Empty means none recorded,
   * which is not proof that nothing happened.
   *
   * @return the events, in the order given
   */
  public abstract List<Event> events();

  /**
   * What those taking part said about the work, in their own words, as evidence on framework
   * elements. Empty means none recorded.
   *
   * @return the statements, in the order given
   */
  public abstract List<Statement> statements();

  /**
   * The participants recorded as bringing lived experience, in recorded order.
   *
   * @return the participants with lived experience
   */
  public final List<Participant> livedExperienceParticipants() {
    return participants().stream()
        .filter(Participant::hasLivedExperience)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The participants who take part as lived-experience partners, in recorded order; see
   * {@link Participant#partnership()}.
   *
   * @return the lived-experience partners
   */
  public final List<Participant> livedExperiencePartners() {
    return participants().stream()
        .filter(Participant::isLivedExperiencePartner)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a participant by reference.
   *
   * @param ref the participant's reference
   * @return the participant, or empty
   */
  public final Optional<Participant> participant(String ref) {
    return participants().stream().filter(p -> p.ref().equals(ref)).findFirst();
  }

  /**
   * Finds the decision a session names: the decision with that id, or else, for a reference of
   * digits only, the decision at that index (0 for the first).
   *
   * @param reference a decision id or index
   * @return the decision's index in {@code power().decisions()}, or empty if none matches
   */
  public final java.util.OptionalInt decisionIndex(String reference) {
    List<Decision> decisions = power().decisions();
    for (int d = 0; d < decisions.size(); d++) {
      if (decisions.get(d).id().map(reference::equals).orElse(false)) {
        return java.util.OptionalInt.of(d);
      }
    }
    if (!reference.isEmpty() && reference.length() < 10
        && reference.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int index = Integer.parseInt(reference);
      if (index < decisions.size()) {
        return java.util.OptionalInt.of(index);
      }
    }
    return java.util.OptionalInt.empty();
  }

  @Value.Check
  Initiative check() {
    References.checkReference("/id", id(), "an initiative id");
    References.checkText("/title", title(), "an initiative's title");
    purpose().value().ifPresent(p -> References.checkText("/purpose", p, "a purpose"));
    Map<String, Integer> organisations = unique(
        organisations().stream().map(Organisation::id), "/organisations/", "/id",
        "organisation id");
    Map<String, Integer> participants = unique(
        participants().stream().map(Participant::ref), "/participants/", "/ref",
        "participant reference");
    for (int i = 0; i < participants().size(); i++) {
      Optional<String> org = participants().get(i).organisation();
      if (org.isPresent() && !organisations.containsKey(org.get())) {
        throw new ValidationException("/participants/" + i + "/organisation",
            "no organisation with id \"" + org.get() + "\" in /organisations");
      }
    }
    Map<String, Integer> bodies = unique(
        power().bodies().stream().map(Body::id), "/power/bodies/", "/id", "body id");
    List<Decision> decisions = power().decisions();
    Map<String, Integer> decisionIds = new HashMap<>();
    for (int d = 0; d < decisions.size(); d++) {
      Optional<String> id = decisions.get(d).id();
      if (id.isPresent()) {
        Integer first = decisionIds.putIfAbsent(id.get(), d);
        if (first != null) {
          throw new ValidationException("/power/decisions/" + d + "/id", "duplicate decision id"
              + " \"" + id.get() + "\", first used at /power/decisions/" + first + "/id");
        }
      }
      Optional<String> body = decisions.get(d).body();
      if (body.isPresent() && !bodies.containsKey(body.get())) {
        throw new ValidationException("/power/decisions/" + d + "/body",
            "no body with id \"" + body.get() + "\" in /power/bodies");
      }
    }
    checkSessions(participants, bodies);
    checkEvents(participants);
    for (int s = 0; s < statements().size(); s++) {
      String by = statements().get(s).by();
      if (!participants.containsKey(by)) {
        throw new ValidationException("/statements/" + s + "/by", "no participant with reference"
            + " \"" + by + "\" in /participants; a group is recorded as one participant with"
            + " members");
      }
    }
    for (int d = 0; d < decisions.size(); d++) {
      int m = 0;
      for (String ref : decisions.get(d).madeBy()) {
        if (!participants.containsKey(ref)) {
          throw new ValidationException("/power/decisions/" + d + "/madeBy/" + m,
              "no participant with reference \"" + ref + "\" in /participants");
        }
        m++;
      }
    }
    Optional<String> holder = arrangements().budget().value().flatMap(Budget::heldBy);
    if (holder.isPresent() && !organisations.containsKey(holder.get())) {
      throw new ValidationException("/arrangements/budget/heldBy",
          "no organisation with id \"" + holder.get() + "\" in /organisations");
    }
    checkNotEmptyWhenPresent(risks(), "/risks", "risks");
    checkNotEmptyWhenPresent(reflections(), "/reflections", "reflections");
    return normalized();
  }

  private void checkSessions(Map<String, Integer> participants, Map<String, Integer> bodies) {
    for (int s = 0; s < sessions().size(); s++) {
      Session session = sessions().get(s);
      String at = "/sessions/" + s;
      for (int a = 0; a < session.attendees().size(); a++) {
        if (!participants.containsKey(session.attendees().get(a))) {
          throw new ValidationException(at + "/attendees/" + a, "no participant with reference"
              + " \"" + session.attendees().get(a) + "\" in /participants");
        }
      }
      for (int b = 0; b < session.bodies().size(); b++) {
        if (!bodies.containsKey(session.bodies().get(b))) {
          throw new ValidationException(at + "/bodies/" + b, "no body with id \""
              + session.bodies().get(b) + "\" in /power/bodies");
        }
      }
      for (int d = 0; d < session.decisions().size(); d++) {
        if (decisionIndex(session.decisions().get(d)).isEmpty()) {
          throw new ValidationException(at + "/decisions/" + d, "no decision with id or index \""
              + session.decisions().get(d) + "\" in /power/decisions ("
              + power().decisions().size() + " recorded)");
        }
      }
    }
  }

  private void checkEvents(Map<String, Integer> participants) {
    for (int e = 0; e < events().size(); e++) {
      Event event = events().get(e);
      String at = "/events/" + e;
      for (int a = 0; a < event.affected().size(); a++) {
        if (!participants.containsKey(event.affected().get(a))) {
          throw new ValidationException(at + "/affected/" + a, "no participant with reference"
              + " \"" + event.affected().get(a) + "\" in /participants; a group is recorded as"
              + " one participant with members");
        }
      }
      Optional<String> decision = event.cause().flatMap(Cause::decision);
      if (decision.isPresent() && decisionIndex(decision.get()).isEmpty()) {
        throw new ValidationException(at + "/cause/decision", "no decision with id or index \""
            + decision.get() + "\" in /power/decisions (" + power().decisions().size()
            + " recorded)");
      }
    }
  }

  private static Map<String, Integer> unique(
      Stream<String> keys, String prefix, String suffix, String what) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> all = keys.collect(ImmutableList.toImmutableList());
    for (int i = 0; i < all.size(); i++) {
      Integer first = seen.putIfAbsent(all.get(i), i);
      if (first != null) {
        throw new ValidationException(prefix + i + suffix, "duplicate " + what + " \""
            + all.get(i) + "\", first used at " + prefix + first + suffix);
      }
    }
    return seen;
  }

  private static void checkNotEmptyWhenPresent(Recorded<? extends List<?>> list, String pointer,
      String what) {
    if (list.value().map(List::isEmpty).orElse(false)) {
      throw new ValidationException(pointer, what + " recorded as present need at least one"
          + " entry; record none as absent (Recorded.absent())");
    }
  }

  /** Copies recorded collections into immutable ones and puts scopes in enum order. */
  private Initiative normalized() {
    boolean scopesOk = scopes() instanceof ImmutableSet
        && Iterables.elementsEqual(scopes(), Sets.immutableEnumSet(scopes()));
    boolean risksOk = risks().value().map(l -> l instanceof ImmutableList).orElse(true);
    boolean reflectionsOk =
        reflections().value().map(l -> l instanceof ImmutableList).orElse(true);
    if (scopesOk && risksOk && reflectionsOk) {
      return this;
    }
    // One build, so that validation runs once on the finished value.
    return new Builder().from(this)
        .scopes(Sets.immutableEnumSet(scopes()))
        .risks(risks().map(ImmutableList::copyOf))
        .reflections(reflections().map(ImmutableList::copyOf))
        .build();
  }

  /** Builds an {@link Initiative}; {@code id}, {@code title} and {@code stage} are required. */
  public static class Builder extends ImmutableInitiative.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
