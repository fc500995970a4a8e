package io.github.coproduction.serialization;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.initiative.Initiative;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines (one JSON document per line): a portfolio of initiatives, or of any document type,
 * read one line at a time in constant memory, and written one compact document per line.
 *
 * <p>Each line is read as a whole document, with the {@link Documents}' mode and limits (a line may
 * be at most {@link ReadLimits#maxDocumentBytes()} long; a longer one is reported, not buffered).
 * Blank lines are skipped. A bad line is reported with its line number: with
 * {@link OnError#SKIP} it is delivered as a {@link Line} holding its error and reading goes on;
 * with {@link OnError#FAIL} the stream throws the {@link DocumentException}. Streams read from a
 * file must be closed; they are sequential.
 *
 * <pre>{@code
 * java.nio.file.Path file = java.nio.file.Files.createTempFile("portfolio", ".jsonl");
 * JsonLines.write(java.util.List.of(
 *     new io.github.coproduction.core.initiative.Initiative.Builder().id("a").title("A")
 *         .stage(io.github.coproduction.core.initiative.Stage.RUNNING).build()),
 *     java.nio.file.Files.newBufferedWriter(file));
 * try (java.util.stream.Stream<JsonLines.Line<io.github.coproduction.core.initiative.Initiative>>
 *     lines = JsonLines.initiatives(file, Documents.strict(), JsonLines.OnError.SKIP)) {
 *   lines.forEach(line -> System.out.println(line.lineNumber() + " " + line.isValid()));
 * }
 * }</pre>
 */
public final class JsonLines {

  private JsonLines() {}

  /**
   * What to do with a line that is not a valid document.
   *
   * <pre>{@code
   * JsonLines.initiatives(new java.io.StringReader("{}\n"), Documents.strict(),
   *     JsonLines.OnError.SKIP).count();   // 1: the line is delivered with its error
   * }</pre>
   */
  public enum OnError {
    /** Deliver the line with its error and read on. */
    SKIP,
    /** Stop: the stream throws the line's {@link DocumentException}. */
    FAIL
  }

  /**
   * One line of a JSON Lines file: its number and either the value read or the error. Immutable.
   *
   * <pre>{@code
   * JsonLines.Line<io.github.coproduction.core.initiative.Initiative> line =
   *     JsonLines.initiatives(new java.io.StringReader("{}\n"), Documents.strict(),
   *         JsonLines.OnError.SKIP).findFirst().orElseThrow();
   * line.lineNumber();                   // 1
   * line.error().get().problem();        // missing required property 'schemaVersion' ...
   * }</pre>
   *
   * @param <T> the type of the value
   */
  public static final class Line<T> {
    private final long lineNumber;
    private final T value;
    private final DocumentException error;

    private Line(long lineNumber, T value, DocumentException error) {
      this.lineNumber = lineNumber;
      this.value = value;
      this.error = error;
    }

    /**
     * The line's number in the file.
     *
     * @return the 1-based line number
     */
    public long lineNumber() {
      return lineNumber;
    }

    /**
     * The value read from the line.
     *
     * @return the value, or empty if the line was bad
     */
    public Optional<T> value() {
      return Optional.ofNullable(value);
    }

    /**
     * Why the line could not be read.
     *
     * @return the error, or empty if the line was read
     */
    public Optional<DocumentException> error() {
      return Optional.ofNullable(error);
    }

    /**
     * Whether the line was read.
     *
     * @return true if it holds a value
     */
    public boolean isValid() {
      return error == null;
    }

    /**
     * The value, or the line's error thrown.
     *
     * @return the value
     * @throws DocumentException if the line was bad
     */
    public T get() {
      if (error != null) {
        throw error;
      }
      return value;
    }

    @Override
    public String toString() {
      return "Line[" + lineNumber + ", " + (error == null ? "valid" : error.getMessage()) + "]";
    }
  }

  // --- Reading ----------------------------------------------------------------------------------

  /**
   * The initiatives of a JSON Lines file, one per line. Close the stream.
   *
   * @param file the file, UTF-8
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @return the lines, lazily read
   * @throws DocumentException if the file cannot be opened
   */
  public static Stream<Line<Initiative>> initiatives(Path file, Documents documents,
      OnError onError) {
    return read(DocumentType.INITIATIVE, file, documents, onError);
  }

  /**
   * The initiatives of JSON Lines text, one per line, named {@code "input"} in errors. The reader
   * is not closed.
   *
   * @param in the text
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @return the lines, lazily read
   */
  public static Stream<Line<Initiative>> initiatives(Reader in, Documents documents,
      OnError onError) {
    return initiatives(in, "input", documents, onError);
  }

  /**
   * The initiatives of JSON Lines text, one per line. The reader is not closed.
   *
   * @param in the text
   * @param sourceName the name errors give the text
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @return the lines, lazily read
   */
  public static Stream<Line<Initiative>> initiatives(Reader in, String sourceName,
      Documents documents, OnError onError) {
    return read(DocumentType.INITIATIVE, in, sourceName, documents, onError);
  }

  /**
   * The documents of a JSON Lines file, one per line. Close the stream.
   *
   * @param type what each line holds
   * @param file the file, UTF-8
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @param <T> the type of the values
   * @return the lines, lazily read
   * @throws DocumentException if the file cannot be opened
   */
  public static <T> Stream<Line<T>> read(DocumentType<T> type, Path file, Documents documents,
      OnError onError) {
    requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new DocumentException(source, 0, 0, "", "cannot read " + file + ": " + e, e);
    }
    return stream(type, new ByteLines(in, documents.limits().maxDocumentBytes()), source,
        documents, onError).onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The documents of a JSON Lines stream of UTF-8 bytes, one per line. The stream is not closed.
   *
   * @param type what each line holds
   * @param in the bytes
   * @param sourceName the name errors give the stream
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @param <T> the type of the values
   * @return the lines, lazily read
   */
  public static <T> Stream<Line<T>> read(DocumentType<T> type, InputStream in, String sourceName,
      Documents documents, OnError onError) {
    requireNonNull(in, "in");
    return stream(type, new ByteLines(in, documents.limits().maxDocumentBytes()), sourceName,
        documents, onError);
  }

  /**
   * The documents of JSON Lines text, one per line. The reader is not closed.
   *
   * @param type what each line holds
   * @param in the text
   * @param sourceName the name errors give the text
   * @param documents the mode and limits to read each line with
   * @param onError what to do with a bad line
   * @param <T> the type of the values
   * @return the lines, lazily read
   */
  public static <T> Stream<Line<T>> read(DocumentType<T> type, Reader in, String sourceName,
      Documents documents, OnError onError) {
    requireNonNull(in, "in");
    return stream(type, new CharLines(in, documents.limits().maxDocumentBytes()), sourceName,
        documents, onError);
  }

  private static <T> Stream<Line<T>> stream(DocumentType<T> type, RawLines lines, String source,
      Documents documents, OnError onError) {
    requireNonNull(type, "type");
    requireNonNull(source, "sourceName");
    requireNonNull(documents, "documents");
    requireNonNull(onError, "onError");
    Spliterator<Line<T>> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private long number;

      @Override
      public boolean tryAdvance(Consumer<? super Line<T>> action) {
        while (true) {
          Raw raw = next(lines, source, number);
          if (raw == null) {
            return false;
          }
          number++;
          Line<T> line = parse(type, raw, number, source, documents);
          if (line != null) {
            deliver(line, action);
            return true;
          }
        }
      }

      private void deliver(Line<T> line, Consumer<? super Line<T>> action) {
        if (!line.isValid() && onError == OnError.FAIL) {
          throw line.error;
        }
        action.accept(line);
      }
    };
    return StreamSupport.stream(split, false);
  }

  /** The next raw line, or null at the end; a read failure as a {@link DocumentException}. */
  private static Raw next(RawLines lines, String source, long number) {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new DocumentException(source, (int) Math.min(Integer.MAX_VALUE, number + 1), 0, "",
          "cannot read line " + (number + 1) + ": " + e, e);
    }
  }

  /** Reads one raw line as a document: the line with its value or error, or null if blank. */
  private static <T> Line<T> parse(DocumentType<T> type, Raw raw, long number, String source,
      Documents documents) {
    int lineNumber = (int) Math.min(Integer.MAX_VALUE, number);
    if (raw.tooLong) {
      return new Line<>(number, null, new DocumentException(source, lineNumber, 0, "",
          "the line is longer than the limit of " + documents.limits().maxDocumentBytes()
          + " bytes (ReadLimits.maxDocumentBytes)"));
    }
    String text;
    try {
      text = Documents.decode(raw.bytes, source);
    } catch (DocumentException e) {
      return new Line<>(number, null, e.onLine(source, lineNumber));
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      return new Line<>(number, documents.readDocument(type, text, Format.JSON, source).value(),
          null);
    } catch (DocumentException e) {
      return new Line<>(number, null, onLine(e, text, source, lineNumber));
    }
  }

  /**
   * An error in a line's document, placed on that line of the file. A bare carriage return inside
   * the line is a line break to the JSON parser, but not to JSON Lines: the error stays on the
   * file's line, its column counted from the start of that line.
   */
  static DocumentException onLine(DocumentException e, String text, String source,
      int lineNumber) {
    if (e.line() <= 1) {
      return e.onLine(source, lineNumber);
    }
    int start = 0;
    int line = 1;
    for (int i = 0; i < text.length() && line < e.line(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        line++;
        start = i + 1;
      }
    }
    return e.movedTo(source, lineNumber, e.column() == 0 ? 0 : start + e.column());
  }

  /** A raw line: its bytes, or a mark that it was too long to keep. */
  // Never compared or hashed: a line read, handed to one parse.
  @SuppressWarnings("ArrayRecordComponent")
  private record Raw(byte[] bytes, boolean tooLong) {}

  private interface RawLines {
    /** The next line without its line end, or null at the end. */
    Raw next() throws IOException;
  }

  /**
   * Lines of UTF-8 bytes: '\n' never occurs inside a multi-byte character. The bytes are read
   * into a buffer of 64 KiB that is scanned for '\n', and whole runs of it are copied into the
   * line: reading one byte at a time through synchronized streams cost more than parsing.
   */
  private static final class ByteLines implements RawLines {
    private final InputStream in;
    private final long max;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;

    ByteLines(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public Raw next() throws IOException {
      if (ended) {
        return null;
      }
      byte[] line = new byte[0];
      int size = 0;
      // The whole length of the line, kept or not: a line longer than max is only counted.
      long length = 0;
      boolean newline = false;
      while (!newline) {
        if (position == limit) {
          int n = in.read(buffer, 0, buffer.length);
          if (n <= 0) {
            // As BufferedInputStream.read(), which this replaces, a read of nothing is the end.
            break;
          }
          position = 0;
          limit = n;
        }
        int start = position;
        int end = start;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int run = end - start;
        if (length + run <= max) {
          if (size + run > line.length) {
            line = Arrays.copyOf(line, Math.max(size + run, Math.min(2 * line.length,
                (int) Math.min(max, Integer.MAX_VALUE - 8))));
          }
          System.arraycopy(buffer, start, line, size, run);
          size += run;
        }
        length += run;
        newline = end < limit;
        position = newline ? end + 1 : end;
      }
      if (!newline) {
        ended = true;
        if (length == 0) {
          return null;
        }
      }
      boolean tooLong = length > max;
      if (tooLong) {
        return new Raw(new byte[0], true);
      }
      if (size > 0 && line[size - 1] == '\r') {
        size--;
      }
      return new Raw(size == line.length ? line : Arrays.copyOf(line, size), false);
    }
  }

  /** Lines of text from a reader. */
  private static final class CharLines implements RawLines {
    private final Reader in;
    private final long max;
    private boolean ended;

    CharLines(Reader in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public Raw next() throws IOException {
      if (ended) {
        return null;
      }
      StringBuilder line = new StringBuilder();
      long length = 0;
      boolean tooLong = false;
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        length++;
        if (length > max) {
          tooLong = true;
        } else {
          line.append((char) c);
        }
      }
      if (c == -1) {
        ended = true;
        if (length == 0) {
          return null;
        }
      }
      if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      return new Raw(tooLong ? new byte[0]
          : line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), tooLong);
    }
  }

  // --- Writing ----------------------------------------------------------------------------------

  /**
   * One value as a line of JSON Lines: a whole compact document, without the line end.
   *
   * @param value any value {@link Documents#write(Object, Format)} writes
   * @return the line
   * @throws IllegalArgumentException if the value is of no type written
   */
  public static String line(Object value) {
    return Writers.compact(Writers.document(value));
  }

  /**
   * Writes values as JSON Lines, one compact document and a {@code '\n'} each. The writer is
   * flushed, not closed.
   *
   * @param values the values
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<?> values, Writer out) {
    requireNonNull(values, "values");
    write(values.iterator(), out);
  }

  /**
   * Writes a stream of values as JSON Lines, one at a time. The writer is flushed, not closed.
   *
   * @param values the values
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Stream<?> values, Writer out) {
    requireNonNull(values, "values");
    write(values.iterator(), out);
  }

  private static void write(Iterator<?> values, Writer out) {
    requireNonNull(out, "out");
    try {
      while (values.hasNext()) {
        out.write(line(values.next()));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- Reading on several threads ---------------------------------------------------------------

  /** Lines handed to a worker at a time, at most; fewer when they are long. */
  private static final int BATCH_LINES = 256;
  /** Bytes handed to a worker at a time, about. */
  private static final long BATCH_BYTES = 1L << 20;

  /**
   * Reads the documents of a JSON Lines file on several threads and collects them. See
   * {@link #collect(DocumentType, InputStream, String, Documents, int, Collector)}.
   *
   * <pre>{@code
   * java.nio.file.Path file = java.nio.file.Files.createTempFile("portfolio", ".jsonl");
   * java.nio.file.Files.writeString(file, "{}\n\n{}\n");
   * JsonLines.collect(DocumentType.INITIATIVE, file, Documents.strict(), 2,
   *     java.util.stream.Collectors.counting());   // 2: both lines, each with its error
   * }</pre>
   *
   * @param type what each line holds
   * @param file the file, UTF-8
   * @param documents the mode and limits to read each line with
   * @param threads how many threads parse and accumulate, at least 1
   * @param collector folds the lines; its combiner must not depend on order
   * @param <T> the type of the values
   * @param <A> the collector's container
   * @param <R> the result
   * @return the collector's result
   * @throws DocumentException if the file cannot be opened or read
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public static <T, A, R> R collect(DocumentType<T> type, Path file, Documents documents,
      int threads, Collector<? super Line<T>, A, R> collector) {
    requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return collect(type, in, source, documents, threads, collector);
    } catch (IOException e) {
      throw new DocumentException(source, 0, 0, "", "cannot read " + file + ": " + e, e);
    }
  }

  /**
   * Reads the documents of a JSON Lines stream of UTF-8 bytes on several threads and collects
   * them: for a portfolio too large to hold, faster than a sequential stream on a machine with
   * several cores.
   *
   * <p>The calling thread reads lines and hands them out in batches; each of {@code threads}
   * worker threads reads its lines as documents (with the {@link Documents}' mode and limits, as
   * {@link #read(DocumentType, InputStream, String, Documents, OnError)} does) and folds them into
   * a container of its own from {@code collector.supplier()}. At the end the containers are
   * combined, in worker order, and finished. Bad lines are delivered holding their error, as with
   * {@link OnError#SKIP}; blank lines are skipped. Lines reach the accumulator in no particular
   * order, so the result is the same on every run only when the collector does not depend on
   * order (counts, sums, {@code PortfolioSummary.collector()}). Memory is bounded whatever the
   * number of threads: lines handed to the workers and not yet folded hold at most twice
   * ({@code 1 MiB + maxDocumentBytes}) of input between them, queued or being read. With one thread, everything runs on the
   * calling thread. An exception from the collector stops the work and is rethrown; the stream is
   * not closed.
   *
   * <pre>{@code
   * JsonLines.collect(DocumentType.INITIATIVE,
   *     new java.io.ByteArrayInputStream("{}\n{}\n".getBytes()), "input", Documents.strict(), 2,
   *     java.util.stream.Collectors.filtering(JsonLines.Line::isValid,
   *         java.util.stream.Collectors.counting()));   // 0: neither line is an initiative
   * }</pre>
   *
   * @param type what each line holds
   * @param in the bytes
   * @param sourceName the name errors give the stream
   * @param documents the mode and limits to read each line with
   * @param threads how many threads parse and accumulate, at least 1
   * @param collector folds the lines; its combiner must not depend on order
   * @param <T> the type of the values
   * @param <A> the collector's container
   * @param <R> the result
   * @return the collector's result
   * @throws DocumentException if the stream cannot be read
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   */
  public static <T, A, R> R collect(DocumentType<T> type, InputStream in, String sourceName,
      Documents documents, int threads, Collector<? super Line<T>, A, R> collector) {
    requireNonNull(type, "type");
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(documents, "documents");
    requireNonNull(collector, "collector");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    RawLines lines = new ByteLines(in, documents.limits().maxDocumentBytes());
    if (threads == 1) {
      A container = collector.supplier().get();
      long number = 0;
      for (Raw raw = next(lines, sourceName, number); raw != null;
          raw = next(lines, sourceName, number)) {
        number++;
        Line<T> line = parse(type, raw, number, sourceName, documents);
        if (line != null) {
          collector.accumulator().accept(container, line);
        }
      }
      return collector.finisher().apply(container);
    }
    return new Workers<>(type, sourceName, documents, threads, collector).run(lines);
  }

  /** A batch of raw lines and the number of the first. */
  private record Batch(long firstNumber, List<Raw> lines) {}

  /** The worker threads of {@link #collect}, fed through a bounded queue. */
  private static final class Workers<T, A, R> {
    private static final Batch END = new Batch(0, List.of());
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final DocumentType<T> type;
    private final String source;
    private final Documents documents;
    private final int threads;
    private final Collector<? super Line<T>, A, R> collector;
    private final BlockingQueue<Batch> queue;
    /**
     * Bytes of raw lines handed out and not yet folded, whatever the number of threads: twice
     * the largest batch. A batch takes its bytes (at most the whole budget) before it is queued
     * and gives them back once its lines are folded, so records queued or being read and assessed
     * never hold more than this many bytes of input between them.
     */
    private final Semaphore budget;
    private final int budgetBytes;

    Workers(DocumentType<T> type, String source, Documents documents, int threads,
        Collector<? super Line<T>, A, R> collector) {
      this.type = type;
      this.source = source;
      this.documents = documents;
      this.threads = threads;
      this.collector = collector;
      this.queue = new ArrayBlockingQueue<>(2 * threads);
      this.budgetBytes = (int) Math.min(Integer.MAX_VALUE,
          2 * (BATCH_BYTES + documents.limits().maxDocumentBytes()));
      this.budget = new Semaphore(budgetBytes);
    }

    /** The bytes a batch takes from the budget. */
    private int cost(Batch batch) {
      long bytes = 0;
      for (Raw raw : batch.lines) {
        bytes += raw.bytes.length;
      }
      return (int) Math.min(bytes, budgetBytes);
    }

    R run(RawLines lines) {
      int pool = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
        Thread t = new Thread(task, "coproduction-jsonlines-" + pool + "-"
            + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<A>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          futures.add(executor.submit(this::work));
        }
        feed(lines, futures);
        for (int i = 0; i < threads; i++) {
          put(END, futures);
        }
        A result = null;
        for (Future<A> future : futures) {
          A container = await(future);
          result = result == null ? container : collector.combiner().apply(result, container);
        }
        return collector.finisher().apply(result);
      } finally {
        executor.shutdownNow();
      }
    }

    private void feed(RawLines lines, List<Future<A>> futures) {
      long number = 0;
      List<Raw> batch = new ArrayList<>();
      long bytes = 0;
      for (Raw raw = next(lines, source, number); raw != null; raw = next(lines, source, number)) {
        number++;
        batch.add(raw);
        bytes += raw.bytes.length;
        if (batch.size() == BATCH_LINES || bytes >= BATCH_BYTES) {
          put(new Batch(number - batch.size() + 1, batch), futures);
          batch = new ArrayList<>();
          bytes = 0;
        }
      }
      if (!batch.isEmpty()) {
        put(new Batch(number - batch.size() + 1, batch), futures);
      }
    }

    // END is a sentinel: only that very batch ends the work, whatever its contents.
    @SuppressWarnings("ReferenceEquality")
    private A work() throws InterruptedException {
      A container = collector.supplier().get();
      for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
        long number = batch.firstNumber;
        try {
          for (Raw raw : batch.lines) {
            Line<T> line = parse(type, raw, number++, source, documents);
            if (line != null) {
              collector.accumulator().accept(container, line);
            }
          }
        } finally {
          budget.release(cost(batch));
        }
      }
      return container;
    }

    /** Queues a batch, unless a worker has already failed: then its failure is thrown. */
    @SuppressWarnings("ReferenceEquality") // END is a sentinel, as in work()
    private void put(Batch batch, List<Future<A>> futures) {
      try {
        int cost = batch == END ? 0 : cost(batch);
        while (!budget.tryAcquire(cost, 50, TimeUnit.MILLISECONDS)) {
          for (Future<A> future : futures) {
            if (future.isDone()) {
              await(future);
            }
          }
        }
        while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
          for (Future<A> future : futures) {
            if (future.isDone()) {
              await(future);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while reading " + source);
      }
    }

    /** A worker's container, or its failure rethrown as it was. */
    private A await(Future<A> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while reading " + source);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("a worker reading " + source + " failed", cause);
      }
    }
  }
}
