package io.github.coproduction.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference data file format at its edges: a byte order mark, blank lines, a short or long
 * header, empty and blank optional fields, too many fields, and a reader that fails.
 */
class ReferenceDataFileTest {

  private static final String HEADER =
      "figure | amount | per | effective | status | source | address | note\n";

  private static final String FIGURE = "x | 1 | hour | 2025-01-01 | reported | s\n";

  private static ReferenceData read(String text) {
    return ReferenceData.read("rates.txt", new StringReader(text));
  }

  private static ReferenceFigure only(ReferenceData data) {
    assertThat(data.figures()).hasSize(1);
    return data.figures().get(0);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    assertThat(only(read("\ufeff" + HEADER + FIGURE)).id()).isEqualTo("x");
    assertThat(only(read("\ufeff# rates\n" + HEADER + FIGURE)).id()).isEqualTo("x");
  }

  @Test
  void aByteOrderMarkAfterTheFirstLineIsPartOfTheText() {
    assertThatThrownBy(() -> read(HEADER + "\ufeff" + FIGURE))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rates.txt:2:1: a figure id is lower-case words");
  }

  @Test
  void blankLinesAreIgnoredEverywhere() {
    ReferenceData data = read("\n   \n" + HEADER + "\n\t\n" + FIGURE + "  \n"
        + "y | 2 | week | 2025-01-01 | reported | s\n\n");
    assertThat(data.figures()).extracting(ReferenceFigure::id).containsExactly("x", "y");
  }

  @Test
  void theHeaderMayLeaveOffTheAddressAndNote() {
    assertThat(only(read("figure | amount | per | effective | status | source\n" + FIGURE))
        .address()).isEmpty();
    assertThat(only(read("figure | amount | per | effective | status | source | address\n"
        + "x | 1 | hour | 2025-01-01 | reported | s | example.org\n")).address())
        .contains("example.org");
    assertThat(only(read("FIGURE | Amount | Per | Effective | Status | Source\n" + FIGURE))
        .id()).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "figure | amount | per | effective | status",
      "figure | amount | per | effective | status | source | address | note | extra",
      "figure | amount | per | effective | status | origin",
      "amount | figure | per | effective | status | source",
  })
  void aHeaderOfFewerThanSixOrMoreThanEightNamesOrOtherNamesIsRefused(String header) {
    assertThatThrownBy(() -> read(header + "\n" + FIGURE))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:1:1: the first line must be the header \"figure | amount | per |"
            + " effective | status | source | address | note\"");
  }

  @Test
  void aFigureWithMoreThanEightFieldsIsPointedAtItsNinthField() {
    String line = "x | 1 | hour | 2025-01-01 | reported | s | a | n | extra";
    assertThatThrownBy(() -> read(HEADER + line + "\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:2:" + (line.indexOf("extra") + 1) + ": a figure has 6 to 8 fields"
            + " (figure | amount | per | effective | status | source | address | note), but this"
            + " line has 9");
  }

  @Test
  void aFigureWithFewerThanSixFieldsIsPointedAtTheEndOfItsLine() {
    String line = "x | 1 | hour | 2025-01-01 | reported";
    assertThatThrownBy(() -> read(HEADER + line + "\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rates.txt:2:" + (line.length() + 1) + ": a figure has 6 to 8")
        .hasMessageEndingWith("but this line has 5");
  }

  @Test
  void emptyOrBlankAddressAndNoteAreNotRecorded() {
    ReferenceFigure bare = only(read(HEADER + "x | 1 | hour | 2025-01-01 | reported | s | |\n"));
    assertThat(bare.address()).isEmpty();
    assertThat(bare.note()).isEmpty();
    ReferenceFigure blank = only(read(HEADER
        + "x | 1 | hour | 2025-01-01 | reported | s |    | from the April uprating  \n"));
    assertThat(blank.address()).isEmpty();
    assertThat(blank.note()).contains("from the April uprating");
    ReferenceFigure full = only(read(HEADER
        + "x | 1 | hour | 2025-01-01 | reported | s | example.org | checked\n"));
    assertThat(full.address()).contains("example.org");
    assertThat(full.note()).contains("checked");
  }

  @Test
  void anEmptyFirstFieldIsAMissingId() {
    assertThatThrownBy(() -> read(HEADER + "| 1 | hour | 2025-01-01 | reported | s\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:2:1: a figure id is lower-case words joined by hyphens, such as"
            + " national-living-wage, but was \"\"");
  }

  @Test
  void fieldsAreTrimmedAndErrorsPointAtTheFirstCharacterOfTheField() {
    ReferenceFigure f = only(read(HEADER + "  x\t|1|  hour |2025-01-01| reported |  s  \n"));
    assertThat(f.per()).isEqualTo("hour");
    assertThat(f.source()).isEqualTo("s");
    assertThatThrownBy(() -> read(HEADER + "x|1|hour|2025-01-01|reported|   \n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:2:33: every figure names its source");
  }

  @Test
  void aReaderThatFailsIsAnErrorOnTheLineItCouldNotRead() {
    Reader failing = new Reader() {
      private boolean given;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (given) {
          throw new IOException("disk gone");
        }
        given = true;
        String text = HEADER + FIGURE;
        text.getChars(0, text.length(), buffer, offset);
        return text.length();
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> ReferenceData.read("rates.txt", failing))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:3:1: cannot be read: disk gone");
  }

  @Test
  void aFileWithOnlyCommentsHasNoHeaderOnItsLastLine() {
    assertThatThrownBy(() -> read("# one\n# two\n\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("rates.txt:3:1: no header line: the file must start with \"figure | amount |"
            + " per | effective | status | source | address | note\"");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("rates.txt:1:1: no header line");
  }

  @Test
  void theErrorCarriesItsFileLineColumnAndProblem() {
    ReferenceDataException e = (ReferenceDataException) org.assertj.core.api.Assertions
        .catchThrowable(() -> read(HEADER + "x | lots | hour | 2025-01-01 | reported | s\n"));
    assertThat(e.file()).isEqualTo("rates.txt");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("the amount must be a number such as 12.21, or unknown,"
        + " but was \"lots\"");
    assertThat(LocalDate.parse("2025-01-01")).isEqualTo(only(read(HEADER + FIGURE))
        .effective());
  }
}
