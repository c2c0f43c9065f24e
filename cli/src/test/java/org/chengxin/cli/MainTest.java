package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.chengxin.core.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §9: exit codes and one-line errors, whatever the command. */
class MainTest {

  @Test
  void helpExitsZeroAndListsExitCodes() {
    CliRun r = CliRun.of("--help");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Usage: chengxin").contains("Exit codes");
    assertThat(r.err).isEmpty();
  }

  @Test
  void versionExitsZero() {
    CliRun r = CliRun.of("--version");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("chengxin ");
  }

  @Test
  void noCommandIsAUsageErrorOnOneLine() {
    CliRun r = CliRun.of();
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("用法错误"); // Chinese by default
  }

  @Test
  void missingCommandMessageAndHeaderListEverySubcommand() {
    String all = "validate, assess, profiles, calendar, report, batch, conformance";
    CliRun none = CliRun.of("--lang", "en");
    assertThat(none.err).contains("missing command (" + all + ")");
    CliRun help = CliRun.of("--help");
    // the header wraps at the terminal width: compare with runs of blanks collapsed
    assertThat(help.out.replaceAll("\\s+", " ")).contains("(政务失信记录) — " + all + ".");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--lang en frobnicate   | Unmatched argument",
      "--lang en --no-such    | Unknown option",
      "--lang=en --no-such    | Unknown option",
      "--lang fr              | not a language"})
  void usageErrorsExitTwoWithOneLine(String args, String expected) {
    CliRun r = CliRun.of(args.trim().split("\\s+"));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.lines()).as(r.toString()).hasSize(1);
    assertThat(r.err).contains(expected);
    assertThat(r.err).doesNotContain("\tat ");
  }

  @Test
  void englishWhenAsked() {
    CliRun r = CliRun.of("--lang", "en", "--no-such");
    assertThat(r.err).startsWith("chengxin: usage error:").doesNotContain("用法错误");
  }

  @Test
  void strictDates() {
    assertThat(Dates.parse("2024-02-29")).hasToString("2024-02-29");
    for (String bad : new String[] {"2023-02-29", "2024-2-1", "20240201", "+2024-02-01", "2024-02-01T00:00"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parse(bad))
          .hasMessageContaining(bad);
    }
  }

  @Test
  void languageFromRawArguments() {
    assertThat(LangOption.fromArgs(new String[] {"x", "--lang", "en"})).isEqualTo(Language.EN);
    assertThat(LangOption.fromArgs(new String[] {"--lang=EN"})).isEqualTo(Language.EN);
    assertThat(LangOption.fromArgs(new String[] {"--lang"})).isEqualTo(Language.ZH);
    assertThat(LangOption.fromArgs(new String[] {"--lang", "xx"})).isEqualTo(Language.ZH);
    assertThat(LangOption.fromArgs(new String[] {"--lang", "en", "validate", "--lang", "zh"}))
        .isEqualTo(Language.ZH);
    assertThat(LangOption.fromArgs(new String[] {"--lang", "zh", "validate", "--lang=en"}))
        .isEqualTo(Language.EN);
  }

  @Test
  void testsDoNotRunWithStderrOnATerminal() {
    // Surefire pipes the forked JVM's stderr, so progress never mixes into test output.
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("surefire.real.class.path") != null
        || System.getProperty("surefire.test.class.path") != null);
    assertThat(Progress.stderrIsTerminal()).isFalse();
  }

  @Test
  void oneLineCollapsesLineBreaks() {
    assertThat(Main.oneLine("a\n  b\r\nc ")).isEqualTo("a b c");
  }

  @Test
  void progressShowsOnlyPastTheThresholdAndOnlyWhenEnabled() {
    StringWriter shown = new StringWriter();
    Progress on = new Progress(new PrintWriter(shown), true, Language.EN);
    for (int i = 0; i < 10_000; i++) {
      on.tick();
    }
    on.done();
    assertThat(shown.toString()).isEmpty(); // exactly 10,000 records: not "over 10,000"
    for (int i = 0; i < 10_000; i++) {
      on.tick();
    }
    on.done();
    // 20,000 is a multiple of the step: drawn once by tick, then the final line by done.
    assertThat(shown.toString()).isEqualTo("\r20000 records processed\r20000 records processed"
        + System.lineSeparator());

    StringWriter hidden = new StringWriter();
    Progress off = new Progress(new PrintWriter(hidden), false, Language.EN);
    for (int i = 0; i < 30_000; i++) {
      off.tick();
    }
    off.done();
    assertThat(hidden.toString()).isEmpty();
    assertThat(off.count()).isEqualTo(30_000);
  }
}
