package org.chengxin.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.chengxin.core.Category;
import org.chengxin.core.Domain;
import org.chengxin.core.JurisdictionUnits;
import org.chengxin.core.SanctionType;
import org.chengxin.core.SubjectKind;
import org.chengxin.core.Tier;
import org.chengxin.rules.CategoryRules;
import org.chengxin.rules.Condition;
import org.chengxin.rules.DisclosureEra;
import org.chengxin.rules.Duration;
import org.chengxin.rules.DurationType;
import org.chengxin.rules.EvaluationRules;
import org.chengxin.rules.Jurisdiction;
import org.chengxin.rules.MeasureCode;
import org.chengxin.rules.MeasureKind;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.Param;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileException;
import org.chengxin.rules.ReportingFrequency;
import org.chengxin.rules.ReportingSchedule;
import org.chengxin.rules.RetentionBase;
import org.chengxin.rules.SourceDocument;
import org.chengxin.rules.Target;
import org.chengxin.rules.TierPeriod;

/**
 * Converts one complete (inheritance already applied) profile tree into a {@link Profile}, validating every key:
 * unknown keys, unknown codes, missing bases, malformed periods and dates, era order, duration shapes.
 */
final class ProfileParser {

  static final Pattern PROFILE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern DIVISION = Pattern.compile("\\d{6}");
  /** A reference day for comparing a tier's minimum and maximum periods. */
  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 31);

  private ProfileParser() {}

  static Profile parse(JsonNode tree, String file) {
    JsonObject root = JsonObject.root(tree, file);
    root.optText("$schema");
    String id = root.text("id");
    if (!PROFILE_ID.matcher(id).matches()) {
      throw root.error("id", "'" + id + "' is not a profile id [a-z0-9][a-z0-9-]*");
    }
    Profile.Builder profile = Profile.builder().id(id).version(root.text("version"));
    JsonObject name = root.obj("name");
    profile.nameZh(name.text("zh")).nameEn(name.text("en"));
    name.done();
    Optional<String> parent = root.optText("extends");
    if (parent.isPresent()) {
      profile.parent(parent.get());
    }
    profile.jurisdiction(jurisdiction(root.obj("jurisdiction")));
    profile.sources(sources(root));
    profile.categories(categories(root.obj("categories")));

    JsonObject retention = root.obj("retention");
    profile.retentionPeriod(retention.param("period", JsonObject.PERIOD_VALUE));
    profile.retentionBase(retention.param("base", JsonObject.codeOf(RetentionBase.class)));
    retention.done();

    JsonObject objection = root.obj("objection");
    profile.objectionDecideWorkingDays(objection.param("decideWithinWorkingDays", JsonObject.COUNT));
    profile.suspendMeasuresDuringObjection(objection.param("suspendMeasures", JsonObject.BOOLEAN));
    profile.hideDuringObjection(objection.param("hideDuringObjection", JsonObject.BOOLEAN));
    objection.done();

    JsonObject repair = root.obj("repair");
    profile.repairPushWorkingDays(repair.param("pushWithinWorkingDays", JsonObject.COUNT));
    repair.done();

    JsonObject revocation = root.obj("revocation");
    profile.withdrawWithinDays(revocation.param("withdrawWithinDays", JsonObject.COUNT));
    revocation.done();

    JsonObject mitigation = root.obj("mitigation");
    profile.lighterWaives(mitigation.param("lighterWaives", MEASURE_CODES));
    mitigation.done();

    profile.measures(measures(root));
    profile.evaluation(evaluation(root.obj("evaluation")));
    Optional<JsonObject> reporting = root.optObj("reporting");
    if (reporting.isPresent()) {
      profile.reporting(reporting(reporting.get()));
    }
    root.done();
    return profile.build();
  }

  static Jurisdiction jurisdiction(JsonObject j) {
    String code = j.text("code");
    if (!DIVISION.matcher(code).matches() && !JurisdictionUnits.UNIT_CODE.matcher(code).matches()) {
      throw j.error("code", "'" + code + "' is neither a 6-digit division code nor a unit code [A-Z][A-Z0-9_]{1,31}");
    }
    JsonObject name = j.obj("name");
    Jurisdiction.Builder builder = Jurisdiction.builder().code(code).nameZh(name.text("zh")).nameEn(name.text("en"));
    name.done();
    Optional<String> parent = j.optText("parentDivision");
    if (parent.isPresent()) {
      if (!DIVISION.matcher(parent.get()).matches()) {
        throw j.error("parentDivision", "'" + parent.get() + "' is not a 6-digit division code");
      }
      if (DIVISION.matcher(code).matches()) {
        throw j.error("parentDivision", "only a non-standard unit has a parent division; '" + code + "' is a division");
      }
      builder.parentDivision(parent.get());
    }
    j.done();
    return builder.build();
  }

  private static List<SourceDocument> sources(JsonObject root) {
    List<SourceDocument> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> items = root.array("sources");
    for (int i = 0; i < items.size(); i++) {
      JsonObject s = JsonObject.of(items.get(i), root.file(), root.path("sources") + "[" + i + "]");
      String id = s.text("id");
      if (!ids.add(id)) {
        throw s.error("id", "duplicate source id '" + id + "'");
      }
      SourceDocument.Builder builder = SourceDocument.builder().id(id).title(s.text("title"));
      Optional<String> number = s.optText("number");
      if (number.isPresent()) {
        builder.number(number.get());
      }
      if (s.has("issuedOn")) {
        builder.issuedOn(s.date("issuedOn"));
      }
      s.done();
      sources.add(builder.build());
    }
    return sources;
  }

  private static Map<Category, CategoryRules> categories(JsonObject categories) {
    Map<Category, CategoryRules> result = new EnumMap<>(Category.class);
    for (String key : categories.keys()) {
      Category category = categories.keyCode(key, Category.class);
      result.put(category, category(categories.obj(key)));
    }
    if (result.isEmpty()) {
      throw categories.error(null, "a profile accepts at least one category");
    }
    return result;
  }

  private static CategoryRules category(JsonObject c) {
    CategoryRules.Builder builder = CategoryRules.builder()
        .disclosable(c.param("disclosable", JsonObject.BOOLEAN))
        .repairable(c.param("repairable", JsonObject.BOOLEAN))
        .endsOnRectification(c.param("endsOnRectification", JsonObject.BOOLEAN));
    Optional<Param<Integer>> publication = c.optParam("publicationWorkingDays", JsonObject.COUNT);
    if (publication.isPresent()) {
      builder.publicationWorkingDays(publication.get());
    }
    builder.eras(eras(c));
    c.done();
    return builder.build();
  }

  private static List<DisclosureEra> eras(JsonObject c) {
    List<JsonNode> items = c.array("eras");
    if (items.isEmpty()) {
      throw c.error("eras", "a category needs at least one era");
    }
    List<DisclosureEra> eras = new ArrayList<>();
    LocalDate previous = null;
    for (int i = 0; i < items.size(); i++) {
      JsonObject e = JsonObject.of(items.get(i), c.file(), c.path("eras") + "[" + i + "]");
      DisclosureEra.Builder era = DisclosureEra.builder();
      if (e.has("from")) {
        LocalDate from = e.date("from");
        if (previous != null && from.equals(previous)) {
          throw e.error("from", "duplicate era: another era already starts on '" + from + "'");
        }
        if (previous != null && from.isBefore(previous)) {
          throw e.error("from", "eras must be sorted by 'from': '" + from + "' comes after '" + previous + "'");
        }
        era.from(from);
        previous = from;
      } else {
        if (items.size() > 1) {
          throw e.error("from", "missing required key 'from': every era of a category with several eras starts on a date");
        }
      }
      era.tiers(tiers(e.obj("tiers")));
      era.basis(e.basis());
      e.done();
      eras.add(era.build());
    }
    return eras;
  }

  private static Map<Tier, TierPeriod> tiers(JsonObject t) {
    Map<Tier, TierPeriod> tiers = new EnumMap<>(Tier.class);
    for (String key : t.keys()) {
      t.keyCode(key, Tier.class);
    }
    for (Tier tier : Tier.values()) {
      if (!t.has(tier.name())) {
        throw t.error(tier.name(), "missing tier " + tier.name() + ": an era gives the periods of MINOR, GENERAL and SERIOUS");
      }
      JsonObject p = t.obj(tier.name());
      Period minimum = p.period("minimum");
      Period maximum = p.period("maximum");
      if (REFERENCE.plus(minimum).isAfter(REFERENCE.plus(maximum))) {
        throw p.error("minimum", "minimum '" + minimum + "' is longer than maximum '" + maximum + "'");
      }
      tiers.put(tier, TierPeriod.of(p.bool("disclosed"), minimum, maximum));
      p.done();
    }
    t.done();
    return tiers;
  }

  /** Reads sets of measure codes, e.g. {@code ["CREDIT_REPAIR_LIMIT"]}. */
  private static final JsonObject.ValueReader<Set<MeasureCode>> MEASURE_CODES =
      new JsonObject.ValueReader<Set<MeasureCode>>() {
        @Override
        public Set<MeasureCode> read(JsonNode value, JsonObject owner, String at) {
          return measureCodes(value, owner, at);
        }
      };

  private static Set<MeasureCode> measureCodes(JsonNode value, JsonObject owner, String at) {
    if (!value.isArray()) {
      throw new ProfileException(owner.file(), at, "expected an array of measure codes, found " + JsonObject.describe(value));
    }
    Set<MeasureCode> codes = EnumSet.noneOf(MeasureCode.class);
    for (int i = 0; i < value.size(); i++) {
      MeasureCode code = owner.parseCode(value.get(i), at + "[" + i + "]", MeasureCode.class);
      if (!codes.add(code)) {
        throw new ProfileException(owner.file(), at + "[" + i + "]", "duplicate code '" + code + "'");
      }
    }
    return Collections.unmodifiableSet(codes);
  }

  private static List<MeasureRule> measures(JsonObject root) {
    List<MeasureRule> rules = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    List<JsonNode> items = root.array("measures");
    for (int i = 0; i < items.size(); i++) {
      JsonObject m = JsonObject.of(items.get(i), root.file(), root.path("measures") + "[" + i + "]");
      String id = m.text("id");
      if (!RULE_ID.matcher(id).matches()) {
        throw m.error("id", "'" + id + "' is not a rule id [A-Za-z0-9][A-Za-z0-9._-]*");
      }
      if (!ids.add(id)) {
        throw m.error("id", "duplicate measure rule id '" + id + "'");
      }
      // From here on, name the rule by its id: indexes of a resolved profile are not those of any one file.
      m = JsonObject.of(items.get(i), root.file(), root.path("measures") + "[" + id + "]");
      m.text("id");
      rules.add(measure(m));
    }
    return rules;
  }

  private static MeasureRule measure(JsonObject m) {
    MeasureRule.Builder rule = MeasureRule.builder().id(m.text("id"));
    Optional<JsonObject> when = m.optObj("when");
    Condition condition = when.isPresent() ? condition(when.get()) : Condition.builder().build();
    rule.when(condition);
    rule.code(m.code("code", MeasureCode.class));
    if (m.has("target")) {
      rule.target(m.code("target", Target.class));
    }
    MeasureKind kind = m.code("kind", MeasureKind.class);
    rule.kind(kind);
    JsonObject d = m.obj("duration");
    DurationType type = d.code("type", DurationType.class);
    Duration duration;
    if (type == DurationType.FIXED) {
      if (!d.has("period")) {
        throw d.error("period", "missing required key 'period': a FIXED duration needs a period");
      }
      duration = Duration.of(type, d.period("period"));
    } else if (type == DurationType.SANCTION_PERIOD && d.has("period")) {
      duration = Duration.of(type, d.period("period"));
    } else if (d.has("period")) {
      throw d.error("period", "a " + type + " duration takes no period");
    } else {
      duration = Duration.of(type);
    }
    d.done();
    rule.duration(duration);
    if ((type == DurationType.ONCE) != (kind == MeasureKind.ACTION)) {
      throw m.error("kind", "an ACTION has duration ONCE and a ONCE measure is an ACTION; found " + kind + " with " + type);
    }
    if (type == DurationType.SANCTION_PERIOD && condition.sanctionTypes().isEmpty()) {
      throw m.error("duration", "a SANCTION_PERIOD duration needs 'when.sanctionTypes'");
    }
    boolean statutory = m.has("statutory") && m.bool("statutory");
    if (statutory && kind != MeasureKind.RESTRICTION) {
      throw m.error("statutory", "every statutory measure is a RESTRICTION");
    }
    rule.statutory(statutory);
    rule.basis(m.basis());
    m.done();
    return rule.build();
  }

  private static Condition condition(JsonObject w) {
    Condition condition = Condition.builder()
        .subjectKinds(codes(w, "subjectKinds", SubjectKind.class))
        .categories(codes(w, "categories", Category.class))
        .tiers(codes(w, "tiers", Tier.class))
        .domains(codes(w, "domains", Domain.class))
        .sanctionTypes(codes(w, "sanctionTypes", SanctionType.class))
        .build();
    w.done();
    return condition;
  }

  private static <E extends Enum<E>> Set<E> codes(JsonObject w, String key, Class<E> type) {
    Set<E> codes = EnumSet.noneOf(type);
    List<JsonNode> items = w.optArray(key);
    for (int i = 0; i < items.size(); i++) {
      E code = w.parseCode(items.get(i), w.path(key) + "[" + i + "]", type);
      if (!codes.add(code)) {
        throw new ProfileException(w.file(), w.path(key) + "[" + i + "]", "duplicate code '" + code + "'");
      }
    }
    if (w.has(key) && items.isEmpty()) {
      throw w.error(key, "an empty list reads as 'any value'; leave the key out to say so");
    }
    return codes;
  }

  /** Non-negative decimal numbers, e.g. {@code 0.5}. */
  private static final JsonObject.ValueReader<BigDecimal> POINTS = new JsonObject.ValueReader<BigDecimal>() {
    @Override
    public BigDecimal read(JsonNode value, JsonObject owner, String at) {
      if (!value.isNumber() || value.decimalValue().signum() < 0) {
        throw new ProfileException(owner.file(), at, "expected a non-negative number, found " + JsonObject.describe(value));
      }
      return value.decimalValue();
    }
  };

  /** Due days of the following month: 1 to 28. */
  private static final JsonObject.ValueReader<Integer> DUE_DAY = new JsonObject.ValueReader<Integer>() {
    @Override
    public Integer read(JsonNode value, JsonObject owner, String at) {
      int day = JsonObject.COUNT.read(value, owner, at);
      if (day < 1 || day > 28) {
        throw new ProfileException(owner.file(), at, "a due day must be 1 to 28 (it exists in every month), found " + day);
      }
      return day;
    }
  };

  private static EvaluationRules evaluation(JsonObject e) {
    EvaluationRules rules = EvaluationRules.builder()
        .recordActiveMinor(e.param("recordActiveMinor", POINTS))
        .recordActiveGeneral(e.param("recordActiveGeneral", POINTS))
        .recordActiveSerious(e.param("recordActiveSerious", POINTS))
        .dishonestJudgmentDebtorExtra(e.param("dishonestJudgmentDebtorExtra", POINTS))
        .publicationLateOrOverdue(e.param("publicationLateOrOverdue", POINTS))
        .rectificationOverdue(e.param("rectificationOverdue", POINTS))
        .commitmentBroken(e.param("commitmentBroken", POINTS))
        .complaintLate(e.param("complaintLate", POINTS))
        .complaintSubstantiated(e.param("complaintSubstantiated", POINTS))
        .litigationLossRate(e.param("litigationLossRate", POINTS))
        .litigationJudgmentUnperformed(e.param("litigationJudgmentUnperformed", POINTS))
        .redBelow(e.param("redBelow", POINTS))
        .yellowBelow(e.param("yellowBelow", POINTS))
        .build();
    if (rules.redBelow().value().compareTo(rules.yellowBelow().value()) > 0) {
      throw e.error("redBelow", "redBelow " + rules.redBelow().value().toPlainString()
          + " is above yellowBelow " + rules.yellowBelow().value().toPlainString());
    }
    e.done();
    return rules;
  }

  private static ReportingSchedule reporting(JsonObject r) {
    ReportingSchedule.Builder builder = ReportingSchedule.builder()
        .frequency(r.param("frequency", JsonObject.codeOf(ReportingFrequency.class)))
        .dueDayOfFollowingMonth(r.param("dueDayOfFollowingMonth", DUE_DAY));
    var recipient = r.param("recipient", JsonObject.TEXT);
    builder.recipient(recipient.value()).recipientBasis(recipient.basis());
    r.done();
    return builder.build();
  }
}
