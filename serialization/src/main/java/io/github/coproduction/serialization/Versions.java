package io.github.coproduction.serialization;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Document versions. Every document declares {@code schemaVersion}, a "major.minor" text. This
 * release writes {@value #CURRENT} and reads every version of the same major version: an older
 * minor version is migrated step by step to the current one before binding; a newer minor
 * version is read as far as it is understood (in strict mode its new properties fail as unknown,
 * naming the version); another major version fails, saying which versions this release reads.
 *
 * <p>1.1 adds optional fields only (sessions, bodies, and decisions made by a body or by roles),
 * so a 1.0 document reads as it is and needs no migration. 1.2 adds optional fields only too:
 * to initiatives, payment and benefit fields (a payment's response, rate and unit, hours per
 * unit, time per week, grade and timeliness; a participant's benefits; staff rates by grade and
 * whether paid staff take part), with {@code hourlyRate} keeping its meaning, events (what
 * happened), statements (partners' own words), a participant entry that stands for a group
 * ({@code members}, {@code roleMix}), the {@code research} scope and recurring reflections
 * ({@code recurring: true}, when the date may be left out); to assessments
 * {@code missingFacts}, each fact not recorded said once and derived from the findings (a
 * document that leaves it out reads as before; one that gives it must agree with its findings);
 * so a 1.0 or 1.1 document reads as it is. A migration is a step from one
 * version to the next over the document's tree, added to {@link #MIGRATIONS}.
 */
final class Versions {

  /** The version this release writes. */
  static final String CURRENT = "1.2";
  static final int MAJOR = 1;
  static final int MINOR = 2;
  /** The oldest version this release reads. */
  static final String OLDEST = "1.0";

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** A step that rewrites a document of version {@code from} into version {@code to}. */
  record Migration(String from, String to, UnaryOperator<ObjectNode> step) {}

  /** The migrations, oldest first. */
  static final List<Migration> MIGRATIONS = List.of();

  private final List<Migration> migrations;

  Versions(List<Migration> migrations) {
    this.migrations = List.copyOf(migrations);
  }

  static final Versions STANDARD = new Versions(MIGRATIONS);

  static boolean isNewerMinor(String version) {
    Matcher m = VERSION.matcher(version);
    return m.matches() && Integer.parseInt(m.group(1)) == MAJOR
        && Integer.parseInt(m.group(2)) > MINOR;
  }

  /**
   * Checks the root's schemaVersion, records it in the session and migrates the tree to the
   * current version.
   *
   * @return the root, migrated
   */
  ObjectNode check(In root) {
    ObjectNode tree = (ObjectNode) root.node;
    In declared = new Obj(root, List.copyOf(tree.propertyNames())).required("schemaVersion",
        "the document's version, \"" + CURRENT + "\"");
    if (!declared.node.isString()) {
      throw declared.fail("schemaVersion must be a text such as \"" + CURRENT + "\" (in YAML,"
          + " quote it: schemaVersion: \"" + CURRENT + "\"), but found "
          + In.describe(declared.node));
    }
    String version = declared.node.stringValue();
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw declared.fail("schemaVersion must be major.minor, such as \"" + CURRENT
          + "\", but was " + Pointers.quote(version));
    }
    int major = Integer.parseInt(m.group(1));
    if (major != MAJOR && !migratable(version)) {
      String readable = "this release reads schemaVersion " + OLDEST + " to " + MAJOR + ".x and"
          + " writes " + CURRENT;
      if (major > MAJOR) {
        throw declared.fail("schemaVersion \"" + version + "\" is newer than this release can"
            + " read: " + readable + "; read it with a newer release of coproduction");
      }
      throw declared.fail("schemaVersion \"" + version + "\" is older than any version this"
          + " release can read: " + readable);
    }
    root.session.version(version);
    ObjectNode migrated = tree;
    String at = version;
    for (Migration step : migrations) {
      if (step.from().equals(at)) {
        migrated = step.step().apply(migrated.deepCopy());
        at = step.to();
      }
    }
    return migrated;
  }

  private boolean migratable(String version) {
    return migrations.stream().anyMatch(s -> s.from().equals(version));
  }
}
