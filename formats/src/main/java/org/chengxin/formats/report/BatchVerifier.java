package org.chengxin.formats.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
   * Verifies a batch document read from a stream (the stream is read to its end, not closed).
   *
   * @throws BatchFormatException when the text is not JSON or not a {@code chengxin.batch/1} object
   * @throws UncheckedIOException when reading fails
   */
  public static Verification verify(InputStream in) {
    requireNonNull(in, "in");
    JsonNode doc;
    try {
      doc = BatchJson.MAPPER.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      int cut = detail.indexOf(" (start marker");
      detail = cut > 0 ? detail.substring(0, cut) : detail;
      String at = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BatchFormatException("not a JSON document" + at + ": " + detail, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return verify(doc);
  }

  /**
   * Verifies a batch document.
   *
   * @throws BatchFormatException when it is not a {@code chengxin.batch/1} object
   */
  public static Verification verify(JsonNode doc) {
    requireNonNull(doc, "doc");
    if (doc == null || !doc.isObject() || !PushBatch.FORMAT.equals(doc.path("format").textValue())) {
      throw new BatchFormatException("not a push batch: no \"format\":\"" + PushBatch.FORMAT + "\" object", null);
    }
    List<BatchFinding> findings = new ArrayList<>();
    JsonNode records = doc.get("records");
    JsonNode withdrawals = doc.get("withdrawals");
    JsonNode sha = doc.get("sha256");
    String declared = sha != null && sha.isTextual() ? sha.textValue() : "";
    String computed = "";
    for (String field : new String[] {"records", "withdrawals"}) {
      JsonNode array = doc.get(field);
      if (array == null || !array.isArray()) {
        findings.add(BatchFinding.of("“" + field + "” 缺失或不是数组", "\"" + field + "\" is missing or not an array"));
      }
    }
    if (declared.isEmpty()) {
      findings.add(BatchFinding.of("“sha256” 缺失或不是字符串", "\"sha256\" is missing or not a string"));
    }
    if (findings.isEmpty()) {
      computed = PushBatch.contentHash(records, withdrawals);
      if (!computed.equals(declared)) {
        findings.add(BatchFinding.of(
            "内容已被修改：记录与撤回的 SHA-256 为 " + computed + "，批次声明为 " + declared,
            "the content was altered: the SHA-256 of records and withdrawals is " + computed
                + ", the batch declares " + declared));
      }
      count(doc, "records", records, findings);
      count(doc, "withdrawals", withdrawals, findings);
    }
    String expectedId = doc.path("from").asText() + "-" + doc.path("to").asText() + "-" + doc.path("asOf").asText();
    if (!expectedId.equals(doc.path("batchId").asText())) {
      findings.add(BatchFinding.of(
          "批次编号 “" + doc.path("batchId").asText() + "” 与 from、to、asOf 不符（应为 “" + expectedId + "”）",
          "batchId \"" + doc.path("batchId").asText() + "\" does not match from, to and asOf (expected \""
              + expectedId + "\")"));
    }
    return new Verification(findings, declared, computed);
  }

  private static void count(JsonNode doc, String field, JsonNode array, List<BatchFinding> findings) {
    JsonNode declared = doc.path("counts").get(field);
    if (declared == null || !declared.canConvertToLong() || declared.asLong() != array.size()) {
      String given = declared == null ? "null" : declared.toString();
      findings.add(BatchFinding.of(
          "counts." + field + " 为 " + given + "，实际有 " + array.size() + " 项",
          "counts." + field + " is " + given + " but there are " + array.size()));
    }
  }
}
