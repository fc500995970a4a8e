package io.github.coproduction.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.core.testing.Seeds;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Mutation fuzzing of every reader: valid documents of every type (initiative, assessment,
 * checklist, profile, waivers) in JSON, YAML and JSON Lines, mutated on bytes and on the tree
 * ({@link Mutations}), and read strictly, leniently, with tight limits, as their own type or
 * another, from text, bytes and files. Whatever the input, reading returns a value (which then
 * writes and reads back equal) or throws a {@link DocumentException} that names its source: never
 * another exception, never a hang (each batch runs under a preemptive timeout), never running out
 * of memory.
 *
 * <p>{@value #INPUTS_PROPERTY} sets the number of inputs (default {@value #DEFAULT_INPUTS});
 * {@value #SEED_PROPERTY} the base seed; a failure names the seed of its input, which
 * {@value #REPLAY_PROPERTY} replays alone.
 */
class ReaderFuzzTest {

  static final String INPUTS_PROPERTY = "coproduction.fuzz.inputs";
  static final String SEED_PROPERTY = "coproduction.fuzz.seed";
  static final String REPLAY_PROPERTY = "coproduction.fuzz.replay";
  static final int DEFAULT_INPUTS = 5_000;
  private static final long DEFAULT_SEED = 20260301L;
  private static final int BATCH = 2_000;
  private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);
  private static final int THREADS = 2;
  /** Distinct failures reported at most, so that one run shows every bug it found. */
  private static final int MAX_REPORTED = 12;

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final List<DocumentType<?>> TYPES = List.of(DocumentType.INITIATIVE,
      DocumentType.ASSESSMENT, DocumentType.CHECKLIST, DocumentType.PROFILE,
      DocumentType.WAIVERS);
  private static final ReadLimits TIGHT = ReadLimits.defaults().withMaxDepth(6)
      .withMaxStringLength(40).withMaxDocumentBytes(4096).withMaxNumberLength(12)
      .withMaxYamlAliases(1).withMaxValues(300);

  /** Where an input goes in: one document, or JSON Lines. */
  enum Shape { JSON, YAML, JSON_LINES }

  /** A valid document to mutate. */
  record Seed(String name, DocumentType<?> type, Shape shape, byte[] bytes, JsonNode tree,
      List<String> pointers) {
    Seed(String name, DocumentType<?> type, Shape shape, byte[] bytes, JsonNode tree) {
      this(name, type, shape, bytes, tree, tree == null ? List.of() : Trees.pointers(tree));
    }
  }

  /** A failure of the invariant, with everything needed to replay it. */
  record Failure(String signature, String report) {}

  @TempDir
  Path dir;

  private static final List<Seed> CORPUS = corpus();

  /**
   * Valid documents of every type, mostly small ones (the parser's and binder's paths are the same
   * for a small document as for a large one, and small ones let many more inputs run), and one
   * large one of each type.
   */
  static List<Seed> corpus() {
    Random random = new Random(7);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("exemplary initiative", Generators.exemplary());
    values.put("bare initiative", Generators.bare());
    values.put("sparse initiative", small(() -> Generators.initiative(random,
        Generators.Tendency.SPARSE), 2500));
    values.put("poor initiative", small(() -> Generators.initiative(random,
        Generators.Tendency.POOR), 3500));
    // a rule set of four rules keeps an assessment small; the standard one makes large ones
    RuleSet four = RuleSet.builder().name("four").version("1").addAll(RuleSet.standard().rules()
        .subList(0, 4)).build();
    values.put("small assessment", Assessor.builder().ruleSet(four).build()
        .assess(Generators.bare(), RulesGenerators.DAY));
    values.put("exemplary assessment", Assessor.builder().ruleSet(four).build()
        .assess(Generators.exemplary(), RulesGenerators.DAY));
    values.put("standard assessment", RulesGenerators.assess(random, Generators.exemplary()));
    Checklist standard = DefaultChecklist.checklist();
    values.put("small checklist", new Checklist.Builder().from(standard).id("small")
        .items(standard.items().subList(0, 3)).aliases(java.util.Map.of()).build());
    values.put("large checklist", RulesGenerators.checklist(random));
    for (int n = 0; n < 2; n++) {
      values.put("profile " + n, RulesGenerators.profile(random));
      values.put("waivers " + n, List.of(RulesGenerators.waiver(random, "x", "no-ground-rules",
          "/a"), RulesGenerators.waiver(random, null, "fixed-timetable", null)));
    }
    Documents d = Documents.strict();
    List<Seed> seeds = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      DocumentType<?> type = typeOf(e.getKey());
      String json = d.write(e.getValue(), Format.JSON);
      String yaml = d.write(e.getValue(), Format.YAML);
      seeds.add(new Seed(e.getKey() + " (JSON)", type, Shape.JSON, utf8(json), Trees.parse(json)));
      seeds.add(new Seed(e.getKey() + " (YAML)", type, Shape.YAML, utf8(yaml), Trees.parse(json)));
    }
    for (int n = 0; n < 2; n++) {
      StringWriter lines = new StringWriter();
      List<Initiative> initiatives = new ArrayList<>();
      initiatives.add(Generators.bare());
      initiatives.add(small(() -> Generators.initiative(random, Generators.Tendency.SPARSE),
          2500));
      JsonLines.write(initiatives, lines);
      seeds.add(new Seed("JSON Lines of initiatives " + n, DocumentType.INITIATIVE,
          Shape.JSON_LINES, utf8(lines.toString()), null));
    }
    StringWriter profiles = new StringWriter();
    JsonLines.write(List.of(RulesGenerators.profile(random), RulesGenerators.profile(random)),
        profiles);
    seeds.add(new Seed("JSON Lines of profiles", DocumentType.PROFILE, Shape.JSON_LINES,
        utf8(profiles.toString()), null));
    return List.copyOf(seeds);
  }

  /** The first value made that writes as JSON in fewer bytes than given. */
  private static <T> T small(java.util.function.Supplier<T> make, int bytes) {
    for (int tries = 0; tries < 1000; tries++) {
      T value = make.get();
      if (Documents.strict().write(value, Format.JSON).length() < bytes) {
        return value;
      }
    }
    throw new IllegalStateException("no value under " + bytes + " bytes");
  }

  private static DocumentType<?> typeOf(String name) {
    for (DocumentType<?> t : TYPES) {
      if (name.contains(t.name())) {
        return t;
      }
    }
    throw new IllegalArgumentException(name);
  }

  @Test
  void theCorpusReadsBackAndCoversEveryTypeAndShape() {
    // Guards the fuzzing: it proves something only if it starts from valid documents of each kind.
    for (Seed s : CORPUS) {
      assertThat(read(s, s.bytes(), Documents.strict(), s.type(), 0)).as(s.name()).isTrue();
    }
    for (DocumentType<?> t : TYPES) {
      for (Shape shape : List.of(Shape.JSON, Shape.YAML)) {
        assertThat(CORPUS).as(t + " " + shape)
            .anyMatch(s -> s.type() == t && s.shape() == shape);
      }
    }
    assertThat(CORPUS).anyMatch(s -> s.shape() == Shape.JSON_LINES);
  }

  @Test
  void everyMutantReadsOrFailsWithADocumentException() throws Exception {
    long base = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    String replay = System.getProperty(REPLAY_PROPERTY);
    List<Long> seeds = new ArrayList<>();
    if (replay != null && !replay.isBlank()) {
      seeds.add(Long.parseLong(replay.trim()));
    } else {
      int inputs = Integer.getInteger(INPUTS_PROPERTY, DEFAULT_INPUTS);
      SplittableRandom sequence = new SplittableRandom(base);
      for (int i = 0; i < inputs; i++) {
        seeds.add(sequence.nextLong());
      }
    }
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong valid = new AtomicLong();
    AtomicLong read = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < seeds.size(); from += BATCH) {
        List<Long> batch = seeds.subList(from, Math.min(seeds.size(), from + BATCH));
        batches.add(pool.submit(() -> {
          long[] current = {0};
          try {
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
              for (long seed : batch) {
                current[0] = seed;
                Failure f = fuzz(seed, valid);
                read.incrementAndGet();
                if (f != null) {
                  failures.add(f);
                }
              }

            }, () -> "a batch of " + batch.size() + " inputs took longer than " + BATCH_TIMEOUT
                + "; it was reading " + describeInput(current[0]));
          } catch (AssertionError e) {
            failures.add(new Failure("timeout", e.getMessage()));
          }
          return null;
        }));
      }
      for (Future<?> f : batches) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("ReaderFuzzTest: %d inputs (base seed %d), %d read as valid, %d ms%n",
        read.get(), base, valid.get(), millis);
    Map<String, String> distinct = new LinkedHashMap<>();
    synchronized (failures) {
      for (Failure f : failures) {
        if (distinct.size() < MAX_REPORTED) {
          distinct.putIfAbsent(f.signature(), f.report());
        }
      }
    }
    Path report = Path.of("target", "fuzz-failures.txt");
    Files.deleteIfExists(report);
    if (!distinct.isEmpty()) {
      Files.writeString(report, String.join("\n\n", distinct.values()));
      throw new AssertionError(failures.size() + " inputs failed; " + distinct.size()
          + " distinct failures, in full in " + report.toAbsolutePath() + ":\n\n"
          + String.join("\n\n", distinct.values().stream().map(r -> r.lines().limit(14)
              .collect(java.util.stream.Collectors.joining("\n"))).toList()));
    }
    assertThat(read.get()).isEqualTo(seeds.size());
    if (seeds.size() >= 10_000) {
      // Mutants that stay valid show that the fuzzing reaches the binder, not only the parser.
      assertThat(valid.get()).as("valid mutants").isBetween(seeds.size() / 200L,
          seeds.size() / 2L);
    }
  }

  /** What the input of a seed is, for a timeout message. */
  private static String describeInput(long seed) {
    Input in = input(seed);
    return in.describe();
  }

  /** One input: which seed document, how mutated, how read. */
  record Input(long seed, Seed from, Mutations.Mutant mutant, DocumentType<?> readAs,
      Documents documents, int route) {
    String describe() {
      return "input " + seed + " (replay with -D" + REPLAY_PROPERTY + "=" + seed + "): "
          + from.name() + ", mutated: " + mutant.steps() + ", read as " + readAs.name() + " by "
          + documents + " via " + ROUTES[route] + "; input starts "
          + Pointers.quote(Mutations.abbreviate(new String(mutant.bytes(), 0,
              Math.min(400, mutant.bytes().length), StandardCharsets.UTF_8)))
          + (mutant.bytes().length < 2000 ? "; bytes " + Mutations.hex(mutant.bytes()) : "");
    }
  }

  private static final String[] ROUTES = {"text", "bytes", "file", "reader (JSON Lines)"};

  static Input input(long seed) {
    Random random = new Random(seed);
    Seed from = CORPUS.get(random.nextInt(CORPUS.size()));
    Mutations.Mutant mutant = Mutations.mutate(from.bytes(), from.tree(), from.pointers(),
        from.shape() == Shape.YAML, random);
    DocumentType<?> readAs = random.nextInt(10) == 0 ? TYPES.get(random.nextInt(TYPES.size()))
        : from.type();
    int mode = random.nextInt(10);
    Documents documents = mode < 6 ? Documents.strict() : mode < 9 ? Documents.lenient()
        : Documents.strict().withLimits(TIGHT);
    int route = random.nextInt(300) == 0 ? 2 : random.nextInt(2);
    if (from.shape() == Shape.JSON_LINES && route == 0) {
      route = 3;
    }
    return new Input(seed, from, mutant, readAs, documents, route);
  }

  /** Reads one input; null if the invariant holds, else the failure. */
  Failure fuzz(long seed, AtomicLong valid) {
    Input in = input(seed);
    try {
      if (read(in.from(), in.mutant().bytes(), in.documents(), in.readAs(), in.route())) {
        valid.incrementAndGet();
      }
      return null;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError e && !(t instanceof OutOfMemoryError)
          && !(t instanceof StackOverflowError)) {
        throw e;
      }
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return new Failure(signature(t), in.describe() + "\n" + trace);
    }
  }

  /** The exception's class and the first frame in this library: one bug, one signature. */
  private static String signature(Throwable t) {
    String frame = "";
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("io.github.coproduction")) {
        frame = e.toString();
        break;
      }
    }
    return t.getClass().getName() + " " + (t instanceof AssertionError ? t.getMessage() : frame);
  }

  /**
   * Reads the bytes by one route. Returns whether they were valid; throws an {@link AssertionError}
   * if the invariant fails, or the unexpected exception itself.
   */
  boolean read(Seed from, byte[] bytes, Documents documents, DocumentType<?> type, int route) {
    if (from.shape() == Shape.JSON_LINES) {
      return readLines(bytes, documents, type, route);
    }
    Format format = from.shape() == Shape.YAML ? Format.YAML : Format.JSON;
    String source = "fuzz." + (format == Format.YAML ? "yaml" : "json");
    Object value;
    try {
      value = switch (route) {
        case 0 -> documents.read(type, new String(bytes, StandardCharsets.UTF_8), format, source);
        case 1 -> documents.read(type, new ByteArrayInputStream(bytes), format, source);
        default -> documents.read(type, Files.write(Files.createDirectories(
            dir.resolve(Thread.currentThread().getName())).resolve(source), bytes));
      };
    } catch (DocumentException e) {
      checkError(e, source);
      return false;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(value).isNotNull();
    // What was read is a value like any other: it writes, and reads back equal. Checked for
    // some valid inputs only, writing being slower than reading.
    int check = Math.floorMod(java.util.Arrays.hashCode(bytes), 16);
    if (check < 2) {
      Format f = check == 0 ? Format.JSON : Format.YAML;
      String written = Documents.strict().write(value, f);
      Object again = Documents.lenient().read(type, written, f, "again");
      if (!again.equals(value)) {
        throw new AssertionError("what was read is not what is read back from " + f
            + " written: " + Pointers.quote(Mutations.abbreviate(written)));
      }
    }
    return true;
  }

  private static boolean readLines(byte[] bytes, Documents documents, DocumentType<?> type,
      int route) {
    List<? extends JsonLines.Line<?>> lines;
    try (Stream<? extends JsonLines.Line<?>> stream = route == 3
        ? JsonLines.read(type, new StringReader(new String(bytes, StandardCharsets.UTF_8)),
            "fuzz.jsonl", documents, JsonLines.OnError.SKIP)
        : JsonLines.read(type, new ByteArrayInputStream(bytes), "fuzz.jsonl", documents,
            JsonLines.OnError.SKIP)) {
      lines = stream.toList();
    }
    long previous = 0;
    boolean allValid = true;
    for (JsonLines.Line<?> line : lines) {
      assertThat(line.lineNumber()).isGreaterThan(previous);
      previous = line.lineNumber();
      if (line.isValid()) {
        assertThat(line.value()).isPresent();
      } else {
        DocumentException e = line.error().orElseThrow();
        checkError(e, "fuzz.jsonl");
        assertThat(e.line()).as(e.getMessage()).isEqualTo((int) line.lineNumber());
        allValid = false;
      }
    }
    // Failing fast throws the first bad line's error and nothing else.
    try (Stream<? extends JsonLines.Line<?>> stream = route == 3
        ? JsonLines.read(type, new StringReader(new String(bytes, StandardCharsets.UTF_8)),
            "fuzz.jsonl", documents, JsonLines.OnError.FAIL)
        : JsonLines.read(type, new ByteArrayInputStream(bytes), "fuzz.jsonl", documents,
            JsonLines.OnError.FAIL)) {
      assertThat(stream.count()).isEqualTo(lines.size());
      assertThat(allValid).as("no line failed when failing fast").isTrue();
    } catch (DocumentException e) {
      checkError(e, "fuzz.jsonl");
      assertThat(allValid).as("a line failed when failing fast").isFalse();
    }
    return allValid && !lines.isEmpty();
  }

  private static void checkError(DocumentException e, String source) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.problem()).as(e.getMessage()).isNotBlank();
    assertThat(e.pointer()).as(e.getMessage()).matches("(?s)|/.*");
    assertThat(e.line()).isNotNegative();
    assertThat(e.getMessage()).as("a message for people").doesNotContain("Exception:");
  }

  /** Keeps the generator of documents honest: the seeds alone decide every input. */
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anInputIsReproducibleFromItsSeed() {
    for (long seed : Seeds.seeds(50)) {
      Input a = input(seed);
      Input b = input(seed);
      assertThat(a.mutant().bytes()).isEqualTo(b.mutant().bytes());
      assertThat(a.describe()).isEqualTo(b.describe());
    }
  }
}
