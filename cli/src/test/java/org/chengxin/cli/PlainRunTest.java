package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §9: the hand-parsed plain run of {@code validate} and {@code assess} ({@link PlainRun}) prints exactly what
 * picocli's full command tree prints, with the same exit code, for any arguments; it takes only the documented
 * options and leaves everything else to picocli.
 */
class PlainRunTest {

  private static final String RECORDS = CliRun.sample("records.ndjson");
  private static final String INVALID = CliRun.sample("invalid.ndjson");
  private static final String CSV = CliRun.sample("penalties-legal.csv");

  /** Both ways: Main.run (plain path when it applies) and the whole picocli tree. */
  private static void assertSameBothWays(String... args) {
    CliRun plain = CliRun.of(args);
    CliRun full = CliRun.throughWholeTree(args);
    String what = String.join(" ", args);
    assertThat(plain.out).as("stdout of " + what).isEqualTo(full.out);
    assertThat(plain.err).as("stderr of " + what).isEqualTo(full.err);
    assertThat(plain.code).as("exit code of " + what).isEqualTo(full.code);
  }

  /** The documented forms are parsed by hand (not null) … */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "validate|F", "validate|--json|F", "validate|F|--json|F", "validate|--format=ndjson|--lang|en|F",
      "validate|--encoding|gb18030|--format|penalty-csv|C", "validate|--encoding=utf_8|F",
      "assess|--profile|zhashui-2021|--as-of|2024-03-01|F", "assess|F|--as-of=2024-03-01|--profile=cn-national",
      "assess|--lang=en|--format|ndjson|--profile|nope|--as-of|2024-03-01|F",
  })
  void theDocumentedFormsArePlain(String joined) {
    String[] args = resolve(joined.split("\\|"));
    assertThat(PlainRun.parse(args)).isNotNull();
    assertSameBothWays(args);
  }

  /** … everything else is picocli's. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "validate", "validate|--help", "validate|-h|F", "validate|--version|F", "validate|--json|--json|F",
      "validate|--json=true|F", "validate|--format|F", "validate|--format|nope|F", "validate|--format=|F",
      "validate|--encoding|latin1|F", "validate|--lang|xx|F", "validate|--|F", "validate|@F", "validate|-|F",
      "validate|--bogus|F", "validate|--lang", "validate|", "assess|F", "assess|--profile|p|F",
      "assess|--profile|p|--as-of|2024-02-30|F", "assess|--profile|p|--as-of|2024-03-01|F|F",
      "assess|--profile|p|--profile|q|--as-of|2024-03-01|F", "assess|--json|--profile|p|--as-of|2024-03-01|F",
      "assess|--encoding|UTF-8|--profile|p|--as-of|2024-03-01|F", "Validate|F", "--lang|en|validate|F",
  })
  void anythingElseIsPicocli(String joined) {
    String[] args = resolve(joined.split("\\|", -1));
    assertThat(PlainRun.parse(args)).isNull();
    assertSameBothWays(args);
  }

  /** Seeded generated argument lists (seed 20240301), valid and invalid, run both ways. */
  @Test
  void generatedArgumentsSeed20240301() {
    SplittableRandom random = new SplittableRandom(20240301);
    String[] tokens = {
        "--json", "--format", "ndjson", "--format=csv", "--format=auto", "json", "--encoding", "GB18030",
        "--encoding=utf-8", "latin1", "--lang", "en", "zh", "EN", "--lang=en", "--lang=xx", "--profile",
        "zhashui-2021", "--profile=cn-national", "nope", "--as-of", "2024-03-01", "--as-of=2021-06-30", "2024-02-30",
        "F", "F", "I", "C", "missing.ndjson", "-h", "--help", "-V", "--", "-", "@F", "", "--bogus", "--json=false",
    };
    int plain = 0;
    for (int i = 0; i < 300; i++) {
        List<String> args = new ArrayList<>();
        args.add(random.nextInt(5) == 0 ? "assess" : random.nextBoolean() ? "validate" : "assess");
        if (args.get(0).equals("assess") && random.nextInt(3) > 0) {
          // mostly the required options, so that many lists are plain
          args.add("--profile");
          args.add(random.nextBoolean() ? "zhashui-2021" : "shenfu-2022");
          args.add(random.nextBoolean() ? "--as-of=2024-03-01" : "--as-of=2023-01-01");
        }
        int n = random.nextInt(5);
        for (int k = 0; k < n; k++) {
          args.add(tokens[random.nextInt(tokens.length)]);
        }
        if (random.nextInt(4) > 0) {
          args.add(random.nextBoolean() ? "F" : "I");
        }
        java.util.Collections.shuffle(args.subList(1, args.size()), new java.util.Random(random.nextLong()));
        String[] resolved = resolve(args.toArray(new String[0]));
        if (PlainRun.parse(resolved) != null) {
          plain++;
        }
        assertSameBothWays(resolved);
    }
    assertThat(plain).as("plain runs among the generated").isGreaterThan(40);
  }

  private static String[] resolve(String[] args) {
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "F":
          out[i] = RECORDS;
          break;
        case "I":
          out[i] = INVALID;
          break;
        case "C":
          out[i] = CSV;
          break;
        case "@F":
          out[i] = "@" + RECORDS;
          break;
        default:
          out[i] = args[i];
      }
    }
    return out;
  }
}
