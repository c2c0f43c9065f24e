package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.chengxin.core.Language;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.Validation;

/** Runs the vectors against this Java library (the adapter used by the JUnit conformance test). */
final class LibraryAdapter implements ConformanceAdapter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public JsonNode assess(ConformanceVector vector) {
    throw new UnsupportedOperationException("the assessment engine is not on main yet");
  }

  @Override
  public JsonNode validate(ConformanceVector vector) {
    RecordFormat format = RecordFormat.valueOf(vector.format().toUpperCase(Locale.ROOT));
    String json = Validation.validate(new ByteArrayInputStream(vector.input()), format, Language.EN).toJson();
    return parse(json);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
