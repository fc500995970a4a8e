package io.github.coproduction.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import io.github.coproduction.rules.report.format.HtmlFormat;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each format of this module says about itself in the registry, and how the registry
 * answers by name. */
class ReportFormatRegistryTest {

  private final Assessment bare = ReportFixtures.bareAssessment();

  private static ReportFormat format(String name) {
    return ReportFormat.named(name).orElseThrow();
  }

  @Test
  void textIsPlainUtf8TextThatStreamsAndRendersComparisonsAndPortfolios() {
    ReportFormat f = format("text");
    assertThat(f.name()).isEqualTo("text");
    assertThat(f.mediaType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(f.extension()).isEqualTo("txt");
    assertThat(f.binary()).isFalse();
    assertThat(f.streams()).isTrue();
    assertThat(f.humanReadable()).isTrue();
    assertThat(f.rendersProgress()).isTrue();
    assertThat(f.rendersPortfolio()).isTrue();
  }

  @Test
  void markdownIsUtf8TextThatStreamsAndRendersComparisonsButNotPortfolios() {
    ReportFormat f = format("markdown");
    assertThat(f.name()).isEqualTo("markdown");
    assertThat(f.mediaType()).isEqualTo("text/markdown; charset=utf-8");
    assertThat(f.extension()).isEqualTo("md");
    assertThat(f.binary()).isFalse();
    assertThat(f.streams()).isTrue();
    assertThat(f.humanReadable()).isTrue();
    assertThat(f.rendersProgress()).isTrue();
    assertThat(f.rendersPortfolio()).isFalse();
  }

  @Test
  void htmlIsOneUtf8PageThatDoesNotStreamNorRenderComparisonsOrPortfolios() {
    ReportFormat f = format("html");
    assertThat(f.name()).isEqualTo("html");
    assertThat(f.mediaType()).isEqualTo("text/html; charset=utf-8");
    assertThat(f.extension()).isEqualTo("html");
    assertThat(f.binary()).isFalse();
    assertThat(f.streams()).isFalse();
    assertThat(f.humanReadable()).isTrue();
    assertThat(f.rendersProgress()).isFalse();
    assertThat(f.rendersPortfolio()).isFalse();
  }

  @Test
  void namesAreListedSortedAndFoundIgnoringCase() {
    assertThat(ReportFormat.names()).isEqualTo("html, markdown, text");
    assertThat(ReportFormat.names(ReportFormat::rendersProgress)).isEqualTo("markdown, text");
    assertThat(ReportFormat.names(ReportFormat::rendersPortfolio)).isEqualTo("text");
    assertThat(ReportFormat.names(f -> false)).isEmpty();
    assertThat(ReportFormat.named("Markdown")).get().isInstanceOf(
        io.github.coproduction.rules.report.format.MarkdownFormat.class);
    assertThat(ReportFormat.named("md")).isEmpty();
  }

  @Test
  void markdownAndHtmlRenderSeveralAssessmentsOneAfterAnotherAndRefuseNone() {
    for (String name : List.of("markdown", "html")) {
      ReportFormat f = format(name);
      String one = f.renderText(List.of(bare), ReportOptions.defaults());
      assertThat(f.renderText(List.of(bare, bare), ReportOptions.defaults())).as(name)
          .isEqualTo(one + "\n" + one);
      assertThat(new String(f.render(List.of(bare), ReportOptions.defaults()),
          StandardCharsets.UTF_8)).as(name).isEqualTo(one);
      assertThatThrownBy(() -> f.render(List.of(), ReportOptions.defaults())).as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("nothing to render: no assessments");
    }
  }

  @Test
  void markdownRendersAComparisonWithAndWithoutOptions() {
    Progress p = Progress.between(bare, bare);
    ReportFormat md = format("markdown");
    assertThat(md.renderProgress(p)).isEqualTo(MarkdownReport.render(p))
        .startsWith("# Co-production progress: `new-idea`");
    ReportOptions welsh = ReportOptions.defaults().withLocale(Locale.forLanguageTag("cy"));
    assertThat(md.renderProgress(p, welsh)).isEqualTo(MarkdownReport.render(p, welsh))
        .isNotEqualTo(MarkdownReport.render(p));
  }

  @Test
  void aFormatThatDoesNotRenderComparisonsOrPortfoliosRefusesToWithOrWithoutOptions() {
    ReportFormat html = format("html");
    Progress p = Progress.between(bare, bare);
    PortfolioSummary s = Stream.of(bare).collect(PortfolioSummary.collector());
    assertThatThrownBy(() -> html.renderProgress(p))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the html format does not render a comparison of two assessments");
    assertThatThrownBy(() -> html.renderProgress(p, ReportOptions.defaults()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> format("markdown").renderPortfolio(s, ReportOptions.defaults()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the markdown format does not render a portfolio summary");
    assertThatThrownBy(() -> html.renderPortfolio(s))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A binary format as another module would add one: only the required methods. */
  static final class Binary implements ReportFormat {
    @Override
    public String name() {
      return "bin";
    }

    @Override
    public String mediaType() {
      return "application/octet-stream";
    }

    @Override
    public String extension() {
      return "bin";
    }

    @Override
    public boolean binary() {
      return true;
    }

    @Override
    public boolean humanReadable() {
      return false;
    }

    @Override
    public byte[] render(List<Assessment> assessments, ReportOptions options) {
      return new byte[] {0, 1, 2};
    }
  }

  @Test
  void aBinaryFormatDoesNotStreamAndHasNoText() {
    ReportFormat bin = new Binary();
    assertThat(bin.streams()).isFalse();
    assertThat(bin.rendersProgress()).isFalse();
    assertThat(bin.rendersPortfolio()).isFalse();
    assertThatThrownBy(() -> bin.renderText(List.of(bare), ReportOptions.defaults()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("the bin format is binary");
  }

  /** A text format of another module that renders comparisons and portfolios without options. */
  static final class WithoutOptions implements ReportFormat {
    @Override
    public String name() {
      return "plain";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String extension() {
      return "txt";
    }

    @Override
    public boolean humanReadable() {
      return true;
    }

    @Override
    public byte[] render(List<Assessment> assessments, ReportOptions options) {
      return "report".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean rendersProgress() {
      return true;
    }

    @Override
    public String renderProgress(Progress progress) {
      return "comparison of " + progress.initiative();
    }

    @Override
    public boolean rendersPortfolio() {
      return true;
    }

    @Override
    public String renderPortfolio(PortfolioSummary summary) {
      return "portfolio";
    }
  }

  @Test
  void aFormatThatIgnoresOptionsRendersComparisonsAndPortfoliosWithOptionsAsWithout() {
    ReportFormat plain = new WithoutOptions();
    ReportOptions welsh = ReportOptions.defaults().withLocale(Locale.forLanguageTag("cy"));
    assertThat(plain.renderProgress(Progress.between(bare, bare), welsh))
        .isEqualTo("comparison of new-idea");
    assertThat(plain.renderPortfolio(Stream.of(bare).collect(PortfolioSummary.collector()),
        welsh)).isEqualTo("portfolio");
    assertThat(plain.streams()).isTrue();
    assertThat(plain.renderText(List.of(bare), welsh)).isEqualTo("report");
  }

  /** A second format named "html", registered by another jar on the class path. */
  public static final class SecondHtml implements ReportFormat {
    /** The service loader calls this. */
    public SecondHtml() {}

    @Override
    public String name() {
      return "html";
    }

    @Override
    public String mediaType() {
      return "text/html";
    }

    @Override
    public String extension() {
      return "htm";
    }

    @Override
    public boolean humanReadable() {
      return true;
    }

    @Override
    public byte[] render(List<Assessment> assessments, ReportOptions options) {
      return new byte[0];
    }
  }

  @Test
  void twoFormatsWithOneNameAreRefused(@TempDir Path jar) throws IOException {
    Path services = jar.resolve("META-INF/services/" + ReportFormat.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, SecondHtml.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ReportFormatRegistryTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      assertThatThrownBy(ReportFormat::available)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("two report formats are named \"html\"")
          .hasMessageContaining(HtmlFormat.class.getName())
          .hasMessageContaining(SecondHtml.class.getName());
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
