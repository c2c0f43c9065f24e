package org.chengxin.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main#main} in a separate JVM whose platform encoding is ISO-8859-1: output must still be UTF-8, and the
 * process exit code must be the command's (SPEC §9).
 */
class MainProcessTest {

  @TempDir Path dir;

  private int run(Path out, Path err, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=ISO-8859-1",
        "-Dsun.stdout.encoding=ISO-8859-1", "-Dsun.stderr.encoding=ISO-8859-1",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    return process.waitFor();
  }

  @Test
  void writesUtf8WhateverThePlatformEncodingAndExitsWithTheCommandsCode() throws Exception {
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    assertThat(run(out, err, "profiles", "list")).isZero();
    assertThat(Files.readString(out, UTF_8)).contains("\t611026\tcn-national\t柞水县");

    String missing = dir.resolve("missing.ndjson").toString();
    assertThat(run(out, err, "validate", missing)).isEqualTo(2);
    assertThat(Files.readString(err, UTF_8)).isEqualTo("chengxin validate：找不到文件：" + missing
        + System.lineSeparator());
    assertThat(Files.readString(out, UTF_8)).isEmpty();
    assertThat(new File(missing)).doesNotExist();
  }
}
