package io.github.coproduction.samples.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.report.HtmlReport;
import io.github.coproduction.rules.report.ReportFormat;
import io.github.coproduction.rules.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The HTML report as an A4 PDF for boards, rendered with openhtmltopdf over PDFBox. The fonts
 * (DejaVu Sans, bold and mono, under the Bitstream Vera licence) ship in this module and are
 * embedded, subset, so the PDF looks the same everywhere. openhtmltopdf draws no SVG, so the PDF
 * shows the framework's elements and the ladder's rungs as lists with the same colours, symbols
 * and words (the report's style sheet does this for {@code html.pdf}). One assessment per PDF.
 */
public final class PdfFormat implements ReportFormat {

  private static final String FAMILY = "DejaVu Sans";
  private static final String MONO = "DejaVu Sans Mono";

  static {
    // openhtmltopdf reports through java.util.logging by default; the tool prints nothing but
    // its output and its one-line errors.
    XRLog.setLoggingEnabled(false);
    // Process-wide, and only in this command-line module: PDFBox finds the bundled font instead
    // of scanning the system's fonts.
    FontMappers.set(new BundledFontMapper());
  }

  /** Creates the format; the service loader calls this. */
  public PdfFormat() {}

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public boolean binary() {
    return true;
  }

  @Override
  public boolean humanReadable() {
    return true;
  }

  @Override
  public byte[] render(List<Assessment> assessments, ReportOptions options) {
    if (assessments.size() != 1) {
      throw new IllegalArgumentException("a PDF holds the report of one initiative, but "
          + assessments.size() + " were given");
    }
    Document html = parse(HtmlReport.render(assessments.get(0), options));
    html.getDocumentElement().setAttribute("class", "pdf");
    // The PDF renderer ignores <ol reversed>: the rungs carry their own numbers instead.
    org.w3c.dom.Element style = html.createElementNS(html.getDocumentElement().getNamespaceURI(),
        "style");
    style.setTextContent("html.pdf ol.rungs { list-style: none; padding-left: 0; }");
    html.getElementsByTagName("head").item(0).appendChild(style);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withProducer("coproduction");
    builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400,
        BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700,
        BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSansMono.ttf"), MONO, 400,
        BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.withW3cDocument(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF report", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = PdfFormat.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the font " + name + " is missing from the samples module");
    }
    return in;
  }

  /** Reads the report, which is well-formed XML, with no DTD or external entity fetched. */
  private static Document parse(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("the HTML report is not well-formed XML, so it cannot be"
          + " turned into a PDF: " + e.getMessage(), e);
    }
  }
}
