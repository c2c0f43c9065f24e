package org.chengxin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileJson;
import org.chengxin.rules.ProfileRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chengxin profiles list | show ID | diff A B} — jurisdiction profiles (地区规则配置, SPEC §5). */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "Jurisdiction profiles (地区规则配置): list them, show one resolved, diff two.",
    subcommands = {ProfilesCommand.ListProfiles.class, ProfilesCommand.ShowProfile.class, ProfilesDiff.class})
final class ProfilesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing sub-command (list, show, diff)");
  }

  /** {@code chengxin profiles list}: one line per profile. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists every profile (配置): id, version, jurisdiction, parent and name.",
      footer = {"", "Exit codes: 0 listed; 2 usage error."})
  static final class ListProfiles implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Profile p : Profiles.registry().all()) {
        out.println(String.join("\t", p.id(), p.version(), p.jurisdiction().code(), p.parent().orElse("-"),
            lang.language() == Language.ZH ? p.nameZh() : p.nameEn()));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code chengxin profiles show ID}: the resolved profile as a profile document. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints a profile (配置), resolved: everything inherited written out, every parameter with its "
        + "basis and verified flag, as a JSON profile document.",
      footer = {"", "Exit codes: 0 printed; 2 unknown profile (the known ids are listed) or usage error."})
  static final class ShowProfile implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Parameters(index = "0", paramLabel = "ID", description = "The profile id, e.g. zhashui-2021.")
    String id;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(ProfileJson.write(Profiles.get(Profiles.registry(), id)));
      return ExitCodes.OK;
    }
  }
}
