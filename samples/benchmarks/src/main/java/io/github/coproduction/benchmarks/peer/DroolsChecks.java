package io.github.coproduction.benchmarks.peer;

import io.github.coproduction.core.initiative.Initiative;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Five standard rules on Drools 10 (the classic engine), as a user would run them: the DRL in
 * {@code five-rules.drl} compiled once into a {@link KieBase}; for each initiative a stateless
 * session, a findings list as its global, and the initiative and its participants as facts.
 */
public final class DroolsChecks {

  private final KieBase kieBase;

  /** Compiles the rules. */
  public DroolsChecks() {
    String drl = drl();
    KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
    Results results = helper.verify();
    if (results.hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("five-rules.drl does not compile: "
          + results.getMessages(Message.Level.ERROR));
    }
    kieBase = helper.build();
  }

  /**
   * The rules' source.
   *
   * @return the DRL
   */
  public static String drl() {
    try (InputStream in = DroolsChecks.class.getResourceAsStream("five-rules.drl")) {
      if (in == null) {
        throw new IllegalStateException("five-rules.drl is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the rules on one initiative.
   *
   * @param initiative the initiative
   * @return the findings
   */
  public List<PeerFinding> evaluate(Initiative initiative) {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    List<PeerFinding> findings = new ArrayList<>();
    session.setGlobal("findings", findings);
    List<Object> facts = new ArrayList<>(initiative.participants().size() + 1);
    facts.add(initiative);
    facts.addAll(initiative.participants());
    session.execute(facts);
    return findings;
  }
}
