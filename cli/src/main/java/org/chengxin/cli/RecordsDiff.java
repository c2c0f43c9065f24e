package org.chengxin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chengxin.core.Language;
import org.chengxin.core.Record;
import org.chengxin.formats.AssessmentJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.RecordFormat;
import org.chengxin.formats.RecordSource;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.Assessor;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileRegistry;
import org.chengxin.rules.WorkingDayCalendar;
import org.chengxin.rules.WorkingDayCalendars;

/**
 * The records whose assessment differs between two profiles at a date ({@code profiles diff --records}): each
 * record is assessed under A and under B and the two compared as conformance compares them (no trace, no
 * problem messages), the profile itself aside.
 */
final class RecordsDiff {

  /** One record that differs, or could not be compared because it is invalid. */
  static final class Change {
    final String recordId;
    final boolean invalid;
    final List<String> changes;

    Change(String recordId, boolean invalid, List<String> changes) {
      this.recordId = recordId;
      this.invalid = invalid;
      this.changes = changes;
    }
  }

  final long recordsRead;
  final List<Change> changes;

  private RecordsDiff(long recordsRead, List<Change> changes) {
    this.recordsRead = recordsRead;
    this.changes = changes;
  }

  boolean hasInvalid() {
    return changes.stream().anyMatch(c -> c.invalid);
  }

  long differing() {
    return changes.stream().filter(c -> !c.invalid).count();
  }

  static RecordsDiff compare(ProfileRegistry registry, Profile a, Profile b, Path file, LocalDate asOf,
      Language language, Progress progress) {
    WorkingDayCalendar calendar = WorkingDayCalendars.national();
    Assessor assessor = Assessor.create();
    boolean zh = language == Language.ZH;
    long read = 0;
    List<Change> out = new ArrayList<>();
    try (RecordSource reader = Inputs.openForAssessment(file, RecordFormat.AUTO, registry)) {
      while (reader.hasNext()) {
        ReadResult result = reader.next();
        read++;
        progress.tick();
        String id = result.recordId().orElse((zh ? "第 " : "line ") + result.line() + (zh ? " 行" : ""));
        if (!result.isValid()) {
          out.add(new Change(id, true, List.of()));
          continue;
        }
        Record record = result.record().orElseThrow();
        AssessmentResult inA = assessor.assess(record, a, calendar, asOf);
        AssessmentResult inB = assessor.assess(record, b, calendar, asOf);
        List<String> changes;
        if (inA.isRefused() || inB.isRefused()) {
          changes = inA.isRefused() && inB.isRefused() && codes(inA).equals(codes(inB))
              ? List.of()
              : List.of("A: " + outline(inA, zh), "B: " + outline(inB, zh));
        } else {
          changes = JsonDiff.between(comparable(inA, language), comparable(inB, language));
        }
        if (!changes.isEmpty()) {
          out.add(new Change(id, false, changes));
        }
      }
    }
    progress.done();
    return new RecordsDiff(read, out);
  }

  /**
   * The assessment as conformance compares it, without the profile itself, and with the measures keyed by
   * {@code CODE:TARGET} so that a measure only one profile has shows as one change.
   */
  private static ObjectNode comparable(AssessmentResult result, Language language) {
    ObjectNode node = (ObjectNode) AssessmentJson.comparable(AssessmentJson.write(result, language));
    node.remove("profile");
    JsonNode measures = node.path("measures");
    if (measures.isArray()) {
      ObjectNode byKey = node.objectNode();
      measures.forEach(m -> byKey.set(m.path("code").asText() + ":" + m.path("target").asText(), m));
      node.set("measures", byKey);
    }
    return node;
  }

  private static List<String> codes(AssessmentResult result) {
    return result.problems().stream().map(p -> p.code().name()).collect(Collectors.toList());
  }

  private static String outline(AssessmentResult result, boolean zh) {
    if (result.isRefused()) {
      return (zh ? "不予评估（" : "not assessed (") + String.join(", ", codes(result)) + (zh ? "）" : ")");
    }
    return (zh ? "已评估，状态 " : "assessed, state ") + result.assessment().state();
  }
}
