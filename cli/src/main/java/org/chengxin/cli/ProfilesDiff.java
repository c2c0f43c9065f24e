package org.chengxin.cli;

import java.io.PrintWriter;
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
 * {@code chengxin profiles diff A B [--format text|json]}: the parameter-level differences between two resolved
 * profiles, with their bases (配置差异).
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
        + "basis in A and in B (absent where a profile lacks the parameter).",
    footer = {"", "Exit codes: 0 compared (whether or not they differ); 2 unknown profile or usage error."})
final class ProfilesDiff implements Callable<Integer> {
  /** The output formats. */
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;
  @Mixin LangOption lang;

  @Parameters(index = "0", paramLabel = "A", description = "The first profile id, e.g. cn-national.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The second profile id, e.g. zhashui-2021.")
  String b;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json: {\"a\",\"b\",\"differences\":[…]}.")
  Format format;

  @Override
  public Integer call() {
    ProfileRegistry registry = Profiles.registry();
    Profile profileA = Profiles.get(registry, a);
    Profile profileB = Profiles.get(registry, b);
    ProfileDiff diff = ProfileDiff.between(profileA, profileB);
    Language language = lang.language();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.print(ProfileJson.write(diff)); // indented, ends with a line feed
    } else {
      text(diff, language == Language.ZH, out);
    }
    return ExitCodes.OK;
  }

  private void text(ProfileDiff diff, boolean zh, PrintWriter out) {
    int n = diff.differences().size();
    out.println(diff.idA() + " → " + diff.idB() + ": "
        + (zh ? n + " 处差异" : n + (n == 1 ? " difference" : " differences")));
    for (ProfileDifference d : diff.differences()) {
      out.println(d.path() + (d.valueChanged() ? "" : zh ? "（仅依据不同）" : " (basis only)"));
      out.println("  A: " + side(d.valueA(), d.basisA(), zh));
      out.println("  B: " + side(d.valueB(), d.basisB(), zh));
    }
  }

  private static String side(Optional<String> value, Optional<Basis> basis, boolean zh) {
    String text = value.orElse(zh ? "（无）" : "(absent)");
    return basis.map(x -> text + "   [" + (zh ? "依据：" : "basis: ") + x + "]").orElse(text);
  }
}
