package io.github.coproduction.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coproduction.rules.report.ReportFormat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * {@code --format pdf}: a valid PDF (header, pages, every font embedded) holding the report's
 * words, written only to a file; and the HTML it is made from is well-formed XML at both levels.
 */
class PdfOutputTest {

  @TempDir
  Path dir;

  @Test
  void aPdfIsValidWithEveryFontEmbeddedAndHoldsTheReport() throws IOException {
    Path pdf = dir.resolve("ward.pdf");
    Cli run = Cli.run("assess", "examples/ward-improvement.yaml", "--format", "pdf",
        "--output", pdf.toString(), "--date", "2026-11-25");
    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument d = Loader.loadPDF(bytes)) {
      assertThat(d.getNumberOfPages()).isBetween(2, 12);
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : d.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(text).contains("Improving the admission experience on an acute ward")
          .contains("Needs attention first").contains("Information missing")
          .doesNotContain("no-senior-sponsor");
    }
  }

  @Test
  void theDetailLevelReachesThePdf() throws IOException {
    Path pdf = dir.resolve("detail.pdf");
    Cli run = Cli.run("assess", "examples/ward-improvement.yaml", "--format", "pdf",
        "--output", pdf.toString(), "--detail");
    assertThat(run.code()).as("%s", run).isZero();
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(d)).contains("no-senior-sponsor")
          .contains("/arrangements/seniorSponsor");
    }
  }

  @Test
  void aPdfIsNeverWrittenToTheTerminalNorHoldsSeveralReports() {
    Cli toTerminal = Cli.run("assess", "examples/ward-improvement.yaml", "--format", "pdf");
    assertThat(toTerminal.code()).isEqualTo(2);
    assertThat(toTerminal.out()).isEmpty();
    assertThat(toTerminal.err()).contains("--output FILE");
    Cli several = Cli.run("assess", "examples/ward-improvement.yaml",
        "examples/crisis-service-redesign.yaml", "--format", "pdf", "--output",
        dir.resolve("x.pdf").toString());
    assertThat(several.code()).isEqualTo(2);
    assertThat(several.err()).contains("need --output-dir");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void anUnknownFormatNamesTheRegisteredOnes() {
    Cli run = Cli.run("assess", "examples/ward-improvement.yaml", "--format", "docx");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'docx'").contains(ReportFormat.names());
  }

  @Test
  void theHtmlReportIsWellFormedXmlAtBothLevels() throws Exception {
    for (String level : List.of("--redact", "--detail")) {
      Cli run = Cli.run("assess", "examples/crisis-service-redesign.yaml", "--format", "html",
          level);
      assertThat(run.code()).as("%s", run).isZero();
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      assertThat(f.newDocumentBuilder().parse(new InputSource(new StringReader(run.out())))
          .getDocumentElement().getTagName()).isEqualTo("html");
    }
  }
}
