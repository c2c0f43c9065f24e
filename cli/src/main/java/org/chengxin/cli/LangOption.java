package org.chengxin.cli;

import org.chengxin.core.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang zh|en} option every command carries (default {@code zh}). */
final class LangOption {

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of messages (消息语言): zh (default) or en.")
  Language language = Language.ZH;

  Language language() {
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
   * The language named by {@code --lang} in raw arguments, for messages about arguments that could not be
   * parsed; Chinese when absent or unreadable.
   */
  static Language fromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        try {
          return Language.parse(value);
        } catch (IllegalArgumentException e) {
          return Language.ZH;
        }
      }
    }
    return Language.ZH;
  }
}
