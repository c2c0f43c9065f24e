package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Problem;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.internal.Json;
import org.chengxin.formats.internal.Streaming;
import org.chengxin.formats.internal.RecordBinder;
import org.chengxin.formats.internal.RecordJsonWriter;
import org.chengxin.formats.internal.SyntaxProblems;
import org.chengxin.formats.internal.TreeBuilder;

/**
 * 规范 JSON — reads and writes one record in the canonical JSON of SPEC §3.
 *
 * <p>Writing: fields in the order of the SPEC's tables, absent optionals omitted (an empty {@code events} list
 * too), money as strings keeping their scale ({@code "1000.00"}), dates {@code YYYY-MM-DD}, instants ISO-8601
 * with offset ({@code 2024-03-01T09:30:00+08:00}; seconds always written, {@code Z} for UTC). Reading
 * validates first ({@link RecordValidator#standard()}) and throws {@link RecordFormatException} with every
 * problem on any ERROR; warnings do not stop reading.
 *
 * <p>{@code write(read(text))} equals {@code text} for every valid record text in canonical form (the form
 * {@code write} produces, without whitespace).
 *
 * <pre>{@code
 * Record r = CanonicalJson.read(Files.readString(path));
 * String json = CanonicalJson.write(r);
 * }</pre>
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * Reads one record.
   *
   * @throws RecordFormatException on malformed JSON ({@code JSON_SYNTAX}) or any validation ERROR
   */
  public static Record read(String json) {
    requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = TreeBuilder.read(json);
    } catch (JsonProcessingException e) {
      throw new RecordFormatException(List.of(SyntaxProblems.of(e, 1, 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a String
    }
    if (tree == null || tree.isMissingNode()) {
      throw new RecordFormatException(List.of(SyntaxProblems.empty()));
    }
    return fromTree(tree);
  }

  /**
   * Binds a record tree, after validating it with the standard validator.
   *
   * @throws RecordFormatException on any validation ERROR
   */
  public static Record fromTree(JsonNode tree) {
    return fromTree(tree, RecordValidator.standard());
  }

  /**
   * Binds a record tree, after validating it with the given validator.
   *
   * @throws RecordFormatException on any validation ERROR
   */
  public static Record fromTree(JsonNode tree, RecordValidator validator) {
    requireNonNull(tree, "tree");
    List<Problem> problems = validator.validate(tree);
    for (Problem p : problems) {
      if (p.severity() == Severity.ERROR) {
        throw new RecordFormatException(withRecordId(tree, problems));
      }
    }
    return RecordBinder.bind(tree);
  }

  /** The problems, naming the record when its recordId is a string. */
  static List<Problem> withRecordId(JsonNode tree, List<Problem> problems) {
    JsonNode id = tree.isObject() ? tree.get("recordId") : null;
    if (id == null || !id.isTextual()) {
      return problems;
    }
    List<Problem> named = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      named.add(p.forRecord(id.textValue()));
    }
    return named;
  }

  /** The canonical JSON text of a record, without whitespace. */
  public static String write(Record record) {
    requireNonNull(record, "record");
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = Streaming.FACTORY.createGenerator(out)) {
      RecordJsonWriter.write(record, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a record to a generator (e.g. one line of an NDJSON stream).
   *
   * @throws IOException from the generator
   */
  public static void write(Record record, JsonGenerator generator) throws IOException {
    RecordJsonWriter.write(requireNonNull(record, "record"), requireNonNull(generator, "generator"));
  }

  /** The canonical JSON tree of a record (fields in canonical order). */
  public static JsonNode toTree(Record record) {
    requireNonNull(record, "record");
    try (TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false)) {
      RecordJsonWriter.write(record, buffer);
      return Json.MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
