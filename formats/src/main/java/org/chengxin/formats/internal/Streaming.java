package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;

/**
 * The plain streaming factory for reading and writing tokens. Parsers and generators need no data binding, and
 * keeping {@link Json#MAPPER} out of the streaming paths keeps its few hundred classes out of a command's
 * start-up (measured: about 0.1 s of {@code chengxin validate}).
 */
public final class Streaming {

  /** Default features: the same parsers and generators as {@code Json.MAPPER.getFactory()} makes. */
  public static final JsonFactory FACTORY = new Factory();

  private Streaming() {}

  /**
   * A parser over one record's bytes, as {@code FACTORY.createParser(data, offset, length)} makes it, without
   * the encoding detection when the text certainly is UTF-8 without a BOM (it starts with {@code {} and none of
   * its first four bytes is zero, so the detection would answer UTF-8): one parser per record on the fast path.
   * Only for the fast path and binding, which never report a location.
   */
  public static JsonParser recordParser(byte[] data, int offset, int length) throws IOException {
    return ((Factory) FACTORY).utf8(data, offset, length);
  }

  private static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    JsonParser utf8(byte[] data, int offset, int length) throws IOException {
      if (_inputDecorator != null || length < 4 || data[offset] != '{' || data[offset + 1] == 0
          || data[offset + 2] == 0 || data[offset + 3] == 0) {
        return createParser(data, offset, length);
      }
      _checkRangeBoundsForByteArray(data, offset, length);
      IOContext ctxt = _createContext(_createContentReference(data, offset, length), true);
      _streamReadConstraints.validateDocumentLength(length);
      ctxt.setEncoding(JsonEncoding.UTF8);
      return new UTF8StreamJsonParser(ctxt, _parserFeatures, null, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data, offset, offset + length, 0, false);
    }
  }
}
