package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.chengxin.core.Commitment;
import org.chengxin.core.Complaint;
import org.chengxin.core.LitigationCase;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.formats.internal.CsvParser;
import org.chengxin.formats.internal.InputSchema;
import org.chengxin.formats.internal.TableRow;

/**
 * Reads the evaluation inputs of SPEC §7 — commitments (政务承诺), complaints (投诉举报) and litigation cases (行政诉讼)
 * — from canonical JSON (one object or an array), NDJSON or the flat CSV, streaming: items are handed over one by
 * one, every item is accepted or reported with its location, and {@code read = valid + invalid}.
 *
 * <p>Checks, each with its SPEC §8 code: unknown fields {@code UNKNOWN_FIELD}; missing required fields
 * {@code REQUIRED}; wrong JSON types {@code TYPE}; unknown codes {@code ENUM_UNKNOWN}; malformed dates
 * {@code DATE_INVALID}; {@code dueOn}/{@code fulfilledOn}/{@code brokenOn} before {@code madeOn}, {@code dueOn}/{@code
 * closedOn} before {@code receivedOn}, {@code judgmentPerformedOn} before {@code concludedOn} {@code DATE_ORDER};
 * the unit's code {@code USCC_FORMAT}/{@code USCC_CHECKSUM}; an id outside 1–64 {@code [A-Za-z0-9._:-]} or a
 * blank or over-long case number {@code LENGTH}; an id seen before in the same input {@code DUPLICATE_RECORD_ID};
 * a line that is not JSON {@code JSON_SYNTAX}; a CSV header that is not the field names {@code CSV_HEADER}; a CSV
 * row with the wrong number of cells or broken quoting {@code CSV_ROW}; bytes that are not UTF-8 {@code ENCODING}.
 *
 * <pre>{@code
 * InputBatch<Commitment> batch = EvaluationInputReader.commitments().read(Path.of("commitments.ndjson"));
 * batch.values();    // the valid commitments, in input order
 * batch.problems();  // every problem, located by line (JSON) or row (CSV)
 * }</pre>
 *
 * @param <T> the item type
 */
public final class EvaluationInputReader<T> {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final InputSchema<T> schema;

  private EvaluationInputReader(InputSchema<T> schema) {
    this.schema = schema;
  }

  /** The reader of commitments: {@code id, unit, type, madeOn, dueOn, fulfilledOn?, brokenOn?}. */
  public static EvaluationInputReader<Commitment> commitments() {
    return new EvaluationInputReader<>(InputSchema.COMMITMENT);
  }

  /** The reader of complaints: {@code id, unit, channel, receivedOn, dueOn, closedOn?, substantiated?}. */
  public static EvaluationInputReader<Complaint> complaints() {
    return new EvaluationInputReader<>(InputSchema.COMPLAINT);
  }

  /** The reader of litigation cases: {@code id, unit, caseNumber, concludedOn, outcome, judgmentPerformedOn?}. */
  public static EvaluationInputReader<LitigationCase> litigationCases() {
    return new EvaluationInputReader<>(InputSchema.LITIGATION);
  }

  /** The field names, in order: the header of a flat CSV file. */
  public List<String> fieldNames() {
    return schema.fieldNames();
  }

  /**
   * Reads a whole file, the format told by its name.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException for a file name without a known extension
   */
  public InputBatch<T> read(Path file) {
    requireNonNull(file, "file");
    EvaluationInputFormat format = EvaluationInputFormat.forFileName(file.getFileName().toString());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }

  /** Reads a whole input into a batch. */
  public InputBatch<T> read(InputStream in, EvaluationInputFormat format) {
    InputBatch<T> batch = new InputBatch<>();
    read(in, format, batch::add, batch::fileProblem);
    return batch;
  }

  /**
   * Streams an input: {@code items} receives every item in input order, {@code fileProblems} the problems of the
   * input as a whole ({@code CSV_HEADER}, {@code ENCODING}, a JSON text that is not an object or array).
   *
   * @throws IllegalArgumentException for {@link EvaluationInputFormat#AUTO}, which needs a file name
   */
  public void read(InputStream in, EvaluationInputFormat format, Consumer<InputItem<T>> items,
      Consumer<Problem> fileProblems) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    Duplicates duplicates = new Duplicates(format == EvaluationInputFormat.CSV);
    Consumer<InputItem<T>> checked = item -> items.accept(duplicates.check(item));
    try (Reader reader = utf8(in)) {
      switch (format) {
        case NDJSON -> ndjson(reader, checked);
        case JSON -> json(reader, checked, fileProblems);
        case CSV -> csv(reader, checked, fileProblems);
        default -> throw new IllegalArgumentException("format AUTO needs a file name; give JSON, NDJSON or CSV");
      }
    } catch (CharacterCodingException e) {
      fileProblems.accept(notUtf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Problem notUtf8() {
    return Problem.of(ProblemCode.ENCODING, "", null, "不是有效的 UTF-8 文本", "not valid UTF-8 text");
  }

  private static Reader utf8(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] bom = new byte[3];
    int n = pushback.readNBytes(bom, 0, 3);
    if (!(n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
      pushback.unread(bom, 0, n);
    }
    return new BufferedReader(new InputStreamReader(pushback, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private InputItem<T> item(long location, boolean csv, JsonNode node, List<Problem> extra) {
    List<Problem> problems = new ArrayList<>(extra);
    problems.addAll(schema.check(node));
    JsonNode id = node.get("id");
    String idText = id != null && id.isTextual() ? id.asText() : null;
    List<Problem> located = new ArrayList<>();
    for (Problem p : problems) {
      Problem q = p.forRecord(idText);
      located.add(csv ? q.atRow(location, p.path().isEmpty() ? null : p.path().substring(1)) : q.atLine(location, null));
    }
    boolean valid = problems.stream().noneMatch(p -> p.severity() == org.chengxin.core.Severity.ERROR);
    return new InputItem<>(location, csv, idText, located, valid ? schema.bind(node) : null);
  }

  private InputItem<T> syntaxError(long line, String message) {
    Problem p = Problem.of(ProblemCode.JSON_SYNTAX, "", null, message, message).atLine(line, null);
    return new InputItem<>(line, false, null, List.of(p), null);
  }

  private void ndjson(Reader reader, Consumer<InputItem<T>> items) throws IOException {
    BufferedReader lines = (BufferedReader) reader;
    long number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        items.accept(syntaxError(number, e.getOriginalMessage()));
        continue;
      }
      items.accept(item(number, false, node, List.of()));
    }
  }

  private void json(Reader reader, Consumer<InputItem<T>> items, Consumer<Problem> fileProblems) throws IOException {
    try (JsonParser parser = FACTORY.createParser(reader)) {
      // One object, an array of objects, or several top-level values one after another.
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            items.accept(item(line, false, MAPPER.readTree(parser), List.of()));
          }
        } else if (token == JsonToken.START_OBJECT) {
          long line = parser.currentTokenLocation().getLineNr();
          items.accept(item(line, false, MAPPER.readTree(parser), List.of()));
        } else {
          long line = parser.currentTokenLocation().getLineNr();
          fileProblems.accept(Problem.of(ProblemCode.JSON_SYNTAX, "", null, "应为对象或对象数组",
              "expected an object or an array of objects").atLine(line, null));
          return;
        }
      }
    } catch (JsonProcessingException e) {
      // A syntax error ends a JSON text: the rest cannot be read reliably. It counts as one invalid item.
      items.accept(syntaxError(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getOriginalMessage()));
    }
  }

  private void csv(Reader reader, Consumer<InputItem<T>> items, Consumer<Problem> fileProblems) throws IOException {
    // The record tables' parser (TableReader): one RFC 4180 reading for every CSV input.
    CsvParser rows = new CsvParser(reader);
    TableRow header = rows.next();
    if (header == null) {
      return;
    }
    if (header.fatal) {
      fileProblems.accept(notUtf8());
      return;
    }
    List<String> names = header.cells.stream().map(String::strip).toList();
    Set<String> seen = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (String name : names) {
      if (schema.field(name).isEmpty() || !seen.add(name)) {
        wrong.add(name);
      }
    }
    List<String> missing = schema.fieldNames().stream()
        .filter(n -> schema.field(n).orElseThrow().required() && !seen.contains(n)).toList();
    if (header.problem != null || !wrong.isEmpty() || !missing.isEmpty()) {
      String detail = "表头应为字段名 " + String.join(",", schema.fieldNames());
      fileProblems.accept(Problem.of(ProblemCode.CSV_HEADER, "", String.join(",", names),
          detail + (header.problem == null ? "" : "；" + header.problem.detailZh())
              + (wrong.isEmpty() ? "" : "；未知或重复：" + String.join(",", wrong))
              + (missing.isEmpty() ? "" : "；缺少：" + String.join(",", missing)),
          "the header must be the field names " + String.join(",", schema.fieldNames())
              + (header.problem == null ? "" : "; " + header.problem.detailEn())
              + (wrong.isEmpty() ? "" : "; unknown or repeated: " + String.join(",", wrong))
              + (missing.isEmpty() ? "" : "; missing: " + String.join(",", missing))).atRow(0, null));
      return;
    }
    for (TableRow row = rows.next(); row != null; row = rows.next()) {
      if (row.fatal) {
        fileProblems.accept(notUtf8());
        return;
      }
      if (row.problem == null && row.cells.size() == 1 && row.cells.get(0).isBlank()) {
        continue;
      }
      long number = row.row;
      if (row.problem != null) {
        // broken quoting (CSV_ROW) or a row over 1 MiB (TOO_LARGE): one bad item, reading goes on
        items.accept(new InputItem<>(number, true, null, List.of(row.problem.atRow(number, null)), null));
        continue;
      }
      if (row.cells.size() != names.size()) {
        Problem p = Problem.of(ProblemCode.CSV_ROW, "", null,
            "第 " + number + " 行有 " + row.cells.size() + " 个单元格，表头有 " + names.size() + " 列",
            "row " + number + " has " + row.cells.size() + " cells, the header has " + names.size())
            .atRow(number, null);
        items.accept(new InputItem<>(number, true, null, List.of(p), null));
        continue;
      }
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < names.size(); i++) {
        String cell = unescape(row.cells.get(i).strip());
        if (cell.isEmpty()) {
          continue;
        }
        InputSchema.Field field = schema.field(names.get(i)).orElseThrow();
        if (field.kind() == InputSchema.Kind.BOOLEAN && (cell.equals("true") || cell.equals("false"))) {
          node.put(field.name(), Boolean.parseBoolean(cell));
        } else {
          node.put(field.name(), cell);
        }
      }
      items.accept(item(number, true, node, List.of()));
    }
  }

  /** Import strips exactly the {@code '} that export puts before a cell starting with = + - @ (SPEC §6). */
  private static String unescape(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** Flags an id already seen in the same input. */
  private static final class Duplicates {
    private final boolean csv;
    private final Map<String, Long> firstSeen = new HashMap<>();

    Duplicates(boolean csv) {
      this.csv = csv;
    }

    <T> InputItem<T> check(InputItem<T> item) {
      if (item.id().isEmpty()) {
        return item;
      }
      long here = csv ? item.row().orElse(0L) : item.line().orElse(0L);
      Long first = firstSeen.putIfAbsent(item.id().get(), here);
      if (first == null) {
        return item;
      }
      String where = (csv ? "row " : "line ") + first;
      String whereZh = (csv ? "第 " + first + " 行" : "第 " + first + " 行");
      Problem p = Problem.of(ProblemCode.DUPLICATE_RECORD_ID, "/id", item.id().get(), whereZh, where)
          .forRecord(item.id().get());
      p = csv ? p.atRow(here, "id") : p.atLine(here, null);
      List<Problem> problems = new ArrayList<>(item.problems());
      problems.add(p);
      return new InputItem<>(here, csv, item.id().get(), problems, null);
    }
  }
}
