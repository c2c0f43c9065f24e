package org.chengxin.formats.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * tokens. A field name is found with one table lookup ({@link #field}) and every check reads the bytes in place:
 * small, monomorphic code for the JIT.
 */
public final class FastCheck {

  /** {@link #field}: the object's end, or not a record this path knows. */
  private static final int END = -1;
  private static final int FAIL = -2;

  private static final Names NAMES = new Names(RecordWalk.TOP, RecordWalk.SUBJECT, DecisionWalk.DECISION,
      DecisionWalk.SANCTION, EventWalk.EVENT, RecordWalk.IMPACT, RecordWalk.SOURCE);
  private static final byte[] TOP = NAMES.positions(RecordWalk.TOP);
  private static final byte[] SUBJECT = NAMES.positions(RecordWalk.SUBJECT);
  private static final byte[] DECISION = NAMES.positions(DecisionWalk.DECISION);
  private static final byte[] SANCTION = NAMES.positions(DecisionWalk.SANCTION);
  private static final byte[] EVENT = NAMES.positions(EventWalk.EVENT);
  private static final byte[] IMPACT = NAMES.positions(RecordWalk.IMPACT);
  private static final byte[] SOURCE = NAMES.positions(RecordWalk.SOURCE);
  /** Member kinds: the value is read by the object's method; a string; a string kept as text when binding. */
  private static final byte OTHER = 0;
  private static final byte RAW = 1;
  private static final byte TEXT = 2;
  private static final byte[] TOP_KINDS = {RAW, RAW, RAW, OTHER, RAW, RAW, RAW, OTHER, OTHER, RAW, RAW, RAW, RAW,
      OTHER, OTHER};
  private static final byte[] SUBJECT_KINDS = {RAW, TEXT, TEXT, RAW, TEXT, TEXT, TEXT, TEXT, TEXT, OTHER, TEXT};
  private static final byte[] DECISION_KINDS = {TEXT, TEXT, TEXT, RAW, RAW, TEXT, TEXT, TEXT, OTHER, TEXT, TEXT,
      OTHER, OTHER};
  private static final byte[] SANCTION_KINDS = {RAW, RAW, OTHER};
  private static final byte[] EVENT_KINDS = {RAW, RAW, TEXT, RAW, RAW, OTHER, OTHER, TEXT};
  private static final byte[] IMPACT_KINDS = {TEXT, RAW};
  private static final byte[] SOURCE_KINDS = {TEXT, TEXT, RAW};
  /** Required top-level fields, by canonical position. */
  private static final boolean[] TOP_REQUIRED = mask(RecordWalk.TOP, "schemaVersion", "recordId", "jurisdiction",
      "subject", "category", "tier", "decision", "source");

  private final JurisdictionUnits units;
  /** The known six-digit division codes, one bit per number. */
  private final long[] sixDigitCodes = new long[1_000_000 / 64 + 1];

  public FastCheck(JurisdictionUnits units, Set<String> divisions) {
    this.units = units;
    for (String d : divisions) {
      if (Syntax.isSixDigits(d)) {
        int v = Syntax.digits(d, 0, 6);
        sixDigitCodes[v >>> 6] |= 1L << v;
      }
    }
  }

  /** The record's ID when the text is certainly a clean canonical record; else null (use the full path). */
  public String clean(byte[] data, int offset, int length) {
    Walk w = new Walk(this, data, offset, length, false);
    try {
      return w.record() ? w.recordId : null;
    } catch (RuntimeException e) {
      return null; // not expected: the full path decides
    }
  }

  /**
   * The record when the text is certainly a clean canonical record, bound in the same pass; else null (use the
   * full path).
   */
  public Record bind(byte[] data, int offset, int length) {
    Walk w = new Walk(this, data, offset, length, true);
    try {
      return w.record() ? w.build() : null;
    } catch (RuntimeException e) {
      return null; // not expected: the full path decides (and binds from the tree)
    }
  }

  private boolean knownDivision(int sixDigits) {
    return (sixDigitCodes[sixDigits >>> 6] & (1L << sixDigits)) != 0;
  }

  /** One pass over one record: a cursor, the last string read and what the record says so far. */
  private static final class Walk {
    private final FastCheck check;
    private final byte[] b;
    private final int end;
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
    /** The last member's string, when binding and the member is text ({@link #TEXT}); else null. */
    private String txt;
    private boolean boolValue;

    private String recordId;
    private SubjectKind kind;
    private Category category;
    /** Dates as yyyymmdd; 0 when not given. */
    private int decidedOn;
    private int birthDate;
    /** The builders when binding, else null. */
    private final Record.Builder rb;
    private Subject.Builder sb;
    private Decision.Builder db;
    /** When binding: the USCCs of subject.uscc, subject.employerUscc, decision.authorityUscc, source.unitUscc. */
    private final String[] usccs = new String[4];
    private String divisionCode;
    private String idNumber;
    private String unit;
    /** Where source.submittedAt is, when binding. */
    private int instantAt;
    private int instantLength;

    Walk(FastCheck check, byte[] b, int offset, int length, boolean bind) {
      this.check = check;
      this.b = b;
      this.i = offset;
      this.end = offset + length;
      this.rb = bind ? Record.builder() : null;
    }

    // Tokens.

    /** The next significant byte (0–255, not taken), or -1 at the end. */
    private int peek() {
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
     * The next member of an object, after canonical position {@code after}: its position ({@code positions}),
     * {@link #END} after the closing brace, or {@link #FAIL} (unknown, out of order, malformed). A member of kind
     * {@link #RAW} or {@link #TEXT} ({@code kinds}) has its string read here, the only place most strings are
     * read (one copy of the string code for the JIT, not one per field); the cursor is else on the value.
     */
    private int member(byte[] positions, byte[] kinds, int after) {
      int k = field(positions);
      if (k < 0) {
        return k;
      }
      if (k <= after) {
        return FAIL;
      }
      int kind = kinds[k];
      if (kind != OTHER) {
        if (!str()) {
          return FAIL;
        }
        txt = kind == TEXT && rb != null ? string() : null;
      }
      return k;
    }

    /** The next member's name as its position ({@code positions}), {@link #END} or {@link #FAIL}. */
    private int field(byte[] positions) {
      int c = peek();
      if (c == '}') {
        i++;
        first = false;
        return END;
      }
      if (!first) {
        if (c != ',') {
          return FAIL;
        }
        i++;
        c = peek();
      }
      first = false;
      if (c != '"') {
        return FAIL;
      }
      int start = ++i;
      int h = 0;
      while (i < end && b[i] != '"') {
        byte x = b[i++];
        if (x < 0x20 || x == '\\') {
          return FAIL; // names are plain ASCII
        }
        h = 31 * h + x;
      }
      if (i >= end) {
        return FAIL;
      }
      int id = NAMES.find(b, start, i - start, h);
      i++;
      if (id < 0 || peek() != ':') {
        return FAIL;
      }
      i++;
      return positions[id];
    }

    /** Before an array element: 0, or {@link #END} after the closing bracket, or {@link #FAIL}. */
    private int element() {
      int c = peek();
      if (c == ']') {
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
      int j = ++i;
      int n = 0;
      boolean plain = true;
      while (j < end) {
        int x = b[j];
        if (x >= 0) {
          if (x == '"') {
            s0 = i;
            s1 = j;
            i = j + 1;
            codePoints = n;
            ascii = plain;
            return true;
          }
          if (x == '\\') {
            return unescape();
          }
          if (x < 0x20) {
            return false;
          }
          j++;
        } else {
          int k = utf8(b, j, end);
          if (k == 0) {
            return false;
          }
          plain = false;
          j += k;
        }
        n++;
      }
      return false;
    }

    /** The slow path of {@link #str()} for a string with escapes, from its first byte at {@link #i}. */
    private boolean unescape() {
      if (chars == null) {
        chars = new char[256];
      }
      int n = 0;
      int j = i;
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
          codePoints = Character.codePointCount(chars, 0, n);
          ascii = false;
          return true;
        }
        if (x < 0) {
          int k = utf8(b, j, end);
          if (k == 0) {
            return false;
          }
          n = decode(k, j, n);
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

    /** The last string. */
    private String string() {
      return escaped ? new String(chars, 0, charCount) : new String(b, s0, s1 - s0, ascii ? ISO_8859_1 : UTF_8);
    }

    /** Whether the last string has {@code min} to {@code max} code points. */
    private boolean length(int min, int max) {
      return codePoints >= min && codePoints <= max;
    }

    /** The code named by the last string, or null. */
    private <E extends Enum<E>> E lookup(EnumCodes<E> codes) {
      return codes.get(b, s0, s1 - s0);
    }

    /** The codes of a non-empty array of codes (added to {@code into} when binding), else false. */
    private <E extends Enum<E>> boolean codes(EnumCodes<E> codes, List<E> into) {
      if (!open('[')) {
        return false;
      }
      int n = 0;
      int e;
      while ((e = element()) == 0) {
        E c = str() ? lookup(codes) : null;
        if (c == null) {
          return false;
        }
        if (into != null) {
          into.add(c);
        }
        n++;
      }
      return e == END && n > 0;
    }

    /** The last string as a date yyyymmdd, or -1. */
    private int date() {
      return Syntax.date(b, s0, s1 - s0);
    }

    private boolean uscc() {
      return Syntax.uscc(b, s0, s1 - s0) == Syntax.OK;
    }

    private boolean money() {
      return Syntax.isMoney(b, s0, s1 - s0);
    }

    /** The last string is a known six-digit division code. */
    private boolean division() {
      int v = Syntax.sixDigits(b, s0, s1 - s0);
      return v >= 0 && check.knownDivision(v);
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

    boolean record() {
      if (!open('{')) {
        return false;
      }
      int pos = -1;
      int k;
      while ((k = member(TOP, TOP_KINDS, pos)) >= 0) {
        if (skipsRequired(TOP_REQUIRED, pos, k) || !top(k)) {
          return false;
        }
        pos = k;
      }
      return k == END && peek() == -1 && !skipsRequired(TOP_REQUIRED, pos, TOP_REQUIRED.length)
          && (birthDate == 0 || birthDate <= decidedOn);
    }

    /** One top-level field, by canonical position (RecordWalk.TOP); a string value is read already. */
    private boolean top(int k) {
      switch (k) {
        case 0: // schemaVersion
          if (s1 - s0 != 3 || b[s0] != '1' || b[s0 + 1] != '.' || b[s0 + 2] != '0') {
            return false;
          }
          if (rb != null) {
            rb.schemaVersion("1.0");
          }
          return true;
        case 1: // recordId
          if (!ascii || s1 == s0 || s1 - s0 > Syntax.RECORD_ID_MAX || !Syntax.isRecordIdCharset(b, s0, s1 - s0)) {
            return false;
          }
          recordId = string();
          if (rb != null) {
            rb.recordId(recordId);
          }
          return true;
        case 2: { // jurisdiction
          int v = Syntax.sixDigits(b, s0, s1 - s0);
          boolean known = v >= 0 ? check.knownDivision(v)
              : Syntax.isUnitCode(b, s0, s1 - s0) && check.units.unit(string()).isPresent();
          if (known && rb != null) {
            rb.jurisdiction(string());
          }
          return known;
        }
        case 3: // subject
          return open('{') && subject();
        case 4: // category
          category = lookup(EnumCodes.CATEGORY);
          if (category == null || !RecordWalk.fits(category, kind)) {
            return false;
          }
          if (rb != null) {
            rb.category(category);
          }
          return true;
        case 5: { // domain
          Domain d = lookup(EnumCodes.DOMAIN);
          if (d != null && rb != null) {
            rb.domain(d);
          }
          return d != null;
        }
        case 6: { // tier
          Tier t = lookup(EnumCodes.TIER);
          if (t != null && rb != null) {
            rb.tier(t);
          }
          return t != null;
        }
        case 7: // decision
          return open('{') && decision();
        case 8: // impact
          return open('{') && impact();
        case 9: { // actEndedOn
          int d = date();
          if (d < 0 || d > decidedOn) {
            return false;
          }
          if (rb != null) {
            rb.actEndedOn(Syntax.localDate(d));
          }
          return true;
        }
        case 10: { // rectificationDueOn
          int d = date();
          if (d >= 0 && rb != null) {
            rb.rectificationDueOn(Syntax.localDate(d));
          }
          return d >= 0;
        }
        case 11: { // disclosureRestriction
          DisclosureRestriction r = lookup(EnumCodes.DISCLOSURE);
          if (r != null && rb != null) {
            rb.disclosureRestriction(r);
          }
          return r != null;
        }
        case 12: { // publishedOn
          int d = date();
          if (d < 0 || d < decidedOn) {
            return false;
          }
          if (rb != null) {
            rb.publishedOn(Syntax.localDate(d));
          }
          return true;
        }
        case 13: // events
          return open('[') && events();
        case 14: // source
          return open('{') && source();
        default:
          return false;
      }
    }

    private boolean subject() {
      if (member(SUBJECT, SUBJECT_KINDS, -1) != 0) {
        return false; // kind first
      }
      kind = lookup(EnumCodes.SUBJECT_KIND);
      if (kind == null) {
        return false;
      }
      sb = rb != null ? Subject.builder().kind(kind) : null;
      boolean official = kind == SubjectKind.PUBLIC_OFFICIAL;
      // name, then (organisation) uscc, divisionCode or (official) idNumber, employerName, employerUscc: required.
      int required = official ? 4 : 3;
      int pos = 0;
      int k;
      while ((k = member(SUBJECT, SUBJECT_KINDS, pos)) >= 0) {
        pos = k;
        switch (k) {
          case 1: // name
            if (!length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            required--;
            if (sb != null) {
              sb.name(txt);
            }
            break;
          case 2: { // uscc
            int prefix = kind == SubjectKind.GOVERNMENT || kind == SubjectKind.DEPARTMENT ? '1'
                : kind == SubjectKind.PUBLIC_INSTITUTION ? '2' : 0;
            // A valid code of 18 characters that starts with "11", "12" or (prefix 0) anything.
            if (official || !uscc() || prefix != 0 && (b[s0] != '1' || b[s0 + 1] != prefix)) {
              return false;
            }
            required--;
            if (sb != null) {
              usccs[0] = txt;
            }
            break;
          }
          case 3: { // level
            AdministrativeLevel level = official ? null : lookup(EnumCodes.LEVEL);
            if (level == null) {
              return false;
            }
            if (sb != null) {
              sb.level(level);
            }
            break;
          }
          case 4: // divisionCode
            if (!division()) {
              return false;
            }
            if (!official) {
              required--;
            }
            if (sb != null) {
              divisionCode = txt;
            }
            break;
          case 5: // idNumber
            if (!official || Syntax.citizenId(b, s0, s1 - s0) != Syntax.OK) {
              return false;
            }
            birthDate = Syntax.birthDate(b, s0);
            required--;
            if (sb != null) {
              idNumber = txt;
            }
            break;
          case 6: // employerName
            if (!official || !length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            required--;
            if (sb != null) {
              sb.employerName(txt);
            }
            break;
          case 7: // employerUscc
            if (!official || !uscc()) {
              return false;
            }
            required--;
            if (sb != null) {
              usccs[1] = txt;
            }
            break;
          case 8: // position
            if (!official || !length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            if (sb != null) {
              sb.position(txt);
            }
            break;
          case 9: // civilServant
            if (!official || !bool()) {
              return false;
            }
            if (sb != null) {
              sb.civilServant(boolValue);
            }
            break;
          case 10: // principalName
            if (official || !length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            if (sb != null) {
              sb.principalName(txt);
            }
            break;
          default:
            return false;
        }
      }
      return k == END && required == 0;
    }

    private boolean decision() {
      Category c = category;
      boolean penalty = c == Category.ADMINISTRATIVE_PENALTY;
      boolean sanctioned = c == Category.DISCIPLINARY_SANCTION || c == Category.ACCOUNTABILITY;
      db = rb != null ? Decision.builder() : null;
      // documentNumber, authorityName, authorityUscc, decidedOn, content, and penaltyTypes or sanction.
      int required = 5 + (penalty || sanctioned ? 1 : 0);
      int pos = -1;
      int k;
      while ((k = member(DECISION, DECISION_KINDS, pos)) >= 0) {
        pos = k;
        switch (k) {
          case 0: // documentNumber
            if (!length(1, 100)) {
              return false;
            }
            required--;
            if (db != null) {
              db.documentNumber(txt);
            }
            break;
          case 1: // authorityName
            if (!length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            required--;
            if (db != null) {
              db.authorityName(txt);
            }
            break;
          case 2: // authorityUscc
            if (!uscc()) {
              return false;
            }
            required--;
            if (db != null) {
              usccs[2] = txt;
            }
            break;
          case 3: // decidedOn
            decidedOn = date();
            if (decidedOn < 0) {
              return false;
            }
            required--;
            if (db != null) {
              db.decidedOn(Syntax.localDate(decidedOn));
            }
            break;
          case 4: { // effectiveOn
            int d = date();
            if (d < 0 || decidedOn <= 0 || d < decidedOn) {
              return false;
            }
            if (db != null) {
              db.effectiveOn(Syntax.localDate(d));
            }
            break;
          }
          case 5: // facts
            if (!length(1, RecordWalk.TEXT_MAX)) {
              return false;
            }
            if (db != null) {
              db.facts(txt);
            }
            break;
          case 6: // basis
            if (!length(1, RecordWalk.TEXT_MAX)) {
              return false;
            }
            if (db != null) {
              db.basis(txt);
            }
            break;
          case 7: // content
            if (!length(1, RecordWalk.TEXT_MAX)) {
              return false;
            }
            required--;
            if (db != null) {
              db.content(txt);
            }
            break;
          case 8: { // penaltyTypes
            List<PenaltyType> types = db != null ? new ArrayList<>(2) : null;
            if (!penalty || !codes(EnumCodes.PENALTY_TYPE, types)) {
              return false;
            }
            required--;
            if (db != null) {
              db.addAllPenaltyTypes(types);
            }
            break;
          }
          case 9: // fineAmount
            if (!penalty || !money()) {
              return false;
            }
            if (db != null) {
              db.fineAmount(new BigDecimal(txt));
            }
            break;
          case 10: // confiscatedAmount
            if (!penalty || !money()) {
              return false;
            }
            if (db != null) {
              db.confiscatedAmount(new BigDecimal(txt));
            }
            break;
          case 11: // simpleProcedure
            if (!penalty || !bool()) {
              return false;
            }
            if (db != null) {
              db.simpleProcedure(boolValue);
            }
            break;
          case 12: // sanction
            if (!sanctioned || !open('{') || !sanction(c, db)) {
              return false;
            }
            required--;
            break;
          default:
            return false;
        }
      }
      return k == END && required == 0;
    }

    private boolean sanction(Category c, Decision.Builder db) {
      if (member(SANCTION, SANCTION_KINDS, -1) != 0) {
        return false;
      }
      SanctionSystem system = lookup(EnumCodes.SANCTION_SYSTEM);
      if (system == null || member(SANCTION, SANCTION_KINDS, 0) != 1) {
        return false;
      }
      SanctionType type = lookup(EnumCodes.SANCTION_TYPE);
      if (type == null || type.system() != system) {
        return false;
      }
      boolean fits = c == Category.DISCIPLINARY_SANCTION
          ? system == SanctionSystem.GOVERNMENT || system == SanctionSystem.PARTY
          : system == SanctionSystem.ACCOUNTABILITY;
      if (!fits) {
        return false;
      }
      int k = member(SANCTION, SANCTION_KINDS, 1);
      int months = -1;
      if (k == END) {
        if (type == SanctionType.PARTY_PROBATION) {
          return false;
        }
      } else {
        if (k != 2 || !type.allowsPeriodMonths()) {
          return false;
        }
        months = integer();
        boolean ok = type == SanctionType.PARTY_PROBATION ? months == 12 || months == 24
            : months >= type.standardMonths().orElse(0) && months <= 48;
        if (!ok || months < 0 || field(SANCTION) != END) {
          return false;
        }
      }
      if (db != null) {
        Sanction.Builder s = Sanction.builder().system(system).type(type);
        if (months >= 0) {
          s.periodMonths(months);
        }
        db.sanction(s.build());
      }
      return true;
    }

    private boolean impact() {
      Impact.Builder ib = rb != null ? Impact.builder() : null;
      int pos = -1;
      int k;
      while ((k = member(IMPACT, IMPACT_KINDS, pos)) >= 0) {
        pos = k;
        if (k == 0) { // economicLoss
          if (!money()) {
            return false;
          }
          if (ib != null) {
            ib.economicLoss(new BigDecimal(txt));
          }
        } else { // socialImpact
          SocialImpact s = lookup(EnumCodes.SOCIAL_IMPACT);
          if (s == null) {
            return false;
          }
          if (ib != null) {
            ib.socialImpact(s);
          }
        }
      }
      if (k != END) {
        return false;
      }
      if (ib != null) {
        rb.impact(ib.build());
      }
      return true;
    }

    private boolean events() {
      History history = new History();
      int previous = decidedOn;
      int e;
      while ((e = element()) == 0) {
        if (!open('{') || member(EVENT, EVENT_KINDS, -1) != 0) {
          return false;
        }
        EventType type = lookup(EnumCodes.EVENT_TYPE);
        if (type == null || member(EVENT, EVENT_KINDS, 0) != 1) {
          return false;
        }
        int on = date();
        if (on < 0 || previous <= 0 || on < previous) {
          return false;
        }
        previous = on;
        if (!event(type, on, history)) {
          return false;
        }
      }
      return e == END;
    }

    /** The rest of an event after its type and date. */
    private boolean event(EventType type, int on, History history) {
      Event.Builder eb = rb != null ? Event.builder().type(type).on(Syntax.localDate(on)) : null;
      ObjectionOutcome outcome = null;
      Boolean approved = null;
      int mitigation = 0;
      int pos = 1;
      int k;
      while ((k = member(EVENT, EVENT_KINDS, pos)) >= 0) {
        pos = k;
        switch (k) {
          case 2: // by
            if (type != EventType.OBJECTION_FILED || !length(1, RecordWalk.NAME_MAX)) {
              return false;
            }
            if (eb != null) {
              eb.by(txt);
            }
            break;
          case 3: // outcome
            outcome = type == EventType.OBJECTION_RESOLVED ? lookup(EnumCodes.OUTCOME) : null;
            if (outcome == null) {
              return false;
            }
            if (eb != null) {
              eb.outcome(outcome);
            }
            break;
          case 4: { // decision
            MitigationDecision d = type == EventType.MITIGATION_DECIDED ? lookup(EnumCodes.MITIGATION) : null;
            if (d == null) {
              return false;
            }
            mitigation++;
            if (eb != null) {
              eb.decision(d);
            }
            break;
          }
          case 5: { // grounds
            List<MitigationGround> grounds = eb != null ? new ArrayList<>(2) : null;
            if (type != EventType.MITIGATION_DECIDED || !codes(EnumCodes.GROUND, grounds)) {
              return false;
            }
            mitigation++;
            if (eb != null) {
              eb.addAllGrounds(grounds);
            }
            break;
          }
          case 6: // approved
            if (type != EventType.REPAIR_DECIDED || !bool()) {
              return false;
            }
            approved = boolValue;
            if (eb != null) {
              eb.approved(boolValue);
            }
            break;
          case 7: // reason
            if (type != EventType.DECISION_REVOKED || !length(1, RecordWalk.TEXT_MAX)) {
              return false;
            }
            if (eb != null) {
              eb.reason(txt);
            }
            break;
          default:
            return false;
        }
      }
      boolean complete = type == EventType.OBJECTION_RESOLVED ? outcome != null
          : type == EventType.MITIGATION_DECIDED ? mitigation == 2
          : type != EventType.REPAIR_DECIDED || approved != null;
      if (k != END || !complete || history.next(type, outcome, approved) != null) {
        return false;
      }
      if (eb != null) {
        rb.addEvents(eb.build());
      }
      return true;
    }

    /** unit, unitUscc and submittedAt, all three and nothing else. */
    private boolean source() {
      for (int k = 0; k < 3; k++) {
        if (member(SOURCE, SOURCE_KINDS, k - 1) != k) {
          return false;
        }
        boolean ok = k == 0 ? length(1, RecordWalk.NAME_MAX) : k == 1 ? uscc() : Syntax.isInstant(b, s0, s1 - s0);
        if (!ok) {
          return false;
        }
        if (k == 0) {
          unit = txt;
        } else if (k == 1) {
          usccs[3] = txt;
        } else {
          instantAt = s0;
          instantLength = s1 - s0;
        }
      }
      return field(SOURCE) == END;
    }

    /**
     * The record, once {@link #record()} passed it while binding: the identifiers are made here, each kind at one
     * place (one copy of its parser for the JIT, not one per field).
     */
    Record build() {
      UnifiedSocialCreditCode[] codes = new UnifiedSocialCreditCode[usccs.length];
      for (int k = 0; k < codes.length; k++) {
        codes[k] = usccs[k] == null ? null : UnifiedSocialCreditCode.parse(usccs[k]);
      }
      if (codes[0] != null) {
        sb.uscc(codes[0]);
      }
      if (codes[1] != null) {
        sb.employerUscc(codes[1]);
      }
      if (divisionCode != null) {
        sb.divisionCode(DivisionCode.parse(divisionCode));
      }
      if (idNumber != null) {
        sb.idNumber(CitizenIdNumber.parse(idNumber));
      }
      db.authorityUscc(codes[2]);
      return rb.subject(sb.build()).decision(db.build())
          .source(Source.of(unit, codes[3], Syntax.instant(b, instantAt, instantLength))).build();
    }
  }

  /**
   * The length of the strict UTF-8 sequence of 2 to 4 bytes at {@code b[j]} (a byte over 0x7F), or 0 when it is
   * not one (overlong, a surrogate, over U+10FFFF, truncated, a stray continuation byte).
   */
  static int utf8(byte[] b, int j, int end) {
    int x = b[j] & 0xFF;
    if (x < 0xC2) {
      return 0;
    }
    if (x < 0xE0) {
      return j + 1 < end && (b[j + 1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (x < 0xF0) {
      if (j + 2 >= end) {
        return 0;
      }
      int y = b[j + 1] & 0xFF;
      if (x == 0xE0 && y < 0xA0 || x == 0xED && y > 0x9F) {
        return 0;
      }
      return (y & 0xC0) == 0x80 && (b[j + 2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (x > 0xF4 || j + 3 >= end) {
      return 0;
    }
    int y = b[j + 1] & 0xFF;
    if (x == 0xF0 && y < 0x90 || x == 0xF4 && y > 0x8F) {
      return 0;
    }
    return (y & 0xC0) == 0x80 && (b[j + 2] & 0xC0) == 0x80 && (b[j + 3] & 0xC0) == 0x80 ? 4 : 0;
  }

  private static boolean skipsRequired(boolean[] required, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (required[j]) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] mask(List<String> names, String... required) {
    boolean[] m = new boolean[names.size()];
    for (String r : required) {
      m[names.indexOf(r)] = true;
    }
    return m;
  }

  /**
   * Every field name of a record, each with one id, in an open-addressing table by the hash
   * {@code h = 31 * h + byte} (as {@link String#hashCode()} of an ASCII name).
   */
  private static final class Names {
    private final List<String> all;
    private final byte[][] names;
    private final int[] ids;

    Names(List<?>... lists) {
      Map<String, Integer> distinct = new LinkedHashMap<>();
      for (List<?> l : lists) {
        for (Object n : l) {
          distinct.putIfAbsent((String) n, distinct.size());
        }
      }
      this.all = List.copyOf(distinct.keySet());
      int size = Integer.highestOneBit(all.size() * 4 - 1) << 1;
      this.names = new byte[size][];
      this.ids = new int[size];
      for (int id = 0; id < all.size(); id++) {
        String n = all.get(id);
        int i = n.hashCode() & (size - 1);
        while (names[i] != null) {
          i = (i + 1) & (size - 1);
        }
        names[i] = n.getBytes(ISO_8859_1);
        ids[i] = id;
      }
    }

    /** The id of the name in {@code b[off, off + len)} whose hash is {@code h}, or -1. */
    int find(byte[] b, int off, int len, int h) {
      int mask = names.length - 1;
      for (int i = h & mask; names[i] != null; i = (i + 1) & mask) {
        byte[] n = names[i];
        if (n.length == len && same(n, b, off)) {
          return ids[i];
        }
      }
      return -1;
    }

    /** Whether {@code b[off…]} starts with {@code name} (a short name: a plain loop beats a vectorised one). */
    private static boolean same(byte[] name, byte[] b, int off) {
      for (int j = 0; j < name.length; j++) {
        if (name[j] != b[off + j]) {
          return false;
        }
      }
      return true;
    }

    /** For one object's canonical field list: by name id, the canonical position, or {@link #FAIL}. */
    byte[] positions(List<String> fields) {
      byte[] p = new byte[all.size()];
      Arrays.fill(p, (byte) FAIL);
      for (int k = 0; k < fields.size(); k++) {
        p[all.indexOf(fields.get(k))] = (byte) k;
      }
      return p;
    }
  }
}
