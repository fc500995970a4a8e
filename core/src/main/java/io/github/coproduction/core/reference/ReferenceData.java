package io.github.coproduction.core.reference;

import static java.util.Objects.requireNonNull;

import io.github.coproduction.core.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dated reference figures for payment and welfare benefits, with the figure in force on a date.
 * Immutable and thread-safe.
 *
 * <p>The library ships {@link #standard()}, read from a data file in this package: every figure
 * there comes with its effective date, its source and its status, and figures that could not be
 * confirmed are marked so (some with their amount unknown). Changing a figure is a change to that
 * file, never to code. An organisation loads its own file in the same format with
 * {@link #read(String, Reader)} and lays it over the standard data with {@link #overriddenBy}: a
 * figure with the same id and effective date replaces the standard one, and new ids extend it.
 *
 * <p>The format is UTF-8 text, one figure a line, fields separated by {@code |}; blank lines and
 * lines starting with {@code #} are ignored; the first other line is the header
 * {@code figure | amount | per | effective | status | source | address | note} (address and note
 * may be left off the header and the lines). The amount is a
 * decimal number or {@code unknown} (unconfirmed figures only); per is hour, week, month or
 * percent; effective is a date (yyyy-mm-dd); status is confirmed, reported or unconfirmed; address
 * and note may be empty or left off. A figure the standard data knows keeps its unit there (an
 * earnings limit is per week, since the rules compare it with a week's pay). Errors name the
 * file, line and column.
 *
 * <p>Nothing here is benefits advice: the figures show where payment may put a benefit at risk,
 * so that people get independent advice before they are paid.
 *
 * <pre>{@code
 * ReferenceData data = ReferenceData.standard();
 * data.inForce("carers-allowance-earnings-limit", java.time.LocalDate.parse("2025-04-07")).
 *     get().
 *     amountText();                       // "£196.00 a week"
 * data.inForce("carers-allowance-earnings-limit", java.time.LocalDate.parse("2025-04-06")).
 *     get().
 *     amountText();                       // "£151.00 a week"
 * }</pre>
 */
public final class ReferenceData {

  /** The header every file starts with. */
  public static final List<String> HEADER = List.of("figure", "amount", "per", "effective",
      "status", "source", "address", "note");

  private static final String STANDARD_FILE = "uk-reference-data.txt";

  private static final class Standard {
    static final ReferenceData INSTANCE = load();

    private static ReferenceData load() {
      try (InputStream in = ReferenceData.class.getResourceAsStream(STANDARD_FILE)) {
        if (in == null) {
          throw new IllegalStateException("the standard reference data is missing: "
              + STANDARD_FILE);
        }
        return parse("standard", new InputStreamReader(in, StandardCharsets.UTF_8), false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final String name;
  /** Sorted by id, then by effective date. */
  private final List<ReferenceFigure> figures;

  private ReferenceData(String name, List<ReferenceFigure> figures) {
    this.name = name;
    List<ReferenceFigure> sorted = new ArrayList<>(figures);
    sorted.sort(Comparator.comparing(ReferenceFigure::id)
        .thenComparing(ReferenceFigure::effective));
    this.figures = List.copyOf(sorted);
  }

  /**
   * The reference data shipped with the library, for Great Britain.
   *
   * @return the standard data, named "standard"
   */
  public static ReferenceData standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reference data from figures, for tests and for organisations that build their own.
   *
   * @param name the data's name, such as the file it came from
   * @param figures the figures; no two with the same id and effective date, and none that the
   *     standard data gives in another unit
   * @return the data
   * @throws IllegalArgumentException if two figures clash or one is in another unit
   */
  public static ReferenceData of(String name, List<ReferenceFigure> figures) {
    requireNonNull(name, "name");
    TreeMap<String, ReferenceFigure> seen = new TreeMap<>();
    for (ReferenceFigure f : figures) {
      if (seen.put(f.id() + "@" + f.effective(), requireNonNull(f, "figure")) != null) {
        throw new IllegalArgumentException("two figures " + f.id() + " take effect on "
            + f.effective());
      }
      String unit = otherUnit(f);
      if (unit != null) {
        throw new IllegalArgumentException(unit);
      }
    }
    return new ReferenceData(name, figures);
  }

  /**
   * Reads reference data in the format described above.
   *
   * @param name the file's name, used in errors
   * @param reader the text; not closed
   * @return the data
   * @throws ReferenceDataException naming the line and column of the first problem
   */
  public static ReferenceData read(String name, Reader reader) {
    return parse(name, reader, true);
  }

  /**
   * The problem with a figure whose id the standard data gives in another unit, or null: the
   * rules compare a figure in its standard unit (an earnings limit with a week's pay), so a
   * monthly earnings limit would be compared with a weekly payment.
   */
  private static String otherUnit(ReferenceFigure f) {
    for (ReferenceFigure known : Standard.INSTANCE.figures) {
      if (known.id().equals(f.id()) && !known.per().equals(f.per())) {
        return "figure " + f.id() + " is given per " + f.per() + "; the standard reference"
            + " data gives it per " + known.per() + ", the unit the rules compare it in";
      }
    }
    return null;
  }

  private static ReferenceData parse(String name, Reader reader, boolean checkUnits) {
    requireNonNull(name, "name");
    BufferedReader lines = new BufferedReader(requireNonNull(reader, "reader"));
    List<ReferenceFigure> figures = new ArrayList<>();
    TreeMap<String, Integer> seen = new TreeMap<>();
    boolean header = false;
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\ufeff")) {
          line = " " + line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<int[]> spans = split(line);
        if (!header) {
          List<String> names = new ArrayList<>();
          for (int[] s : spans) {
            names.add(line.substring(s[0], s[1]).toLowerCase(Locale.ROOT));
          }
          if (names.size() < 6 || names.size() > HEADER.size()
              || !names.equals(HEADER.subList(0, names.size()))) {
            throw new ReferenceDataException(name, number, 1, "the first line must be the"
                + " header \"" + String.join(" | ", HEADER) + "\"");
          }
          header = true;
          continue;
        }
        ReferenceFigure f = figure(name, number, line, spans);
        String unit = checkUnits ? otherUnit(f) : null;
        if (unit != null) {
          throw new ReferenceDataException(name, number, spans.get(2)[0] + 1, unit);
        }
        Integer earlier = seen.put(f.id() + "@" + f.effective(), number);
        if (earlier != null) {
          throw new ReferenceDataException(name, number, 1, "figure " + f.id() + " taking"
              + " effect on " + f.effective() + " is already given on line " + earlier);
        }
        figures.add(f);
      }
    } catch (IOException e) {
      throw new ReferenceDataException(name, number + 1, 1, "cannot be read: " + e.getMessage());
    }
    if (!header) {
      throw new ReferenceDataException(name, Math.max(number, 1), 1, "no header line: the file"
          + " must start with \"" + String.join(" | ", HEADER) + "\"");
    }
    return new ReferenceData(name, figures);
  }

  /** The spans of the fields, trimmed, as [start, end) columns from 0. */
  private static List<int[]> split(String line) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '|') {
        int a = start;
        int b = i;
        while (a < b && Character.isWhitespace(line.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
          b--;
        }
        spans.add(new int[] {a, b});
        start = i + 1;
      }
    }
    return spans;
  }

  private static ReferenceFigure figure(String file, int number, String line, List<int[]> spans) {
    if (spans.size() < 6 || spans.size() > HEADER.size()) {
      int column = spans.size() > HEADER.size() ? spans.get(HEADER.size())[0] + 1
          : line.length() + 1;
      throw new ReferenceDataException(file, number, column, "a figure has 6 to "
          + HEADER.size() + " fields (" + String.join(" | ", HEADER) + "), but this line has "
          + spans.size());
    }
    ReferenceFigure.Builder b = new ReferenceFigure.Builder();
    String[] fields = new String[HEADER.size()];
    for (int k = 0; k < HEADER.size(); k++) {
      fields[k] = k < spans.size() ? line.substring(spans.get(k)[0], spans.get(k)[1]) : "";
    }
    int field = 0;
    try {
      b.id(fields[0]);
      field = 1;
      if (!fields[1].equals("unknown")) {
        try {
          b.amount(new BigDecimal(fields[1]));
        } catch (NumberFormatException e) {
          throw new ValidationException("/amount", "the amount must be a number such as 12.21,"
              + " or unknown, but was \"" + fields[1] + "\"");
        }
      }
      field = 2;
      b.per(fields[2]);
      field = 3;
      try {
        b.effective(LocalDate.parse(fields[3]));
      } catch (DateTimeParseException e) {
        throw new ValidationException("/effective", "the effective date must be a date such as"
            + " 2025-04-07, but was \"" + fields[3] + "\"");
      }
      field = 4;
      try {
        b.status(FigureStatus.valueOf(fields[4].toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ValidationException("/status", "the status must be confirmed, reported or"
            + " unconfirmed, but was \"" + fields[4] + "\"");
      }
      field = 5;
      b.source(fields[5]);
      if (!fields[6].isEmpty()) {
        b.address(fields[6]);
      }
      if (!fields[7].isEmpty()) {
        b.note(fields[7]);
      }
      return b.build();
    } catch (ValidationException e) {
      int at = fieldOf(e.pointer(), field);
      int column = at < spans.size() ? spans.get(at)[0] + 1 : line.length() + 1;
      throw new ReferenceDataException(file, number, column, e.problem());
    } catch (IllegalStateException e) {
      throw new ReferenceDataException(file, number, 1, "a required field is empty: "
          + e.getMessage());
    }
  }

  /** The field a builder's check points at, or the field being read. */
  private static int fieldOf(String pointer, int reading) {
    int k = HEADER.indexOf(pointer.startsWith("/") ? pointer.substring(1) : pointer);
    if (pointer.equals("/id")) {
      return 0;
    }
    return k >= 0 ? k : reading;
  }

  /**
   * The data's name: "standard", or the name an organisation's file was read under.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Every figure, sorted by id and then by effective date.
   *
   * @return the figures
   */
  public List<ReferenceFigure> figures() {
    return figures;
  }

  /**
   * The figure with the given id in force on a date: the one with the latest effective date on
   * or before it.
   *
   * @param id the figure's id
   * @param on the date
   * @return the figure, or empty when none has taken effect by then
   */
  public Optional<ReferenceFigure> inForce(String id, LocalDate on) {
    requireNonNull(id, "id");
    requireNonNull(on, "on");
    ReferenceFigure found = null;
    for (ReferenceFigure f : figures) {
      if (f.id().equals(id) && !f.effective().isAfter(on)) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The latest figure with the given id whose amount is known, taking effect on or before a
   * date: the figure in force when its amount is known, or else the last known one before it.
   *
   * @param id the figure's id
   * @param on the date
   * @return the figure, or empty when no figure with a known amount has taken effect by then
   */
  public Optional<ReferenceFigure> latestKnown(String id, LocalDate on) {
    requireNonNull(id, "id");
    requireNonNull(on, "on");
    ReferenceFigure found = null;
    for (ReferenceFigure f : figures) {
      if (f.id().equals(id) && !f.effective().isAfter(on) && f.amount().isPresent()) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Every figure in force on a date, one per id, sorted by id.
   *
   * @param on the date
   * @return the figures in force
   */
  public List<ReferenceFigure> inForce(LocalDate on) {
    requireNonNull(on, "on");
    TreeMap<String, ReferenceFigure> latest = new TreeMap<>();
    for (ReferenceFigure f : figures) {
      if (!f.effective().isAfter(on)) {
        latest.put(f.id(), f);
      }
    }
    return List.copyOf(latest.values());
  }

  /**
   * This data with another laid over it: a figure of {@code other} with the same id and
   * effective date replaces this data's, and every other figure of either is kept.
   *
   * @param other an organisation's own figures
   * @return the combined data, named after {@code other}
   */
  public ReferenceData overriddenBy(ReferenceData other) {
    requireNonNull(other, "other");
    TreeMap<String, ReferenceFigure> merged = new TreeMap<>();
    for (ReferenceFigure f : figures) {
      merged.put(f.id() + "@" + f.effective(), f);
    }
    for (ReferenceFigure f : other.figures) {
      merged.put(f.id() + "@" + f.effective(), f);
    }
    return new ReferenceData(name + " + " + other.name, new ArrayList<>(merged.values()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceData d && d.name.equals(name) && d.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + figures.hashCode();
  }

  @Override
  public String toString() {
    return "ReferenceData{" + name + ", " + figures.size() + " figures}";
  }
}
