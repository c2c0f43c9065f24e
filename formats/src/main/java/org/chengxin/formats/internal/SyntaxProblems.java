package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;

/** {@code JSON_SYNTAX} and {@code TOO_LARGE} problems, located in the input text. */
public final class SyntaxProblems {

  /** The largest record text: 1 MiB (SPEC §6). */
  public static final int MAX_RECORD_BYTES = 1 << 20;

  private SyntaxProblems() {}

  /**
   * A {@code JSON_SYNTAX} problem (or {@code ENCODING} for bytes that are not UTF-8) for a Jackson error in a text that starts at {@code startLine},
   * {@code startColumn} of the input (both 1-based).
   */
  public static Problem of(JsonProcessingException e, long startLine, int startColumn) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int nl = message.indexOf('\n');
    if (nl >= 0) {
      message = message.substring(0, nl);
    }
    // Jackson's "(start marker at [Source: …; line: 1, column: 1])" counts within the record's own text: drop it.
    int marker = message.indexOf(" (start marker at");
    if (marker >= 0) {
      message = message.substring(0, marker);
    }
    JsonLocation loc = e.getLocation();
    long line = startLine;
    Integer column = null;
    if (loc != null && loc.getLineNr() > 0) {
      line = startLine + loc.getLineNr() - 1;
      if (loc.getColumnNr() > 0) {
        column = loc.getLineNr() == 1 ? startColumn + loc.getColumnNr() - 1 : loc.getColumnNr();
      }
    }
    String where = column == null ? "第 " + line + " 行" : "第 " + line + " 行第 " + column + " 列";
    // Bytes that are not UTF-8 are an encoding problem, not a JSON one (SPEC §6: UTF-8 input).
    ProblemCode code = message.startsWith("Invalid UTF-8") ? ProblemCode.ENCODING : ProblemCode.JSON_SYNTAX;
    String zh = code == ProblemCode.ENCODING ? where + "：不是有效的 UTF-8（" + message + "）" : where + "：" + message;
    String en = code == ProblemCode.ENCODING ? "not valid UTF-8 (" + message + ")" : message;
    return Problem.of(code, "", null, zh, en).atLine(line, column);
  }

  /** A {@code JSON_SYNTAX} problem at a known place, with its own explanation. */
  public static Problem at(long line, Integer column, String zh, String en) {
    return Problem.of(ProblemCode.JSON_SYNTAX, "", null, zh, en).atLine(line, column);
  }

  /** An empty text where a record was expected. */
  public static Problem empty() {
    return Problem.of(ProblemCode.JSON_SYNTAX, "", null, "没有 JSON 值", "no JSON value");
  }

  /** A record text over 1 MiB. */
  public static Problem tooLarge(long line, long bytes) {
    return Problem.of(ProblemCode.TOO_LARGE, "", null,
        "该记录至少 " + bytes + " 字节，上限为 " + MAX_RECORD_BYTES + " 字节",
        "the record has at least " + bytes + " bytes, the limit is " + MAX_RECORD_BYTES)
        .atLine(line, null);
  }
}
