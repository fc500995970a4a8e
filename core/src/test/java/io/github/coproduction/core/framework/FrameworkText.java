package io.github.coproduction.core.framework;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework's published text, read from {@code framework/ndti-coproduction-framework.md} on the
 * test class path and parsed into its steps, conditions, changes, actions and challenges, so that
 * the catalogue can be checked word for word against the text rather than against a second copy
 * kept by hand.
 */
final class FrameworkText {

  static final String RESOURCE = "/framework/ndti-coproduction-framework.md";

  private static final Pattern STEP = Pattern.compile("^## Step (\\d+)\\. (.+)$");
  private static final Pattern CHANGE = Pattern.compile("^\\*\\*(.+)\\*\\*$");
  private static final Pattern RESOURCE_BULLET = Pattern.compile("^- \\[(.+?)\\]\\(#\\) (.+)$");
  private static final Pattern LENSES =
      Pattern.compile("It requires thinking about (.+?) in ways that are very different");

  /** A step heading with the bullets listed under it. */
  record StepText(int number, String title, List<String> conditions) {}

  /** A bold "change required" line with the bullets under it. */
  record ChangeText(String title, List<ActionText> actions) {}

  /** An action bullet: its title (the bold opening, if any), its whole text, nested bullets. */
  record ActionText(String title, String text, List<String> challenges) {}

  /** A companion resource bullet: the link text and the rest of the sentence. */
  record ResourceText(String title, String description) {}

  private enum Mode { NONE, CONDITIONS, ACTIONS }

  final String raw;
  final List<StepText> steps = new ArrayList<>();
  final List<ChangeText> changes = new ArrayList<>();
  final List<ResourceText> resources = new ArrayList<>();
  final List<String> lenses = new ArrayList<>();

  private FrameworkText(String raw) {
    this.raw = raw;
    parse(raw.split("\n", -1));
  }

  static FrameworkText load() {
    try (InputStream in = FrameworkText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return new FrameworkText(new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void parse(String[] lines) {
    Mode mode = Mode.NONE;
    List<String> conditions = null;
    List<ActionText> actions = null;
    List<String> challenges = null;
    for (String line : lines) {
      Matcher step = STEP.matcher(line);
      Matcher change = CHANGE.matcher(line);
      Matcher resource = RESOURCE_BULLET.matcher(line);
      Matcher lens = LENSES.matcher(line);
      if (lens.find()) {
        parseLenses(lens.group(1));
      }
      if (step.matches()) {
        conditions = new ArrayList<>();
        steps.add(new StepText(Integer.parseInt(step.group(1)), step.group(2), conditions));
        mode = Mode.CONDITIONS;
      } else if (change.matches()) {
        actions = new ArrayList<>();
        changes.add(new ChangeText(change.group(1), actions));
        mode = Mode.ACTIONS;
      } else if (resource.matches()) {
        resources.add(new ResourceText(resource.group(1), resource.group(2)));
      } else if (mode == Mode.CONDITIONS && line.startsWith("- ")) {
        conditions.add(line.substring(2));
      } else if (mode == Mode.ACTIONS && line.startsWith("- ")) {
        challenges = new ArrayList<>();
        actions.add(action(line.substring(2), challenges));
      } else if (mode == Mode.ACTIONS && line.startsWith("  - ")) {
        challenges.add(line.substring(4));
      } else if (!line.isBlank()) {
        mode = Mode.NONE;
      }
    }
  }

  /** The title of a bullet that opens in bold is the bold part, without a trailing comma. */
  private static ActionText action(String bullet, List<String> challenges) {
    String text = bullet.replace("**", "");
    if (!bullet.startsWith("**")) {
      return new ActionText(text, text, challenges);
    }
    String bold = bullet.substring(2, bullet.indexOf("**", 2));
    String title = bold.endsWith(",") ? bold.substring(0, bold.length() - 1) : bold;
    return new ActionText(title, text, challenges);
  }

  /** "people (service users, ...), power, partnerships, resources and risk". */
  private void parseLenses(String list) {
    String plain = list.replaceAll("\\s*\\([^)]*\\)", "");
    for (String part : plain.split(",\\s*|\\s+and\\s+")) {
      lenses.add(part.trim());
    }
  }
}
