package org.chengxin.cli;

import org.chengxin.core.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang zh|en} option every command carries (default {@code zh}). Given to an enclosing command
 * ({@code chengxin --lang en validate …}) it applies to the sub-command too, unless the sub-command has its own.
 */
final class LangOption {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of messages (消息语言): zh (default) or en.")
  Language language = Language.ZH;

  /** The language given to this command or, failing that, to the nearest enclosing command; else Chinese. */
  Language language() {
    for (CommandSpec spec = mixee; spec != null; spec = spec.parent()) {
      ParseResult parsed = spec.commandLine().getParseResult();
      if (parsed != null && parsed.hasMatchedOption("--lang")) {
        return parsed.matchedOptionValue("--lang", Language.ZH);
      }
    }
    return language;
  }

  static Language parseLanguage(String text) {
    try {
      return Language.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "' is not a language (expected zh or en)");
    }
  }

  /**
   * The language named by the last {@code --lang} in raw arguments (the innermost command's), for messages about
   * arguments that could not be parsed; Chinese when absent or unreadable.
   */
  static Language fromArgs(String[] args) {
    Language language = Language.ZH;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        try {
          language = Language.parse(value);
        } catch (IllegalArgumentException e) {
          language = Language.ZH;
        }
      }
    }
    return language;
  }
}
