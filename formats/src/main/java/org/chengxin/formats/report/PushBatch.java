package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Language;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;
import org.chengxin.formats.ReadResult;
import org.chengxin.formats.report.internal.BatchJson;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.WorkingDayCalendar;

/**
 * 逐级推送批次 — the upward push batch of SPEC §6:
 * <pre>{@code
 * {"format":"chengxin.batch/1","batchId":"611026-610000-2024-06-30","from":"611026","to":"610000",
 *  "createdAt":"2024-07-01T09:00:00+08:00","profile":{"id":"zhashui-2021","version":"1"},
 *  "since":"2024-03-31","asOf":"2024-06-30","counts":{"records":1,"withdrawals":1},
 *  "records":[{…canonical record as known on asOf…}],
 *  "withdrawals":[{"recordId":"…","reason":"EXPIRED","effectiveOn":"2024-05-09","withdrawBy":null}],
 *  "sha256":"…"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code records}: the records visible on asOf (R-DISC-4) whose decidedOn, publishedOn or any event date is
 *       in {@code (since, asOf]}, each as its canonical §3 JSON as known on asOf (events after asOf and a
 *       publishedOn after asOf removed, R-ASOF).
 *   <li>{@code withdrawals}: the records visible on since and not visible on asOf; reason and effectiveOn are the
 *       earliest cause: the active period's end ({@code endReason}, {@code endedOn}), the retention's end
 *       ({@link Withdrawal#PURGE_DUE}, retention lastDay + 1) or an objection that hides the record
 *       ({@link Withdrawal#OBJECTION_HIDDEN}, the day it was filed); on the same day in that order.
 *       {@code withdrawBy} is the asOf assessment's (R-REV), null unless revoked.
 *   <li>Both lists are sorted by recordId (UTF-16 order), so a batch does not depend on the input's order.
 *   <li>{@code sha256}: lower-case hex SHA-256 of the UTF-8 {@link Jcs} form of
 *       {@code {"records":[…],"withdrawals":[…]}}.
 * </ul>
 *
 * <p>Memory: the selected records are held until the end as compact canonical JSON bytes (the counts precede
 * them and both lists are sorted); everything else streams.
 */
public final class PushBatch {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "chengxin.batch/1";

  private PushBatch() {}

  /**
   * A batch and what happened to every record read. The selected records are held as compact UTF-8 canonical
   * JSON (about 1 KB each); {@link #writeTo} streams the document from them.
   */
  public static final class Result {
    private final BatchRequest request;
    private final List<byte[]> records;
    private final List<Withdrawal> withdrawals;
    private final String sha256;
    private final InputSummary summary;

    Result(BatchRequest request, List<byte[]> records, List<Withdrawal> withdrawals, InputSummary summary) {
      this.request = request;
      this.records = records;
      this.withdrawals = withdrawals;
      this.summary = summary;
      this.sha256 = contentHash(records, withdrawals);
    }

    /** The batch document, fields in the SPEC's order (built in memory: prefer {@link #writeTo} for big ones). */
    public ObjectNode batch() {
      ArrayNode recordArray = JsonNodeFactory.instance.arrayNode();
      for (byte[] r : records) {
        recordArray.add(tree(r));
      }
      ObjectNode doc = envelope(request, records.size(), withdrawals.size());
      doc.set("records", recordArray);
      doc.set("withdrawals", withdrawalArray(withdrawals));
      doc.put("sha256", sha256);
      return doc;
    }

    /** The lower-case hex SHA-256 of SPEC §6. */
    public String sha256() {
      return sha256;
    }

    /** Every record read, counted once: in the batch (records + withdrawals), not selected, invalid, refused. */
    public InputSummary summary() {
      return summary;
    }

    /** Writes the batch as indented UTF-8 JSON text (a final line break included); the writer stays open. */
    public void writeTo(Writer out) {
      try {
        BatchJson.write(envelope(request, records.size(), withdrawals.size()), records, r -> tree(r),
            withdrawalArray(withdrawals), sha256, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads every result once and makes the batch.
   *
   * @param language the language of the problems in the summary
   * @param progress told the number of records read so far, after each record
   */
  public static Result create(Iterator<ReadResult> input, BatchRequest request, WorkingDayCalendar calendar,
      Language language, LongConsumer progress) {
    requireNonNull(input, "input");
    requireNonNull(request, "request");
    requireNonNull(calendar, "calendar");
    requireNonNull(language, "language");
    requireNonNull(progress, "progress");
    Map<String, byte[]> records = new TreeMap<>();
    Map<String, Withdrawal> withdrawals = new TreeMap<>();
    Pass pass = new Pass(request.profile(), calendar, language);
    InputSummary summary = pass.run(input, (record, p) -> {
      Optional<Assessment> now = p.assess(record, request.asOf());
      if (p.refused()) {
        return Pass.Outcome.REFUSED;
      }
      if (now.isPresent() && now.get().disclosure().visible()) {
        if (changedIn(record, now.get(), request.since(), request.asOf())) {
          records.put(record.recordId(), CanonicalJson.write(asKnownOn(record, request.asOf())).getBytes(UTF_8));
          return Pass.Outcome.USED;
        }
        return Pass.Outcome.NOT_SELECTED;
      }
      if (now.isEmpty()) {
        return Pass.Outcome.NOT_SELECTED; // decided after asOf: it does not exist yet
      }
      Optional<Assessment> before = p.assess(record, request.since());
      if (p.refused()) {
        return Pass.Outcome.REFUSED;
      }
      if (before.isPresent() && before.get().disclosure().visible()) {
        withdrawals.put(record.recordId(), withdrawal(record, now.get(), request));
        return Pass.Outcome.USED;
      }
      return Pass.Outcome.NOT_SELECTED;
    }, progress);
    return new Result(request, new ArrayList<>(records.values()), new ArrayList<>(withdrawals.values()), summary);
  }

  private static JsonNode tree(byte[] canonical) {
    try {
      return BatchJson.MAPPER.readTree(canonical);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written by CanonicalJson a moment ago
    }
  }

  /** Whether decidedOn, publishedOn (as known on asOf) or an event date is in {@code (since, asOf]}. */
  static boolean changedIn(Record record, Assessment assessment, LocalDate since, LocalDate asOf) {
    if (in(record.decision().decidedOn(), since, asOf)) {
      return true;
    }
    if (assessment.disclosure().publishedOn().filter(d -> in(d, since, asOf)).isPresent()) {
      return true;
    }
    for (Event e : record.events()) {
      if (in(e.on(), since, asOf)) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(LocalDate day, LocalDate sinceExclusive, LocalDate asOfInclusive) {
    return day.isAfter(sinceExclusive) && !day.isAfter(asOfInclusive);
  }

  /** The record as known on a day (R-ASOF): events after it and a publishedOn after it removed. */
  public static Record asKnownOn(Record record, LocalDate day) {
    requireNonNull(record, "record");
    requireNonNull(day, "day");
    List<Event> events = new ArrayList<>(record.events().size());
    for (Event e : record.events()) {
      if (!e.on().isAfter(day)) {
        events.add(e);
      }
    }
    return Record.builder().from(record).events(events)
        .publishedOn(record.publishedOn().filter(d -> !d.isAfter(day))).build();
  }

  /** The withdrawal of a record visible on since and not on asOf (the earliest cause). */
  static Withdrawal withdrawal(Record record, Assessment now, BatchRequest request) {
    DisclosureAssessment d = now.disclosure();
    String reason = null;
    LocalDate day = null;
    if (d.endedOn().isPresent()) {
      reason = d.endReason().orElseThrow().name();
      day = d.endedOn().get();
    }
    if (now.retention().purgeDue() && now.retention().lastDay().isBefore(now.asOf())) {
      LocalDate purge = now.retention().lastDay().plusDays(1);
      if (day == null || purge.isBefore(day)) {
        reason = Withdrawal.PURGE_DUE;
        day = purge;
      }
    }
    if (d.underObjection() && request.profile().hideDuringObjection().value()) {
      LocalDate filed = null;
      for (Event e : record.events()) {
        if (e.type() == EventType.OBJECTION_FILED && !e.on().isAfter(now.asOf())) {
          filed = e.on();
        }
      }
      if (filed != null && (day == null || filed.isBefore(day))) {
        reason = Withdrawal.OBJECTION_HIDDEN;
        day = filed;
      }
    }
    if (reason == null) {
      throw new IllegalStateException("record '" + record.recordId() + "' was visible on " + request.since()
          + " and is not on " + request.asOf() + " without an end, a purge or a hiding objection");
    }
    return Withdrawal.of(record.recordId(), reason, day, now.withdrawBy());
  }

  private static ArrayNode withdrawalArray(List<Withdrawal> withdrawals) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Withdrawal w : withdrawals) {
      ObjectNode o = array.addObject();
      o.put("recordId", w.recordId());
      o.put("reason", w.reason());
      o.put("effectiveOn", w.effectiveOn().toString());
      if (w.withdrawBy().isPresent()) {
        o.put("withdrawBy", w.withdrawBy().get().toString());
      } else {
        o.putNull("withdrawBy");
      }
    }
    return array;
  }

  /** The fields before {@code records}. */
  private static ObjectNode envelope(BatchRequest request, int records, int withdrawals) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("format", FORMAT);
    doc.put("batchId", request.batchId());
    doc.put("from", request.from());
    doc.put("to", request.to());
    doc.put("createdAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(request.createdAt()));
    ObjectNode profile = doc.putObject("profile");
    profile.put("id", request.profile().id());
    profile.put("version", request.profile().version());
    doc.put("since", request.since().toString());
    doc.put("asOf", request.asOf().toString());
    ObjectNode counts = doc.putObject("counts");
    counts.put("records", records);
    counts.put("withdrawals", withdrawals);
    return doc;
  }

  /** The SHA-256 of the JCS form of {@code {"records":…,"withdrawals":…}}, record by record. */
  private static String contentHash(List<byte[]> records, List<Withdrawal> withdrawals) {
    MessageDigest digest = Jcs.sha256();
    digest.update("{\"records\":[".getBytes(UTF_8));
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        digest.update((byte) ',');
      }
      digest.update(Jcs.canonicalize(tree(records.get(i))).getBytes(UTF_8));
    }
    digest.update("],\"withdrawals\":".getBytes(UTF_8));
    digest.update(Jcs.canonicalize(withdrawalArray(withdrawals)).getBytes(UTF_8));
    digest.update((byte) '}');
    return HexFormat.of().formatHex(digest.digest());
  }
}
