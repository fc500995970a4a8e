package io.github.coproduction.rules.testing;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ChecklistResponses;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.checklist.Response;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small, readable inputs for rule examples: an initiative with only what the example is about,
 * and the few participants, payments and checklist answers examples need. Everything not set is
 * not recorded, as in the model.
 */
public final class Inputs {

  /** The date every example is assessed on. */
  public static final LocalDate ASSESSED_ON = LocalDate.parse("2026-06-01");

  private Inputs() {}

  /**
   * An initiative being planned, with nothing else recorded.
   *
   * @return a builder
   */
  public static Initiative.Builder planning() {
    return initiative(Stage.PLANNING);
  }

  /**
   * An initiative under way, with nothing else recorded.
   *
   * @return a builder
   */
  public static Initiative.Builder running() {
    return initiative(Stage.RUNNING);
  }

  /**
   * A finished initiative, with nothing else recorded.
   *
   * @return a builder
   */
  public static Initiative.Builder finished() {
    return initiative(Stage.FINISHED);
  }

  private static Initiative.Builder initiative(Stage stage) {
    Initiative.Builder b = new Initiative.Builder();
    b.id("example").title("Example initiative").stage(stage);
    return b;
  }

  /**
   * A service user who brings lived experience; payment and a seat at decisions not recorded.
   *
   * @param ref the pseudonymous reference
   * @return a builder
   */
  public static Participant.Builder serviceUser(String ref) {
    Participant.Builder b = new Participant.Builder();
    b.ref(ref).role(Role.SERVICE_USER)
        .livedExperience(Recorded.present(LivedExperience.SERVICE_USER));
    return b;
  }

  /**
   * A commissioner without lived experience, paid a salary at {@code 25.00} an hour.
   *
   * @param ref the pseudonymous reference
   * @return a builder
   */
  public static Participant.Builder commissioner(String ref) {
    Participant.Builder b = new Participant.Builder();
    b.ref(ref).role(Role.COMMISSIONER)
        .livedExperience(Recorded.present(LivedExperience.NONE))
        .payment(Recorded.present(salary("25.00")))
        .decisionMaker(Fact.PRESENT);
    return b;
  }

  /**
   * A fee at an hourly rate.
   *
   * @param rate the rate in pounds
   * @return the payment
   */
  public static Payment fee(String rate) {
    return new Payment.Builder().method(PaymentMethod.FEE).hourlyRate(new BigDecimal(rate))
        .build();
  }

  /**
   * A fee whose rate is not recorded.
   *
   * @return the payment
   */
  public static Payment feeAtUnknownRate() {
    return new Payment.Builder().method(PaymentMethod.FEE).build();
  }

  /**
   * A salary at an hourly rate.
   *
   * @param rate the rate in pounds
   * @return the payment
   */
  public static Payment salary(String rate) {
    return new Payment.Builder().method(PaymentMethod.SALARIED).hourlyRate(new BigDecimal(rate))
        .build();
  }

  /**
   * Payment in some other form than money.
   *
   * @param method {@link PaymentMethod#VOUCHER} or {@link PaymentMethod#EXPENSES_ONLY}
   * @return the payment
   */
  public static Payment paidIn(PaymentMethod method) {
    return new Payment.Builder().method(method).build();
  }

  /**
   * A staff hourly rate, as recorded in the arrangements.
   *
   * @param rate the rate in pounds
   * @return the recorded rate
   */
  public static Recorded<BigDecimal> rate(String rate) {
    return Recorded.present(new BigDecimal(rate));
  }

  /**
   * Answers to the default checklist: every item answered yes, except those given, which are
   * answered as given ({@code "B04=NO"}) or left out entirely ({@code "B05=-"}).
   *
   * @param exceptions item ids with their answer, or {@code -} for no response at all
   * @return the responses, in checklist order
   */
  public static ChecklistResponses allYesExcept(String... exceptions) {
    return allYesExcept(DefaultChecklist.checklist(), exceptions);
  }

  /**
   * Answers to a checklist: every item answered yes, except those given.
   *
   * @param checklist the checklist
   * @param exceptions item ids with their answer, or {@code -} for no response at all
   * @return the responses, in checklist order
   */
  public static ChecklistResponses allYesExcept(Checklist checklist, String... exceptions) {
    Map<String, String> except = new LinkedHashMap<>();
    for (String e : exceptions) {
      String[] parts = e.split("=", 2);
      if (checklist.item(parts[0]).isEmpty()) {
        throw new IllegalArgumentException("no item " + parts[0] + " in " + checklist.id());
      }
      except.put(parts[0], parts[1]);
    }
    ChecklistResponses.Builder b = new ChecklistResponses.Builder().checklist(checklist.id());
    for (ChecklistItem item : checklist.items()) {
      String answer = except.getOrDefault(item.id(), Answer.YES.name());
      if (!answer.equals("-")) {
        b.addResponses(new Response.Builder().item(item.id()).answer(Answer.valueOf(answer))
            .build());
      }
    }
    return b.build();
  }

  /**
   * Answers to the default checklist: only the items given, in the order given.
   *
   * @param answers item ids with their answer, such as {@code "B04=NO"}
   * @return the responses
   */
  public static ChecklistResponses only(String... answers) {
    ChecklistResponses.Builder b = new ChecklistResponses.Builder().checklist(DefaultChecklist.ID);
    for (String a : answers) {
      String[] parts = a.split("=", 2);
      b.addResponses(new Response.Builder().item(parts[0]).answer(Answer.valueOf(parts[1]))
          .build());
    }
    return b.build();
  }
}
