package org.chengxin.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chengxin.rules.Jurisdiction;
import org.chengxin.rules.Profile;
import org.chengxin.rules.ProfileException;

/**
 * Loads profile documents: reads each (UTF-8 JSON, duplicate keys rejected), indexes them by id, resolves
 * {@code extends} (dangling parents and cycles rejected), merges each child into its parent's resolved tree and
 * validates the result. The first problem stops loading with a {@link ProfileException} naming file and key.
 *
 * <p>{@link #load} does all of it for every document at once; {@link #index} reads every document and checks
 * inheritance (dangling parents, cycles) at once, but resolves and validates a profile only when it is first
 * asked for ({@link #profile}), so that a run which needs one profile pays for that one and its parents.
 *
 * <p>Documents are read into a {@link JsonNode} tree (the tree an {@code ObjectMapper} with the same features
 * would build) by {@link PlainJson}, or by Jackson's streaming parser where it is not sure: starting
 * jackson-databind's {@code ObjectMapper}, or even Jackson's parser, costs more start-up time than reading every
 * profile. Only a document that fails to read is read again with the mapper, so that its error message is the
 * mapper's.
 */
public final class ProfileLoader {

  /** Jackson's tree reader with the loader's features: used only to report a document that does not read. */
  private static final class Strict {
    static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    /** The mapper's tree of a text the streaming reader refused, or the mapper's error as a ProfileException. */
    static JsonNode read(String text, String file) {
      try {
        return MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        throw new ProfileException(file, "", "not valid JSON: " + e.getOriginalMessage()
            + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr()), e);
      }
    }
  }

  /**
   * Jackson's streaming parser: for a text {@link PlainJson} is not sure of. In a class of its own, so that a run
   * whose profiles are plain JSON never starts Jackson's parser.
   */
  private static final class Streamed {
    static final JsonFactory FACTORY =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static JsonNode readTree(String text) {
      try (JsonParser parser = FACTORY.createParser(text)) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          return NODES.missingNode();
        }
        JsonNode tree = value(parser, token);
        return parser.nextToken() == null ? tree : null;
      } catch (IOException e) {
        return null;
      }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
      switch (token) {
        case START_OBJECT: {
          ObjectNode object = NODES.objectNode();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            object.set(key, value(parser, parser.nextToken()));
          }
          return object;
        }
        case START_ARRAY: {
          ArrayNode array = NODES.arrayNode();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            array.add(value(parser, t));
          }
          return array;
        }
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return NODES.numberNode(parser.getIntValue());
            case LONG:
              return NODES.numberNode(parser.getLongValue());
            default:
              return NODES.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return PlainJson.decimal(NODES, parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IOException("unexpected token " + token);
      }
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Document> documents = new TreeMap<>();
  private final Map<String, ObjectNode> resolvedTrees = new HashMap<>();
  private final Map<String, Jurisdiction> jurisdictions = new HashMap<>();
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

  /**
   * Reads every document and checks inheritance (dangling parents, cycles); resolves no profile.
   *
   * @throws ProfileException at the first problem, naming the file and the key path
   */
  public static ProfileLoader index(List<URL> urls) {
    ProfileLoader loader = new ProfileLoader();
    for (URL url : urls) {
      loader.add(url);
    }
    for (String id : loader.documents.keySet()) {
      loader.checkInheritance(id, new ArrayList<>());
    }
    return loader;
  }

  /** The ids of the documents, sorted. */
  public List<String> ids() {
    return new ArrayList<>(documents.keySet());
  }

  /**
   * The resolved, fully validated profile with this id, resolved on first use; {@code null} if unknown.
   *
   * @throws ProfileException if the profile or one of its ancestors is broken
   */
  public synchronized Profile profile(String id) {
    if (!documents.containsKey(id)) {
      return null;
    }
    Profile profile = profiles.get(id);
    if (profile == null) {
      resolve(id, new ArrayList<>());
      profile = profiles.get(id);
    }
    return profile;
  }

  /**
   * The jurisdiction the document with this id states (never inherited, so it is the resolved profile's), read
   * and validated without resolving the profile; {@code null} if unknown.
   *
   * @throws ProfileException if the document's {@code jurisdiction} is broken
   */
  public synchronized Jurisdiction jurisdiction(String id) {
    Document document = documents.get(id);
    if (document == null) {
      return null;
    }
    Jurisdiction jurisdiction = jurisdictions.get(id);
    if (jurisdiction == null) {
      jurisdiction = ProfileParser.jurisdiction(JsonObject.root(document.tree, document.file).obj("jurisdiction"));
      jurisdictions.put(id, jurisdiction);
    }
    return jurisdiction;
  }

  /** The checks {@link #resolve} makes before merging, without merging: same order, same messages. */
  private void checkInheritance(String id, List<String> chain) {
    Document document = documents.get(id);
    if (document.parent.isEmpty()) {
      return;
    }
    chain.add(id);
    String parentId = document.parent.get();
    if (!documents.containsKey(parentId)) {
      throw unknownParent(document, parentId);
    }
    if (chain.contains(parentId)) {
      throw cycle(document, chain, parentId);
    }
    checkInheritance(parentId, chain);
    chain.remove(chain.size() - 1);
  }

  private ProfileException unknownParent(Document document, String parentId) {
    return new ProfileException(document.file, "extends", "unknown parent profile '" + parentId
        + "'; known profiles: " + String.join(", ", documents.keySet()));
  }

  private static ProfileException cycle(Document document, List<String> chain, String parentId) {
    List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(parentId), chain.size()));
    cycle.add(parentId);
    return new ProfileException(document.file, "extends", "inheritance cycle: " + String.join(" -> ", cycle));
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
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProfileException(file, "", "cannot be read: " + e.getMessage(), e);
    }
    JsonNode tree = readTree(text);
    if (tree == null) {
      // Not JSON, or trailing content: let the mapper find the same problem and word it.
      tree = Strict.read(text, file);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ProfileException(file, "", "the document is empty");
    }
    return tree;
  }

  /**
   * The tree of {@code text} as {@code Strict.MAPPER.readTree(text)} builds it (a missing node for an empty
   * document); {@code null} if the text is not one JSON value. Plain JSON is read by {@link PlainJson}; what it is
   * not sure of, by Jackson's streaming parser.
   */
  static JsonNode readTree(String text) {
    JsonNode tree = PlainJson.read(text, NODES);
    return tree != null ? tree : Streamed.readTree(text);
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
        throw unknownParent(document, parentId);
      }
      if (chain.contains(parentId)) {
        throw cycle(document, chain, parentId);
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
