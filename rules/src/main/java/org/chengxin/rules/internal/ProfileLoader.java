package org.chengxin.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileException;

/**
 * Loads profile documents: reads each (UTF-8 JSON, duplicate keys rejected), indexes them by id, resolves
 * {@code extends} (dangling parents and cycles rejected), merges each child into its parent's resolved tree and
 * validates the result. The first problem stops loading with a {@link ProfileException} naming file and key.
 */
public final class ProfileLoader {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final Map<String, Document> documents = new TreeMap<>();
  private final Map<String, ObjectNode> resolvedTrees = new TreeMap<>();
  private final Map<String, Profile> profiles = new TreeMap<>();

  private ProfileLoader() {}

  /** A read document: its file, tree, id and parent id. */
  private static final class Document {
    final String file;
    final JsonNode tree;
    final String id;
    final Optional<String> parent;

    Document(String file, JsonNode tree, String id, Optional<String> parent) {
      this.file = file;
      this.tree = tree;
      this.id = id;
      this.parent = parent;
    }
  }

  /**
   * Loads and resolves every document.
   *
   * @return the resolved profiles, sorted by id
   * @throws ProfileException at the first problem, naming the file and the key path
   */
  public static List<Profile> load(List<URL> urls) {
    ProfileLoader loader = new ProfileLoader();
    for (URL url : urls) {
      loader.add(url);
    }
    for (String id : loader.documents.keySet()) {
      loader.resolve(id, new ArrayList<>());
    }
    return new ArrayList<>(loader.profiles.values());
  }

  private void add(URL url) {
    String file = url.toString();
    JsonNode tree = read(url, file);
    JsonObject root = JsonObject.root(tree, file);
    String id = root.text("id");
    // A profile's identity is never inherited: every document states its own version, name and jurisdiction.
    root.text("version");
    root.obj("name");
    root.obj("jurisdiction");
    Optional<String> parent = root.optText("extends");
    if (parent.isEmpty()) {
      for (String key : new String[] {"removeMeasures", "measureBasis"}) {
        if (root.has(key)) {
          throw root.error(key, "'" + key + "' applies to inherited measure rules; this profile has no 'extends'");
        }
      }
    }
    Document previous = documents.get(id);
    if (previous != null) {
      throw root.error("id", "duplicate profile id '" + id + "': also defined in " + previous.file);
    }
    documents.put(id, new Document(file, tree, id, parent));
  }

  private static JsonNode read(URL url, String file) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        throw new ProfileException(file, "", "the document is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new ProfileException(file, "", "not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()), e);
    } catch (IOException e) {
      throw new ProfileException(file, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  private ObjectNode resolve(String id, List<String> chain) {
    ObjectNode done = resolvedTrees.get(id);
    if (done != null) {
      return done;
    }
    Document document = documents.get(id);
    chain.add(id);
    ObjectNode tree;
    if (document.parent.isPresent()) {
      String parentId = document.parent.get();
      if (!documents.containsKey(parentId)) {
        throw new ProfileException(document.file, "extends", "unknown parent profile '" + parentId
            + "'; known profiles: " + String.join(", ", documents.keySet()));
      }
      if (chain.contains(parentId)) {
        List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(parentId), chain.size()));
        cycle.add(parentId);
        throw new ProfileException(document.file, "extends", "inheritance cycle: " + String.join(" -> ", cycle));
      }
      ObjectNode parent = resolve(parentId, chain);
      tree = ProfileMerger.merge(parent, document.tree, document.file);
    } else {
      tree = ((ObjectNode) document.tree).deepCopy();
    }
    chain.remove(chain.size() - 1);
    profiles.put(id, ProfileParser.parse(tree, document.file));
    resolvedTrees.put(id, tree);
    return tree;
  }
}
