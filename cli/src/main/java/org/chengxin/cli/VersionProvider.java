package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the Maven metadata the jar carries. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(
        "/META-INF/maven/org.chengxin/chengxin-cli/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"chengxin " + p.getProperty("version", "(development build)")};
  }

  /**
   * The version lines exactly as picocli prints them for {@code --version} (text without {@code %} or
   * {@code @|} markup is printed as is), or {@code null} when they would need picocli's formatting or cannot
   * be read.
   */
  static String[] versionOrNull() {
    String[] lines;
    try {
      lines = new VersionProvider().getVersion();
    } catch (IOException e) {
      return null;
    }
    for (String line : lines) {
      if (line.indexOf('%') >= 0 || line.contains("@|")) {
        return null;
      }
    }
    return lines;
  }
}
