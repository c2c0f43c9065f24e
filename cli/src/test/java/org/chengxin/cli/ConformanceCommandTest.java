package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.testkit.ConformanceVector;
import org.chengxin.testkit.ConformanceVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chengxin conformance run}: the shipped vectors, a directory of vectors, a failing vector (SPEC §9, §10). */
class ConformanceCommandTest {

  @Test
  void everyShippedVectorPasses() {
    CliRun r = CliRun.of("conformance", "run");
    int n = ConformanceVectors.index().size();
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(n + " passed, 0 failed" + System.lineSeparator());
  }

  @Test
  void aDirectoryWithOneChangedExpectationFailsWithItsDifferenceFirst(@TempDir Path dir) throws IOException {
    copy(ConformanceVectors.loadFromClasspath("v01-valid-records"), dir);
    ConformanceVector spec = ConformanceVectors.loadFromClasspath("a01-spec-example-zhashui");
    Path a01 = copy(spec, dir);
    // The SPEC §4.10 example publishes by 2024-01-17 (2024-01-08 + 7 working days); claim 2024-01-18 instead.
    String expected = Files.readString(a01.resolve("expected.json"), StandardCharsets.UTF_8);
    assertThat(expected).contains("\"publishBy\": \"2024-01-17\"");
    Files.writeString(a01.resolve("expected.json"),
        expected.replace("\"publishBy\": \"2024-01-17\"", "\"publishBy\": \"2024-01-18\""), StandardCharsets.UTF_8);

    CliRun r = CliRun.of("conformance", "run", "--vectors", dir.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out.lines()).containsExactly(
        "a01-spec-example-zhashui " + spec.rules() + ": FAILED",
        "  /0/disclosure/publishBy: expected \"2024-01-18\", actual \"2024-01-17\"",
        "1 passed, 1 failed");
  }

  @Test
  void aMissingDirectoryIsAUsageError(@TempDir Path dir) {
    CliRun r = CliRun.of("conformance", "run", "--lang", "en", "--vectors", dir.resolve("nope").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.lines()).singleElement().asString().contains("not a directory");
  }

  private static Path copy(ConformanceVector v, Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve(v.id()));
    String base = ConformanceVectors.RESOURCE_ROOT + v.id() + "/";
    for (String name : new String[] {"vector.json", "expected.json"}) {
      try (var in = ConformanceCommandTest.class.getClassLoader().getResourceAsStream(base + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    Files.write(dir.resolve(v.inputFileName()), v.input());
    return dir;
  }
}
