package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.core.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schemas of the evaluation inputs agree with the reader: they accept the bundled samples and reject the
 * structural problems (UNKNOWN_FIELD, REQUIRED, TYPE, ENUM_UNKNOWN, LENGTH, USCC_FORMAT); the copies in
 * {@code schema/} are the published resources.
 */
class EvaluationInputSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema(String name) throws IOException {
    try (InputStream in = EvaluationInputSchemaTest.class.getResourceAsStream(name + ".schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
    }
  }

  @ParameterizedTest
  @CsvSource({"commitment, evaluation-commitments.ndjson", "complaint, evaluation-complaints.ndjson",
      "litigation-case, evaluation-litigation.ndjson"})
  void theSchemasAcceptTheSamplesAndArePublishedInSchemaFolder(String name, String sample) throws IOException {
    JsonSchema schema = schema(name);
    for (String line : Files.readAllLines(EvaluationInputReaderTest.DATA.resolve(sample))) {
      assertThat(schema.validate(MAPPER.readTree(line))).as(line).isEmpty();
    }
    Path published = EvaluationInputReaderTest.DATA.getParent().getParent().resolve("schema").resolve(name + ".schema.json");
    try (InputStream in = EvaluationInputSchemaTest.class.getResourceAsStream(name + ".schema.json")) {
      assertThat(Files.readString(published, StandardCharsets.UTF_8))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # schema        | item                                                                                                       | reader's code
      commitment      | {"id":"C1","unit":"11611026MB1734101L","type":"DEADLINE","madeOn":"2024-01-02","dueOn":"2024-03-31","x":1} | UNKNOWN_FIELD
      commitment      | {"id":"C1","unit":"11611026MB1734101L","type":"DEADLINE","madeOn":"2024-01-02"}                          | REQUIRED
      commitment      | {"id":"C1","unit":"11611026MB1734101L","type":"SOON","madeOn":"2024-01-02","dueOn":"2024-03-31"}         | ENUM_UNKNOWN
      commitment      | {"id":"C 1","unit":"11611026MB1734101L","type":"DEADLINE","madeOn":"2024-01-02","dueOn":"2024-03-31"}    | LENGTH
      complaint       | {"id":"Q1","unit":"11611026MB1734101L","channel":"WEB","receivedOn":"2024-01-02","dueOn":"2024-01-12","substantiated":"yes"} | TYPE
      complaint       | {"id":"Q1","unit":"11611026mb1734101l","channel":"WEB","receivedOn":"2024-01-02","dueOn":"2024-01-12"}   | USCC_FORMAT
      litigation-case | {"id":"L1","unit":"11611026MB1734101L","caseNumber":"","concludedOn":"2024-01-02","outcome":"LOST"}     | LENGTH
      litigation-case | {"id":"L1","unit":"11611026MB1734101L","caseNumber":"(2024)1","concludedOn":"2024-01-02","outcome":"LOSS"} | ENUM_UNKNOWN
      """)
  void theSchemasRejectWhatTheReaderRejectsStructurally(String name, String item, String code) throws IOException {
    assertThat(schema(name).validate(MAPPER.readTree(item))).isNotEmpty();
    EvaluationInputReader<?> reader = switch (name) {
      case "commitment" -> EvaluationInputReader.commitments();
      case "complaint" -> EvaluationInputReader.complaints();
      default -> EvaluationInputReader.litigationCases();
    };
    InputBatch<?> batch = reader.read(new ByteArrayInputStream(item.getBytes(StandardCharsets.UTF_8)),
        EvaluationInputFormat.NDJSON);
    assertThat(batch.problems()).extracting(p -> ((Problem) p).code().name()).contains(code);
  }
}
