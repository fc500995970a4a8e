package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.testing.Generators;
import io.github.coproduction.rules.Assessor;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.serialization.DocumentException;
import io.github.coproduction.serialization.Documents;
import io.github.coproduction.serialization.Format;
import io.github.coproduction.serialization.Schemas;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Redaction by construction: a unique marker is planted in every string field of an initiative,
 * a profile and a waivers file — the fields are found from the types (the initiative's JSON
 * Schema, the accessors of {@code Profile} and {@code Waiver}), not from a list — and
 * {@code assess --redact --profile --waivers} must print none of them in any format. A field added
 * to the model later is planted too; if redaction forgets it, this test names it. The only
 * markers allowed through are those in {@link #KEPT}, the fields redaction keeps by design
 * (SECURITY.md, "What redaction keeps").
 *
 * <p>How a field is planted: each distinct string value of the three documents is replaced by a
 * marker everywhere it occurs (so references stay references); if the documents are then refused
 * (an enumeration, a date, a rule id the rule set must know), each occurrence is tried alone,
 * and a value refused everywhere is no free text and stays. A schema field that no planted
 * document holds fails the test, so the planted documents cannot silently miss a new field.
 */
class RedactionCoverageTest {

  /** Fields redaction keeps by design, as patterns over document paths: they name the work. */
  private static final List<Pattern> KEPT = List.of(
      Pattern.compile("initiative:/id"),
      Pattern.compile("initiative:/title"),
      Pattern.compile("initiative:/organisations/\\d+/(id|name)"),
      Pattern.compile("initiative:/checklist/checklist"),
      Pattern.compile("initiative:/checklist/responses/\\d+/item"),
      // a staff grade or role (a code such as band-5), the key of a staff rate: no person
      Pattern.compile("initiative:/participants/\\d+/payment/grade"),
      Pattern.compile("waivers:/waivers/\\d+/initiative"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Documents DOCUMENTS = Documents.strict();
  private static final LocalDate DAY = LocalDate.parse("2026-11-25");

  @TempDir
  Path dir;

  /** A string value in one of the documents, where it stands. */
  private record Leaf(String document, String path, JsonNode container, String key, int index) {
    String value() {
      JsonNode v = key != null ? container.get(key) : container.get(index);
      return v.asString();
    }

    void set(String value) {
      if (key != null) {
        ((ObjectNode) container).put(key, value);
      } else {
        ((ArrayNode) container).set(index, StringNode.valueOf(value));
      }
    }

    String where() {
      return document + ":" + path;
    }
  }

  /** The three documents with markers planted, and where each marker stands. */
  private static final class Planted {
    final Map<String, JsonNode> documents = new LinkedHashMap<>();
    final Map<String, Set<String>> markers = new LinkedHashMap<>();
    final Set<String> refused = new TreeSet<>();

    boolean kept(String marker) {
      return markers.get(marker).stream().anyMatch(w -> KEPT.stream()
          .anyMatch(k -> k.matcher(w).matches()));
    }

    List<String> personal() {
      return markers.keySet().stream().filter(m -> !kept(m)).toList();
    }

    Set<String> plantedPaths() {
      Set<String> all = new TreeSet<>();
      markers.values().forEach(all::addAll);
      return all;
    }
  }

  static Profile baseProfile() {
    return new Profile.Builder().name("trust-board-profile").addDisabled("no-champions")
        .putSeverities("one-off-exercise", Severity.CRITICAL)
        .rateReference("nihr-involvement-hourly-rate")
        .putNotApplicable("vision-not-co-produced", "No local strategy for the ward yet")
        .addScopes(io.github.coproduction.core.initiative.Scope.DELIVERY).build();
  }

  static List<Waiver> baseWaivers(Initiative i) {
    Assessor plain = Assessor.standard();
    List<Waiver> waivers = new ArrayList<>();
    // one waiver for each of the first two findings, with a pointer, and one that is unused
    plain.assess(i, DAY).findings().stream().filter(f -> !f.evidence().isEmpty()).limit(2)
        .forEach(f -> waivers.add(new Waiver.Builder().rule(f.rule()).initiative(i.id())
            .pointer(f.evidence().get(0).pointer()).justification("agreed with the board "
                + f.rule()).expires(DAY.plusMonths(3)).build()));
    waivers.add(new Waiver.Builder().rule("no-training").justification("booked for spring")
        .expires(DAY.plusMonths(4)).build());
    waivers.add(new Waiver.Builder().rule("no-ground-rules").justification("lapsed agreement")
        .expires(DAY.minusMonths(1)).build());
    return waivers;
  }

  static Planted plant(Initiative initiative) {
    Planted p = new Planted();
    p.documents.put("initiative", JSON.readTree(DOCUMENTS.write(initiative, Format.JSON)));
    p.documents.put("profile", JSON.readTree(DOCUMENTS.write(baseProfile(), Format.JSON)));
    p.documents.put("waivers", JSON.readTree(DOCUMENTS.write(baseWaivers(initiative),
        Format.JSON)));
    List<Leaf> leaves = new ArrayList<>();
    p.documents.forEach((name, tree) -> leaves(name, tree, "", leaves));
    Map<String, List<Leaf>> byValue = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      byValue.computeIfAbsent(leaf.value(), v -> new ArrayList<>()).add(leaf);
    }
    for (Map.Entry<String, List<Leaf>> e : byValue.entrySet()) {
      if (!tryPlant(p, e.getValue(), e.getKey())) {
        for (Leaf one : e.getValue()) {
          if (!tryPlant(p, List.of(one), e.getKey())) {
            p.refused.add(one.where().replaceAll("/\\d+", "/*"));
          }
        }
      }
    }
    return p;
  }

  private static boolean tryPlant(Planted p, List<Leaf> leaves, String original) {
    if (leaves.stream().anyMatch(l -> l.path().equals("/schemaVersion"))) {
      return false;
    }
    String marker = String.format(Locale.ROOT, "zq%05dx", p.markers.size());
    leaves.forEach(l -> l.set(marker));
    if (readable(p)) {
      Set<String> where = new LinkedHashSet<>();
      leaves.forEach(l -> where.add(l.where()));
      p.markers.put(marker, where);
      return true;
    }
    leaves.forEach(l -> l.set(original));
    return false;
  }

  /** Whether the tool would take the documents: each reads, and the rules know every rule id. */
  private static boolean readable(Planted p) {
    try {
      Initiative i = DOCUMENTS.readInitiative(JSON.writeValueAsString(
          p.documents.get("initiative")), Format.JSON, "planted");
      Profile profile = DOCUMENTS.readProfile(JSON.writeValueAsString(
          p.documents.get("profile")), Format.JSON, "planted");
      List<Waiver> waivers = DOCUMENTS.readWaivers(JSON.writeValueAsString(
          p.documents.get("waivers")), Format.JSON, "planted");
      Assessor.builder().profile(profile).addWaivers(waivers).build().assess(i, DAY);
      return true;
    } catch (DocumentException | IllegalArgumentException e) {
      return false;
    }
  }

  private static void leaves(String document, JsonNode node, String path, List<Leaf> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String at = path + "/" + e.getKey();
        if (e.getValue().isString()) {
          out.add(new Leaf(document, at, node, e.getKey(), -1));
        } else {
          leaves(document, e.getValue(), at, out);
        }
      }
    } else if (node.isArray()) {
      for (int n = 0; n < node.size(); n++) {
        String at = path + "/" + n;
        if (node.get(n).isString()) {
          out.add(new Leaf(document, at, node, null, n));
        } else {
          leaves(document, node.get(n), at, out);
        }
      }
    }
  }

  /** The paths of the schema where a document may hold a string that is not an enumeration. */
  static Set<String> schemaStringPaths() {
    JsonNode root = JSON.readTree(Schemas.initiative());
    Set<String> out = new TreeSet<>();
    schemaPaths(root, root, "", out, 0);
    return out;
  }

  private static void schemaPaths(JsonNode root, JsonNode node, String path, Set<String> out,
      int depth) {
    if (depth > 40 || node == null || !node.isObject()) {
      return;
    }
    if (node.has("$ref")) {
      schemaPaths(root, root.at(node.get("$ref").asString().substring(1)), path, out, depth + 1);
    }
    for (String combiner : List.of("anyOf", "oneOf", "allOf")) {
      if (node.has(combiner)) {
        for (JsonNode option : node.get(combiner)) {
          schemaPaths(root, option, path, out, depth + 1);
        }
      }
    }
    if (node.has("properties")) {
      for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
        schemaPaths(root, e.getValue(), path + "/" + e.getKey(), out, depth + 1);
      }
    }
    if (node.has("items")) {
      schemaPaths(root, node.get("items"), path + "/*", out, depth + 1);
    }
    if (node.has("additionalProperties") && node.get("additionalProperties").isObject()) {
      schemaPaths(root, node.get("additionalProperties"), path + "/*", out, depth + 1);
    }
    JsonNode type = node.get("type");
    boolean string = type != null && (type.isString() ? type.asString().equals("string")
        : java.util.stream.StreamSupport.stream(type.spliterator(), false)
            .anyMatch(t -> t.asString().equals("string")));
    if (string && !node.has("enum") && !node.has("const")) {
      out.add("initiative:" + path);
    }
  }

  /** The document properties of a settings type: its public abstract accessors. */
  static Set<String> properties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers())
          && m.getParameterCount() == 0) {
        names.add(m.getName());
      }
    }
    return names;
  }

  /** What the tool writes for a format, as text; a PDF by the text PDFBox extracts. */
  private String output(Planted p, ReportFormat f, boolean detail, boolean redact, int n)
      throws IOException {
    Path initiative = dir.resolve("initiative-" + n + ".json");
    Path profile = dir.resolve("profile-" + n + ".json");
    Path waivers = dir.resolve("waivers-" + n + ".json");
    Files.writeString(initiative, JSON.writeValueAsString(p.documents.get("initiative")));
    Files.writeString(profile, JSON.writeValueAsString(p.documents.get("profile")));
    Files.writeString(waivers, JSON.writeValueAsString(p.documents.get("waivers")));
    List<String> args = new ArrayList<>(List.of("assess", initiative.toString(), "--format",
        f.name(), "--profile", profile.toString(), "--waivers", waivers.toString(), "--date",
        DAY.toString()));
    if (detail) {
      args.add("--detail");
    }
    if (redact) {
      args.add("--redact");
    }
    Path pdf = dir.resolve("out-" + n + ".pdf");
    if (f.binary()) {
      args.addAll(List.of("--output", pdf.toString()));
    }
    Cli run = Cli.run(args.toArray(String[]::new));
    assertThat(run.code()).as("%s", run).isZero();
    if (!f.binary()) {
      return run.out() + run.err();
    }
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(
        pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d) + run.err();
    }
  }

  /** {@link #choose()}, once for both tests that read it. */
  private static List<Planted> covering;

  private static synchronized List<Planted> covering() {
    if (covering == null) {
      covering = choose();
    }
    return covering;
  }

  /**
   * Planted documents that together hold every string field of the schema: the exemplary
   * initiative, then generated ones (seeded) as long as each adds a field not yet planted.
   */
  private static List<Planted> choose() {
    List<Planted> chosen = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    Set<String> wanted = schemaStringPaths();
    for (long seed = 0; seed <= 60 && !seen.containsAll(wanted); seed++) {
      Initiative base = seed == 0 ? Generators.exemplary() : Generators.initiative(
          new java.util.Random(seed),
          Generators.Tendency.values()[(int) (seed % Generators.Tendency.values().length)]);
      Planted p = plant(base);
      Set<String> fields = fields(p);
      if (chosen.isEmpty() || !seen.containsAll(fields)) {
        chosen.add(p);
        seen.addAll(fields);
      }
    }
    return chosen;
  }

  /** The fields, with list positions as {@code *}, that a planted set holds or refused. */
  private static Set<String> fields(Planted p) {
    Set<String> seen = new TreeSet<>(p.refused);
    p.plantedPaths().forEach(w -> seen.add(w.replaceAll("/\\d+", "/*")));
    return seen;
  }

  @Test
  void everyStringFieldOfTheModelIsPlanted() {
    Set<String> planted = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (Planted p : covering()) {
      planted.addAll(p.plantedPaths());
      seen.addAll(fields(p));
    }
    // every string field of the initiative's schema was in a planted document
    assertThat(schemaStringPaths()).as("string fields of the initiative schema that no planted"
        + " document holds: make the generators record them, so redaction is tested for them")
        .allSatisfy(path -> assertThat(seen).contains(path));
    // every property of a profile and a waiver was in the planted documents
    for (String property : properties(Profile.class)) {
      assertThat(seen.stream().anyMatch(s -> s.startsWith("profile:/" + property))
          || property.equals("disabled") || property.equals("severities")
          || property.equals("thresholds"))
          .as("profile property %s planted", property).isTrue();
    }
    for (String property : properties(Waiver.class)) {
      assertThat(seen).as("waiver property %s planted", property)
          .anyMatch(s -> s.startsWith("waivers:/waivers/*/" + property));
    }
    // the free-text fields are among those planted (a guard on the planting itself)
    assertThat(planted).anyMatch(w -> w.startsWith("profile:/name"))
        .anyMatch(w -> w.matches("waivers:/waivers/\\d+/justification"))
        .anyMatch(w -> w.matches("initiative:/participants/\\d+/ref"))
        .anyMatch(w -> w.equals("initiative:/purpose"));
  }

  @Test
  void noPlantedMarkerReachesAnyOutputOfRedactedAssess() throws IOException {
    int n = 0;
    Map<String, String> leaks = new HashMap<>();
    for (Planted p : covering()) {
      List<String> personal = p.personal();
      assertThat(personal).hasSizeGreaterThan(10);
      for (ReportFormat f : ReportFormat.available()) {
        for (boolean detail : f.humanReadable() ? List.of(false, true) : List.of(false)) {
          String out = output(p, f, detail, true, n++).toLowerCase(Locale.ROOT);
          for (String m : personal) {
            int at = out.indexOf(m);
            if (at >= 0) {
              leaks.putIfAbsent(p.markers.get(m) + " in " + f.name() + (detail ? " --detail"
                  : ""), out.substring(Math.max(0, at - 60), Math.min(out.length(), at + 40)));
            }
          }
        }
      }
    }
    assertThat(leaks).as("planted markers in redacted output (field -> context)").isEmpty();
  }

  @Test
  void unredactedTheMarkersShow() throws IOException {
    // Guards the test above: without --redact the profile's name, the waivers' justifications
    // and the participant references do reach the output.
    Planted p = plant(Generators.exemplary());
    String all = "";
    int n = 1000;
    for (String format : List.of("text", "json")) {
      all += output(p, ReportFormat.named(format).orElseThrow(), false, false, n++);
    }
    String text = all;
    List<String> shown = p.personal().stream().filter(text::contains).toList();
    Set<String> fields = new TreeSet<>();
    shown.forEach(m -> fields.addAll(p.markers.get(m)));
    assertThat(fields).anyMatch(w -> w.equals("profile:/name"))
        .anyMatch(w -> w.matches("waivers:/waivers/\\d+/justification"));
    assertThat(shown).hasSizeGreaterThan(5);
  }
}
