/**
 * The coproduction command-line tool, the bundled example initiatives, synthetic portfolios and an
 * embedding example.
 */
module io.github.coproduction.samples {
  requires io.github.coproduction.serialization;
  requires info.picocli;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires java.xml;
  requires static org.immutables.value.annotations;

  exports io.github.coproduction.samples;
  exports io.github.coproduction.samples.synthetic;
  exports io.github.coproduction.samples.embedding;

  provides io.github.coproduction.rules.report.ReportFormat
      with io.github.coproduction.samples.pdf.PdfFormat;

  // picocli reads the commands' annotated fields.
  opens io.github.coproduction.samples.cli to info.picocli;
}
