package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.chengxin.core.AdministrativeLevel;
import org.chengxin.core.Category;
import org.chengxin.core.CitizenIdNumber;
import org.chengxin.core.Decision;
import org.chengxin.core.DisclosureRestriction;
import org.chengxin.core.DivisionCode;
import org.chengxin.core.Domain;
import org.chengxin.core.Event;
import org.chengxin.core.EventType;
import org.chengxin.core.Impact;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.MitigationDecision;
import org.chengxin.core.MitigationGround;
import org.chengxin.core.ObjectionOutcome;
import org.chengxin.core.PenaltyType;
import org.chengxin.core.Record;
import org.chengxin.core.Sanction;
import org.chengxin.core.SanctionSystem;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SocialImpact;
import org.chengxin.core.Source;
import org.chengxin.core.Subject;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.core.UnifiedSocialCreditCode;
import org.chengxin.core.internal.CheckedIdentifiers;
import org.chengxin.core.internal.ModelValues;

/**
 * The fast path of validation: one pass over a record's UTF-8 bytes, no parser and no tree, that answers
 * "certainly a record without any problem, fields in canonical order" — or "don't know"; asked to, it binds the
 * record in the same pass. It never reports problems: on anything unusual (another field order, a warning, an
 * error, 24.0 for 24, an escape in a string, bytes that are not strict UTF-8, …) it says "don't know", and the
 * full {@link RecordWalk} over the tree finds the problems. So it only has to be right when it says yes: a record
 * it passes must be one the full validator finds nothing in, bound to the record {@link RecordBinder} makes of
 * the tree (property tests check both on every fixture and on thousands of garbled records).
 *
 * <p>The JSON it accepts is a strict subset of what Jackson reads the same way: strings without escapes and
 * without control characters, in strict UTF-8 (no overlong forms, no surrogates); integers without sign,
 * fraction or exponent; the literals {@code true} and {@code false}; whitespace (space, tab, CR, LF) between
 * tokens. A field name is matched, eight bytes at a time, against the names that may follow the previous member
 * ({@link Walk#field}) and every check reads the bytes in place: small, monomorphic code for the JIT.
 */
public final class FastCheck {

  /** {@link Walk#field}: the object's end, or not a record this path knows. */
  private static final int END = -1;
  private static final int FAIL = -2;

  // The objects of a record (rows of the tables below). O_EVENTS is the array of events, not an object.
  private static final int O_TOP = 0;
  private static final int O_SUBJECT = 1;
  private static final int O_DECISION = 2;
  private static final int O_SANCTION = 3;
  private static final int O_IMPACT = 4;
  private static final int O_SOURCE = 5;
  private static final int O_EVENT = 6;
  private static final int O_EVENTS = 7;
  /** By object: its members' names in canonical order. */
  private static final List<List<String>> MEMBERS = List.of(RecordWalk.TOP, RecordWalk.SUBJECT,
      DecisionWalk.DECISION, DecisionWalk.SANCTION, RecordWalk.IMPACT, RecordWalk.SOURCE, EventWalk.EVENT);
  /** By object: the slot of its member at canonical position 0; a member's slot is this plus its position. */
  private static final int[] BASE = {0, 15, 26, 39, 42, 44, 47};
  /** By object: the number of its members. */
  private static final int[] COUNT = {15, 11, 13, 3, 2, 3, 8};
  private static final int SLOTS = 55;
  /** By slot: the member's name and its closing quote, as {@link Syntax#words}, and their length. */
  private static final long[][] QUOTED_NAMES = new long[SLOTS][];
  private static final int[] QUOTED_LENGTHS = new int[SLOTS];
  /**
   * By slot: the first (up to) eight bytes of the quoted name as a little-endian word, and the mask of those
   * bytes: {@link Walk#field} reads the name in the input once and compares it with each candidate in one step;
   * then, for a name of nine to sixteen bytes, its last eight bytes (overlapping the first) finish the comparison.
   */
  private static final long[] NAME_FIRST = new long[SLOTS];
  private static final long[] NAME_MASK = new long[SLOTS];
  private static final long[] NAME_LAST = new long[SLOTS];

  static {
    for (int o = 0; o < MEMBERS.size(); o++) {
      List<String> names = MEMBERS.get(o);
      if (names.size() != COUNT[o] || BASE[o] + COUNT[o] != (o + 1 < BASE.length ? BASE[o + 1] : SLOTS)) {
        throw new IllegalStateException("the slot tables do not fit the canonical members of object " + o);
      }
      for (int k = 0; k < names.size(); k++) {
        int slot = BASE[o] + k;
        QUOTED_NAMES[slot] = Syntax.words(names.get(k) + '"');
        QUOTED_LENGTHS[slot] = names.get(k).length() + 1;
        NAME_FIRST[slot] = QUOTED_NAMES[slot][0];
        NAME_MASK[slot] = QUOTED_LENGTHS[slot] >= 8 ? -1L : (1L << 8 * QUOTED_LENGTHS[slot]) - 1;
        String quoted = names.get(k) + '"';
        NAME_LAST[slot] = Syntax.words(quoted.substring(Math.max(0, quoted.length() - 8)))[0];
      }
    }
  }

  // Slots of the members the checks and the binding read (object base + canonical position).
  private static final int T_JURISDICTION = 2;
  private static final int T_SUBJECT = 3;
  private static final int T_CATEGORY = 4;
  private static final int T_DOMAIN = 5;
  private static final int T_TIER = 6;
  private static final int T_DECISION = 7;
  private static final int T_IMPACT = 8;
  private static final int T_ACT_ENDED = 9;
  private static final int T_RECTIFICATION_DUE = 10;
  private static final int T_DISCLOSURE = 11;
  private static final int T_PUBLISHED = 12;
  private static final int T_SOURCE = 14;
  private static final int S_KIND = 15;
  private static final int S_NAME = 16;
  private static final int S_USCC = 17;
  private static final int S_LEVEL = 18;
  private static final int S_DIVISION = 19;
  private static final int S_ID_NUMBER = 20;
  private static final int S_EMPLOYER_NAME = 21;
  private static final int S_EMPLOYER_USCC = 22;
  private static final int S_POSITION = 23;
  private static final int S_CIVIL_SERVANT = 24;
  private static final int S_PRINCIPAL = 25;
  private static final int D_DOCUMENT = 26;
  private static final int D_AUTHORITY = 27;
  private static final int D_AUTHORITY_USCC = 28;
  private static final int D_DECIDED = 29;
  private static final int D_EFFECTIVE = 30;
  private static final int D_FACTS = 31;
  private static final int D_BASIS = 32;
  private static final int D_CONTENT = 33;
  private static final int D_PENALTY_TYPES = 34;
  private static final int D_FINE = 35;
  private static final int D_CONFISCATED = 36;
  private static final int D_SIMPLE = 37;
  private static final int D_SANCTION = 38;
  private static final int SA_SYSTEM = 39;
  private static final int SA_TYPE = 40;
  private static final int SA_MONTHS = 41;
  private static final int I_LOSS = 42;
  private static final int I_SOCIAL = 43;
  private static final int SO_UNIT = 44;
  private static final int SO_USCC = 45;
  private static final int SO_AT = 46;
  private static final int E_TYPE = 47;
  private static final int E_ON = 48;
  private static final int E_BY = 49;
  private static final int E_OUTCOME = 50;
  private static final int E_DECISION = 51;
  private static final int E_GROUNDS = 52;
  private static final int E_APPROVED = 53;
  private static final int E_REASON = 54;
  /** The slots holding USCCs, amounts and dates (but events'): made into values in {@link Walk#build()}, each kind at one place. */
  private static final int[] USCC_SLOTS = {S_USCC, S_EMPLOYER_USCC, D_AUTHORITY_USCC, SO_USCC};
  private static final int[] MONEY_SLOTS = {D_FINE, D_CONFISCATED, I_LOSS};
  private static final int[] DATE_SLOTS = {D_DECIDED, D_EFFECTIVE, T_ACT_ENDED, T_RECTIFICATION_DUE, T_PUBLISHED};

  // Value kinds, in the order of {@link Kind}: how a member's value is read and checked.
  private static final byte V_OBJECT = 0;
  private static final byte V_ARRAY = 1;
  private static final byte V_BOOL = 2;
  private static final byte V_INT = 3;
  private static final byte V_CODES = 4;
  private static final byte V_ENUM = 5;
  private static final byte V_DATE = 6;
  private static final byte V_SCHEMA = 7;
  private static final byte V_ID = 8;
  private static final byte V_INSTANT = 9;
  private static final byte V_TEXT = 10;
  private static final byte V_USCC = 11;
  private static final byte V_MONEY = 12;
  private static final byte V_DIVISION = 13;
  private static final byte V_CITIZEN_ID = 14;
  private static final byte V_JURISDICTION = 15;
  /** The code tables a {@link #V_ENUM} or {@link #V_CODES} slot names by index (its {@link #PARAM}). */
  private static final EnumCodes<?>[] CODE_TABLES = {EnumCodes.SUBJECT_KIND, EnumCodes.LEVEL, EnumCodes.CATEGORY,
      EnumCodes.DOMAIN, EnumCodes.TIER, EnumCodes.DISCLOSURE, EnumCodes.SOCIAL_IMPACT, EnumCodes.PENALTY_TYPE,
      EnumCodes.SANCTION_SYSTEM, EnumCodes.SANCTION_TYPE, EnumCodes.EVENT_TYPE, EnumCodes.OUTCOME,
      EnumCodes.MITIGATION, EnumCodes.GROUND};
  /** By slot: its value kind. */
  private static final Kind[] KIND = new Kind[SLOTS];
  /** By slot: the object of a {@link #V_OBJECT} or {@link #V_ARRAY}, the code table, or the maximum length. */
  private static final int[] PARAM = new int[SLOTS];

  static {
    int name = RecordWalk.NAME_MAX;
    int text = RecordWalk.TEXT_MAX;
    // top: schemaVersion, recordId, jurisdiction, subject, category, domain, tier, decision, impact, actEndedOn,
    // rectificationDueOn, disclosureRestriction, publishedOn, events, source
    slots(0, V_SCHEMA, 0, V_ID, 0, V_JURISDICTION, 0, V_OBJECT, O_SUBJECT, V_ENUM, 2, V_ENUM, 3, V_ENUM, 4,
        V_OBJECT, O_DECISION, V_OBJECT, O_IMPACT, V_DATE, 0, V_DATE, 0, V_ENUM, 5, V_DATE, 0, V_ARRAY, O_EVENTS,
        V_OBJECT, O_SOURCE);
    // subject: kind, name, uscc, level, divisionCode, idNumber, employerName, employerUscc, position,
    // civilServant, principalName
    slots(S_KIND, V_ENUM, 0, V_TEXT, name, V_USCC, 0, V_ENUM, 1, V_DIVISION, 0, V_CITIZEN_ID, 0, V_TEXT, name,
        V_USCC, 0, V_TEXT, name, V_BOOL, 0, V_TEXT, name);
    // decision: documentNumber, authorityName, authorityUscc, decidedOn, effectiveOn, facts, basis, content,
    // penaltyTypes, fineAmount, confiscatedAmount, simpleProcedure, sanction
    slots(D_DOCUMENT, V_TEXT, 100, V_TEXT, name, V_USCC, 0, V_DATE, 0, V_DATE, 0, V_TEXT, text, V_TEXT, text,
        V_TEXT, text, V_CODES, 7, V_MONEY, 0, V_MONEY, 0, V_BOOL, 0, V_OBJECT, O_SANCTION);
    // sanction: system, type, periodMonths; impact: economicLoss, socialImpact; source: unit, unitUscc,
    // submittedAt
    slots(SA_SYSTEM, V_ENUM, 8, V_ENUM, 9, V_INT, 0, V_MONEY, 0, V_ENUM, 6, V_TEXT, name, V_USCC, 0, V_INSTANT, 0);
    // event: type, on, by, outcome, decision, grounds, approved, reason
    slots(E_TYPE, V_ENUM, 10, V_DATE, 0, V_TEXT, name, V_ENUM, 11, V_ENUM, 12, V_CODES, 13, V_BOOL, 0, V_TEXT,
        text);
  }

  // Which members an object may and must have: bit masks over the slots.
  private static final long SUBJECT_BITS = range(S_KIND, D_DOCUMENT);
  private static final long DECISION_BITS = range(D_DOCUMENT, SA_SYSTEM);
  private static final long EVENT_BITS = range(E_TYPE, SLOTS);
  private static final long TOP_REQUIRED = bits(0, 1, T_JURISDICTION, T_SUBJECT, T_CATEGORY, T_TIER, T_DECISION,
      T_SOURCE);
  private static final long ORGANISATION_ALLOWED = bits(S_KIND, S_NAME, S_USCC, S_LEVEL, S_DIVISION, S_PRINCIPAL);
  private static final long ORGANISATION_REQUIRED = bits(S_KIND, S_NAME, S_USCC, S_DIVISION);
  private static final long OFFICIAL_ALLOWED = bits(S_KIND, S_NAME, S_DIVISION, S_ID_NUMBER, S_EMPLOYER_NAME,
      S_EMPLOYER_USCC, S_POSITION, S_CIVIL_SERVANT);
  private static final long OFFICIAL_REQUIRED = bits(S_KIND, S_NAME, S_ID_NUMBER, S_EMPLOYER_NAME,
      S_EMPLOYER_USCC);
  private static final long DECISION_ALLOWED = range(D_DOCUMENT, D_PENALTY_TYPES);
  private static final long DECISION_REQUIRED = bits(D_DOCUMENT, D_AUTHORITY, D_AUTHORITY_USCC, D_DECIDED,
      D_CONTENT);
  private static final long PENALTY_ONLY = range(D_PENALTY_TYPES, D_SANCTION);
  private static final long SOURCE_REQUIRED = bits(SO_UNIT, SO_USCC, SO_AT);
  /** By event type (ordinal): the members an event of the type may have and must have. */
  private static final long[] EVENT_ALLOWED = new long[EventType.values().length];
  private static final long[] EVENT_REQUIRED = new long[EventType.values().length];

  static {
    for (EventType t : EventType.values()) {
      long extra;
      long required;
      switch (t) {
        case OBJECTION_FILED:
          extra = bits(E_BY);
          required = 0;
          break;
        case OBJECTION_RESOLVED:
          extra = bits(E_OUTCOME);
          required = extra;
          break;
        case MITIGATION_DECIDED:
          extra = bits(E_DECISION, E_GROUNDS);
          required = extra;
          break;
        case REPAIR_DECIDED:
          extra = bits(E_APPROVED);
          required = extra;
          break;
        case DECISION_REVOKED:
          extra = bits(E_REASON);
          required = 0;
          break;
        default:
          extra = 0;
          required = 0;
      }
      EVENT_ALLOWED[t.ordinal()] = bits(E_TYPE, E_ON) | extra;
      EVENT_REQUIRED[t.ordinal()] = bits(E_TYPE, E_ON) | required;
    }
  }

  /** Sets the kinds and parameters of consecutive slots from {@code first}: kind, parameter, kind, … */
  private static void slots(int first, int... kindsAndParams) {
    for (int j = 0; j < kindsAndParams.length; j += 2) {
      KIND[first + j / 2] = Kind.values()[kindsAndParams[j]];
      PARAM[first + j / 2] = kindsAndParams[j + 1];
    }
  }

  private static final int MAX_COMBINED_MONTHS = 48;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The model made from all of an object's values at once (no builder per object and no list copied twice): it
   * still rejects a missing required value and copies each list, as the builders do.
   */
  private static final ModelValues.Maker MODEL = ModelValues.maker();

  private static long bits(int... slots) {
    long m = 0;
    for (int s : slots) {
      m |= 1L << s;
    }
    return m;
  }

  /** The slots [from, to). */
  private static long range(int from, int to) {
    return (to == 64 ? -1L : (1L << to) - 1) & -(1L << from);
  }

  /** The known unit codes and their bytes, for {@link #unitCode}. */
  private final String[] unitCodes;
  private final byte[][] unitBytes;
  /**
   * Each thread's walk, reused record after record (a reader's workers check and bind on their own threads): a
   * walk's slot arrays and buffers are most of what a fresh one per record would allocate (about 1 KB a record),
   * and its {@link ValueCache} keeps the strings the thread made last.
   */
  private final ThreadLocal<Walk> walks = new ThreadLocal<>() {
    @Override
    protected Walk initialValue() {
      return new Walk(FastCheck.this);
    }
  };
  /** The known six-digit division codes, one bit per number. */
  private final long[] sixDigitCodes = new long[1_000_000 / 64 + 1];

  public FastCheck(JurisdictionUnits units, Set<String> divisions) {
    this.unitCodes = units.units().keySet().toArray(new String[0]);
    this.unitBytes = new byte[unitCodes.length][];
    for (int k = 0; k < unitCodes.length; k++) {
      unitBytes[k] = unitCodes[k].getBytes(ISO_8859_1); // a unit code is ASCII ([A-Z][A-Z0-9_]*)
    }
    if (divisions instanceof RecordWalk.KnownDivisions) {
      // a registry's codes are six-digit numbers: the same bits, without making (and naming) a string per code
      for (int v : ((RecordWalk.KnownDivisions) divisions).registry.codeNumbers()) {
        sixDigitCodes[v >>> 6] |= 1L << v;
      }
    } else {
      for (String d : divisions) {
        if (Syntax.isSixDigits(d)) {
          int v = Syntax.digits(d, 0, 6);
          sixDigitCodes[v >>> 6] |= 1L << v;
        }
      }
    }
  }

  /** The record's ID when the text is certainly a clean canonical record; else null (use the full path). */
  public String clean(byte[] data, int offset, int length) {
    Walk w = walks.get().start(data, offset, length, false);
    try {
      return w.record() ? w.recordId : null;
    } catch (RuntimeException e) {
      return null; // not expected: the full path decides
    } finally {
      w.b = null; // the thread keeps its walk, not the caller's buffer
    }
  }

  /**
   * The record when the text is certainly a clean canonical record, bound in the same pass; else null (use the
   * full path).
   */
  public Record bind(byte[] data, int offset, int length) {
    Walk w = walks.get().start(data, offset, length, true);
    try {
      return w.record() ? w.build() : null;
    } catch (RuntimeException e) {
      return null; // not expected: the full path decides (and binds from the tree)
    } finally {
      w.b = null;
    }
  }

  /** The known unit code whose ASCII bytes are {@code b[off, off + len)}, as the registry's own string, or null. */
  private String unitCode(byte[] b, int off, int len) {
    for (int k = 0; k < unitBytes.length; k++) {
      byte[] u = unitBytes[k];
      if (u.length == len && Arrays.equals(u, 0, len, b, off, off + len)) {
        return unitCodes[k];
      }
    }
    return null;
  }

  private boolean knownDivision(int sixDigits) {
    return (sixDigitCodes[sixDigits >>> 6] & (1L << sixDigits)) != 0;
  }

  /**
   * One pass over one record: a cursor, the last string read, and the record's values by slot. The walk is one
   * loop over the members of every object ({@link #record()}); each member's value is read and checked by one
   * virtual call on its kind ({@link Kind#read}); the rules between members are checked when an object closes
   * ({@link Rules#close}); the record is bound at the end from the slots ({@link #build()}).
   */
  private static final class Walk {
    private final FastCheck check;
    /** The record's bytes are {@code b[i, end)} at the start. */
    private byte[] b;
    private int end;
    private boolean bind;
    /** When binding: the strings made last on this thread. */
    private final ValueCache cache = new ValueCache();
    private int i;
    /** Just after a '{' or '[': no ',' before the next member. */
    private boolean first;
    /** The last string's raw bytes [s0, s1), its code points and whether it is all ASCII without escapes. */
    private int s0;
    private int s1;
    private int codePoints;
    private boolean ascii;
    /** Whether the last string had escapes: then it is {@link #chars}[0, {@link #charCount}). */
    private boolean escaped;
    private char[] chars;
    private int charCount;
    private boolean boolValue;

    /** The slots present, one bit each. */
    private long present;
    /** By slot: a date as yyyymmdd, a boolean as 0/1, an integer, the length of an instant. */
    private final int[] num = new int[SLOTS];
    /** By slot: a code, a string (when binding). */
    private final Object[] obj = new Object[SLOTS];
    /** By slot: where the string of a USCC, amount or instant starts. */
    private final int[] at = new int[SLOTS];
    /** By slot of a list of codes ({@link Kind#CODES}): the codes (a buffer kept from record to record). */
    private final Object[][] lists = new Object[SLOTS][];
    private String recordId;
    /** yyyymmdd, 0 when not given. */
    private int birthDate;
    /** Events so far, the last one's date and the history (when there are events). */
    private int eventCount;
    private int previous;
    private History history;
    /** When binding: the record's events so far (a buffer kept from record to record; the record copies it). */
    private final ArrayList<Event> events = new ArrayList<>();
    /** When binding: views of the codes of a list slot, handed to the model, which copies them. */
    private final Codes<PenaltyType> penaltyTypes = new Codes<>();
    private final Codes<MitigationGround> grounds = new Codes<>();
    /** (object, position) of the objects enclosing the current one in {@link #record()}: at most two levels. */
    private final int[] stack = new int[6];

    Walk(FastCheck check) {
      this.check = check;
    }

    /**
     * Makes this walk as a new one over {@code b[offset, offset + length)}: every per-record field back to its
     * initial value; the buffers ({@link #chars}, {@link #stack}) and the {@link #cache} are kept, and so are the
     * slots' old values, which nothing reads: a slot is read only while its bit is in {@link #present} (which
     * starts empty), so nothing of the previous record can leak into this one.
     */
    Walk start(byte[] b, int offset, int length, boolean bind) {
      this.b = b;
      this.i = offset;
      this.end = offset + length;
      this.bind = bind;
      first = false;
      s0 = 0;
      s1 = 0;
      codePoints = 0;
      ascii = false;
      escaped = false;
      charCount = 0;
      boolValue = false;
      present = 0;
      recordId = null;
      birthDate = 0;
      eventCount = 0;
      previous = 0;
      history = null;
      if (bind) {
        events.clear();
      }
      return this;
    }

    private boolean has(int slot) {
      return (present & 1L << slot) != 0;
    }

    /** The value in {@code slot}, or null (an absent optional value, to the model) when the member is absent. */
    private Object opt(int slot) {
      return has(slot) ? obj[slot] : null;
    }

    /** The boolean in {@code slot}, or null when the member is absent. */
    private Boolean flag(int slot) {
      return has(slot) ? Boolean.valueOf(num[slot] != 0) : null;
    }

    /** The codes read into a list slot ({@link #codes(EnumCodes, int)}), none when the member is absent. */
    private <T> Codes<T> codes(Codes<T> view, int slot) {
      return has(slot) ? view.of(lists[slot], num[slot]) : view.of(null, 0);
    }

    // Tokens.

    /** The next significant byte (0–255, not taken), or -1 at the end. */
    private int peek() {
      if (i < end && (b[i] & 0xFF) > ' ') {
        return b[i] & 0xFF; // the usual case: no whitespace (which is all at or below ' ')
      }
      while (i < end) {
        int c = b[i] & 0xFF;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return c;
        }
        i++;
      }
      return -1;
    }

    private boolean open(char c) {
      if (peek() != c) {
        return false;
      }
      i++;
      first = true;
      return true;
    }

    /**
     * The next member's name as its canonical position in object {@code o} (after {@code pos}: an earlier or
     * unknown name is {@link #FAIL}, as is anything but a plain name and a colon), or {@link #END}. The name is
     * compared, with its closing quote, eight bytes at a time against the object's names after {@code pos}.
     */
    private int field(int o, int pos) {
      int next = separator('}');
      if (next != 0) {
        return next;
      }
      if (peek() != '"') {
        return FAIL;
      }
      int start = i + 1;
      int base = BASE[o];
      int count = COUNT[o];
      // The first eight bytes of the name as one word (zero-padded at the end of the record: a name has no zero
      // byte, so a candidate longer than what is left never matches): most candidates are told apart by it.
      long first = start + 8 <= end ? (long) LONGS.get(b, start) : tail(start);
      for (int k = pos + 1; k < count; k++) {
        int slot = base + k;
        int len = QUOTED_LENGTHS[slot];
        if ((first & NAME_MASK[slot]) == NAME_FIRST[slot] && (len <= 8 || start + len <= end
            && (long) LONGS.get(b, start + len - 8) == NAME_LAST[slot]
            && (len <= 16 || Syntax.matches(b, start, QUOTED_NAMES[slot], len)))) {
          i = start + len;
          if (peek() != ':') {
            return FAIL;
          }
          i++;
          return k;
        }
      }
      return FAIL;
    }

    /** The bytes {@code b[from, end)} (fewer than eight) as a little-endian word, zero above them. */
    private long tail(int from) {
      long word = 0;
      for (int k = end - 1; k >= from; k--) {
        word = word << 8 | (b[k] & 0xFF);
      }
      return word;
    }

    /** Before an array element: 0, or {@link #END} after the closing bracket, or {@link #FAIL}. */
    private int element() {
      return separator(']');
    }

    /**
     * Before a member or an element: 0 when one follows (the ',' before it, if any, taken), {@link #END} after
     * the closing byte {@code close}, or {@link #FAIL}.
     */
    private int separator(char close) {
      int c = peek();
      if (c == close) {
        i++;
        first = false;
        return END;
      }
      if (!first) {
        if (c != ',') {
          return FAIL;
        }
        i++;
      }
      first = false;
      return 0;
    }

    /**
     * Reads a string in strict UTF-8 into {@link #s0}…; false for any other value. A string with escapes is
     * decoded (as Jackson does) into {@link #chars}; its raw bytes then hold a backslash, which no byte-level
     * form (date, code, USCC, …) accepts.
     */
    private boolean str() {
      if (peek() != '"') {
        return false;
      }
      escaped = false;
      int start = ++i;
      long r = StrictUtf8.scan(b, start, end);
      if (r < 0) {
        return r == StrictUtf8.ESCAPE && unescape();
      }
      int quote = (int) r;
      s0 = start;
      s1 = quote;
      i = quote + 1;
      codePoints = (int) (r >>> 32);
      ascii = codePoints == quote - start; // a multi-byte sequence is one code point
      return true;
    }

    /**
     * Takes a string of exactly {@code n} bytes without scanning them when a quote follows them (else false, and
     * {@link #str()} reads the string): for a {@link Kind#length} kind, whose check then reads each of the bytes
     * and passes only bytes that {@link #str()} passes too, so when the check passes, {@link #str()} would have
     * read the same string, and when it fails, the string {@link #str()} reads (the same bytes, or another
     * length) fails it as well.
     */
    private boolean fixed(int n) {
      if (peek() != '"') {
        return false;
      }
      int quote = i + 1 + n;
      if (quote >= end || b[quote] != '"') {
        return false;
      }
      escaped = false;
      s0 = i + 1;
      s1 = quote;
      i = quote + 1;
      codePoints = n;
      ascii = true;
      return true;
    }

    /** The slow path of {@link #str()} for a string with escapes, from its first byte at {@link #i}. */
    private boolean unescape() {
      if (chars == null) {
        chars = new char[256];
      }
      int n = 0;
      int j = i;
      boolean surrogates = false;
      while (j < end) {
        if (n + 2 > chars.length) {
          chars = Arrays.copyOf(chars, chars.length * 2);
        }
        int x = b[j];
        if (x == '"') {
          s0 = i;
          s1 = j;
          i = j + 1;
          escaped = true;
          charCount = n;
          // Surrogates are rare (from a four-byte character or a "u" escape): count pairs only when there are any.
          codePoints = surrogates ? Character.codePointCount(chars, 0, n) : n;
          ascii = false;
          return true;
        }
        if (x < 0) {
          int k = StrictUtf8.sequence(b, j, end);
          if (k == 0) {
            return false;
          }
          n = decode(k, j, n);
          surrogates |= k == 4;
          j += k;
        } else if (x < 0x20) {
          return false;
        } else if (x != '\\') {
          chars[n++] = (char) x;
          j++;
        } else {
          int v = j + 1 < end ? unescaped(j + 1) : -1;
          if (v < 0) {
            return false;
          }
          chars[n++] = (char) v;
          surrogates |= Character.isSurrogate((char) v);
          j += b[j + 1] == 'u' ? 6 : 2;
        }
      }
      return false;
    }

    /** The character of the escape whose letter is at {@code b[j]}, or -1 (as Jackson reads escapes). */
    private int unescaped(int j) {
      switch (b[j]) {
        case '"':
          return '"';
        case '\\':
          return '\\';
        case '/':
          return '/';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
          return j + 5 <= end ? hex4(j + 1) : -1;
        default:
          return -1;
      }
    }

    /** Decodes the valid UTF-8 sequence of {@code k} bytes at {@code b[j]} into {@link #chars} at {@code n}. */
    private int decode(int k, int j, int n) {
      int x = b[j];
      int cp;
      if (k == 2) {
        cp = (x & 0x1F) << 6 | b[j + 1] & 0x3F;
      } else if (k == 3) {
        cp = (x & 0x0F) << 12 | (b[j + 1] & 0x3F) << 6 | b[j + 2] & 0x3F;
      } else {
        cp = (x & 0x07) << 18 | (b[j + 1] & 0x3F) << 12 | (b[j + 2] & 0x3F) << 6 | b[j + 3] & 0x3F;
        chars[n++] = Character.highSurrogate(cp);
        chars[n++] = Character.lowSurrogate(cp);
        return n;
      }
      chars[n++] = (char) cp;
      return n;
    }

    /** Four hex digits at {@code b[j]} as a number, or -1. */
    private int hex4(int j) {
      int v = 0;
      for (int k = j; k < j + 4; k++) {
        int c = b[k];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
          return -1;
        }
        v = v * 16 + d;
      }
      return v;
    }

    /** The last string, which is ASCII without escapes (as {@link #ascii} says). */
    private String asciiString() {
      return new String(b, s0, s1 - s0, ISO_8859_1);
    }

    /**
     * A non-empty array of the codes of {@code codes}, else false: the codes in {@link #lists}{@code [slot]}, their
     * number in {@link #num}{@code [slot]} (the binding hands them to the model through a {@link Codes} view, which
     * the model copies).
     */
    private boolean codes(EnumCodes<?> codes, int slot) {
      if (!open('[')) {
        return false;
      }
      Object[] into = lists[slot];
      if (into == null) {
        into = new Object[4];
        lists[slot] = into;
      }
      int n = 0;
      int e;
      while ((e = element()) == 0) {
        Object c = str() ? codes.get(b, s0, s1 - s0) : null;
        if (c == null) {
          return false;
        }
        if (n == into.length) {
          into = Arrays.copyOf(into, 2 * n);
          lists[slot] = into;
        }
        into[n++] = c;
      }
      num[slot] = n;
      return e == END && n > 0;
    }

    /**
     * Whether the last string is a known division (six digits, one of a few thousand: {@link #R_REPEATED}) or unit
     * of jurisdiction (then the unit's own code is in the slot: {@link #R_DONE}); else {@link #R_FAIL}.
     */
    private int jurisdiction(int slot) {
      int v = Syntax.sixDigits(b, s0, s1 - s0);
      if (v >= 0) {
        return check.knownDivision(v) ? R_REPEATED : R_FAIL;
      }
      return unit(slot);
    }

    /** The last string as a known unit code, found by its bytes (no string made, no map): see {@link #jurisdiction}. */
    private int unit(int slot) {
      String code = Syntax.isUnitCode(b, s0, s1 - s0) ? check.unitCode(b, s0, s1 - s0) : null;
      obj[slot] = code;
      return code != null ? R_DONE : R_FAIL;
    }

    /** {@code true} or {@code false} into {@link #boolValue}. */
    private boolean bool() {
      int c = peek();
      if (c == 't' && i + 4 <= end && b[i + 1] == 'r' && b[i + 2] == 'u' && b[i + 3] == 'e') {
        i += 4;
        boolValue = true;
        return true;
      }
      if (c == 'f' && i + 5 <= end && b[i + 1] == 'a' && b[i + 2] == 'l' && b[i + 3] == 's' && b[i + 4] == 'e') {
        i += 5;
        boolValue = false;
        return true;
      }
      return false;
    }

    /** An integer of at most 9 digits without sign (an int to Jackson), or -1. */
    private int integer() {
      int c = peek();
      if (c < '0' || c > '9') {
        return -1;
      }
      int start = i;
      int v = 0;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i++] - '0');
      }
      int n = i - start;
      return n > 9 || n > 1 && b[start] == '0' ? -1 : v;
    }

    // The record.

    /**
     * The whole record, one member at a time, in one loop: objects and the array of events are entered and left
     * on a small stack; each member's value goes through {@link Kind#read}, each object's rules through
     * {@link Rules#close}.
     */
    boolean record() {
      if (!open('{')) {
        return false;
      }
      int[] stack = this.stack;
      int depth = 0;
      int o = O_TOP;
      int pos = -1;
      while (true) {
        int k;
        if (o == O_EVENTS) {
          k = element();
          if (k == 0) {
            if (!open('{')) {
              return false;
            }
            stack[depth++] = o;
            stack[depth++] = pos;
            o = O_EVENT;
            pos = -1;
            present &= ~EVENT_BITS;
            continue;
          }
        } else {
          k = field(o, pos);
          if (k >= 0) {
            pos = k;
            int slot = BASE[o] + k;
            present |= 1L << slot;
            Kind v = KIND[slot];
            if (v.nested) {
              if (!open(v == Kind.OBJECT ? '{' : '[')) {
                return false;
              }
              stack[depth++] = o;
              stack[depth++] = pos;
              o = PARAM[slot];
              pos = -1;
              continue;
            }
            if (v.string && !(v.length > 0 && fixed(v.length)) && !str()) {
              return false;
            }
            // One call site for every kind: a virtual call C2 does not inline, so each kind is compiled on its own.
            int r = v.read(this, slot);
            if (r == R_FAIL) {
              return false;
            }
            if (r >= R_KEEP && bind) {
              // One call for kept and repeated strings: the decoding is inlined here once.
              obj[slot] = cache.string(b, s0, s1 - s0, escaped ? chars : null, charCount, ascii, r == R_REPEATED);
            }
            continue;
          }
        }
        if (k != END || !RULES[o].close(this)) {
          return false;
        }
        if (depth == 0) {
          return peek() == -1;
        }
        pos = stack[--depth];
        o = stack[--depth];
      }
    }

    /**
     * The record, once {@link #record()} passed it while binding, part by part ({@link Part}; the identifiers,
     * amounts and dates first, each kind at one place: one copy of its parser for the JIT, not one per field). Each
     * part puts the object it makes in its member's slot.
     */
    Record build() {
      // One call site for every part: each part is compiled on its own.
      for (Part part : PARTS) {
        part.apply(this);
      }
      return MODEL.record(recordId, (String) obj[T_JURISDICTION], (Subject) obj[T_SUBJECT],
          (Category) obj[T_CATEGORY], (Domain) opt(T_DOMAIN), (Tier) obj[T_TIER], (Decision) obj[T_DECISION],
          (Impact) opt(T_IMPACT), (LocalDate) opt(T_ACT_ENDED), (LocalDate) opt(T_RECTIFICATION_DUE),
          (DisclosureRestriction) opt(T_DISCLOSURE), (LocalDate) opt(T_PUBLISHED), events, (Source) obj[T_SOURCE]);
    }

    private Sanction sanction() {
      return MODEL.sanction((SanctionSystem) obj[SA_SYSTEM], (SanctionType) obj[SA_TYPE],
          has(SA_MONTHS) ? Integer.valueOf(num[SA_MONTHS]) : null);
    }
  }

  /**
   * The codes of a list slot as a list, for the model to copy: a view reused from record to record (so nothing
   * outside the walk may keep it).
   */
  private static final class Codes<T> extends AbstractList<T> implements RandomAccess {
    private Object[] codes;
    private int size;

    Codes<T> of(Object[] codes, int size) {
      this.codes = codes;
      this.size = size;
      return this;
    }

    @Override
    @SuppressWarnings("unchecked") // a slot's codes are all of the slot's code table
    public T get(int index) {
      return (T) codes[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  private static final int R_FAIL = 0;
  private static final int R_DONE = 1;
  /** Keep the string (a value unlike others: an identifier, a document number). */
  private static final int R_KEEP = 2;
  /** Keep the string through the thread's {@link ValueCache} (a value that repeats: names, phrases, divisions). */
  private static final int R_REPEATED = 3;

  /**
   * How a member's value is read and checked. The walk calls {@link #read} from one site for every kind: a call
   * with many receiver classes, which C2 does not inline, so each kind's code is compiled once, on its own and
   * small, rather than all of them inlined into one big method.
   */
  private enum Kind {
    OBJECT(false, true),
    ARRAY(false, true),
    BOOL(false, false) {
      @Override
      int read(Walk w, int slot) {
        if (!w.bool()) {
          return R_FAIL;
        }
        w.num[slot] = w.boolValue ? 1 : 0;
        return R_DONE;
      }
    },
    INT(false, false) {
      @Override
      int read(Walk w, int slot) {
        int n = w.integer();
        w.num[slot] = n;
        return n >= 0 ? R_DONE : R_FAIL;
      }
    },
    CODES(false, false) {
      @Override
      int read(Walk w, int slot) {
        return w.codes(CODE_TABLES[PARAM[slot]], slot) ? R_DONE : R_FAIL;
      }
    },
    ENUM(true, false) {
      @Override
      int read(Walk w, int slot) {
        Object c = CODE_TABLES[PARAM[slot]].get(w.b, w.s0, w.s1 - w.s0);
        w.obj[slot] = c;
        return c != null ? R_DONE : R_FAIL;
      }
    },
    DATE(true, false, 10) {
      @Override
      int read(Walk w, int slot) {
        int d = Syntax.date(w.b, w.s0, w.s1 - w.s0);
        w.num[slot] = d;
        return d >= 0 ? R_DONE : R_FAIL;
      }
    },
    SCHEMA(true, false, 3) {
      @Override
      int read(Walk w, int slot) {
        int s = w.s0;
        return w.s1 - s == 3 && w.b[s] == '1' && w.b[s + 1] == '.' && w.b[s + 2] == '0' ? R_DONE : R_FAIL;
      }
    },
    ID(true, false) {
      @Override
      int read(Walk w, int slot) {
        int n = w.s1 - w.s0;
        if (!w.ascii || n == 0 || n > Syntax.RECORD_ID_MAX || !Syntax.isRecordIdCharset(w.b, w.s0, n)) {
          return R_FAIL;
        }
        w.recordId = w.asciiString();
        return R_DONE;
      }
    },
    INSTANT(true, false) {
      @Override
      int read(Walk w, int slot) {
        w.at[slot] = w.s0;
        w.num[slot] = w.s1 - w.s0;
        return Syntax.isInstant(w.b, w.s0, w.s1 - w.s0) ? R_DONE : R_FAIL;
      }
    },
    TEXT(true, false) {
      @Override
      int read(Walk w, int slot) {
        if (w.codePoints < 1 || w.codePoints > PARAM[slot]) {
          return R_FAIL;
        }
        return slot == D_DOCUMENT ? R_KEEP : R_REPEATED;
      }
    },
    USCC(true, false, 18) {
      @Override
      int read(Walk w, int slot) {
        w.at[slot] = w.s0;
        return Syntax.uscc(w.b, w.s0, w.s1 - w.s0) == Syntax.OK ? R_KEEP : R_FAIL;
      }
    },
    MONEY(true, false) {
      @Override
      int read(Walk w, int slot) {
        w.at[slot] = w.s0;
        w.num[slot] = w.s1 - w.s0;
        return Syntax.isMoney(w.b, w.s0, w.s1 - w.s0) ? R_DONE : R_FAIL;
      }
    },
    DIVISION(true, false, 6) {
      @Override
      int read(Walk w, int slot) {
        int d = Syntax.sixDigits(w.b, w.s0, w.s1 - w.s0);
        return d >= 0 && w.check.knownDivision(d) ? R_REPEATED : R_FAIL;
      }
    },
    CITIZEN_ID(true, false, 18) {
      @Override
      int read(Walk w, int slot) {
        if (Syntax.citizenId(w.b, w.s0, w.s1 - w.s0) != Syntax.OK) {
          return R_FAIL;
        }
        w.birthDate = Syntax.birthDate(w.b, w.s0);
        return R_KEEP;
      }
    },
    JURISDICTION(true, false) {
      @Override
      int read(Walk w, int slot) {
        return w.jurisdiction(slot);
      }
    };

    /** The value is a string, read by the walk before {@link #read}. */
    final boolean string;
    /** An object or array, entered by the walk. */
    final boolean nested;
    /**
     * The length of every string this kind accepts, or 0: such a string is first tried by {@link Walk#fixed}. Only
     * for kinds whose {@link #read} looks at the bytes alone and accepts nothing but ASCII letters, digits, '-' and
     * '.' (no quote, backslash, control character or non-ASCII byte).
     */
    final int length;

    Kind(boolean string, boolean nested) {
      this(string, nested, 0);
    }

    Kind(boolean string, boolean nested, int length) {
      this.string = string;
      this.nested = nested;
      this.length = length;
    }

    /**
     * Reads and checks the value in {@code slot}: {@link #R_FAIL}, {@link #R_DONE}, {@link #R_KEEP} or
     * {@link #R_REPEATED}.
     */
    int read(Walk w, int slot) {
      return R_FAIL; // objects and arrays are entered by the walk
    }
  }

  /** The rules between an object's members, by object (its {@code O_…} is the ordinal); one call site. */
  private enum Rules {
    TOP {
      @Override
      boolean close(Walk w) {
        if ((w.present & TOP_REQUIRED) != TOP_REQUIRED
            || !RecordWalk.fits((Category) w.obj[T_CATEGORY], (SubjectKind) w.obj[S_KIND])) {
          return false;
        }
        int decidedOn = w.num[D_DECIDED];
        return !(w.has(T_ACT_ENDED) && w.num[T_ACT_ENDED] > decidedOn)
            && !(w.has(T_PUBLISHED) && w.num[T_PUBLISHED] < decidedOn)
            && (w.birthDate == 0 || w.birthDate <= decidedOn);
      }
    },
    SUBJECT {
      @Override
      boolean close(Walk w) {
        if (!w.has(S_KIND)) {
          return false;
        }
        SubjectKind kind = (SubjectKind) w.obj[S_KIND];
        long p = w.present & SUBJECT_BITS;
        if (kind == SubjectKind.PUBLIC_OFFICIAL) {
          return (p & ~OFFICIAL_ALLOWED) == 0 && (p & OFFICIAL_REQUIRED) == OFFICIAL_REQUIRED;
        }
        if ((p & ~ORGANISATION_ALLOWED) != 0 || (p & ORGANISATION_REQUIRED) != ORGANISATION_REQUIRED) {
          return false;
        }
        // A government or department USCC starts with "11", a public institution's with "12".
        int prefix = kind == SubjectKind.GOVERNMENT || kind == SubjectKind.DEPARTMENT ? '1'
            : kind == SubjectKind.PUBLIC_INSTITUTION ? '2' : 0;
        return prefix == 0 || w.b[w.at[S_USCC]] == '1' && w.b[w.at[S_USCC] + 1] == prefix;
      }
    },
    DECISION {
      @Override
      boolean close(Walk w) {
        Category c = w.has(T_CATEGORY) ? (Category) w.obj[T_CATEGORY] : null;
        boolean penalty = c == Category.ADMINISTRATIVE_PENALTY;
        boolean sanctioned = c == Category.DISCIPLINARY_SANCTION || c == Category.ACCOUNTABILITY;
        long allowed = DECISION_ALLOWED | (penalty ? PENALTY_ONLY : 0) | (sanctioned ? 1L << D_SANCTION : 0);
        long required = DECISION_REQUIRED | (penalty ? 1L << D_PENALTY_TYPES : 0)
            | (sanctioned ? 1L << D_SANCTION : 0);
        long p = w.present & DECISION_BITS;
        return (p & ~allowed) == 0 && (p & required) == required
            && !(w.has(D_EFFECTIVE) && w.num[D_EFFECTIVE] < w.num[D_DECIDED]);
      }
    },
    SANCTION {
      @Override
      boolean close(Walk w) {
        if (!w.has(SA_SYSTEM) || !w.has(SA_TYPE)) {
          return false;
        }
        SanctionSystem system = (SanctionSystem) w.obj[SA_SYSTEM];
        SanctionType type = (SanctionType) w.obj[SA_TYPE];
        boolean fits = w.has(T_CATEGORY) && w.obj[T_CATEGORY] == Category.DISCIPLINARY_SANCTION
            ? system == SanctionSystem.GOVERNMENT || system == SanctionSystem.PARTY
            : system == SanctionSystem.ACCOUNTABILITY;
        if (type.system() != system || !fits) {
          return false;
        }
        if (!w.has(SA_MONTHS)) {
          return type != SanctionType.PARTY_PROBATION;
        }
        int months = w.num[SA_MONTHS];
        return type.allowsPeriodMonths() && (type == SanctionType.PARTY_PROBATION ? months == 12 || months == 24
            : months >= type.standardMonths().orElse(0) && months <= MAX_COMBINED_MONTHS);
      }
    },
    IMPACT,
    SOURCE {
      @Override
      boolean close(Walk w) {
        return (w.present & SOURCE_REQUIRED) == SOURCE_REQUIRED;
      }
    },
    EVENT {
      @Override
      boolean close(Walk w) {
        if (!w.has(E_TYPE) || !w.has(E_ON)) {
          return false;
        }
        EventType type = (EventType) w.obj[E_TYPE];
        long p = w.present & EVENT_BITS;
        long required = EVENT_REQUIRED[type.ordinal()];
        if ((p & ~EVENT_ALLOWED[type.ordinal()]) != 0 || (p & required) != required) {
          return false;
        }
        int on = w.num[E_ON];
        int before = w.eventCount > 0 ? w.previous : w.has(D_DECIDED) ? w.num[D_DECIDED] : 0;
        if (before <= 0 || on < before) {
          return false;
        }
        w.previous = on;
        w.eventCount++;
        if (w.history == null) {
          w.history = new History();
        }
        ObjectionOutcome outcome = w.has(E_OUTCOME) ? (ObjectionOutcome) w.obj[E_OUTCOME] : null;
        Boolean approved = w.flag(E_APPROVED);
        if (w.history.next(type, outcome, approved) != null) {
          return false;
        }
        if (w.bind) {
          w.events.add(MODEL.event(type, Syntax.localDate(w.num[E_ON]), (String) w.opt(E_BY), outcome,
              (MitigationDecision) w.opt(E_DECISION), w.codes(w.grounds, E_GROUNDS), approved,
              (String) w.opt(E_REASON)));
        }
        return true;
      }
    },
    EVENTS;

    boolean close(Walk w) {
      return true;
    }
  }

  private static final Rules[] RULES = Rules.values();

  /** The parts of a bound record; one call site, as {@link Kind}. */
  private enum Part {
    /** First: the identifiers, amounts and dates from their strings and numbers, each kind at one place. */
    VALUES {
      @Override
      void apply(Walk w) {
        for (int s : USCC_SLOTS) {
          if (w.has(s)) {
            // Kind.USCC checked its bytes as UnifiedSocialCreditCode.parse does: not checked a second time.
            w.obj[s] = CheckedIdentifiers.uscc((String) w.obj[s]);
          }
        }
        for (int s : MONEY_SLOTS) {
          if (w.has(s)) {
            w.obj[s] = Syntax.money(w.b, w.at[s], w.num[s]);
          }
        }
        for (int s : DATE_SLOTS) {
          if (w.has(s)) {
            w.obj[s] = Syntax.localDate(w.num[s]);
          }
        }
      }
    },
    /** Then the subject's division and ID number (an official's: a part of its own, out of the hot code). */
    IDENTITY {
      @Override
      void apply(Walk w) {
        if (w.has(S_DIVISION)) {
          w.obj[S_DIVISION] = DivisionCode.parse((String) w.obj[S_DIVISION]);
        }
        if (w.has(S_ID_NUMBER)) {
          // Kind.CITIZEN_ID checked its bytes as CitizenIdNumber.parse does and read the birth date: not again.
          w.obj[S_ID_NUMBER] = CheckedIdentifiers.citizenId((String) w.obj[S_ID_NUMBER],
              Syntax.localDate(w.birthDate));
        }
      }
    },
    SUBJECT {
      @Override
      void apply(Walk w) {
        // The builder, not MODEL: C2 inlines its build() and removes the builder, while the all-values constructor
        // chain would be compiled once more on its own (~6 KB of C2 code, for nothing: no list to copy here).
        w.obj[T_SUBJECT] = Subject.builder().kind((SubjectKind) w.obj[S_KIND]).name((String) w.obj[S_NAME])
            .uscc((UnifiedSocialCreditCode) w.opt(S_USCC)).level((AdministrativeLevel) w.opt(S_LEVEL))
            .divisionCode((DivisionCode) w.opt(S_DIVISION)).idNumber((CitizenIdNumber) w.opt(S_ID_NUMBER))
            .employerName((String) w.opt(S_EMPLOYER_NAME))
            .employerUscc((UnifiedSocialCreditCode) w.opt(S_EMPLOYER_USCC)).position((String) w.opt(S_POSITION))
            .civilServant(w.flag(S_CIVIL_SERVANT)).principalName((String) w.opt(S_PRINCIPAL)).build();
      }
    },
    DECISION {
      @Override
      void apply(Walk w) {
        w.obj[T_DECISION] = MODEL.decision((String) w.obj[D_DOCUMENT], (String) w.obj[D_AUTHORITY],
            (UnifiedSocialCreditCode) w.obj[D_AUTHORITY_USCC], (LocalDate) w.obj[D_DECIDED],
            (LocalDate) w.opt(D_EFFECTIVE), (String) w.opt(D_FACTS), (String) w.opt(D_BASIS),
            (String) w.obj[D_CONTENT], w.codes(w.penaltyTypes, D_PENALTY_TYPES), (BigDecimal) w.opt(D_FINE),
            (BigDecimal) w.opt(D_CONFISCATED), w.flag(D_SIMPLE), w.has(D_SANCTION) ? w.sanction() : null);
      }
    },
    SOURCE {
      @Override
      void apply(Walk w) {
        w.obj[T_SOURCE] = MODEL.source((String) w.obj[SO_UNIT], (UnifiedSocialCreditCode) w.obj[SO_USCC],
            Syntax.instant(w.b, w.at[SO_AT], w.num[SO_AT]));
      }
    },
    IMPACT {
      @Override
      void apply(Walk w) {
        if (w.has(T_IMPACT)) {
          w.obj[T_IMPACT] = MODEL.impact((BigDecimal) w.opt(I_LOSS), (SocialImpact) w.opt(I_SOCIAL));
        }
      }
    };

    abstract void apply(Walk w);
  }

  private static final Part[] PARTS = Part.values();
}
