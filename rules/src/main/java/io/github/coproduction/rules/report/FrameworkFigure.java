package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;
import static io.github.coproduction.rules.report.HtmlText.num;

import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline SVG picture of the framework: the three steps with their eighteen conditions in three
 * columns, then the six changes, each box showing its status by colour, by pattern, by symbol and
 * in words, so that colour is never the only cue. A key at the top names every status with its
 * count.
 */
final class FrameworkFigure {

  /** How each status is drawn. */
  enum Look {
    MET(ElementStatus.MET, "#1b7f3b", "#e6f4ea", "cp-met"),
    NO_GAP_FOUND(ElementStatus.NO_GAP_FOUND, "#2f6f8f", "#e6f0f5", "cp-ngf"),
    GAP(ElementStatus.GAP, "#b42318", "#fdebe8", "cp-gap"),
    NOT_RECORDED(ElementStatus.NOT_RECORDED, "#9a5b05", "#fdf4de", "cp-nr"),
    NOT_APPLICABLE(ElementStatus.NOT_APPLICABLE, "#5f6672", "#f1f2f4", "cp-na"),
    NOT_ASSESSED(ElementStatus.NOT_ASSESSED, "#6d28d9", "#f1ebfc", "cp-nas");

    final ElementStatus status;
    final String strong;
    final String tint;
    final String pattern;

    Look(ElementStatus status, String strong, String tint, String pattern) {
      this.status = status;
      this.strong = strong;
      this.tint = tint;
      this.pattern = pattern;
    }

    static Look of(ElementStatus s) {
      return values()[s.ordinal()];
    }
  }

  static final String FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

  private static final int WIDTH = 1200;
  private static final int MARGIN = 12;
  private static final int COLUMN = 384;
  private static final int GUTTER = 12;
  private static final int STRIP = 40;
  private static final int BOX_GAP = 8;
  private static final double TITLE_SIZE = 15;
  private static final double LINE = 19;
  private static final String NAVY = "#23395d";

  private FrameworkFigure() {}

  /** The figure, as an {@code <svg>} element. */
  static String svg(ReportContent c) {
    Messages m = DetailText.messages(c);
    List<ReportContent.Group> groups = new ArrayList<>(c.elements.keySet());
    StringBuilder body = new StringBuilder(32_000);
    int y = MARGIN;
    legend(body, c, y, m);
    y += 44;

    // The three step columns, headers of equal height.
    double headerTextWidth = COLUMN - 32;
    int headerLines = 1;
    for (int i = 0; i < 3; i++) {
      String title = groups.get(i).title().orElse("");
      headerLines = Math.max(headerLines,
          HtmlText.lines(title, headerTextWidth, 16, true).size());
    }
    int headerHeight = 46 + headerLines * 20;
    double titleWidth = COLUMN - STRIP - 24;
    int conditionLines = 1;
    for (int i = 0; i < 3; i++) {
      for (ReportContent.Element e : c.elements.get(groups.get(i))) {
        conditionLines = Math.max(conditionLines,
            HtmlText.lines(DetailText.title(e, m), titleWidth, TITLE_SIZE, false).size());
      }
    }
    int boxHeight = boxHeight(conditionLines);
    int bottom = y;
    for (int i = 0; i < 3; i++) {
      ReportContent.Group g = groups.get(i);
      int x = MARGIN + i * (COLUMN + GUTTER);
      body.append("<g>\n");
      body.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
          .append(COLUMN).append("\" height=\"").append(headerHeight).append("\" rx=\"6\" fill=\"")
          .append(NAVY).append("\"/>\n");
      body.append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 24)
          .append("\" font-size=\"13\" font-weight=\"bold\" letter-spacing=\"1.5\""
              + " fill=\"#c9d6ec\">")
          .append(escape(g.label().toUpperCase(m.locale()))).append("</text>\n");
      lines(body, HtmlText.lines(g.title().orElse(""), headerTextWidth, 16, true), x + 16,
          y + 48, 20, "font-size=\"16\" font-weight=\"bold\" fill=\"#ffffff\"");
      body.append("</g>\n");
      int by = y + headerHeight + 10;
      for (ReportContent.Element e : c.elements.get(g)) {
        box(body, e, x, by, boxHeight, c.detail(), m);
        by += boxHeight + BOX_GAP;
      }
      bottom = Math.max(bottom, by - BOX_GAP);
    }

    // The changes, under a header across the width, three to a row.
    y = bottom + 28;
    ReportContent.Group changes = groups.get(3);
    body.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" width=\"")
        .append(WIDTH - 2 * MARGIN).append("\" height=\"40\" rx=\"6\" fill=\"").append(NAVY)
        .append("\"/>\n");
    body.append("<text x=\"").append(MARGIN + 16).append("\" y=\"").append(y + 26)
        .append("\" font-size=\"16\" font-weight=\"bold\" fill=\"#ffffff\">")
        .append(escape(changes.label())).append("</text>\n");
    y += 50;
    List<ReportContent.Element> list = c.elements.get(changes);
    for (int row = 0; row * 3 < list.size(); row++) {
      int maxLines = 1;
      for (int k = row * 3; k < Math.min(list.size(), row * 3 + 3); k++) {
        maxLines = Math.max(maxLines,
            HtmlText.lines(DetailText.title(list.get(k), m), titleWidth, TITLE_SIZE, false)
                .size());
      }
      int height = boxHeight(maxLines);
      for (int k = row * 3; k < Math.min(list.size(), row * 3 + 3); k++) {
        box(body, list.get(k), MARGIN + (k - row * 3) * (COLUMN + GUTTER), y, height,
            c.detail(), m);
      }
      y += height + BOX_GAP;
    }
    int height = y - BOX_GAP + MARGIN;

    StringBuilder svg = new StringBuilder(body.length() + 4096);
    svg.append("<svg class=\"figure\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\""
            + " aria-labelledby=\"framework-figure-title framework-figure-desc\" font-family=\"")
        .append(FONT).append("\">\n");
    svg.append("<title id=\"framework-figure-title\">").append(m.format("detail.figure.title"))
        .append("</title>\n");
    svg.append("<desc id=\"framework-figure-desc\">").append(escape(description(c, m)))
        .append("</desc>\n");
    defs(svg);
    svg.append(body);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The height of a box whose title takes so many lines. */
  private static int boxHeight(int titleLines) {
    return 40 + titleLines * (int) LINE;
  }

  /** One sentence per status, listing the elements that have it: the figure in words. */
  private static String description(ReportContent c, Messages m) {
    StringBuilder d = new StringBuilder();
    for (ElementStatus s : ElementStatus.values()) {
      List<String> ids = new ArrayList<>();
      for (List<ReportContent.Element> list : c.elements.values()) {
        list.stream().filter(e -> e.status() == s)
            .forEach(e -> ids.add(c.detail() ? e.id() : DetailText.title(e, m)));
      }
      if (!ids.isEmpty()) {
        if (d.length() > 0) {
          d.append(' ');
        }
        d.append(m.format("detail.figure.status", DetailText.capitalise(DetailText.status(s, m), m),
            String.join(c.detail() ? ", " : "; ", ids)));
      }
    }
    return d.toString();
  }

  private static void defs(StringBuilder svg) {
    svg.append("<defs>\n");
    pattern(svg, Look.MET, "");
    pattern(svg, Look.NO_GAP_FOUND, "<rect x=\"3\" width=\"2\" height=\"8\" fill=\"#ffffff\""
        + " fill-opacity=\"0.5\"/>", "");
    pattern(svg, Look.GAP, "<rect width=\"3\" height=\"8\" fill=\"#ffffff\""
        + " fill-opacity=\"0.5\"/>", " patternTransform=\"rotate(45)\"");
    pattern(svg, Look.NOT_RECORDED, "<circle cx=\"4\" cy=\"4\" r=\"1.7\" fill=\"#ffffff\""
        + " fill-opacity=\"0.6\"/>", "");
    pattern(svg, Look.NOT_APPLICABLE, "<rect y=\"3\" width=\"8\" height=\"2\" fill=\"#ffffff\""
        + " fill-opacity=\"0.5\"/>", "");
    pattern(svg, Look.NOT_ASSESSED, "<path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#ffffff\""
        + " stroke-opacity=\"0.55\" stroke-width=\"1.5\"/>", "");
    svg.append("</defs>\n");
  }

  private static void pattern(StringBuilder svg, Look look, String overlay) {
    pattern(svg, look, overlay, "");
  }

  private static void pattern(StringBuilder svg, Look look, String overlay, String transform) {
    svg.append("<pattern id=\"").append(look.pattern).append("\" width=\"8\" height=\"8\""
        + " patternUnits=\"userSpaceOnUse\"").append(transform).append(">")
        .append("<rect width=\"8\" height=\"8\" fill=\"").append(look.strong).append("\"/>")
        .append(overlay).append("</pattern>\n");
  }

  /** The symbol of a status, drawn as shapes centred on the origin, not as a glyph. */
  static String symbol(Look look) {
    String s = look.strong;
    return switch (look.status) {
      case MET -> "<path d=\"M-5 0.5L-1.5 4.5L5.5 -4.5\" fill=\"none\" stroke=\"" + s
          + "\" stroke-width=\"2.8\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
      case NO_GAP_FOUND -> "<circle cx=\"0\" cy=\"0\" r=\"4.5\" fill=\"none\" stroke=\"" + s
          + "\" stroke-width=\"2.6\"/>";
      case GAP -> "<rect x=\"-1.5\" y=\"-7\" width=\"3\" height=\"8.5\" rx=\"1\" fill=\"" + s
          + "\"/><circle cx=\"0\" cy=\"4.8\" r=\"1.8\" fill=\"" + s + "\"/>";
      case NOT_RECORDED -> "<path d=\"M-3.6 -2.8A3.8 3.6 0 1 1 1.2 0.6C0 1.3 0 2 0 2.8\""
          + " fill=\"none\" stroke=\"" + s + "\" stroke-width=\"2.6\" stroke-linecap=\"round\"/>"
          + "<circle cx=\"0\" cy=\"6.2\" r=\"1.6\" fill=\"" + s + "\"/>";
      case NOT_APPLICABLE -> "<path d=\"M-5 0H5\" stroke=\"" + s + "\" stroke-width=\"2.8\""
          + " stroke-linecap=\"round\"/>";
      case NOT_ASSESSED -> "<path d=\"M-4.5 -4.5L4.5 4.5M4.5 -4.5L-4.5 4.5\" stroke=\"" + s
          + "\" stroke-width=\"2.6\" stroke-linecap=\"round\"/>";
    };
  }

  /** A swatch: the patterned strip with the symbol in a white disc, centred at cx, cy. */
  private static void badge(StringBuilder b, Look look, double cx, double cy, double scale) {
    b.append("<g transform=\"translate(").append(num(cx)).append(' ').append(num(cy));
    if (scale != 1) {
      b.append(") scale(").append(num(scale));
    }
    b.append(")\"><circle r=\"11\" fill=\"#ffffff\"/>").append(symbol(look)).append("</g>\n");
  }

  private static void legend(StringBuilder b, ReportContent c, int y, Messages m) {
    String key = m.format("detail.figure.key");
    b.append("<g>\n<text x=\"").append(MARGIN).append("\" y=\"").append(y + 17)
        .append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#1f2937\">")
        .append(escape(key)).append("</text>\n");
    // "Key" fits in 48 units; a longer word moves the swatches along.
    int x = MARGIN + Math.max(48, (int) Math.ceil(HtmlText.width(key, 15, true)) + 12);
    for (Look look : Look.values()) {
      b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"34\""
          + " height=\"24\" rx=\"4\" fill=\"url(#").append(look.pattern).append(")\"/>\n");
      badge(b, look, x + 17, y + 12, 0.8);
      String label = m.format("detail.figure.legend", DetailText.status(look.status, m),
          c.elementCounts.get(look.status));
      b.append("<text x=\"").append(x + 42).append("\" y=\"").append(y + 17)
          .append("\" font-size=\"15\" fill=\"#1f2937\">").append(escape(label))
          .append("</text>\n");
      x += 42 + (int) Math.ceil(HtmlText.width(label, 15, false)) + 30;
    }
    b.append("</g>\n");
  }

  private static void box(StringBuilder b, ReportContent.Element e, int x, int y, int height,
      boolean detail, Messages m) {
    Look look = Look.of(e.status());
    String title = DetailText.title(e, m);
    String status = DetailText.status(e.status(), m);
    b.append("<g>\n<title>").append(escape(m.format("detail.figure.box",
            (detail ? e.id() + " " : "") + title, status)))
        .append("</title>\n");
    b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
        .append(COLUMN).append("\" height=\"").append(height).append("\" rx=\"6\" fill=\"")
        .append(look.tint).append("\" stroke=\"").append(look.strong).append("\" stroke-width=\"")
        .append(e.status() == ElementStatus.GAP ? "2" : "1.2").append('"')
        .append(e.status() == ElementStatus.NOT_APPLICABLE ? " stroke-dasharray=\"6 4\"" : "")
        .append("/>\n");
    // The strip: rounded on the left only, so a square rectangle covers the rounded right edge.
    b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
        .append(STRIP).append("\" height=\"").append(height).append("\" rx=\"6\" fill=\"url(#")
        .append(look.pattern).append(")\"/>\n");
    b.append("<rect x=\"").append(x + STRIP - 10).append("\" y=\"").append(y)
        .append("\" width=\"10\" height=\"").append(height).append("\" fill=\"url(#")
        .append(look.pattern).append(")\"/>\n");
    badge(b, look, x + STRIP / 2.0, y + height / 2.0, 1);
    b.append("<text x=\"").append(x + STRIP + 12).append("\" y=\"").append(y + 22)
        .append("\" font-size=\"16\" font-weight=\"bold\" fill=\"#111827\">")
        .append(detail ? escape(e.id()) : "").append("</text>\n");
    b.append("<text x=\"").append(x + COLUMN - 12).append("\" y=\"").append(y + 22)
        .append("\" text-anchor=\"end\" font-size=\"12\" font-weight=\"bold\""
            + " letter-spacing=\"0.6\" fill=\"").append(look.strong).append("\">")
        .append(escape(status.toUpperCase(m.locale()))).append("</text>\n");
    double width = COLUMN - STRIP - 24;
    lines(b, HtmlText.lines(title, width, TITLE_SIZE, false), x + STRIP + 12, y + 44,
        LINE, "font-size=\"15\" fill=\"#1f2937\"");
    b.append("</g>\n");
  }

  private static void lines(StringBuilder b, List<String> lines, int x, int y, double step,
      String attributes) {
    b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" ").append(attributes)
        .append('>');
    for (int i = 0; i < lines.size(); i++) {
      b.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? "0" : num(step))
          .append("\">").append(escape(lines.get(i))).append("</tspan>");
    }
    b.append("</text>\n");
  }
}
