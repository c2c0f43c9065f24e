package org.chengxin.formats;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chengxin.core.Language;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Severity;
import org.chengxin.core.Tier;
import org.chengxin.formats.internal.Utf8Json;
import org.chengxin.rules.Assessment;
import org.chengxin.rules.AssessmentResult;
import org.chengxin.rules.DisclosureAssessment;
import org.chengxin.rules.EndReason;
import org.chengxin.rules.MeasureAssessment;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureState;
import org.chengxin.rules.NotDisclosedReason;
import org.chengxin.rules.ObjectionAssessment;
import org.chengxin.rules.ObjectionStatus;
import org.chengxin.rules.PublicationStatus;
import org.chengxin.rules.RecordState;
import org.chengxin.rules.Remedy;
import org.chengxin.rules.RepairAssessment;
import org.chengxin.rules.RepairBlocker;
import org.chengxin.rules.RepairStatus;
import org.chengxin.rules.Target;
import org.chengxin.rules.TraceEntry;
import org.chengxin.rules.internal.TraceParts;

/**
 * A reusable buffer of Assessment JSON lines (评估结果 NDJSON, SPEC §4.10) as UTF-8 bytes: each
 * {@link #add(AssessmentResult, Language) add} appends one line and its {@code \n}, written straight as bytes from
 * pre-encoded field names and codes. Every line's bytes equal the UTF-8 encoding of
 * {@link AssessmentJson#write(AssessmentResult, Language)} followed by {@code \n} (a lone surrogate in a string,
 * which UTF-8 cannot encode, is written as {@code ?}, as Java's UTF-8 writers do).
 *
 * <pre>{@code
 * AssessmentLines lines = new AssessmentLines();
 * for (AssessmentResult r : results) {
 *   lines.add(r, Language.ZH);
 *   if (lines.size() >= 1 << 16) { lines.writeTo(out); lines.clear(); }
 * }
 * lines.writeTo(out);
 * }</pre>
 *
 * <p>Not thread-safe: use one per thread. Output is deterministic: the same results give the same bytes.
 */
public final class AssessmentLines {

  // Every fixed fragment of a line, with its punctuation, encoded once (a run writes millions of them). A field
  // whose value is a code or a boolean is one fragment with its value: one copy instead of three.
  private static final byte[] RECORD_ID = Utf8Json.ascii("{\"recordId\":");
  private static final byte[] AS_OF = Utf8Json.ascii(",\"asOf\":");
  private static final byte[] PROFILE_ID = Utf8Json.ascii(",\"profile\":{\"id\":");
  private static final byte[] VERSION = Utf8Json.ascii(",\"version\":");
  private static final byte[] ERA = Utf8Json.ascii("},\"era\":");
  private static final byte[][] STATE = fields(",\"state\":", RecordState.values());
  private static final byte[][] TIER = fields(",\"tier\":", Tier.values());
  private static final byte[][] DISCLOSABLE = fields(",\"disclosure\":{\"disclosable\":");
  private static final byte[][] REASON = fields(",\"reason\":", NotDisclosedReason.values());
  private static final byte[] PUBLISH_BY = Utf8Json.ascii(",\"publishBy\":");
  private static final byte[] PUBLISHED_ON = Utf8Json.ascii(",\"publishedOn\":");
  private static final byte[][] PUBLICATION = fields(",\"publication\":", PublicationStatus.values());
  private static final byte[] MINIMUM_LAST_DAY = Utf8Json.ascii(",\"minimumLastDay\":");
  private static final byte[] LAST_DAY = Utf8Json.ascii(",\"lastDay\":");
  private static final byte[][] VISIBLE = fields(",\"visible\":");
  private static final byte[][] UNDER_OBJECTION = fields(",\"underObjection\":");
  private static final byte[] ENDED_ON = Utf8Json.ascii(",\"endedOn\":");
  private static final byte[][] END_REASON = fields(",\"endReason\":", EndReason.values());
  private static final byte[] RETENTION_LAST_DAY = Utf8Json.ascii("},\"retention\":{\"lastDay\":");
  private static final byte[][] PURGE_DUE = fields(",\"purgeDue\":");
  private static final byte[][] OBJECTION_STATUS = fields("},\"objection\":{\"status\":", ObjectionStatus.values());
  private static final byte[] DECIDE_BY = Utf8Json.ascii(",\"decideBy\":");
  private static final byte[][] OVERDUE = fields(",\"overdue\":");
  private static final byte[][] REPAIR_STATUS = fields("},\"repair\":{\"status\":", RepairStatus.values());
  private static final byte[][] ELIGIBLE = fields(",\"eligible\":");
  private static final byte[] ELIGIBLE_FROM = Utf8Json.ascii(",\"eligibleFrom\":");
  private static final byte[] BLOCKERS = Utf8Json.ascii(",\"blockers\":[");
  private static final byte[][] BLOCKER = fields("", RepairBlocker.values());
  private static final byte[] PUSH_BY = Utf8Json.ascii("],\"pushBy\":");
  private static final byte[] MEASURES = Utf8Json.ascii("},\"measures\":[");
  private static final byte[][] MEASURE_CODE = fields("{\"code\":", MeasureCode.values());
  private static final byte[][] TARGET = fields(",\"target\":", Target.values());
  private static final byte[][] KIND = fields(",\"kind\":", MeasureKind.values());
  private static final byte[][] STATUTORY_FROM = fields(",\"statutory\":", ",\"from\":");
  private static final byte[][] MEASURE_STATE = fields(",\"state\":", MeasureState.values(), ",\"basis\":[");
  private static final byte[] END_MEASURE = Utf8Json.ascii("]}");
  private static final byte[] REMEDIES = Utf8Json.ascii("],\"remedies\":[");
  private static final byte[][] REMEDY = fields("", Remedy.values());
  private static final byte[] WITHDRAW_BY = Utf8Json.ascii("],\"withdrawBy\":");
  private static final byte[] PROBLEMS = Utf8Json.ascii(",\"problems\":[");
  private static final byte[][] PROBLEM_CODE = fields("{\"code\":", ProblemCode.values());
  private static final byte[][] SEVERITY_PATH = fields(",\"severity\":", Severity.values(), ",\"path\":");
  private static final byte[] VALUE = Utf8Json.ascii(",\"value\":");
  private static final byte[] MESSAGE = Utf8Json.ascii(",\"message\":");
  private static final byte[] TRACE = Utf8Json.ascii("],\"trace\":[");
  private static final byte[] RULE = Utf8Json.ascii("{\"rule\":");
  private static final byte[] BASIS = Utf8Json.ascii(",\"basis\":");
  private static final byte[] DETAIL = Utf8Json.ascii(",\"detail\":");
  private static final byte[] QUOTE = Utf8Json.ascii("\"");
  /** Ends a trace entry's detail and the entry. */
  private static final byte[] END_DETAIL = Utf8Json.ascii("\"}");
  /** The slots of the cache of trace entry heads by value ({@link #head}), in sets of two; a power of two. */
  private static final int HEAD_SLOTS = 256;
  /** The slots of the cache of trace entry heads by the very rule and basis objects; a power of two. */
  private static final int REF_SLOTS = 1024;
  /** Ends the last array (trace, or a refusal's problems), the line's object, and the line. */
  private static final byte[] END_LINE = Utf8Json.ascii("]}\n");

  /** The message templates split at their placeholders, by language and code ordinal (null: no fast path). */
  private static final Template[][] TEMPLATES = templates();

  private final Utf8Json out = new Utf8Json(1 << 17);
  /** The cache of {@link #head} by value: rule and basis strings and their head's bytes. */
  private final String[] headRules = new String[HEAD_SLOTS];
  private final String[] headBases = new String[HEAD_SLOTS];
  private final byte[][] heads = new byte[HEAD_SLOTS][];
  /** The cache of {@link #head} by the rule and basis objects themselves (compared by reference). */
  private final String[] refRules = new String[REF_SLOTS];
  private final String[] refBases = new String[REF_SLOTS];
  private final byte[][] refHeads = new byte[REF_SLOTS][];

  /** An empty buffer. */
  public AssessmentLines() {}

  /** Appends the line of an assessment or a refusal, and {@code \n}. */
  public void add(AssessmentResult result, Language language) {
    add(result, language, true);
  }

  /**
   * Appends the line of an assessment or a refusal and {@code \n}; with {@code recordIdKnown} false its
   * {@code recordId} is written as {@code null} (a record whose ID could not be read).
   */
  public void add(AssessmentResult result, Language language, boolean recordIdKnown) {
    requireNonNull(result, "result");
    requireNonNull(language, "language");
    out.raw(RECORD_ID);
    if (result.isRefused()) {
      recordId(result.recordId(), recordIdKnown);
      problems(result.problems(), language);
      out.raw(END_LINE);
    } else {
      Assessment a = result.assessment();
      recordId(a.recordId(), recordIdKnown);
      assessment(a, language);
    }
  }

  /** How many bytes the buffer holds. */
  public int size() {
    return out.size();
  }

  /** Forgets the lines written so far (the buffer is reused). */
  public void clear() {
    out.clear();
  }

  /** Writes the buffer's bytes to a stream (the buffer is unchanged). */
  public void writeTo(OutputStream stream) throws IOException {
    stream.write(out.array(), 0, out.size());
  }

  /** Writes the buffer's text to a writer (the buffer is unchanged). */
  public void writeTo(Writer writer) throws IOException {
    writer.write(toString());
  }

  /** A copy of the buffer's bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(out.array(), out.size());
  }

  /** The buffer's lines as text. */
  @Override
  public String toString() {
    return new String(out.array(), 0, out.size(), UTF_8);
  }

  private void recordId(String id, boolean known) {
    if (known) {
      out.string(id);
    } else {
      out.nul();
    }
  }

  private void assessment(Assessment a, Language language) {
    out.raw(AS_OF);
    out.date(a.asOf());
    out.raw(PROFILE_ID);
    out.cached(a.profile().id());
    out.raw(VERSION);
    out.cached(a.profile().version());
    out.raw(ERA);
    date(a.era());
    code(STATE, a.state());
    code(TIER, a.tier());

    DisclosureAssessment d = a.disclosure();
    bool(DISCLOSABLE, d.disclosable());
    code(REASON, d.reason());
    out.raw(PUBLISH_BY);
    date(d.publishBy());
    out.raw(PUBLISHED_ON);
    date(d.publishedOn());
    code(PUBLICATION, d.publication());
    out.raw(MINIMUM_LAST_DAY);
    out.date(d.minimumLastDay());
    out.raw(LAST_DAY);
    out.date(d.lastDay());
    bool(VISIBLE, d.visible());
    bool(UNDER_OBJECTION, d.underObjection());
    out.raw(ENDED_ON);
    date(d.endedOn());
    code(END_REASON, d.endReason());

    out.raw(RETENTION_LAST_DAY);
    out.date(a.retention().lastDay());
    bool(PURGE_DUE, a.retention().purgeDue());

    ObjectionAssessment o = a.objection();
    code(OBJECTION_STATUS, o.status());
    out.raw(DECIDE_BY);
    date(o.decideBy());
    bool(OVERDUE, o.overdue());

    RepairAssessment r = a.repair();
    code(REPAIR_STATUS, r.status());
    bool(ELIGIBLE, r.eligible());
    out.raw(ELIGIBLE_FROM);
    date(r.eligibleFrom());
    out.raw(BLOCKERS);
    codes(BLOCKER, r.blockers());
    out.raw(PUSH_BY);
    date(r.pushBy());

    out.raw(MEASURES);
    measures(a.measures());
    out.raw(REMEDIES);
    codes(REMEDY, a.remedies());
    out.raw(WITHDRAW_BY);
    date(a.withdrawBy());
    problems(a.problems(), language);
    out.raw(TRACE);
    trace(a.trace());
    out.raw(END_LINE);
  }

  private void measures(List<MeasureAssessment> measures) {
    for (int i = 0, n = measures.size(); i < n; i++) {
      MeasureAssessment m = measures.get(i);
      if (i > 0) {
        out.raw(',');
      }
      code(MEASURE_CODE, m.code());
      code(TARGET, m.target());
      code(KIND, m.kind());
      bool(STATUTORY_FROM, m.statutory());
      out.date(m.from());
      out.raw(LAST_DAY);
      date(m.lastDay());
      code(MEASURE_STATE, m.state());
      List<String> basis = m.basis();
      for (int j = 0, k = basis.size(); j < k; j++) {
        if (j > 0) {
          out.raw(',');
        }
        out.cached(basis.get(j));
      }
      out.raw(END_MEASURE);
    }
  }

  private void problems(List<Problem> problems, Language language) {
    out.raw(PROBLEMS);
    for (int i = 0, n = problems.size(); i < n; i++) {
      Problem p = problems.get(i);
      if (i > 0) {
        out.raw(',');
      }
      code(PROBLEM_CODE, p.code());
      code(SEVERITY_PATH, p.severity());
      out.string(p.path());
      out.raw(VALUE);
      Optional<String> value = p.value();
      if (value.isPresent()) {
        out.string(value.get());
      } else {
        out.nul();
      }
      out.raw(MESSAGE);
      message(p, language);
      out.raw('}');
    }
  }

  private void trace(List<TraceEntry> trace) {
    for (int i = 0, n = trace.size(); i < n; i++) {
      TraceEntry t = trace.get(i);
      if (i > 0) {
        out.raw(',');
      }
      out.raw(head(t.rule(), t.basis()));
      if (t instanceof TraceParts) {
        detail((TraceParts) t);
      } else {
        out.chars(t.detail());
      }
      out.raw(END_DETAIL);
    }
  }

  /**
   * A trace entry's bytes up to its detail's text, {@code {"rule":…,"basis":…,"detail":"}: the same few rule and
   * basis pairs recur in every line, so they are encoded once and kept (found by the very strings, else by value).
   */
  private byte[] head(String rule, String basis) {
    // First by the very strings: the engine's rules are literals, but a profile's citation is often held by many
    // objects of equal text (one per category and era), and comparing those texts cost more than writing them.
    int slot = (rule.hashCode() ^ System.identityHashCode(basis)) & (REF_SLOTS - 1);
    if (refRules[slot] == rule && refBases[slot] == basis) {
      return refHeads[slot];
    }
    return headByValue(rule, basis, slot);
  }

  /**
   * A head not found by its very strings (kept out of the hot path): found by their values in the sets of two
   * slots their hashes pick, or encoded and kept first in its set; then kept for these strings too.
   */
  private byte[] headByValue(String rule, String basis, int refSlot) {
    int slot = (31 * rule.hashCode() + basis.hashCode()) & (HEAD_SLOTS - 2);
    byte[] head;
    if (isHead(slot, rule, basis)) {
      head = heads[slot];
    } else if (isHead(slot + 1, rule, basis)) {
      head = heads[slot + 1];
    } else {
      headRules[slot + 1] = headRules[slot];
      headBases[slot + 1] = headBases[slot];
      heads[slot + 1] = heads[slot];
      head = concat(RULE, Utf8Json.quoted(rule), BASIS, Utf8Json.quoted(basis), DETAIL, QUOTE);
      headRules[slot] = rule;
      headBases[slot] = basis;
      heads[slot] = head;
    }
    refRules[refSlot] = rule;
    refBases[refSlot] = basis;
    refHeads[refSlot] = head;
    return head;
  }

  private boolean isHead(int slot, String rule, String basis) {
    return rule.equals(headRules[slot]) && basis.equals(headBases[slot]);
  }

  private static byte[] concat(byte[]... pieces) {
    int n = 0;
    for (byte[] piece : pieces) {
      n += piece.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] piece : pieces) {
      System.arraycopy(piece, 0, all, at, piece.length);
      at += piece.length;
    }
    return all;
  }

  /**
   * Appends the text of the engine's trace detail inside its JSON string, straight from its parts: dates as digits,
   * texts (the profile's constant pieces, mostly) from the buffer's cache; the bytes of
   * {@code out.chars(t.detail())}.
   */
  private void detail(TraceParts t) {
    int start = out.size();
    for (int i = 0, n = t.partCount(); i < n; i++) {
      Object part = t.part(i);
      if (part instanceof LocalDate) {
        out.dateChars((LocalDate) part);
      } else if (!out.cachedChars((String) part)) {
        // A surrogate, which the joined text might pair with its neighbour's: the text itself (rare).
        out.truncate(start);
        out.chars(t.detail());
        return;
      }
    }
  }

  /**
   * Appends {@code p.message(language)} as a JSON string: straight from the template's pre-encoded pieces and the
   * problem's path, value and detail when that gives the same text (no placeholder-like {@code {} in the path or
   * value, which {@link Problem#message} would replace in turn; nothing for its strip and trailing-colon rule to
   * remove); else from the message itself.
   */
  private void message(Problem p, Language language) {
    Template t = TEMPLATES[language.ordinal()][p.code().ordinal()];
    String path = p.path().isEmpty() ? "/" : p.path();
    String value = p.value().orElse("");
    String detail = language == Language.ZH ? p.detailZh() : p.detailEn();
    if (t == null || path.indexOf('{') >= 0 || value.indexOf('{') >= 0
        || (t.endsWithSlot && !Template.cleanEnd(t.slot(t.slots.length - 1, path, value, detail)))) {
      out.string(p.message(language));
      return;
    }
    out.raw('"');
    int n = t.slots.length;
    for (int i = 0; i < n; i++) {
      out.raw(t.pieces[i]);
      out.chars(t.slot(i, path, value, detail));
    }
    out.raw(t.pieces[n]);
    out.raw('"');
  }

  private static Template[][] templates() {
    Language[] languages = Language.values();
    ProblemCode[] codes = ProblemCode.values();
    Template[][] all = new Template[languages.length][codes.length];
    for (Language language : languages) {
      for (ProblemCode code : codes) {
        all[language.ordinal()][code.ordinal()] = Template.split(code.template(language));
      }
    }
    return all;
  }

  /** A message template split at {@code {path}}, {@code {value}} and {@code {detail}}. */
  private static final class Template {
    private static final String[] PLACEHOLDERS = {"{path}", "{value}", "{detail}"};

    /** The escaped UTF-8 text between the placeholders (one more than the slots). */
    final byte[][] pieces;
    /** Which placeholder each slot is: 0 path, 1 value, 2 detail. */
    final int[] slots;
    /** The template ends with a placeholder, whose text must then end cleanly (see {@link #cleanEnd}). */
    final boolean endsWithSlot;

    private Template(byte[][] pieces, int[] slots, boolean endsWithSlot) {
      this.pieces = pieces;
      this.slots = slots;
      this.endsWithSlot = endsWithSlot;
    }

    String slot(int i, String path, String value, String detail) {
      int s = slots[i];
      return s == 0 ? path : s == 1 ? value : detail;
    }

    /** Null unless the template starts and ends cleanly, has no other braces, no surrogates, no adjacent slots. */
    static Template split(String template) {
      List<String> pieces = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      int from = 0;
      while (true) {
        int at = template.indexOf('{', from);
        if (at < 0) {
          pieces.add(template.substring(from));
          break;
        }
        int slot = -1;
        for (int k = 0; k < PLACEHOLDERS.length; k++) {
          if (template.startsWith(PLACEHOLDERS[k], at)) {
            slot = k;
          }
        }
        if (slot < 0) {
          return null;
        }
        pieces.add(template.substring(from, at));
        slots.add(slot);
        from = at + PLACEHOLDERS[slot].length();
      }
      String first = pieces.get(0);
      String last = pieces.get(pieces.size() - 1);
      if (first.isEmpty() || Character.isWhitespace(first.codePointAt(0))
          || (!last.isEmpty() && !cleanEnd(last))) {
        return null;
      }
      byte[][] encoded = new byte[pieces.size()][];
      for (int i = 0; i < encoded.length; i++) {
        String piece = pieces.get(i);
        if ((i > 0 && i < encoded.length - 1 && piece.isEmpty()) || piece.indexOf('}') >= 0) {
          return null;
        }
        for (int k = 0; k < piece.length(); k++) {
          if (Character.isSurrogate(piece.charAt(k))) {
            return null;
          }
        }
        byte[] q = Utf8Json.quoted(piece);
        encoded[i] = Arrays.copyOfRange(q, 1, q.length - 1);
      }
      int[] slotArray = new int[slots.size()];
      for (int i = 0; i < slotArray.length; i++) {
        slotArray[i] = slots.get(i);
      }
      return new Template(encoded, slotArray, last.isEmpty());
    }

    /** Whether a message ending with this text keeps it whole: not empty, no trailing space, colon or comma. */
    static boolean cleanEnd(String text) {
      if (text.isEmpty()) {
        return false;
      }
      char c = text.charAt(text.length() - 1);
      return c != ':' && c != '：' && c != ',' && !Character.isWhitespace(c) && !Character.isSurrogate(c);
    }
  }

  /** {@code prefix} and each constant's quoted name, by ordinal; then, at index {@code length}, prefix + null. */
  private static byte[][] fields(String prefix, Enum<?>[] constants) {
    return fields(prefix, constants, "");
  }

  /** As {@link #fields(String, Enum[])}, each fragment followed by {@code suffix}. */
  private static byte[][] fields(String prefix, Enum<?>[] constants, String suffix) {
    byte[][] fragments = new byte[constants.length + 1][];
    for (Enum<?> c : constants) {
      fragments[c.ordinal()] = Utf8Json.ascii(prefix + new String(Utf8Json.quoted(c.name()), UTF_8) + suffix);
    }
    fragments[constants.length] = Utf8Json.ascii(prefix + "null" + suffix);
    return fragments;
  }

  /** {@code prefix} with {@code false} (index 0) and {@code true} (index 1), each followed by {@code suffix}. */
  private static byte[][] fields(String prefix, String suffix) {
    return new byte[][] {Utf8Json.ascii(prefix + "false" + suffix), Utf8Json.ascii(prefix + "true" + suffix)};
  }

  private static byte[][] fields(String prefix) {
    return fields(prefix, "");
  }

  private void code(byte[][] fragments, Enum<?> code) {
    out.raw(fragments[code.ordinal()]);
  }

  private void code(byte[][] fragments, Optional<? extends Enum<?>> code) {
    out.raw(fragments[code.isPresent() ? code.get().ordinal() : fragments.length - 1]);
  }

  private void bool(byte[][] fragments, boolean value) {
    out.raw(fragments[value ? 1 : 0]);
  }

  private void codes(byte[][] fragments, List<? extends Enum<?>> codes) {
    for (int i = 0, n = codes.size(); i < n; i++) {
      if (i > 0) {
        out.raw(',');
      }
      code(fragments, codes.get(i));
    }
  }

  private void date(Optional<LocalDate> day) {
    if (day.isPresent()) {
      out.date(day.get());
    } else {
      out.nul();
    }
  }
}
