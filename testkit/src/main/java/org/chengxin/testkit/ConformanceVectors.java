package org.chengxin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and loads conformance vectors, from the classpath (the vectors shipped in this jar) or from a directory
 * (a partner's own vectors, same layout).
 *
 * <pre>{@code
 * for (ConformanceVector v : ConformanceVectors.fromClasspath()) {
 *   List<Difference> d = VectorComparator.compare(v, runMyImplementation(v));
 * }
 * }</pre>
 *
 * <p>On the classpath the vectors are enumerated through {@code org/chengxin/testkit/vectors/index.txt} (one id per
 * line), because a jar cannot be listed; in a directory, every sub-directory holding a {@code vector.json} is a
 * vector, in name order.
 */
public final class ConformanceVectors {

  /** The classpath folder of the shipped vectors. */
  public static final String RESOURCE_ROOT = "org/chengxin/testkit/vectors/";

  private static final List<String> INPUT_NAMES =
      List.of("input.json", "input.ndjson", "input.csv", "input.xlsx", "input.bin");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConformanceVectors() {}

  /** The ids listed in the shipped {@code index.txt}, in file order. */
  public static List<String> index() {
    byte[] bytes = resource(RESOURCE_ROOT + "index.txt")
        .orElseThrow(() -> new VectorFormatException("no " + RESOURCE_ROOT + "index.txt on the classpath"));
    List<String> ids = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String id = line.strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Every vector shipped in this jar, in index order. */
  public static List<ConformanceVector> fromClasspath() {
    List<ConformanceVector> vectors = new ArrayList<>();
    for (String id : index()) {
      vectors.add(loadFromClasspath(id));
    }
    return vectors;
  }

  /** One shipped vector by id, e.g. {@code a01-spec-example-zhashui}. */
  public static ConformanceVector loadFromClasspath(String id) {
    String base = RESOURCE_ROOT + id + "/";
    byte[] meta = resource(base + "vector.json")
        .orElseThrow(() -> new VectorFormatException("vector \"" + id + "\": no " + base + "vector.json"));
    byte[] expected = resource(base + "expected.json")
        .orElseThrow(() -> new VectorFormatException("vector \"" + id + "\": no " + base + "expected.json"));
    for (String name : INPUT_NAMES) {
      Optional<byte[]> input = resource(base + name);
      if (input.isPresent()) {
        return build(id, meta, name, input.get(), expected);
      }
    }
    throw new VectorFormatException("vector \"" + id + "\": no input file (one of " + INPUT_NAMES + ")");
  }

  /** Every vector in {@code directory}: each sub-directory holding a {@code vector.json}, sorted by name. */
  public static List<ConformanceVector> fromDirectory(Path directory) {
    List<ConformanceVector> vectors = new ArrayList<>();
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isRegularFile(child.resolve("vector.json"))) {
          vectors.add(loadFromDirectory(child));
        }
      }
    } catch (IOException e) {
      throw new VectorFormatException("cannot list vectors in \"" + directory + "\": " + e.getMessage(), e);
    }
    return vectors;
  }

  /** One vector from its directory ({@code vector.json}, {@code input.*}, {@code expected.json}). */
  public static ConformanceVector loadFromDirectory(Path vectorDirectory) {
    String id = vectorDirectory.getFileName().toString();
    try {
      byte[] meta = Files.readAllBytes(vectorDirectory.resolve("vector.json"));
      byte[] expected = Files.readAllBytes(vectorDirectory.resolve("expected.json"));
      for (String name : INPUT_NAMES) {
        Path input = vectorDirectory.resolve(name);
        if (Files.isRegularFile(input)) {
          return build(id, meta, name, Files.readAllBytes(input), expected);
        }
      }
    } catch (IOException e) {
      throw new VectorFormatException("vector \"" + id + "\": " + e, e);
    }
    throw new VectorFormatException("vector \"" + id + "\": no input file (one of " + INPUT_NAMES + ")");
  }

  private static ConformanceVector build(String id, byte[] meta, String inputName, byte[] input, byte[] expected) {
    JsonNode m = parse(id, "vector.json", meta);
    JsonNode e = parse(id, "expected.json", expected);
    List<String> rules = new ArrayList<>();
    m.path("rules").forEach(r -> rules.add(r.asText()));
    return ConformanceVector.builder()
        .id(id)
        .kind(VectorKind.fromJsonName(text(m, "kind").orElse("")))
        .profile(text(m, "profile"))
        .asOf(text(m, "asOf").map(s -> date(id, s)))
        .format(text(m, "format")
            .orElseThrow(() -> new VectorFormatException("vector \"" + id + "\": vector.json has no format")))
        .encoding(text(m, "encoding"))
        .rules(rules)
        .description(text(m, "description").orElse(""))
        .inputFileName(inputName)
        .input(input)
        .expected(e)
        .build();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static LocalDate date(String id, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new VectorFormatException("vector \"" + id + "\": bad asOf \"" + text + "\"", e);
    }
  }

  private static JsonNode parse(String id, String file, byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new VectorFormatException("vector \"" + id + "\": " + file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static Optional<byte[]> resource(String name) {
    ClassLoader loader = ConformanceVectors.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
