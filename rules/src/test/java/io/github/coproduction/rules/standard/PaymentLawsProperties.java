package io.github.coproduction.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Arrangements;
import io.github.coproduction.core.initiative.Fact;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.Participant;
import io.github.coproduction.core.initiative.Payment;
import io.github.coproduction.core.initiative.PaymentTimeliness;
import io.github.coproduction.core.initiative.Provision;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws of the payment and benefit rules, on seeded generated initiatives: the judgements do not
 * depend on the order participants are listed in, and recording more good payment evidence (advice
 * in place, expenses covered, payments on time) never adds a gap.
 */
class PaymentLawsProperties {

  private static final LocalDate ON = LocalDate.parse("2026-06-01");
  private static final Assessor ASSESSOR = Assessor.standard();
  /** The rules whose subject is payment, benefits or the risk to them (element S2.6). */
  private static final Set<String> PAYMENT_RULES = RuleSet.standard().rulesFor("S2.6").stream()
      .map(r -> r.descriptor().id()).collect(Collectors.toSet());

  /** What a payment rule said, without pointers (which are list positions): sorted. */
  private static List<String> judgements(Assessment a) {
    List<String> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (PAYMENT_RULES.contains(f.rule())) {
        out.add(f.rule() + " " + f.severity() + " " + f.status() + " " + f.message());
      }
    }
    a.rules().stream().filter(r -> PAYMENT_RULES.contains(r.rule()))
        .forEach(r -> out.add(r.rule() + " -> " + r.status()));
    Collections.sort(out);
    return out;
  }

  @TestFactory
  Stream<DynamicTest> paymentJudgementsDoNotDependOnParticipantOrder() {
    return Seeds.property("payment judgements independent of participant order", random -> {
      Initiative i = Generators.initiative(random);
      List<Participant> shuffled = new ArrayList<>(i.participants());
      Collections.shuffle(shuffled, random);
      Initiative reordered = new Initiative.Builder().from(i).participants(shuffled).build();
      assertThat(judgements(ASSESSOR.assess(reordered, ON)))
          .isEqualTo(judgements(ASSESSOR.assess(i, ON)));
    });
  }

  @TestFactory
  Stream<DynamicTest> morePaymentEvidenceNeverAddsAGap() {
    return Seeds.property("more payment evidence never adds a gap", random -> {
      Initiative i = Generators.initiative(random);
      List<Participant> better = new ArrayList<>();
      for (Participant p : i.participants()) {
        Recorded<Payment> pay = p.payment();
        if (pay.isPresent()) {
          Payment.Builder b = new Payment.Builder().from(pay.get());
          if (pay.get().timeliness().isEmpty()) {
            b.timeliness(PaymentTimeliness.ON_TIME);
          }
          if (!pay.get().expensesCovered().isRecorded()) {
            b.expensesCovered(Fact.PRESENT);
          }
          p = new Participant.Builder().from(p).payment(Recorded.present(b.build())).build();
        }
        better.add(p);
      }
      Arrangements.Builder arrangements = new Arrangements.Builder().from(i.arrangements());
      if (!i.arrangements().welfareBenefitsAdvice().fact().isRecorded()) {
        arrangements.welfareBenefitsAdvice(Provision.present());
      }
      Initiative more = new Initiative.Builder().from(i).participants(better)
          .arrangements(arrangements.build()).build();
      Set<String> before = ASSESSOR.assess(i, ON).findings().stream()
          .filter(Finding::isOpenGap).map(Finding::key).collect(Collectors.toSet());
      // Recording advice that a checklist answer denies is a contradiction by design (issue 12):
      // the record and the answer disagree, which is said, not a payment gap.
      assertThat(ASSESSOR.assess(more, ON).findings()).filteredOn(Finding::isOpenGap)
          .filteredOn(f -> !f.rule().equals("checklist-contradicts-record"))
          .allSatisfy(f -> assertThat(before).as(f.toString()).contains(f.key()));
    });
  }

}
