package org.chengxin.formats.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reading and writing batch documents. */
public final class BatchJson {

  /** Duplicate keys are an error (JCS has no form for them); trailing tokens too. */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** For reading values one by one from a parser: duplicate keys are an error. */
  public static final JsonMapper STREAM = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private BatchJson() {}

  /**
   * Writes a batch indented by two spaces, ended by a line break, one record tree at a time; the target stays
   * open.
   *
   * @param envelope the fields before {@code records}
   * @param records the records, made into trees one by one by {@code tree}
   */
  public static <T> void write(ObjectNode envelope, List<T> records, Function<T, JsonNode> tree,
      JsonNode withdrawals, String sha256, Writer out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = envelope.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        g.writeFieldName(field.getKey());
        MAPPER.writeTree(g, field.getValue());
      }
      g.writeArrayFieldStart("records");
      for (T record : records) {
        MAPPER.writeTree(g, tree.apply(record));
      }
      g.writeEndArray();
      g.writeFieldName("withdrawals");
      MAPPER.writeTree(g, withdrawals);
      g.writeStringField("sha256", sha256);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }
}
