package io.github.coproduction.samples.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Gives PDFBox the bundled DejaVu Sans whenever it looks for a font to stand in for one that is
 * not embedded (openhtmltopdf registers the PDF standard fonts, which PDFBox otherwise looks up
 * among the system's fonts by scanning them all and writing a cache file to the user's home).
 * The report itself only uses the embedded DejaVu fonts.
 */
final class BundledFontMapper implements FontMapper {

  private final TrueTypeFont font;

  BundledFontMapper() {
    try (InputStream in = PdfFormat.class.getResourceAsStream("DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("the font DejaVuSans.ttf is missing from the samples"
            + " module");
      }
      this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font DejaVuSans.ttf", e);
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont,
      PDFontDescriptor descriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor,
      PDCIDSystemInfo systemInfo) {
    return new CIDFontMapping(null, font, false);
  }
}
