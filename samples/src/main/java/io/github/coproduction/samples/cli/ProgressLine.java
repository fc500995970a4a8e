package io.github.coproduction.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** A count of records read, rewritten in place on standard error every half second. */
final class ProgressLine implements AutoCloseable {

  private final PrintWriter err;
  private final LongSupplier count;
  private final Thread thread;
  private volatile boolean done;

  private ProgressLine(PrintWriter err, LongSupplier count) {
    this.err = err;
    this.count = count;
    this.thread = new Thread(this::loop, "coproduction-progress");
    this.thread.setDaemon(true);
  }

  /** Starts showing progress. */
  static ProgressLine start(PrintWriter err, LongSupplier count) {
    ProgressLine line = new ProgressLine(err, count);
    line.thread.start();
    return line;
  }

  private void loop() {
    long started = System.nanoTime();
    while (!done) {
      try {
        TimeUnit.MILLISECONDS.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
      long n = count.getAsLong();
      double seconds = (System.nanoTime() - started) / 1e9;
      synchronized (err) {
        if (!done) {
          err.printf("\r%,d records read (%,.0f a second)  ", n, n / Math.max(seconds, 1e-3));
          err.flush();
        }
      }
    }
  }

  /** Stops and clears the line. */
  @Override
  public void close() {
    done = true;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (err) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}
