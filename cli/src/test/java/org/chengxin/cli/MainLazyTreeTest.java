package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §9: {@link Main#run} builds only the sub-command a run names (and {@code --version} none); every help
 * text, usage error and exit code is the one the whole command tree gives.
 */
class MainLazyTreeTest {

  /** The names the header and the "missing command" error list are those of the whole tree, in its order. */
  @Test
  void theListedNamesAreTheRegisteredSubcommands() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    java.util.List<String> registered = new java.util.ArrayList<>(Main.commandLine(sink, sink).getSubcommands().keySet());
    registered.remove("help");
    assertThat(Commands.NAMES).isEqualTo(String.join(", ", registered));
    for (String name : registered) {
      assertThat(Commands.create(name)).as(name).isNotNull();
    }
    assertThat(Commands.create("help")).isNull();
  }

  /** The arguments, split at '|'; each run both ways. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "--version", "-V", "--help", "help", "help validate", "help profiles", "--lang|en", "--bogus", "nope",
      "validate|--help", "assess|--help", "profiles|--help", "profiles|list|--help", "profiles|show|--help",
      "profiles|diff|--help", "calendar|--help", "calendar|add-working-days|--help", "calendar|is-working-day|--help",
      "report|--help", "report|evaluation|--help", "report|disclosure-list|--help", "report|progress|--help",
      "batch|--help", "batch|create|--help", "batch|verify|--help", "conformance|--help", "conformance|run|--help",
      "validate", "validate|--bogus", "validate|--lang|xx|f", "assess|f", "assess|--as-of|2024-02-30|--profile|p|f",
      "profiles", "profiles|nope", "report", "report|nope", "batch", "conformance", "calendar", "validate|--version",
      "profiles|--lang|en", "--lang|en|profiles", "calendar|is-working-day|2024-13-01", "calendar|add-working-days",
      "profiles|show", "validate|-V", "version", "VALIDATE|--help", "--version|--help",
  })
  void aRunPrintsWhatTheWholeTreePrints(String joined) {
    String[] args = joined.split("\\|");
    CliRun lazy = CliRun.of(args);
    CliRun full = CliRun.throughWholeTree(args);
    assertThat(lazy.out).isEqualTo(full.out);
    assertThat(lazy.err).isEqualTo(full.err);
    assertThat(lazy.code).isEqualTo(full.code);
  }
}
