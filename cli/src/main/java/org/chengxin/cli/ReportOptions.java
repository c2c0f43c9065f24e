package org.chengxin.cli;

import java.nio.file.Path;
import org.chengxin.formats.report.ReportFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every {@code report} subcommand shares: output format, output file and the input records. */
final class ReportOptions {

  @Option(names = "--format", paramLabel = "json|csv|html", defaultValue = "json",
      converter = ReportFormats.class, description = "Output format (default json).")
  ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Records: NDJSON, JSON, flat or 双公示 CSV (UTF-8), XLSX.")
  Path input;
}
