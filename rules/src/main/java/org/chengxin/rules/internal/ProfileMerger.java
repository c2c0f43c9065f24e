package org.chengxin.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.rules.Basis;
import org.chengxin.rules.ProfileException;

/**
 * Applies a child profile document to its parent's resolved tree (SPEC §5 inheritance): a child replaces a
 * parent's value by key; {@code categories} are merged per category and, within a category, per key;
 * {@code retention}, {@code objection}, {@code repair}, {@code revocation}, {@code mitigation} and
 * {@code reporting} and {@code evaluation} are merged per key; {@code sources} and {@code measures} are appended; {@code removeMeasures}
 * removes inherited rules by id and {@code measureBasis} re-cites inherited rules. Every other key replaces the
 * parent's. The result is validated afterwards as a complete profile.
 */
final class ProfileMerger {

  private static final Set<String> SECTIONS =
      Set.of("retention", "objection", "repair", "revocation", "mitigation", "reporting", "evaluation");

  private ProfileMerger() {}

  static ObjectNode merge(ObjectNode parent, JsonNode childDocument, String file) {
    JsonObject child = JsonObject.root(childDocument, file);
    ObjectNode result = parent.deepCopy();
    ArrayNode measures = result.withArray("measures");
    removeMeasures(child, measures);
    rebaseMeasures(child, measures);
    for (Map.Entry<String, JsonNode> field : childDocument.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      switch (key) {
        case "removeMeasures":
        case "measureBasis":
          break;
        case "measures":
          appendMeasures(child, measures);
          break;
        case "sources":
          appendSources(child, result.withArray("sources"));
          break;
        case "categories":
          mergeCategories(child.obj("categories"), result.withObjectProperty("categories"));
          break;
        default:
          if (SECTIONS.contains(key) && result.get(key) instanceof ObjectNode) {
            JsonObject.of(value, file, key);
            ((ObjectNode) result.get(key)).setAll((ObjectNode) value.deepCopy());
          } else {
            result.set(key, value.deepCopy());
          }
      }
    }
    return result;
  }

  private static Set<String> ids(ArrayNode measures) {
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      ids.add(measures.get(i).path("id").asText());
    }
    return ids;
  }

  private static void removeMeasures(JsonObject child, ArrayNode measures) {
    List<JsonNode> removals = child.optArray("removeMeasures");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < removals.size(); i++) {
      String at = child.path("removeMeasures") + "[" + i + "]";
      JsonNode id = removals.get(i);
      if (!seen.add(id.asText())) {
        throw new ProfileException(child.file(), at, "rule '" + id.asText() + "' is removed twice");
      }
      if (!id.isTextual() || !ids(measures).contains(id.asText())) {
        throw new ProfileException(child.file(), at, "unknown measure rule " + JsonObject.describe(id)
            + " (not inherited from the parent); inherited rules: " + String.join(", ", ids(measures)));
      }
      for (int j = 0; j < measures.size(); j++) {
        if (measures.get(j).path("id").asText().equals(id.asText())) {
          measures.remove(j);
          break;
        }
      }
    }
  }

  private static void rebaseMeasures(JsonObject child, ArrayNode measures) {
    if (!child.has("measureBasis")) {
      return;
    }
    JsonObject rebases = child.obj("measureBasis");
    for (String id : rebases.keys()) {
      JsonObject citation = rebases.obj(id);
      Basis basis = citation.basis();
      citation.done();
      ObjectNode rule = null;
      for (JsonNode m : measures) {
        if (m.path("id").asText().equals(id)) {
          rule = (ObjectNode) m;
        }
      }
      if (rule == null) {
        throw rebases.error(id, "unknown measure rule '" + id + "' (not inherited from the parent); inherited rules: "
            + String.join(", ", ids(measures)));
      }
      rule.put("basis", basis.citation());
      rule.put("verified", basis.verified());
      rule.remove("note");
      if (basis.note().isPresent()) {
        rule.put("note", basis.note().get());
      }
    }
  }

  private static void appendMeasures(JsonObject child, ArrayNode measures) {
    Set<String> inherited = ids(measures);
    Set<String> own = new HashSet<>();
    List<JsonNode> added = child.array("measures");
    for (int i = 0; i < added.size(); i++) {
      JsonObject m = JsonObject.of(added.get(i), child.file(), child.path("measures") + "[" + i + "]");
      String id = m.text("id");
      if (inherited.contains(id)) {
        throw m.error("id", "duplicate measure rule id '" + id
            + "': the parent already has it (remove it with removeMeasures to replace it)");
      }
      if (!own.add(id)) {
        throw m.error("id", "duplicate measure rule id '" + id + "'");
      }
      measures.add(added.get(i).deepCopy());
    }
  }

  private static void appendSources(JsonObject child, ArrayNode sources) {
    // Duplicate ids are reported by the parser, which sees the appended list.
    for (JsonNode source : child.array("sources")) {
      sources.add(source.deepCopy());
    }
  }

  private static void mergeCategories(JsonObject childCategories, ObjectNode categories) {
    for (String key : childCategories.keys()) {
      JsonObject category = childCategories.obj(key);
      JsonNode inherited = categories.get(key);
      if (inherited instanceof ObjectNode) {
        ((ObjectNode) inherited).setAll((ObjectNode) category.rawNode().deepCopy());
      } else {
        categories.set(key, category.rawNode().deepCopy());
      }
    }
  }
}
