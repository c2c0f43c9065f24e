package org.chengxin.rules.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.chengxin.core.Category;
import org.chengxin.core.Tier;
import org.chengxin.rules.Basis;
import org.chengxin.rules.CategoryRules;
import org.chengxin.rules.Condition;
import org.chengxin.rules.DisclosureEra;
import org.chengxin.rules.EvaluationRules;
import org.chengxin.rules.Jurisdiction;
import org.chengxin.rules.MeasureRule;
import org.chengxin.rules.Param;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileDiff;
import org.chengxin.rules.ProfileDifference;
import org.chengxin.rules.ReportingSchedule;
import org.chengxin.rules.SourceDocument;
import org.chengxin.rules.TierPeriod;

/**
 * Renders a resolved {@link Profile} as a profile document tree (the format of {@code docs/profiles.md}, without
 * {@code extends}: everything inherited is written out). Keys come in a fixed order, maps in code order.
 */
public final class ProfileTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper READER = JsonMapper.builder().build();

  private ProfileTree() {}

  /** The document tree of {@code profile}. */
  public static ObjectNode of(Profile profile) {
    ObjectNode root = NODES.objectNode();
    root.put("id", profile.id());
    root.put("version", profile.version());
    root.set("name", names(profile.nameZh(), profile.nameEn()));
    root.set("jurisdiction", jurisdiction(profile.jurisdiction()));
    ArrayNode sources = root.putArray("sources");
    profile.sources().forEach(s -> sources.add(source(s)));
    ObjectNode categories = root.putObject("categories");
    for (Map.Entry<Category, CategoryRules> entry : profile.categories().entrySet()) {
      categories.set(entry.getKey().name(), category(entry.getValue()));
    }
    ObjectNode retention = root.putObject("retention");
    retention.set("period", param(profile.retentionPeriod()));
    retention.set("base", param(profile.retentionBase()));
    ObjectNode objection = root.putObject("objection");
    objection.set("decideWithinWorkingDays", param(profile.objectionDecideWorkingDays()));
    objection.set("suspendMeasures", param(profile.suspendMeasuresDuringObjection()));
    objection.set("hideDuringObjection", param(profile.hideDuringObjection()));
    root.putObject("repair").set("pushWithinWorkingDays", param(profile.repairPushWorkingDays()));
    root.putObject("revocation").set("withdrawWithinDays", param(profile.withdrawWithinDays()));
    root.putObject("mitigation").set("lighterWaives", param(profile.lighterWaives()));
    ArrayNode measures = root.putArray("measures");
    profile.measures().forEach(m -> measures.add(measure(m)));
    profile.reporting().ifPresent(r -> root.set("reporting", reporting(r)));
    root.set("evaluation", evaluation(profile.evaluation()));
    return root;
  }

  /** The JSON tree of a diff (see {@link org.chengxin.rules.ProfileJson#write(ProfileDiff)}). */
  public static ObjectNode of(ProfileDiff diff) {
    ObjectNode root = NODES.objectNode();
    root.put("a", diff.idA());
    root.put("b", diff.idB());
    ArrayNode differences = root.putArray("differences");
    for (ProfileDifference d : diff.differences()) {
      ObjectNode node = differences.addObject();
      node.put("path", d.path());
      node.set("a", side(d.valueA(), d.basisA()));
      node.set("b", side(d.valueB(), d.basisB()));
    }
    return root;
  }

  private static JsonNode side(Optional<String> value, Optional<Basis> basis) {
    if (value.isEmpty()) {
      return NODES.nullNode();
    }
    ObjectNode node = NODES.objectNode();
    try {
      node.set("value", READER.readTree(value.get()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a diff value is not JSON: " + value.get(), e);
    }
    basis.ifPresent(b -> basis(node, b));
    return node;
  }

  private static ObjectNode names(String zh, String en) {
    ObjectNode name = NODES.objectNode();
    name.put("zh", zh);
    name.put("en", en);
    return name;
  }

  private static ObjectNode jurisdiction(Jurisdiction j) {
    ObjectNode node = NODES.objectNode();
    node.put("code", j.code());
    node.set("name", names(j.nameZh(), j.nameEn()));
    j.parentDivision().ifPresent(p -> node.put("parentDivision", p));
    return node;
  }

  private static ObjectNode source(SourceDocument s) {
    ObjectNode node = NODES.objectNode();
    node.put("id", s.id());
    node.put("title", s.title());
    s.number().ifPresent(n -> node.put("number", n));
    s.issuedOn().ifPresent(d -> node.put("issuedOn", d.toString()));
    return node;
  }

  private static ObjectNode category(CategoryRules c) {
    ObjectNode node = NODES.objectNode();
    node.set("disclosable", param(c.disclosable()));
    c.publicationWorkingDays().ifPresent(p -> node.set("publicationWorkingDays", param(p)));
    ArrayNode eras = node.putArray("eras");
    for (DisclosureEra era : c.eras()) {
      ObjectNode e = eras.addObject();
      era.from().ifPresent(f -> e.put("from", f.toString()));
      ObjectNode tiers = e.putObject("tiers");
      for (Map.Entry<Tier, TierPeriod> t : era.tiers().entrySet()) {
        ObjectNode tier = tiers.putObject(t.getKey().name());
        tier.put("disclosed", t.getValue().disclosed());
        tier.put("minimum", t.getValue().minimum().toString());
        tier.put("maximum", t.getValue().maximum().toString());
      }
      basis(e, era.basis());
    }
    node.set("repairable", param(c.repairable()));
    node.set("endsOnRectification", param(c.endsOnRectification()));
    return node;
  }

  private static ObjectNode measure(MeasureRule m) {
    ObjectNode node = NODES.objectNode();
    node.put("id", m.id());
    ObjectNode when = condition(m.when());
    if (when.size() > 0) {
      node.set("when", when);
    }
    node.put("code", m.code().name());
    m.target().ifPresent(t -> node.put("target", t.name()));
    node.put("kind", m.kind().name());
    ObjectNode duration = node.putObject("duration");
    duration.put("type", m.duration().type().name());
    m.duration().period().ifPresent(p -> duration.put("period", p.toString()));
    if (m.statutory()) {
      node.put("statutory", true);
    }
    basis(node, m.basis());
    return node;
  }

  private static ObjectNode condition(Condition c) {
    ObjectNode node = NODES.objectNode();
    codes(node, "subjectKinds", c.subjectKinds());
    codes(node, "categories", c.categories());
    codes(node, "tiers", c.tiers());
    codes(node, "domains", c.domains());
    codes(node, "sanctionTypes", c.sanctionTypes());
    return node;
  }

  private static <E extends Enum<E>> void codes(ObjectNode node, String key, Collection<E> codes) {
    if (!codes.isEmpty()) {
      ArrayNode array = node.putArray(key);
      codes.stream().sorted().forEach(c -> array.add(c.name()));
    }
  }

  private static ObjectNode evaluation(EvaluationRules e) {
    ObjectNode node = NODES.objectNode();
    node.set("recordActiveMinor", param(e.recordActiveMinor()));
    node.set("recordActiveGeneral", param(e.recordActiveGeneral()));
    node.set("recordActiveSerious", param(e.recordActiveSerious()));
    node.set("dishonestJudgmentDebtorExtra", param(e.dishonestJudgmentDebtorExtra()));
    node.set("publicationLateOrOverdue", param(e.publicationLateOrOverdue()));
    node.set("rectificationOverdue", param(e.rectificationOverdue()));
    node.set("commitmentBroken", param(e.commitmentBroken()));
    node.set("complaintLate", param(e.complaintLate()));
    node.set("complaintSubstantiated", param(e.complaintSubstantiated()));
    node.set("litigationLossRate", param(e.litigationLossRate()));
    node.set("litigationJudgmentUnperformed", param(e.litigationJudgmentUnperformed()));
    node.set("redBelow", param(e.redBelow()));
    node.set("yellowBelow", param(e.yellowBelow()));
    return node;
  }

  private static ObjectNode reporting(ReportingSchedule r) {
    ObjectNode node = NODES.objectNode();
    node.set("frequency", param(r.frequency()));
    node.set("dueDayOfFollowingMonth", param(r.dueDayOfFollowingMonth()));
    ObjectNode recipient = node.putObject("recipient");
    recipient.put("value", r.recipient());
    basis(recipient, r.recipientBasis().orElse(Basis.of("[default] no basis given for the recipient", true)));
    return node;
  }

  private static ObjectNode param(Param<?> param) {
    ObjectNode node = NODES.objectNode();
    Object value = param.value();
    if (value instanceof Boolean) {
      node.put("value", (Boolean) value);
    } else if (value instanceof Integer) {
      node.put("value", (Integer) value);
    } else if (value instanceof BigDecimal) {
      node.put("value", (BigDecimal) value);
    } else if (value instanceof Collection) {
      ArrayNode array = node.putArray("value");
      ((Collection<?>) value).stream().map(ProfileTree::text).sorted().forEach(array::add);
    } else {
      node.put("value", text(value));
    }
    basis(node, param.basis());
    return node;
  }

  private static String text(Object value) {
    return value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
  }

  private static void basis(ObjectNode node, Basis basis) {
    node.put("basis", basis.citation());
    node.put("verified", basis.verified());
    basis.note().ifPresent(n -> node.put("note", n));
  }

  /** A compared parameter: its value as compact JSON and its basis, if it has one. */
  public static final class Leaf {
    private final String value;
    private final Optional<Basis> basis;

    Leaf(String value, Optional<Basis> basis) {
      this.value = value;
      this.basis = basis;
    }

    /** The value as compact JSON. */
    public String value() {
      return value;
    }

    /** The basis, where the parameter has one. */
    public Optional<Basis> basis() {
      return basis;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Leaf && ((Leaf) other).value.equals(value) && ((Leaf) other).basis.equals(basis);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, basis);
    }
  }

  /**
   * Every parameter of {@code profile} by path (see {@link org.chengxin.rules.ProfileDifference#path()}): an
   * object with a {@code basis} is one parameter, list items are named by their {@code id} or {@code from}.
   */
  public static Map<String, Leaf> leaves(Profile profile) {
    Map<String, Leaf> leaves = new TreeMap<>();
    walk(of(profile), "", leaves);
    return leaves;
  }

  private static void walk(JsonNode node, String path, Map<String, Leaf> leaves) {
    if (node.isObject() && !node.has("basis")) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String key = item.has("id") ? item.get("id").asText()
            : item.has("from") ? item.get("from").asText()
            : item.has("tiers") ? "*"
            : Integer.toString(i);
        leaves.put(path + "[" + key + "]", leaf(item));
      }
    } else {
      leaves.put(path, leaf(node));
    }
  }

  private static Leaf leaf(JsonNode node) {
    if (!node.isObject() || !node.has("basis")) {
      return new Leaf(JsonFormat.oneLine(node), Optional.empty());
    }
    ObjectNode value = ((ObjectNode) node).deepCopy();
    Basis basis = Basis.of(value.remove("basis").asText(), value.remove("verified").asBoolean());
    JsonNode note = value.remove("note");
    if (note != null) {
      basis = Basis.of(basis.citation(), basis.verified(), note.asText());
    }
    JsonNode shown = value.size() == 1 && value.has("value") ? value.get("value") : value;
    return new Leaf(JsonFormat.oneLine(shown), Optional.of(basis));
  }
}
