package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.IdentifierException;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.core.UnifiedSocialCreditCode;

/** The stateless Jackson (de)serializers of the core types, registered by {@code ChengxinJsonModule}. */
public final class CoreSerializers {

  private CoreSerializers() {}

  /** Writes a record as canonical JSON. */
  public static final class RecordSerializer extends StdSerializer<Record> {
    private static final long serialVersionUID = 1L;
    public static final RecordSerializer INSTANCE = new RecordSerializer();

    private RecordSerializer() {
      super(Record.class);
    }

    @Override
    public void serialize(Record value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      RecordJsonWriter.write(value, gen);
    }
  }

  /**
   * Reads a record: validates it first and throws the {@link RuntimeException} made by {@code failure} with
   * every problem on any ERROR.
   */
  public static final class RecordDeserializer extends StdDeserializer<Record> {
    private static final long serialVersionUID = 1L;
    private static final Set<String> NATIONAL =
        RecordWalk.knownDivisions(org.chengxin.core.DivisionRegistry.national());
    private final transient BiFunction<JsonNode, List<Problem>, RuntimeException> failure;

    public RecordDeserializer(BiFunction<JsonNode, List<Problem>, RuntimeException> failure) {
      super(Record.class);
      this.failure = failure;
    }

    @Override
    public Record deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      List<Problem> problems = new RecordWalk(org.chengxin.core.JurisdictionUnits.standard(), NATIONAL)
          .validate(tree);
      for (Problem problem : problems) {
        if (problem.severity() == Severity.ERROR) {
          throw failure.apply(tree, problems);
        }
      }
      return RecordBinder.bind(tree);
    }
  }

  /** Writes an identifier as its string form. */
  public static final class IdentifierSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    public static final IdentifierSerializer<UnifiedSocialCreditCode> USCC =
        new IdentifierSerializer<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::value);
    public static final IdentifierSerializer<DivisionCode> DIVISION =
        new IdentifierSerializer<>(DivisionCode.class, DivisionCode::value);
    /** The full number, as in the canonical record; mask it yourself in public outputs. */
    public static final IdentifierSerializer<CitizenIdNumber> CITIZEN_ID =
        new IdentifierSerializer<>(CitizenIdNumber.class, CitizenIdNumber::value);

    private final transient Function<T, String> text;

    private IdentifierSerializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(text.apply(value));
    }
  }

  /** Reads an identifier from a string; a malformed one is a Jackson mapping error naming the bad value. */
  public static final class IdentifierDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    public static final IdentifierDeserializer<UnifiedSocialCreditCode> USCC =
        new IdentifierDeserializer<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::parse);
    public static final IdentifierDeserializer<DivisionCode> DIVISION =
        new IdentifierDeserializer<>(DivisionCode.class, DivisionCode::parse);
    public static final IdentifierDeserializer<CitizenIdNumber> CITIZEN_ID =
        new IdentifierDeserializer<>(CitizenIdNumber.class, CitizenIdNumber::parse);

    private final transient Function<String, T> parse;

    private IdentifierDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String s = p.getText();
      try {
        return parse.apply(s);
      } catch (IdentifierException e) {
        String shown = handledType() == CitizenIdNumber.class ? CitizenIdNumber.mask(s) : s;
        return (T) ctxt.handleWeirdStringValue(handledType(), shown, "%s (%s)", e.code(),
            handledType() == CitizenIdNumber.class ? "invalid citizen ID number" : e.getMessage());
      }
    }
  }
}
