package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds where JSON Pointers point in a record's text, for locating problems: re-reads the text (only for
 * records with problems) and notes the position of the first token of each wanted pointer.
 */
public final class PointerLocator {

  private PointerLocator() {}

  /**
   * The {line, column} (1-based, relative to the text) of each wanted pointer present in the text; a missing
   * pointer is located at its nearest present ancestor.
   */
  public static Map<String, long[]> locate(byte[] data, int offset, int length, Set<String> pointers) {
    Map<String, long[]> seen = new HashMap<>();
    Set<String> wanted = new HashSet<>();
    for (String p : pointers) {
      for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
        wanted.add(q);
        if (q.isEmpty()) {
          break;
        }
      }
    }
    try (JsonParser parser = Streaming.FACTORY.createParser(data, offset, length)) {
      JsonToken t;
      while ((t = parser.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (wanted.contains(pointer) && !seen.containsKey(pointer)) {
          JsonLocation loc = parser.currentTokenLocation();
          seen.put(pointer, new long[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    } catch (IOException e) {
      // The text was parsed before, so this does not happen; what was found so far is still right.
    }
    Map<String, long[]> result = new HashMap<>();
    for (String p : pointers) {
      for (String q = p; ; q = q.substring(0, q.lastIndexOf('/'))) {
        long[] at = seen.get(q);
        if (at != null) {
          result.put(p, at);
          break;
        }
        if (q.isEmpty()) {
          break;
        }
      }
    }
    return result;
  }
}
