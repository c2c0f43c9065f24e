package org.chengxin.formats.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.chengxin.formats.report.internal.BatchJson;

/**
 * 批次校验 — checks that a push batch is intact (SPEC §6): its {@code sha256} equals the SHA-256 recomputed over the
 * {@link Jcs} form of {@code {"records":…,"withdrawals":…}}, so re-indenting the file or re-ordering keys keeps
 * it intact and any change of content does not. Also checked, since they are outside the hash: {@code counts}
 * match the arrays and {@code batchId} is {@code <from>-<to>-<asOf>}.
 *
 * <pre>{@code
 * BatchVerifier.Verification v = BatchVerifier.verify(Files.newInputStream(path));
 * if (!v.intact()) v.findings().forEach(f -> System.err.println(f.en()));
 * }</pre>
 */
public final class BatchVerifier {

  private BatchVerifier() {}

  /** The verdict: intact, or the findings that show the batch was altered. */
  public static final class Verification {
    private final List<BatchFinding> findings;
    private final String declared;
    private final String computed;

    Verification(List<BatchFinding> findings, String declared, String computed) {
      this.findings = List.copyOf(findings);
      this.declared = declared;
      this.computed = computed;
    }

    /** True when nothing was found. */
    public boolean intact() {
      return findings.isEmpty();
    }

    /** Why the batch is not intact; empty when intact. */
    public List<BatchFinding> findings() {
      return findings;
    }

    /** The {@code sha256} the batch declares (empty string when it has none). */
    public String declaredSha256() {
      return declared;
    }

    /** The SHA-256 recomputed over its content (empty string when records or withdrawals are missing). */
    public String computedSha256() {
      return computed;
    }
  }

  /**
   * Verifies a batch document read from a stream, one record at a time (constant memory but for the withdrawals;
   * the stream is not closed).
   *
   * @throws BatchFormatException when the text is not JSON or not a {@code chengxin.batch/1} object
   * @throws UncheckedIOException when reading fails
   */
  public static Verification verify(InputStream in) {
    requireNonNull(in, "in");
    try (JsonParser p = BatchJson.STREAM.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return verify(p);
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      int cut = detail.indexOf(" (start marker");
      detail = cut > 0 ? detail.substring(0, cut) : detail;
      String at = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BatchFormatException("not a JSON document" + at + ": " + detail, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Verifies a batch document.
   *
   * @throws BatchFormatException when it is not a {@code chengxin.batch/1} object
   */
  public static Verification verify(JsonNode doc) {
    requireNonNull(doc, "doc");
    try (JsonParser p = doc.traverse(BatchJson.STREAM)) {
      return verify(p);
    } catch (IOException e) {
      throw new BatchFormatException("not a push batch: " + e.getMessage(), e);
    }
  }

  private static Verification verify(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw notABatch();
    }
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    MessageDigest digest = Jcs.sha256();
    digest.update("{\"records\":[".getBytes(UTF_8));
    long records = -1;
    ArrayNode withdrawals = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.getCurrentName();
      JsonToken value = p.nextToken();
      if (envelope.has(name) || (name.equals("records") && records >= 0)
          || (name.equals("withdrawals") && withdrawals != null)) {
        throw new BatchFormatException("not a push batch: the key \"" + name + "\" appears twice", null);
      }
      if (name.equals("records") && value == JsonToken.START_ARRAY) {
        records = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode item = p.readValueAsTree();
          if (records++ > 0) {
            digest.update((byte) ',');
          }
          digest.update(Jcs.canonicalize(item).getBytes(UTF_8));
        }
      } else if (name.equals("withdrawals") && value == JsonToken.START_ARRAY) {
        withdrawals = p.readValueAsTree();
      } else {
        envelope.set(name, p.readValueAsTree());
      }
    }
    if (p.nextToken() != null) {
      throw new BatchFormatException("not a push batch: more after the object", null);
    }
    if (!PushBatch.FORMAT.equals(envelope.path("format").textValue())) {
      throw notABatch();
    }
    List<BatchFinding> findings = new ArrayList<>();
    JsonNode sha = envelope.get("sha256");
    String declared = sha != null && sha.isTextual() ? sha.textValue() : "";
    String computed = "";
    if (records < 0) {
      findings.add(BatchFinding.of("“records” 缺失或不是数组", "\"records\" is missing or not an array"));
    }
    if (withdrawals == null) {
      findings.add(BatchFinding.of("“withdrawals” 缺失或不是数组", "\"withdrawals\" is missing or not an array"));
    }
    if (declared.isEmpty()) {
      findings.add(BatchFinding.of("“sha256” 缺失或不是字符串", "\"sha256\" is missing or not a string"));
    }
    if (findings.isEmpty()) {
      digest.update("],\"withdrawals\":".getBytes(UTF_8));
      digest.update(Jcs.canonicalize(withdrawals).getBytes(UTF_8));
      digest.update((byte) '}');
      computed = HexFormat.of().formatHex(digest.digest());
      if (!computed.equals(declared)) {
        findings.add(BatchFinding.of(
            "内容已被修改：记录与撤回的 SHA-256 为 " + computed + "，批次声明为 " + declared,
            "the content was altered: the SHA-256 of records and withdrawals is " + computed
                + ", the batch declares " + declared));
      }
      count(envelope, "records", records, findings);
      count(envelope, "withdrawals", withdrawals.size(), findings);
    }
    String expectedId = envelope.path("from").asText() + "-" + envelope.path("to").asText() + "-"
        + envelope.path("asOf").asText();
    if (!expectedId.equals(envelope.path("batchId").asText())) {
      findings.add(BatchFinding.of(
          "批次编号 “" + envelope.path("batchId").asText() + "” 与 from、to、asOf 不符（应为 “" + expectedId + "”）",
          "batchId \"" + envelope.path("batchId").asText() + "\" does not match from, to and asOf (expected \""
              + expectedId + "\")"));
    }
    return new Verification(findings, declared, computed);
  }

  private static BatchFormatException notABatch() {
    return new BatchFormatException("not a push batch: no \"format\":\"" + PushBatch.FORMAT + "\" object", null);
  }

  private static void count(JsonNode doc, String field, long size, List<BatchFinding> findings) {
    JsonNode declared = doc.path("counts").get(field);
    if (declared == null || !declared.canConvertToLong() || declared.asLong() != size) {
      String given = declared == null ? "null" : declared.toString();
      findings.add(BatchFinding.of(
          "counts." + field + " 为 " + given + "，实际有 " + size + " 项",
          "counts." + field + " is " + given + " but there are " + size));
    }
  }
}
