package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLines#collect} holds a bounded amount of input whatever the number of threads: the
 * bytes read from the stream but not yet folded stay under twice (1 MiB + maxDocumentBytes), plus
 * the batch being filled, with slow workers and many threads.
 */
class JsonLinesMemoryBoundTest {

  private static final int LINE_BYTES = 1024;
  private static final int LINES = 24_000;
  private static final long MAX_DOCUMENT_BYTES = 4096;

  /** Lines of {@code {}} padded with spaces, made as they are read; counts the bytes read. */
  private static final class Padded extends InputStream {
    final AtomicLong read = new AtomicLong();
    private final byte[] line = new byte[LINE_BYTES];
    private long position;

    Padded() {
      Arrays.fill(line, (byte) ' ');
      line[0] = '{';
      line[1] = '}';
      line[LINE_BYTES - 1] = '\n';
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = (long) LINE_BYTES * LINES;
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = line[(int) ((position + i) % LINE_BYTES)];
      }
      position += n;
      read.addAndGet(n);
      return n;
    }
  }

  @Test
  void inputHeldByManyThreadsIsBoundedByTheBudgetNotTheThreads() {
    Padded in = new Padded();
    AtomicLong folded = new AtomicLong();
    AtomicLong worst = new AtomicLong();
    Collector<JsonLines.Line<?>, long[], Long> slow = Collector.of(
        () -> new long[1],
        (count, line) -> {
          try {
            Thread.sleep(0, 200_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          long outstanding = in.read.get() - folded.addAndGet(LINE_BYTES);
          worst.accumulateAndGet(outstanding, Math::max);
          count[0]++;
        },
        (a, b) -> {
          a[0] += b[0];
          return a;
        },
        count -> count[0]);
    Documents documents = Documents.strict()
        .withLimits(ReadLimits.defaults().withMaxDocumentBytes(MAX_DOCUMENT_BYTES));

    long lines = JsonLines.collect(DocumentType.INITIATIVE, in, "padded", documents, 48, slow);

    assertThat(lines).isEqualTo(LINES);
    long budget = 2 * ((1L << 20) + MAX_DOCUMENT_BYTES);
    long fillingBatch = 256L * LINE_BYTES;
    long readAhead = 1L << 16;
    // Without the budget, 48 threads hold 48 batches and 96 more wait: over 30 MiB.
    assertThat(worst.get()).isLessThanOrEqualTo(budget + fillingBatch + readAhead);
  }
}
