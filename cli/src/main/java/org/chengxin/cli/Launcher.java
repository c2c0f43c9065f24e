package org.chengxin.cli;

/**
 * The jar's entry point ({@code java -jar chengxin.jar …}): the same as {@link Main#main}. It exists because the
 * launcher looks up {@code main} by reflection, which loads every type named in the main class's method signatures:
 * {@link Main}'s mention picocli's {@code CommandLine}, a large class that a plain {@code validate} or {@code assess}
 * run never needs.
 */
final class Launcher {

  private Launcher() {}

  /** Runs the tool and exits the JVM with its exit code (see {@link Main#main}). */
  public static void main(String[] args) {
    Main.main(args);
  }
}
