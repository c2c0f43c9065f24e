package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.core.Language;
import org.chengxin.formats.report.BatchFinding;
import org.chengxin.formats.report.BatchFormatException;
import org.chengxin.formats.report.BatchRequest;
import org.chengxin.formats.report.BatchVerifier;
import org.chengxin.formats.report.PushBatch;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendars;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chengxin batch create | verify} — upward push batches (逐级推送, SPEC §6). */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Push batches (逐级推送批次): create one with records and withdrawals, verify one's sha256.",
    subcommands = {BatchCommand.Create.class, BatchCommand.Verify.class})
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LangOption lang;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing sub-command (create, verify)");
  }

  /** {@code chengxin batch create}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Writes the push batch of the window (since, as-of]: the records visible on as-of that changed "
          + "in the window, and the withdrawals of records visible on since and no longer on as-of.",
      footer = {"", "Exit codes: 0 written; 1 written, but some records were invalid or could not be assessed "
          + "(listed on stderr); 2 usage or I/O error, or no single profile for --from."})
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Option(names = "--profile", paramLabel = "ID",
        description = "The profile (default: the one whose jurisdiction is --from).")
    String profile;

    @Option(names = "--from", required = true, paramLabel = "CODE", description = "The sending platform's code.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "CODE", description = "The receiving platform's code.")
    String to;

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "Start of the window (exclusive).")
    LocalDate since;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "End of the window (inclusive).")
    LocalDate asOf;

    @Option(names = "--created-at", required = true, paramLabel = "INSTANT",
        description = "When the batch is made, ISO-8601 with offset, e.g. 2024-07-01T09:00:00+08:00.")
    String createdAt;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "Records: NDJSON, JSON, flat or 双公示 CSV (UTF-8), XLSX.")
    Path input;

    @Override
    public Integer call() {
      BatchRequest request = request(Profiles.registry());
      return ReportIo.run(spec, lang.language(), input, output, (reader, out, progress) -> {
        PushBatch.Result r = PushBatch.create(reader, request, WorkingDayCalendars.national(), lang.language(),
            n -> progress.tick());
        r.writeTo(out);
        return r.summary();
      }, true);
    }

    private BatchRequest request(ProfileRegistry registry) {
      Profile p;
      if (profile != null) {
        p = Profiles.get(registry, profile);
      } else {
        List<Profile> candidates = registry.byJurisdiction(from);
        if (candidates.size() != 1) {
          String ids = candidates.isEmpty() ? "" : String.join(", ", candidates.stream().map(Profile::id).toList());
          throw CliException.usage(
              (candidates.isEmpty() ? "没有" : "有多个") + "管辖区为 " + from + " 的配置" + (ids.isEmpty() ? "" : "（" + ids + "）")
                  + "；请用 --profile 指定",
              (candidates.isEmpty() ? "no profile" : "several profiles (" + ids + ")") + " with jurisdiction "
                  + from + "; name one with --profile");
        }
        p = candidates.get(0);
      }
      OffsetDateTime created;
      try {
        created = OffsetDateTime.parse(createdAt);
      } catch (DateTimeParseException e) {
        throw CliException.usage("--created-at '" + createdAt + "' 不是带时区偏移的 ISO-8601 时间，例如 2024-07-01T09:00:00+08:00",
            "--created-at '" + createdAt + "' is not an ISO-8601 instant with offset, e.g. 2024-07-01T09:00:00+08:00");
      }
      try {
        return BatchRequest.builder().from(from).to(to).profile(p).since(since).asOf(asOf).createdAt(created)
            .build();
      } catch (IllegalArgumentException e) {
        throw CliException.usage("参数错误：" + e.getMessage(), e.getMessage());
      }
    }
  }

  /** {@code chengxin batch verify}. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Checks a push batch: its sha256 against the RFC 8785 canonical form of its records and "
          + "withdrawals, its counts and its batchId. Re-indenting or re-ordering keys keeps a batch intact.",
      footer = {"", "Exit codes: 0 intact; 1 altered (the reason on stderr); 2 unreadable file or not a batch."})
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LangOption lang;

    @Parameters(index = "0", paramLabel = "BATCH", description = "The batch JSON file.")
    Path batch;

    @Override
    public Integer call() {
      Language language = lang.language();
      BatchVerifier.Verification v;
      try (InputStream in = Files.newInputStream(batch)) {
        v = BatchVerifier.verify(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BatchFormatException e) {
        throw CliException.usage(batch + " 不是可读的推送批次：" + e.getMessage(),
            batch + " is not a readable push batch: " + e.getMessage());
      }
      if (v.intact()) {
        spec.commandLine().getOut().println(language == Language.ZH
            ? "批次完整：sha256 " + v.computedSha256()
            : "intact: sha256 " + v.computedSha256());
        return ExitCodes.OK;
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println(language == Language.ZH ? batch + "：批次已被修改" : batch + ": the batch was altered");
      for (BatchFinding f : v.findings()) {
        err.println("  " + f.label(language));
      }
      err.flush();
      return ExitCodes.INPUT_ERRORS;
    }
  }
}
