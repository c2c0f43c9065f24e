package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.chengxin.core.DivisionRegistry;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.Problem;
import org.chengxin.formats.internal.FastCheck;
import org.chengxin.formats.internal.RecordWalk;
import org.chengxin.formats.internal.SyntaxProblems;
import org.chengxin.formats.internal.TreeBuilder;

/**
 * 记录校验器 — checks one canonical record (SPEC §3) and returns every problem (SPEC §8), never only the
 * first. Immutable and thread-safe; never throws on any JSON input, however garbled.
 *
 * <pre>{@code
 * List<Problem> problems = RecordValidator.standard().validate(tree);
 * boolean valid = problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
 * }</pre>
 *
 * <p>Decisions beyond the letter of the SPEC, all stable:
 * <ul>
 *   <li>A JSON {@code null} is never a value: {@code REQUIRED} for a required field, {@code TYPE} for an
 *       optional one (omit the field instead).
 *   <li>Money given as a JSON number is {@code TYPE} (money is a decimal string, R-ID-5); leading zeros,
 *       signs, exponents and more than 2 fraction digits are {@code MONEY_INVALID}.
 *   <li>A {@code recordId} outside {@code [A-Za-z0-9._:-]} is {@code LENGTH}, as one that is too long.
 *   <li>{@code schemaVersion} other than {@code "1.0"} is {@code ENUM_UNKNOWN}; a sanction type of another
 *       system than {@code system} is {@code ENUM_UNKNOWN} at {@code /decision/sanction/type}.
 *   <li>An empty {@code penaltyTypes} or {@code grounds} is {@code REQUIRED}; a missing {@code outcome},
 *       {@code approved}, {@code decision} or {@code grounds} of an event type that needs it is
 *       {@code REQUIRED}; a field that the event's type does not take is {@code UNKNOWN_FIELD}.
 *   <li>Official-only subject fields ({@code idNumber}, {@code employerName}, {@code employerUscc},
 *       {@code position}, {@code civilServant}) are {@code FORBIDDEN_FIELD} on an organisation, and
 *       {@code uscc}, {@code level}, {@code principalName} on an official.
 *   <li>{@code actEndedOn} after {@code decidedOn} is {@code DATE_ORDER} at {@code /decision/decidedOn}, the
 *       later field of the constraint.
 *   <li>Every string is at least 1 character; names at most 200 and free texts at most 4000 (code points).
 *   <li>Instants are {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM)}; anything else is {@code DATE_INVALID}.
 *   <li>{@code periodMonths} is an integral JSON number ({@code 24} or {@code 24.0}, as JSON Schema's
 *       "integer"); {@code 24.5} or {@code "24"} is {@code TYPE}; an integer out of range is
 *       {@code SANCTION_PERIOD_INVALID}.
 *   <li>Where a field is {@code FORBIDDEN_FIELD}, its value is not checked further.
 *   <li>When reading text ({@link #validate(String)}, {@link RecordReader}, {@link CanonicalJson#read}), a
 *       duplicate key in an object is {@code JSON_SYNTAX}: a silently dropped value would be data loss.
 * </ul>
 */
public final class RecordValidator {

  private static final RecordValidator STANDARD =
      new RecordValidator(JurisdictionUnits.standard(), DivisionRegistry.national());

  private final JurisdictionUnits units;
  private final Set<String> divisions;
  private final FastCheck fast;

  private RecordValidator(JurisdictionUnits units, DivisionRegistry registry) {
    this.units = units;
    this.divisions = RecordWalk.knownDivisions(registry);
    this.fast = new FastCheck(units, divisions);
  }

  /** The one-pass check for clean canonical records used by {@link RecordReader} before building a tree. */
  FastCheck fast() {
    return fast;
  }

  /** A validator with the standard jurisdiction units and the national division registry. */
  public static RecordValidator standard() {
    return STANDARD;
  }

  /** A validator with other jurisdiction units (e.g. a profile's) and division codes. */
  public static RecordValidator of(JurisdictionUnits units, DivisionRegistry registry) {
    return new RecordValidator(requireNonNull(units, "units"), requireNonNull(registry, "registry"));
  }

  /** Every problem of one record tree, in document order of the checks; empty when the record is clean. */
  public List<Problem> validate(JsonNode record) {
    requireNonNull(record, "record");
    return new RecordWalk(units, divisions).validate(record);
  }

  /** Parses and validates one record text; malformed JSON is one {@code JSON_SYNTAX} problem. */
  public List<Problem> validate(String json) {
    requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = TreeBuilder.read(json);
    } catch (JsonProcessingException e) {
      return List.of(SyntaxProblems.of(e, 1, 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a String
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of(SyntaxProblems.empty());
    }
    return validate(tree);
  }
}
