package io.github.coproduction.rules.report;

import static io.github.coproduction.rules.report.HtmlText.escape;

import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderGroup;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.initiative.LadderPosition;
import io.github.coproduction.core.initiative.Recorded;
import io.github.coproduction.rules.Messages;
import java.util.List;
import java.util.Optional;

/**
 * The inline SVG picture of the engagement ladder: seven rungs, highest at the top, each bar
 * labelled with its group (doing to, doing for, doing with), and two columns beside the bars, side
 * by side: "claimed", marking the current rung (solid) and the target (dashed), and "evidenced",
 * marking the highest rung the record supports. Every mark is also a word. The drawing is 420
 * units wide, so that at a phone's width of 390 pixels its text is still about full size.
 */
final class LadderFigure {

  private static final int WIDTH = 420;
  private static final int TOP = 34;
  private static final int ROW = 46;
  private static final int BAR = 38;
  private static final int BAR_X = 4;
  private static final int BAR_WIDTH = 236;
  private static final int CLAIMED_X = 248;
  private static final int EVIDENCED_X = 336;
  private static final int COLUMN = 80;
  private static final String CURRENT = "#111827";
  private static final String TARGET = "#1d4ed8";
  private static final String EVIDENCED = "#166534";

  private LadderFigure() {}

  static String svg(LadderPosition p, Optional<Recorded<LadderRung>> evidenced, Messages m) {
    List<LadderRung> rungs = Framework.standard().ladder();
    int height = TOP + rungs.size() * ROW - (ROW - BAR) + 8;
    StringBuilder b = new StringBuilder(8192);
    b.append("<svg class=\"figure ladder\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\""
            + " aria-labelledby=\"ladder-figure-title ladder-figure-desc\" font-family=\"")
        .append(FrameworkFigure.FONT).append("\">\n");
    b.append("<title id=\"ladder-figure-title\">").append(m.format("detail.ladder.figure.title"))
        .append("</title>\n");
    // The words are the bundle's; only the rungs, from the record, need escaping.
    b.append("<desc id=\"ladder-figure-desc\">").append(m.format("detail.ladder.figure.desc",
            escape(DetailText.rung(p.current(), m)), escape(DetailText.rung(p.target(), m)),
            escape(evidenced.map(e -> PowerSection.evidenced(e, m))
                .orElseGet(() -> m.format("detail.ladder.figure.not-computed")))))
        .append("</desc>\n");
    header(b, CLAIMED_X, m.format("detail.ladder.figure.claimed"), CURRENT);
    header(b, EVIDENCED_X, m.format("detail.ladder.figure.evidenced"), EVIDENCED);
    for (LadderRung r : rungs) {
      boolean current = p.current().value().map(r::equals).orElse(false);
      boolean target = p.target().value().map(r::equals).orElse(false);
      boolean proven = evidenced.flatMap(e -> e.value()).map(r::equals).orElse(false);
      int y = y(r);
      b.append("<g>\n<rect x=\"").append(BAR_X).append("\" y=\"").append(y)
          .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(BAR)
          .append("\" rx=\"6\" fill=\"").append(fill(r.group()))
          .append("\" stroke=\"#9ca3af\" stroke-width=\"1\"/>\n");
      b.append("<text x=\"").append(BAR_X + 12).append("\" y=\"").append(y + 25)
          .append("\" font-size=\"15\" fill=\"#111827\"").append(current || target || proven
              ? " font-weight=\"bold\"" : "").append('>').append(r.level()).append("  ")
          .append(escape(r.title())).append("</text>\n");
      b.append("<text x=\"").append(BAR_X + BAR_WIDTH - 8).append("\" y=\"").append(y + 24)
          .append("\" text-anchor=\"end\" font-size=\"11\" font-style=\"italic\""
              + " fill=\"#374151\">").append(escape(r.group().title())).append("</text>\n");
      if (current || target) {
        // Both words would overrun the box on one line: they go on two, a size smaller.
        String now = m.format("detail.ladder.mark.current");
        String then = m.format("detail.ladder.mark.target");
        List<String> words = current && target ? List.of(now, then)
            : List.of(current ? now : then);
        mark(b, CLAIMED_X, y, words, current ? CURRENT : TARGET, !current);
      }
      if (proven) {
        mark(b, EVIDENCED_X, y, List.of(m.format("detail.ladder.mark.evidenced")), EVIDENCED,
            false);
      }
      b.append("</g>\n");
    }
    if (evidenced.map(Recorded::isAbsent).orElse(false)) {
      b.append("<text x=\"").append(EVIDENCED_X + COLUMN / 2).append("\" y=\"")
          .append(y(LadderRung.COERCION) + BAR + 4).append("\" text-anchor=\"middle\""
              + " font-size=\"11\" fill=\"").append(EVIDENCED).append("\">")
          .append(escape(m.format("detail.ladder.figure.no-partner"))).append("</text>\n");
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static void header(StringBuilder b, int x, String word, String colour) {
    b.append("<text x=\"").append(x + COLUMN / 2).append("\" y=\"20\" text-anchor=\"middle\""
        + " font-size=\"12\" font-weight=\"bold\" letter-spacing=\"0.8\" fill=\"")
        .append(colour).append("\">").append(escape(word)).append("</text>\n");
  }

  private static void mark(StringBuilder b, int x, int y, List<String> words, String colour,
      boolean dashed) {
    b.append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"")
        .append(COLUMN).append("\" height=\"").append(BAR - 8).append("\" rx=\"4\" fill=\"#ffffff\""
            + " stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
        .append(dashed ? " stroke-dasharray=\"7 4\"" : "").append("/>\n");
    boolean two = words.size() > 1;
    for (int i = 0; i < words.size(); i++) {
      b.append("<text x=\"").append(x + COLUMN / 2).append("\" y=\"")
          .append(two ? y + 17 + 13 * i : y + 24)
          .append("\" text-anchor=\"middle\" font-size=\"").append(two ? 11 : 12)
          .append("\" font-weight=\"bold\" fill=\"").append(colour).append("\">")
          .append(escape(words.get(i))).append("</text>\n");
    }
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
