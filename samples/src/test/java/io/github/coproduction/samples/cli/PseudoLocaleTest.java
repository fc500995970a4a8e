package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.DefaultChecklist;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Challenge;
import io.github.coproduction.core.framework.CompanionResource;
import io.github.coproduction.core.framework.Edition;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.FrameworkElement;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.framework.Lens;
import io.github.coproduction.core.framework.PeopleGroup;
import io.github.coproduction.core.reference.ReferenceData;
import io.github.coproduction.core.reference.ReferenceFigure;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Evidence;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Rule;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * No user-visible English is left in code: every bundled example, assessed and reported by the
 * tool in the pseudo-locale {@code en-XA} (where every text from the message bundles has accented
 * letters), in every human-readable format and at both levels, shows no plain English word once
 * the words that are not ours to translate are taken out: the record's own text (titles,
 * references, free text), the framework's text (NDTi's English: element titles, actions,
 * quotations, ladder rungs, the default checklist's items), the reference data's names and
 * sources, and identifiers (rule and element ids, JSON Pointers, evidence values, dates, amounts).
 * A word left over is a literal in code that a translator cannot reach; the failure names it,
 * with the line it stands on.
 */
class PseudoLocaleTest {

  private static final Documents DOCUMENTS = Documents.strict();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("examples");

  /** A run of three or more plain ASCII letters: English the bundles did not give. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  /** Identifiers and values that are data, not words: taken out before looking for words. */
  private static final List<Pattern> DATA = List.of(
      Pattern.compile("https?://\\S+"),
      Pattern.compile("doi:\\S+"),
      Pattern.compile("[\\w.-]+\\.(yaml|yml|json|csv|html|md|pdf|txt)\\b"),
      Pattern.compile("(?<![\\w/])/[A-Za-z0-9_~./-]+"),
      Pattern.compile("\\b[a-z0-9]+(-[a-z0-9]+)+\\b"),
      Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b"),
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"));

  /**
   * Names that are the same in every language: the framework's publisher and the tool, and the
   * words of the document format a developer reads at the detail level.
   */
  private static final Set<String> NAMES = Set.of("NDTi", "coproduction", "JSON", "YAML", "HMRC",
      "NIHR", "NHS");

  /**
   * The initiative document's property names, lower case: a missing fact is named by where it
   * would be in the document ("Power: decisions"), in the document's own vocabulary.
   */
  private static final Set<String> FIELD_NAMES = fieldNames();

  @TempDir
  Path dir;

  @Test
  void everyExampleInEveryHumanReadableFormatShowsOnlyBundleTextOrData() throws IOException {
    List<Path> examples = examples();
    assertThat(examples).hasSizeGreaterThan(10);
    TreeMap<String, String> leftOver = new TreeMap<>();
    for (Path example : examples) {
      Set<String> data = dataOf(example);
      for (String format : humanReadable(f -> true)) {
        for (boolean detail : List.of(false, true)) {
          List<String> args = new ArrayList<>(List.of("assess", example.toString(), "--locale",
              "en-XA", "--format", format, "--date", "2026-11-30"));
          if (detail) {
            args.add("--detail");
          }
          Cli run = Cli.run(args.toArray(String[]::new));
          assertThat(run.code()).as("%s", run).isIn(0, 1);
          collect(leftOver, shown(format, run.out()), data, example.getFileName() + " " + format
              + (detail ? " --detail" : ""));
        }
      }
    }
    assertThat(leftOver).as("English words not from a bundle (word = first place seen)")
        .isEmpty();
  }

  @Test
  void thePdfShowsOnlyBundleTextOrData() throws IOException {
    Path example = EXAMPLES.resolve("crisis-service-redesign.yaml");
    Path pdf = dir.resolve("report.pdf");
    Cli run = Cli.run("assess", example.toString(), "--locale", "en-XA", "--format", "pdf",
        "--output", pdf.toString(), "--date", "2026-11-30");
    assertThat(run.code()).as("%s", run).isIn(0, 1);
    String text;
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
      text = new PDFTextStripper().getText(d);
    }
    TreeMap<String, String> leftOver = new TreeMap<>();
    collect(leftOver, text, dataOf(example), "pdf");
    assertThat(leftOver).as("English words not from a bundle").isEmpty();
  }

  @Test
  void progressAndPortfolioShowOnlyBundleTextOrData() throws IOException {
    Path crisis = EXAMPLES.resolve("crisis-service-redesign.yaml");
    String text = Files.readString(crisis);
    Path later = Files.writeString(dir.resolve("crisis-later.yaml"), text
        .replace("payment: false",
            "payment: {method: fee, hourlyRate: 25.00, expensesCovered: true}")
        .replace("emotionalSupport: false", "emotionalSupport: true"));
    Set<String> both = new LinkedHashSet<>(dataOf(crisis));
    both.addAll(dataOf(later));
    Set<String> data = longestFirst(both);
    TreeMap<String, String> leftOver = new TreeMap<>();
    for (String format : humanReadable(ReportFormat::rendersProgress)) {
      Cli diff = Cli.run("diff", crisis.toString(), later.toString(), "--locale", "en-XA",
          "--format", format, "--date", "2026-11-30");
      assertThat(diff.code()).as("%s", diff).isIn(0, 1);
      collect(leftOver, shown(format, diff.out()), data,
          "diff " + format);
    }
    Path portfolio = dir.resolve("portfolio.jsonl");
    Cli generate = Cli.run("generate", "--count", "40", "--seed", "7", "--output",
        portfolio.toString());
    assertThat(generate.code()).as("%s", generate).isZero();
    for (String format : humanReadable(ReportFormat::rendersPortfolio)) {
      Cli run = Cli.run("portfolio", portfolio.toString(), "--locale", "en-XA", "--format",
          format, "--date", "2026-11-30", "--threads", "1");
      assertThat(run.code()).as("%s", run).isIn(0, 1);
      collect(leftOver, shown(format, run.out()),
          frameworkData(), "portfolio " + format);
    }
    assertThat(leftOver).as("English words not from a bundle").isEmpty();
  }

  @Test
  void theTestWouldSeeEnglish() throws IOException {
    Path example = EXAMPLES.resolve("crisis-service-redesign.yaml");
    Cli english = Cli.run("assess", example.toString(), "--format", "text", "--date",
        "2026-11-30");
    TreeMap<String, String> leftOver = new TreeMap<>();
    collect(leftOver, english.out(), dataOf(example), "english");
    assertThat(leftOver).as("the English report has words the check would catch")
        .containsKeys("the", "not", "and");
  }

  /**
   * Adds each plain English word of a shown document to {@code leftOver}, with the place it was
   * seen. Whitespace is collapsed first, so that a text wrapped over lines is still taken out
   * whole; a data text is taken out only where it stands as whole words.
   */
  private static void collect(TreeMap<String, String> leftOver, String shown, Set<String> data,
      String where) {
    String rest = withoutShortened(" " + shown.replaceAll("\\s+", " ") + " ", data);
    for (String d : data) {
      String one = d.replaceAll("\\s+", " ").strip();
      if (!one.isEmpty() && rest.toLowerCase(Locale.ROOT).contains(one.toLowerCase(Locale.ROOT))) {
        // Case apart: a heading may show a rung's name in capitals.
        rest = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(one) + "(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(rest).replaceAll(" ");
      }
    }
    for (Pattern p : DATA) {
      rest = p.matcher(rest).replaceAll(" ");
    }
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      String word = m.group();
      if (!NAMES.contains(word) && !FIELD_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        String around = rest.substring(Math.max(0, m.start() - 50),
            Math.min(rest.length(), m.end() + 50));
        leftOver.putIfAbsent(word.toLowerCase(Locale.ROOT), where + ": …" + around + "…");
      }
    }
  }

  /**
   * The registry's formats a person reads (plain text, Markdown, HTML; PDF is checked on its
   * own), that can render what is asked: a format added later is checked without a change here.
   */
  private static List<String> humanReadable(java.util.function.Predicate<ReportFormat> renders) {
    List<String> names = ReportFormat.available().stream()
        .filter(f -> !f.binary())
        .filter(f -> f.mediaType().startsWith("text/plain")
            || f.mediaType().startsWith("text/markdown") || f.mediaType().startsWith("text/html"))
        .filter(renders).map(ReportFormat::name).sorted().toList();
    assertThat(names).isNotEmpty();
    return names;
  }

  /**
   * Takes out a text the report shortened to fit ("Co-produce a clear shared vision and
   * str..."): the words before each "..." that begin a data text.
   */
  private static String withoutShortened(String text, Set<String> data) {
    StringBuilder out = new StringBuilder(text);
    int at = out.indexOf("...");
    while (at >= 0) {
      int from = -1;
      for (int start = Math.max(0, at - 60); start < at - 5 && from < 0; start++) {
        if (start > 0 && Character.isLetterOrDigit(out.charAt(start - 1))) {
          continue;
        }
        String head = out.substring(start, at).strip();
        if (head.length() >= 6 && data.stream().anyMatch(d -> d.startsWith(head))) {
          from = start;
        }
      }
      if (from >= 0) {
        out.replace(from, at + 3, " ");
        at = out.indexOf("...", from + 1);
      } else {
        at = out.indexOf("...", at + 3);
      }
    }
    return out.toString();
  }

  private static List<Path> examples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path d : List.of(EXAMPLES, EXAMPLES.resolve("published"))) {
      try (Stream<Path> files = Files.list(d)) {
        files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
      }
    }
    return all;
  }

  /**
   * Every text that is not ours to translate, longest first (so that a long text is taken out
   * before a shorter one inside it): the record's strings, the framework's, the default
   * checklist's, the reference data's, and the assessment's ids, pointers and evidence values.
   */
  private static Set<String> dataOf(Path example) throws IOException {
    Set<String> data = new LinkedHashSet<>();
    var initiative = DOCUMENTS.readInitiative(example);
    strings(JSON.readTree(DOCUMENTS.write(initiative, Format.JSON)), data);
    Assessment a = Assessor.standard().assess(initiative, LocalDate.parse("2026-11-30"));
    for (Finding finding : a.findings()) {
      for (Evidence ev : finding.evidence()) {
        data.add(ev.pointer());
        data.add(ev.value());
      }
    }
    data.addAll(frameworkData());
    return longestFirst(data);
  }

  /** The framework's, the default checklist's and the reference data's texts, and rule ids. */
  private static Set<String> frameworkData() {
    Set<String> data = new LinkedHashSet<>();
    Framework f = Framework.standard();
    Edition e = f.edition();
    data.addAll(List.of(e.title(), e.publisher(), e.funder(), e.catalogueVersion()));
    for (FrameworkElement element : f.elements()) {
      data.add(element.id());
      data.add(element.title());
    }
    for (Action a : f.actions()) {
      data.add(a.text());
    }
    for (Challenge c : f.challenges()) {
      data.add(c.title());
    }
    for (Lens l : f.lenses()) {
      data.add(l.title());
    }
    for (PeopleGroup g : f.peopleGroups()) {
      data.add(g.title());
    }
    for (CompanionResource r : f.companionResources()) {
      data.add(r.title());
      data.add(r.description());
    }
    for (LadderRung r : f.ladder()) {
      data.add(r.title());
      data.add(r.group().title());
    }
    data.add(RuleSet.standard().name());
    data.add(Profile.defaults().name());
    data.add(Profile.research().name());
    Checklist checklist = DefaultChecklist.checklist();
    data.addAll(List.of(checklist.id(), checklist.title(), checklist.source()));
    for (ChecklistItem item : checklist.items()) {
      data.add(item.id());
      data.add(item.text());
    }
    for (ReferenceFigure figure : ReferenceData.standard().figures()) {
      data.add(figure.id());
      data.add(figure.source());
      data.add(figure.per());
      figure.address().ifPresent(data::add);
      figure.note().ifPresent(data::add);
    }
    for (Rule r : RuleSet.standard().rules()) {
      data.add(r.descriptor().id());
    }
    return longestFirst(data);
  }

  private static Set<String> longestFirst(Set<String> data) {
    data.removeIf(s -> s.isBlank());
    List<String> sorted = new ArrayList<>(data);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new LinkedHashSet<>(sorted);
  }

  private static void strings(JsonNode node, Set<String> into) {
    if (node.isString()) {
      into.add(node.asString());
    }
    for (JsonNode child : node) {
      strings(child, into);
    }
    node.propertyNames().forEach(into::add);
  }

  private static Set<String> fieldNames() {
    Set<String> names = new java.util.HashSet<>();
    try {
      JsonNode schema = JSON.readTree(io.github.coproduction.serialization.Schemas.initiative());
      schema.findValues("properties").forEach(p -> p.propertyNames()
          .forEach(n -> names.add(n.toLowerCase(Locale.ROOT))));
    } catch (RuntimeException e) {
      throw new AssertionError("the initiative schema", e);
    }
    return Set.copyOf(names);
  }

  private static String shown(String format, String out) {
    if (format.equals("html")) {
      return visibleText(out);
    }
    // Markdown escapes punctuation in texts ("get started\!"): read it as a reader sees it.
    return format.equals("markdown") ? out.replaceAll("\\\\([\\p{Punct}])", "$1") : out;
  }

  /** What a browser shows of an HTML page: no style, no tags, entities decoded. */
  private static String visibleText(String html) {
    String text = html.replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("(?s)<[^>]*\\salt=\"([^\"]*)\"[^>]*>", " $1 ")
        .replaceAll("(?s)<[^>]*\\stitle=\"([^\"]*)\"[^>]*>", " $1 ")
        .replaceAll("(?s)<[^>]*\\saria-label=\"([^\"]*)\"[^>]*>", " $1 ")
        .replaceAll("<[^>]+>", "\n");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
