package io.github.coproduction.serialization;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import org.snakeyaml.engine.v2.events.Event;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers expose the SnakeYAML event behind each token, so that the reader
 * can refuse tags and resolve anchors and aliases itself, within limits. Jackson's own parser
 * reports an alias as a plain string and drops anchors on scalars.
 */
final class EventYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  EventYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
    return new EventYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
        readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
        new PairKeepingReader(r), false);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, char[] data,
      int offset, int len, boolean recyclable) {
    return new EventYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
        readCtxt.getStreamReadFeatures(_streamReadFeatures),
        readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
        new PairKeepingReader(new CharArrayReader(data, offset, len)), true);
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt,
      InputStream in) {
    // Bytes are decoded strictly as UTF-8: malformed input fails instead of being replaced.
    return _createParser(readCtxt, ioCtxt, new java.io.InputStreamReader(in,
        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data,
      int offset, int len) {
    return _createParser(readCtxt, ioCtxt, new java.io.ByteArrayInputStream(data, offset, len));
  }

  /** A YAML parser that remembers the event behind the current token. */
  static final class EventYamlParser extends YAMLParser {
    private Event last;

    EventYamlParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler br,
        int streamReadFeatures, int formatFeatures,
        org.snakeyaml.engine.v2.api.LoadSettings loadSettings, Reader reader,
        boolean ownsReader) {
      super(readCtxt, ioCtxt, br, streamReadFeatures, formatFeatures, loadSettings, reader,
          ownsReader);
    }

    @Override
    protected Event nextEvent() {
      last = super.nextEvent();
      return last;
    }

    /** The event that produced the current token, or null before the first. */
    Event lastEvent() {
      return last;
    }
  }
}
