package org.chengxin.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chengxin.core.Language;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordReader;
import org.chengxin.formats.RecordValidator;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * The library path of {@code chengxin assess} without the CLI: reads, validates and assesses every record of
 * an NDJSON file and writes the Assessment NDJSON to stdout, for profiling the library on its own.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.chengxin.bench.LibraryAssess zhashui-2021 2024-03-01 FILE > /dev/null
 * }</pre>
 */
public final class LibraryAssess {

  private LibraryAssess() {}

  /**
   * {@code LibraryAssess PROFILE AS_OF FILE [THREADS]}: THREADS reader worker threads (default 1).
   *
   * @throws IOException from the file system or stdout
   */
  public static void main(String[] args) throws IOException {
    Profile profile = ProfileRegistry.load().get(args[0]);
    LocalDate asOf = LocalDate.parse(args[1]);
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    Assessor assessor = Assessor.create();
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    try (RecordReader reader = RecordReader.of(Files.newInputStream(Path.of(args[2])), RecordFormat.NDJSON,
            RecordValidator.standard(), threads);
        JsonGenerator g = new JsonFactory().setRootValueSeparator(null).createGenerator(out)) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        AssessmentResult result = r.record().isPresent()
            ? assessor.assess(r.record().get(), profile, calendar, asOf)
            : AssessmentResult.refused(r.recordId().orElse(""), r.problems());
        AssessmentJson.write(result, Language.ZH, g);
        g.writeRaw('\n');
      }
    }
  }
}
