package io.github.coproduction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code <pre>{@code ...}</pre>} example in the Javadoc of the exported packages of
 * core, rules, serialization and samples through jdk.jshell, as a reader would paste it.
 *
 * <p>What the reader is assumed to have done first: put the four modules on the class path and
 * {@code import} the example's own package ({@code io.github.coproduction.rules.*} for the
 * examples in {@code io.github.coproduction.rules}); nothing else. Everything else an example
 * needs it imports or names in full itself.
 *
 * <p>The code is what Javadoc renders: the comment's leading {@code *} is dropped, and nothing is
 * un-escaped, because inside {@code {@code ...}} Javadoc shows {@code &lt;}, {@code &#64;} and
 * {@code {@literal ...}} verbatim (checked with the JDK 17 javadoc), so a reader would paste them
 * verbatim and JShell rightly rejects them. It is fed to JShell one
 * line at a time and cut into snippets with {@link SourceCodeAnalysis#analyzeCompletion}, exactly
 * as the JShell tool does with pasted lines: a line that completes a statement is run at once,
 * so a chain broken before a {@code .} runs its first half alone. {@code JShellToolIT} runs the
 * same examples through the real {@code jshell} tool on the shaded jar, after {@code package}.
 *
 * <p>A snippet that is rejected, does not compile or throws fails the example, naming the file,
 * the line and the snippet. So does an expression whose line states its result in a trailing
 * comment ({@code // 24}, {@code // "text"}, {@code // true: because ...}, {@code // [C4.2]},
 * {@code // Optional[S2]}, {@code // MAJOR}; {@code ...} stands for anything) when JShell shows
 * another value. Comments that describe rather than state a value are left to the reader.
 */
class DocExamplesTest {

  /** The modules whose exported packages are read, relative to the samples module. */
  private static final List<Path> MODULES = List.of(Path.of("../core"), Path.of("../rules"),
      Path.of("../serialization"), Path.of("."));

  private static final Path README = Path.of("../README.md");
  private static final Pattern EXPORTS = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile("(?m)^public\\s+(?:(?:final|"
      + "abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+"
      + "(\\w+)");
  private static final Pattern TEST_ONLY = Pattern.compile(
      "test-classes|-tests\\.jar$|/(org/junit|org/opentest4j|org/apiguardian|org/assertj"
          + "|net/bytebuddy|org/apache/maven)/");
  private static final String OPENING = "<pre>{@code";
  /** A stated result that is checked: a literal value, a constant, a list or an optional. */
  private static final Pattern CHECKED_CLAIM = Pattern.compile(
      "\"(?:.*)\"|true|false|-?\\d[\\d_.]*|[A-Z][A-Z0-9_.]*|(?:Optional|OptionalInt)\\[.*\\]"
          + "|\\[.*\\]");

  /** What the shared JShell prints. */
  private static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();
  private static JShell shell;

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAsWritten() {
    List<Example> examples = examples();
    assertThat(examples).as("examples found").hasSizeGreaterThan(100);
    return examples.stream()
        .map(e -> DynamicTest.dynamicTest(e.file().getFileName() + ":" + e.firstLine(),
            () -> assertThat(run(e)).as(e.where(e.firstLine())).isEmpty()));
  }

  @Test
  void everyExportedTypeHasAnExample() {
    List<String> missing = new ArrayList<>();
    for (Path file : exportedSources()) {
      String text = read(file);
      Matcher type = TOP_LEVEL_TYPE.matcher(text);
      if (!type.find()) {
        continue;
      }
      int open = text.lastIndexOf("/**", type.start());
      int close = open < 0 ? -1 : text.indexOf("*/", open);
      if (open < 0 || close > type.start()
          || !text.substring(open, close).contains(OPENING)) {
        missing.add(file.normalize() + ": " + type.group(1));
      }
    }
    assertThat(missing).as("public types without a class-level example").isEmpty();
  }

  @Test
  void statedResultsAreFoundAndCompared() {
    List<String> comments = trailingComments(List.of(
        "a.size();   // 24: every condition",
        "s.trim(); // \"a // b\"",
        "String t = \"x // y\";",
        "\"\"\"",
        "    // inside a text block",
        "    \"\"\", Format.JSON);   // Optional[3]",
        "f(); // the major findings"));
    assertThat(comments).containsExactly(" 24: every condition", " \"a // b\"", null, null, null,
        " Optional[3]", " the major findings");
    assertThat(comments.stream().map(c -> c == null ? null : claim(c)).toList())
        .containsExactly("24", "\"a // b\"", null, null, null, "Optional[3]", null);
    assertThat(matches("\"Derived from ... not NDTi's ...\"",
        "\"Derived from the framework; not NDTi's own.\"")).isTrue();
    assertThat(matches("[S2.1, S2.2, ...]", "[S2.1, S2.3]")).isFalse();
    long checked = examples().stream()
        .flatMap(e -> trailingComments(e.code()).stream())
        .filter(c -> c != null && claim(c) != null)
        .count();
    assertThat(checked).as("stated results found").isGreaterThan(80);
  }

  /**
   * The README's Java blocks, pasted one after the other into one JShell, as a reader following
   * the README would, line by line (the embedding block uses the tour's initiative).
   */
  @Test
  void readmeExamplesRunAsPastedLineByLine() {
    String script = readmeScript();
    assertThat(script.lines().filter(l -> !l.isBlank()).count()).as("README Java lines")
        .isGreaterThan(20);
    LineByLineJShell.Run run = LineByLineJShell.run("README.md", script, libraryClassPath());
    assertThat(run.problems()).as("JShell printed:%n%s", run.output()).isEmpty();
    assertThat(run.output()).contains("papers-in-advance");
  }

  /**
   * The README with every line outside its {@code ```java} blocks blanked, so that a line number
   * in the script is the line number in the README.
   */
  static String readmeScript() {
    StringBuilder script = new StringBuilder();
    boolean java = false;
    for (String line : read(README).lines().toList()) {
      if (line.startsWith("```")) {
        java = line.equals("```java");
        script.append('\n');
      } else {
        script.append(java ? line : "").append('\n');
      }
    }
    return script.toString();
  }

  /** One {@code <pre>{@code ...}} block: its file, the file line of each code line, the code. */
  record Example(Path file, String pkg, List<Integer> lines, List<String> code) {
    int firstLine() {
      return lines.get(0);
    }

    String where(int line) {
      return file.normalize() + ":" + line;
    }
  }

  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (Path file : exportedSources()) {
      String text = read(file);
      Matcher pkg = PACKAGE.matcher(text);
      assertThat(pkg.find()).as(file + " declares its package").isTrue();
      for (int at = text.indexOf(OPENING); at >= 0; at = text.indexOf(OPENING, at + 1)) {
        examples.add(example(file, pkg.group(1), text, at));
      }
    }
    return examples;
  }

  /** Cuts out the block that starts at {@code at}: Javadoc ends {@code {@code} at its balancing brace. */
  private static Example example(Path file, String pkg, String text, int at) {
    int start = at + OPENING.length();
    int depth = 1;
    int end = start;
    while (depth > 0) {
      char c = text.charAt(end++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      assertThat(end).as(file + ": unclosed {@code").isLessThan(text.length());
    }
    String body = text.substring(start, end - 1);
    int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
    List<Integer> lines = new ArrayList<>();
    List<String> code = new ArrayList<>();
    String[] raw = body.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i].replaceFirst("^\\s*\\*( ?)", "");
      if (i == 0 || i == raw.length - 1) {
        if (l.isBlank()) {
          continue;
        }
      }
      lines.add(line + i);
      code.add(l);
    }
    return new Example(file, pkg, lines, code);
  }

  /**
   * Pastes the example into JShell line by line; returns what went wrong, stopping at the first
   * failure, as everything after it would only fail in its wake. One JShell serves every example:
   * before each, the snippets of the one before are dropped, last first so that no dropped snippet
   * makes JShell recompile the ones that used it; the shell is then as good as a fresh one at a
   * fraction of the cost.
   */
  private static List<String> run(Example example) {
    List<String> problems = new ArrayList<>();
    List<String> comments = trailingComments(example.code());
    JShell shell = shell();
    List<Snippet> active = shell.snippets().filter(s -> shell.status(s).isActive()).toList();
    for (int i = active.size() - 1; i >= 0; i--) {
      shell.drop(active.get(i));
    }
    OUTPUT.reset();
    shell.eval("import " + example.pkg() + ".*;");
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String pending = "";
    int pendingFrom = 0;
    for (int i = 0; i < example.code().size() && problems.isEmpty(); i++) {
      if (pending.isEmpty()) {
        pendingFrom = i;
      }
      // as the jshell tool does (JShellTool.processSource): what is pending, the line, a newline
      String input = pending + example.code().get(i) + "\n";
      pending = "";
      while (problems.isEmpty()) {
        CompletionInfo info = analysis.analyzeCompletion(input);
        if (!info.completeness().isComplete()) {
          pending = info.remaining().isBlank() ? "" : info.remaining();
          break;
        }
        String where = example.where(example.lines().get(pendingFrom));
        boolean last = info.remaining().isBlank();
        evaluate(shell, info.source(), where, last ? comments.get(i) : null, problems);
        if (last) {
          break;
        }
        input = info.remaining();
        pendingFrom = i;
      }
    }
    if (problems.isEmpty() && !pending.isBlank()) {
      problems.add(example.where(example.lines().get(pendingFrom))
          + ": the example ends inside an unfinished snippet: " + pending.strip());
    }
    String printed = OUTPUT.toString(StandardCharsets.UTF_8);
    if (!problems.isEmpty() && !printed.isBlank()) {
      problems.add("JShell printed:\n" + printed);
    }
    return problems;
  }

  private static JShell shell() {
    if (shell == null) {
      PrintStream out = new PrintStream(OUTPUT, true, StandardCharsets.UTF_8);
      shell = JShell.builder().executionEngine("local").out(out).err(out).build();
      shell.addToClasspath(libraryClassPath());
    }
    return shell;
  }

  /**
   * The test class path without the tests and their tools: what a reader has who put the library
   * and its dependencies on the class path.
   */
  private static String libraryClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !TEST_ONLY.matcher(entry.replace('\\', '/')).find())
        .collect(Collectors.joining(File.pathSeparator));
  }

  @AfterAll
  static void closeShell() {
    if (shell != null) {
      shell.close();
      shell = null;
    }
  }

  /** Evaluates one snippet as the JShell tool would, noting what went wrong. */
  private static void evaluate(JShell shell, String source, String where, String comment,
      List<String> problems) {
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      if (event.status() != Snippet.Status.VALID) {
        problems.add(where + ": " + event.status() + " " + snippet.source().strip() + " "
            + shell.diagnostics(snippet).map(d -> d.getMessage(null)).toList()
            + unresolved(shell, snippet));
      } else if (event.exception() != null) {
        problems.add(where + ": threw " + event.exception() + " in: " + snippet.source().strip());
      } else if (comment != null && isExpression(snippet)) {
        String claim = claim(comment);
        if (claim != null && !matches(claim, event.value())) {
          problems.add(where + ": " + snippet.source().strip() + " shows " + event.value()
              + ", but the comment says " + claim);
        }
      }
    }
  }

  private static String unresolved(JShell shell, Snippet snippet) {
    if (snippet instanceof jdk.jshell.DeclarationSnippet declaration) {
      List<String> names = shell.unresolvedDependencies(declaration).toList();
      return names.isEmpty() ? "" : " unresolved: " + names;
    }
    return "";
  }

  private static boolean isExpression(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  /** The value a comment states, if it states one that can be checked. */
  private static String claim(String comment) {
    String c = comment.strip();
    String claim;
    if (c.startsWith("\"")) {
      claim = c.substring(0, c.lastIndexOf('"') + 1);
    } else {
      int colon = c.indexOf(": ");
      claim = (colon < 0 ? c : c.substring(0, colon)).strip();
    }
    return CHECKED_CLAIM.matcher(claim).matches() ? claim : null;
  }

  /** Compares a stated value with JShell's, {@code ...} standing for any text. */
  private static boolean matches(String claim, String value) {
    StringBuilder regex = new StringBuilder();
    String[] parts = claim.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }

  /**
   * The trailing {@code //} comment of each line, or {@code null}: a small scanner that knows
   * strings, text blocks, characters and block comments, so that {@code //} inside them is not a
   * comment.
   */
  static List<String> trailingComments(List<String> code) {
    List<String> comments = new ArrayList<>();
    boolean textBlock = false;
    boolean blockComment = false;
    for (String line : code) {
      String comment = null;
      int i = 0;
      while (i < line.length() && comment == null) {
        if (textBlock) {
          if (line.startsWith("\\", i)) {
            i += 2;
          } else if (line.startsWith("\"\"\"", i)) {
            textBlock = false;
            i += 3;
          } else {
            i++;
          }
        } else if (blockComment) {
          if (line.startsWith("*/", i)) {
            blockComment = false;
            i += 2;
          } else {
            i++;
          }
        } else if (line.startsWith("\"\"\"", i)) {
          textBlock = true;
          i += 3;
        } else if (line.startsWith("//", i)) {
          comment = line.substring(i + 2);
        } else if (line.startsWith("/*", i)) {
          blockComment = true;
          i += 2;
        } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
          char quote = line.charAt(i++);
          while (i < line.length() && line.charAt(i) != quote) {
            i += line.charAt(i) == '\\' ? 2 : 1;
          }
          i++;
        } else {
          i++;
        }
      }
      comments.add(comment);
    }
    return comments;
  }

  private static List<Path> exportedSources() {
    List<Path> files = new ArrayList<>();
    for (Path module : MODULES) {
      Path sources = module.resolve("src/main/java");
      Matcher exports = EXPORTS.matcher(read(sources.resolve("module-info.java")));
      while (exports.find()) {
        Path dir = sources.resolve(exports.group(1).replace('.', '/'));
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    assertThat(files).as("exported sources").isNotEmpty();
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
