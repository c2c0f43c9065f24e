package org.chengxin.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chengxin.rules.Basis;
import org.chengxin.rules.Param;
import org.chengxin.rules.ProfileException;

/**
 * A JSON object of a profile document being read: remembers its file and key path, which keys were read, and
 * turns every shape error into a {@link ProfileException} naming the file and the key path. {@link #done()}
 * rejects the keys nobody read (unknown keys).
 */
final class JsonObject {

  /** ISO-8601 periods of years, months and days only, e.g. {@code P1Y}, {@code P3M}, {@code P0D}, {@code P1Y6M}. */
  private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+D)?");

  private final JsonNode node;
  private final String file;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private JsonObject(JsonNode node, String file, String path) {
    this.node = node;
    this.file = file;
    this.path = path;
  }

  /** The document's root object. */
  static JsonObject root(JsonNode node, String file) {
    if (!node.isObject()) {
      throw new ProfileException(file, "", "a profile document must be a JSON object, not " + describe(node));
    }
    return new JsonObject(node, file, "");
  }

  /** The object at {@code node}, found at {@code path}. */
  static JsonObject of(JsonNode node, String file, String path) {
    if (!node.isObject()) {
      throw new ProfileException(file, path, "expected an object, found " + describe(node));
    }
    return new JsonObject(node, file, path);
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  /** The path of a key of this object. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  ProfileException error(String key, String detail) {
    return new ProfileException(file, key == null ? path : path(key), detail);
  }

  JsonNode rawNode() {
    return node;
  }

  boolean has(String key) {
    return node.has(key);
  }

  /** The keys of this object, in document order (all count as read). */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    read.addAll(keys);
    return keys;
  }

  JsonNode raw(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw error(key, "missing required key '" + key + "'");
    }
    return value;
  }

  Optional<JsonNode> optRaw(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  String text(String key) {
    JsonNode value = raw(key);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw error(key, "expected a non-empty string, found " + describe(value));
    }
    return value.asText();
  }

  Optional<String> optText(String key) {
    return has(key) && !node.get(key).isNull() ? Optional.of(text(key)) : markRead(key);
  }

  boolean bool(String key) {
    JsonNode value = raw(key);
    if (!value.isBoolean()) {
      throw error(key, "expected true or false, found " + describe(value));
    }
    return value.asBoolean();
  }

  JsonObject obj(String key) {
    return of(raw(key), file, path(key));
  }

  Optional<JsonObject> optObj(String key) {
    return has(key) && !node.get(key).isNull() ? Optional.of(obj(key)) : markRead(key);
  }

  /** The elements of an array value, each with its path {@code key[i]}. */
  List<JsonNode> array(String key) {
    JsonNode value = raw(key);
    if (!value.isArray()) {
      throw error(key, "expected an array, found " + describe(value));
    }
    List<JsonNode> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(value.get(i));
    }
    return items;
  }

  List<JsonNode> optArray(String key) {
    return has(key) ? array(key) : List.of();
  }

  LocalDate date(String key) {
    String text = text(key);
    try {
      // LocalDate.parse's own steps, without its method reference (a class spun at run time, on start-up)
      return LocalDate.from(DateTimeFormatter.ISO_LOCAL_DATE.parse(text));
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  Period period(String key) {
    return parsePeriod(raw(key), path(key));
  }

  Period parsePeriod(JsonNode value, String at) {
    if (!value.isTextual() || !PERIOD.matcher(value.asText()).matches()) {
      throw new ProfileException(
          file, at, "expected an ISO-8601 period such as P1Y, P3M or P0D, found " + describe(value));
    }
    return Period.parse(value.asText());
  }

  <E extends Enum<E>> E code(String key, Class<E> type) {
    return parseCode(raw(key), path(key), type);
  }

  /** A key of this object read as a code, e.g. a category name under {@code categories}. */
  <E extends Enum<E>> E keyCode(String key, Class<E> type) {
    return parseCode(TextNode.valueOf(key), path(key), type);
  }

  <E extends Enum<E>> E parseCode(JsonNode value, String at, Class<E> type) {
    if (value.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.asText())) {
          return constant;
        }
      }
    }
    throw new ProfileException(
        file,
        at,
        "unknown " + type.getSimpleName() + " " + describe(value) + "; expected one of "
            + names(type.getEnumConstants()));
  }

  private static String names(Enum<?>[] constants) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : constants) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    return names.toString();
  }

  /** An absent (or null) optional key: counts as read. */
  private <T> Optional<T> markRead(String key) {
    read.add(key);
    return Optional.empty();
  }

  /** The basis of this object: its {@code basis} and {@code verified} keys. */
  Basis basis() {
    if (!has("basis")) {
      throw error(null, "missing 'basis' (a citation such as seed:zhashui-2021:五(三)5, or '[default] rationale')");
    }
    if (!has("verified")) {
      throw error(null, "missing 'verified' (true or false) beside the basis");
    }
    Basis basis = Basis.of(text("basis"), bool("verified"));
    Optional<String> note = optText("note");
    return note.isPresent() ? Basis.of(basis.citation(), basis.verified(), note.get()) : basis;
  }

  /** A parameter {@code {"value": …, "basis": …, "verified": …}} whose value {@code reader} converts. */
  <T> Param<T> param(String key, ValueReader<T> reader) {
    JsonObject param = obj(key);
    T value = reader.read(param.raw("value"), param, param.path("value"));
    Basis basis = param.basis();
    param.done();
    return Param.of(value, basis);
  }

  <T> Optional<Param<T>> optParam(String key, ValueReader<T> reader) {
    return has(key) && !node.get(key).isNull() ? Optional.of(param(key, reader)) : markRead(key);
  }

  /** Rejects every key that was not read. */
  void done() {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!read.contains(key)) {
        throw error(key, "unknown key '" + key + "'");
      }
    }
  }

  static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "'" + value.asText() + "'";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    return value.toString();
  }

  /** Converts a parameter's {@code value}. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonNode value, JsonObject owner, String at);
  }

  /** Reads booleans. */
  static final ValueReader<Boolean> BOOLEAN = new ValueReader<Boolean>() {
    @Override
    public Boolean read(JsonNode value, JsonObject owner, String at) {
      if (!value.isBoolean()) {
        throw new ProfileException(owner.file, at, "expected true or false, found " + describe(value));
      }
      return value.asBoolean();
    }
  };

  /** Reads non-negative integers. */
  static final ValueReader<Integer> COUNT = new ValueReader<Integer>() {
    @Override
    public Integer read(JsonNode value, JsonObject owner, String at) {
      if (!value.isInt() || value.asInt() < 0) {
        throw new ProfileException(owner.file, at, "expected a non-negative integer, found " + describe(value));
      }
      return value.asInt();
    }
  };

  /** Reads periods. */
  static final ValueReader<Period> PERIOD_VALUE = new ValueReader<Period>() {
    @Override
    public Period read(JsonNode value, JsonObject owner, String at) {
      return owner.parsePeriod(value, at);
    }
  };

  /** Reads non-empty strings. */
  static final ValueReader<String> TEXT = new ValueReader<String>() {
    @Override
    public String read(JsonNode value, JsonObject owner, String at) {
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new ProfileException(owner.file, at, "expected a non-empty string, found " + describe(value));
      }
      return value.asText();
    }
  };

  static <E extends Enum<E>> ValueReader<E> codeOf(Class<E> type) {
    return new ValueReader<E>() {
      @Override
      public E read(JsonNode value, JsonObject owner, String at) {
        return owner.parseCode(value, at, type);
      }
    };
  }
}
