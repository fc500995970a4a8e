package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderGroup;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import java.util.List;

/**
 * The inline SVG picture of the engagement ladder: seven rungs, highest at the top, grouped as
 * doing to, doing for and doing with, with the current rung outlined solid and the target rung
 * outlined dashed, each also labelled in words inside its rung. Drawn narrow (420 units wide) so
 * that its words stay readable when a phone shows it at 390 pixels.
 */
final class LadderFigure {

  // Narrow enough to stay readable on a phone: at 390 px the text is drawn at about 13 px.
  private static final int WIDTH = 420;
  private static final int TOP = 16;
  private static final int ROW = 50;
  private static final int BAR = 42;
  private static final int BAR_X = 100;
  private static final int BAR_WIDTH = 312;
  private static final String CURRENT = "#111827";
  private static final String TARGET = "#1d4ed8";

  private LadderFigure() {}

  static String svg(LadderPosition p) {
    List<LadderRung> rungs = Framework.standard().ladder();
    int height = TOP * 2 + rungs.size() * ROW - (ROW - BAR);
    StringBuilder b = new StringBuilder(8192);
    b.append("<svg class=\"figure ladder\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\""
            + " aria-labelledby=\"ladder-figure-title ladder-figure-desc\" font-family=\"")
        .append(FrameworkFigure.FONT).append("\">\n");
    b.append("<title id=\"ladder-figure-title\">The engagement ladder, with the current and"
        + " target rungs</title>\n");
    b.append("<desc id=\"ladder-figure-desc\">Current rung: ")
        .append(escape(ReportContent.rung(p.current()))).append(". Target rung: ")
        .append(escape(ReportContent.rung(p.target()))).append(".</desc>\n");
    for (LadderGroup g : LadderGroup.values()) {
      List<LadderRung> members = rungs.stream().filter(r -> r.group() == g).toList();
      int top = y(members.get(members.size() - 1));
      int bottom = y(members.get(0)) + BAR;
      b.append("<path d=\"M92 ").append(top).append("H86V").append(bottom).append("H92\""
          + " fill=\"none\" stroke=\"#6b7280\" stroke-width=\"2\"/>\n");
      b.append("<text x=\"80\" y=\"").append((top + bottom) / 2 + 5)
          .append("\" text-anchor=\"end\" font-size=\"14\" font-style=\"italic\""
              + " fill=\"#374151\">").append(escape(g.title())).append("</text>\n");
    }
    for (LadderRung r : rungs) {
      boolean current = p.current().value().map(r::equals).orElse(false);
      boolean target = p.target().value().map(r::equals).orElse(false);
      int y = y(r);
      b.append("<g>\n<rect x=\"").append(BAR_X).append("\" y=\"").append(y).append("\" width=\"")
          .append(BAR_WIDTH).append("\" height=\"").append(BAR).append("\" rx=\"6\" fill=\"")
          .append(fill(r.group())).append('"');
      if (current) {
        b.append(" stroke=\"").append(CURRENT).append("\" stroke-width=\"3.5\"");
      } else if (target) {
        b.append(" stroke=\"").append(TARGET).append("\" stroke-width=\"3.5\""
            + " stroke-dasharray=\"9 5\"");
      } else {
        b.append(" stroke=\"#9ca3af\" stroke-width=\"1\"");
      }
      b.append("/>\n");
      if (current && target) {
        b.append("<rect x=\"").append(BAR_X + 5).append("\" y=\"").append(y + 5)
            .append("\" width=\"").append(BAR_WIDTH - 10).append("\" height=\"").append(BAR - 10)
            .append("\" rx=\"4\" fill=\"none\" stroke=\"").append(TARGET)
            .append("\" stroke-width=\"2.5\" stroke-dasharray=\"9 5\"/>\n");
      }
      b.append("<text x=\"").append(BAR_X + 18).append("\" y=\"").append(y + 27)
          .append("\" font-size=\"15\" fill=\"#111827\"").append(current || target
              ? " font-weight=\"bold\"" : "").append('>').append(r.level()).append("  ")
          .append(escape(r.title())).append("</text>\n");
      String mark = current && target ? "CURRENT + TARGET" : current ? "CURRENT"
          : target ? "TARGET" : null;
      if (mark != null) {
        String colour = current ? CURRENT : TARGET;
        b.append("<text x=\"").append(BAR_X + BAR_WIDTH - 12).append("\" y=\"").append(y + 27)
            .append("\" text-anchor=\"end\" font-size=\"13\" font-weight=\"bold\""
                + " letter-spacing=\"0.5\" fill=\"").append(colour).append("\">").append(mark)
            .append("</text>\n");
      }
      b.append("</g>\n");
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static int y(LadderRung r) {
    return TOP + (LadderRung.values().length - r.level()) * ROW;
  }

  private static String fill(LadderGroup g) {
    return switch (g) {
      case DOING_TO -> "#f8dcd6";
      case DOING_FOR -> "#fcedc4";
      case DOING_WITH -> "#d5eedc";
    };
  }
}
