package org.chengxin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.rules.Basis;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileDiff;
import org.chengxin.rules.ProfileDifference;
import org.chengxin.rules.ProfileJson;
import org.chengxin.rules.ProfileRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chengxin profiles diff A B [--records FILE --as-of DATE] [--format text|json]}: the parameter-level
 * differences between two resolved profiles, with their bases (配置差异), and optionally the records whose
 * assessment differs.
 *
 * <pre>
 * cn-national → zhashui-2021: 19 differences
 * objection.suspendMeasures
 *   A: false   [basis: …]
 *   B: true    [basis: seed:zhashui-2021:五(三)5]
 * </pre>
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists the parameter-level differences (差异) between profiles A and B, each with its value and "
        + "basis in A and in B (absent where a profile lacks the parameter). With --records and --as-of, also "
        + "the records whose assessment (评估结果) differs between A and B, field by field (trace, problem "
        + "messages and the profile itself aside).",
    footer = {"", "Exit codes: 0 compared (whether or not they differ); 1 some record of --records is invalid "
        + "(it is listed, not compared); 2 unknown profile, usage error, or a file that cannot be read."})
final class ProfilesDiff implements Callable<Integer> {
  /** Built on first use only: data binding is a few hundred classes to load, which most runs never need. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** The output formats. */
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;
  @Mixin LangOption lang;

  @Parameters(index = "0", paramLabel = "A", description = "The first profile id, e.g. cn-national.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second profile id, e.g. zhashui-2021.")
  String b;

  @Option(names = "--records", paramLabel = "FILE",
      description = "Also compare the assessments of these records (NDJSON or JSON); needs --as-of.")
  Path records;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day of the assessments (评估日).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json: {\"a\",\"b\",\"differences\":[…]}, with --records also \"asOf\", "
          + "\"recordsRead\" and \"records\":[{\"recordId\",\"invalid\",\"changes\"}].")
  Format format;

  @Override
  public Integer call() {
    if ((records == null) != (asOf == null)) {
      throw CliException.usage("--records 与 --as-of 须同时给出", "--records and --as-of go together");
    }
    ProfileRegistry registry = Profiles.registry();
    Profile profileA = Profiles.get(registry, a);
    Profile profileB = Profiles.get(registry, b);
    if (records != null) {
      Inputs.checkReadable(List.of(records));
    }
    ProfileDiff diff = ProfileDiff.between(profileA, profileB);
    Language language = lang.language();
    RecordsDiff recordsDiff = records == null ? null : RecordsDiff.compare(registry, profileA, profileB, records,
        asOf, language, Progress.forTerminal(spec.commandLine().getErr(), language));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      if (recordsDiff == null) {
        out.print(ProfileJson.write(diff)); // indented, ends with a line feed
      } else {
        out.println(json(diff, recordsDiff));
      }
    } else {
      text(diff, recordsDiff, language == Language.ZH, out);
    }
    return recordsDiff != null && recordsDiff.hasInvalid() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  private String json(ProfileDiff diff, RecordsDiff recordsDiff) {
    try {
      ObjectNode node = (ObjectNode) Mapper.JSON.readTree(ProfileJson.write(diff));
      if (recordsDiff != null) {
        node.put("asOf", asOf.toString());
        node.put("recordsRead", recordsDiff.recordsRead);
        ArrayNode list = node.putArray("records");
        for (RecordsDiff.Change c : recordsDiff.changes) {
          ObjectNode item = list.addObject().put("recordId", c.recordId).put("invalid", c.invalid);
          c.changes.forEach(item.putArray("changes")::add);
        }
      }
      return Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(ProfileDiff diff, RecordsDiff recordsDiff, boolean zh, PrintWriter out) {
    int n = diff.differences().size();
    out.println(diff.idA() + " → " + diff.idB() + ": "
        + (zh ? n + " 处差异" : n + (n == 1 ? " difference" : " differences")));
    for (ProfileDifference d : diff.differences()) {
      out.println(d.path() + (d.valueChanged() ? "" : zh ? "（仅依据不同）" : " (basis only)"));
      out.println("  A: " + side(d.valueA(), d.basisA(), zh));
      out.println("  B: " + side(d.valueB(), d.basisB(), zh));
    }
    if (recordsDiff == null) {
      return;
    }
    out.println();
    out.println(zh
        ? "评估结果不同的记录（评估日 " + asOf + "）：" + recordsDiff.differing() + " / " + recordsDiff.recordsRead
        : "Records whose assessment differs (as of " + asOf + "): " + recordsDiff.differing() + " of "
            + recordsDiff.recordsRead);
    for (RecordsDiff.Change c : recordsDiff.changes) {
      if (c.invalid) {
        out.println(c.recordId + (zh ? "：无效记录，未比较" : ": invalid record, not compared"));
      } else {
        out.println(c.recordId);
        c.changes.forEach(line -> out.println("  " + line));
      }
    }
  }

  private static String side(Optional<String> value, Optional<Basis> basis, boolean zh) {
    String text = value.orElse(zh ? "（无）" : "(absent)");
    return basis.map(x -> text + "   [" + (zh ? "依据：" : "basis: ") + x + "]").orElse(text);
  }
}
