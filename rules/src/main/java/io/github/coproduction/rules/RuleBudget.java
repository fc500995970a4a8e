package io.github.coproduction.rules;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time a rule may take to evaluate one initiative. Without a budget a rule runs on the
 * caller's thread; with one it runs on a daemon thread named {@code coproduction-rule-*} and is
 * interrupted and recorded as an error when its time is up.
 */
final class RuleBudget {

  static final RuleBudget NONE = new RuleBudget(null);

  /** Threads are made on demand and end after a minute idle. */
  private static final class Pool {
    static final ExecutorService THREADS = threads();

    private static ExecutorService threads() {
      AtomicInteger n = new AtomicInteger();
      return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
          new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "coproduction-rule-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
    }
  }

  private final Duration budget;

  private RuleBudget(Duration budget) {
    this.budget = budget;
  }

  static RuleBudget of(Duration budget) {
    return new RuleBudget(budget);
  }

  /**
   * Evaluates a rule within the budget.
   *
   * @throws Throwable whatever the rule threw, or a {@link RuleTimeoutException}
   */
  Outcome evaluate(Rule rule, RuleInput input) throws Throwable {
    if (budget == null) {
      return rule.evaluate(input);
    }
    Future<Outcome> running = Pool.THREADS.submit(() -> rule.evaluate(input));
    try {
      return running.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new RuleTimeoutException("the rule took longer than its time budget of "
          + budget.toMillis() + " ms and was interrupted");
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (CancellationException e) {
      throw new RuleTimeoutException("the rule was cancelled");
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new RuleTimeoutException("the assessment was interrupted while the rule ran");
    }
  }

  /** A rule ran out of time; recorded as the rule's error, never thrown to callers. */
  static final class RuleTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleTimeoutException(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public String toString() {
    return budget == null ? "no time budget" : "time budget " + budget;
  }
}
