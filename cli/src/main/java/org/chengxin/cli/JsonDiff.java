package org.chengxin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The leaf-level differences between two JSON trees, as {@code pointer: a → b} lines (RFC 6901 pointers, fields
 * in sorted order, array items by index when both arrays have the same length, else the whole arrays).
 */
final class JsonDiff {
  private JsonDiff() {}

  static List<String> between(JsonNode a, JsonNode b) {
    List<String> out = new ArrayList<>();
    walk("", a, b, out);
    return out;
  }

  private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        walk(path + "/" + name.replace("~", "~0").replace("/", "~1"), a.path(name), b.path(name), out);
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      Iterator<JsonNode> ia = a.elements();
      Iterator<JsonNode> ib = b.elements();
      for (int i = 0; ia.hasNext(); i++) {
        walk(path + "/" + i, ia.next(), ib.next(), out);
      }
    } else {
      out.add((path.isEmpty() ? "/" : path) + ": " + text(a) + " → " + text(b));
    }
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() ? "(absent)" : node.toString();
  }
}
