package org.chengxin.formats.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;

/**
 * A streaming RFC 4180 parser: cells separated by {@code ,}, optionally quoted with {@code "} ({@code ""} inside
 * quotes is one quote; quoted cells may hold commas and line breaks), rows ended by CRLF, LF or CR. Holds one
 * row at a time.
 *
 * <p>A quote inside an unquoted cell, text after a closing quote, or a quote left open at the end of the input
 * makes the row {@code CSV_ROW}; the rest of its physical line is skipped and reading goes on with the next
 * line. A row over 1 MiB (counted as UTF-8 bytes) is {@code TOO_LARGE}: it is scanned to its end without being
 * kept. Bytes that are not valid in the input's charset end the input with one {@code ENCODING} row.
 */
public final class CsvParser implements RowSource {

  /** The largest row kept (SPEC §6: one record over 1 MiB is TOO_LARGE). */
  public static final int MAX_ROW_BYTES = 1 << 20;

  private final Reader in;
  private final char[] buf = new char[1 << 14];
  private int pos;
  private int len;
  private long line = 1;
  private long row = -1;
  private boolean done;

  public CsvParser(Reader in) {
    this.in = in;
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }

  @Override
  public TableRow next() throws IOException {
    if (done) {
      return null;
    }
    long startLine = line;
    try {
      return parseRow(startLine);
    } catch (CharacterCodingException e) {
      done = true;
      row++;
      return new TableRow(row, startLine, List.of(), Problem.of(ProblemCode.ENCODING, "", null,
          "第 " + row + " 行（物理行 " + line + "）含有非 UTF-8 字节；如为 GB18030 编码，请指定 --encoding GB18030",
          "row " + row + " (line " + line + ") has bytes that are not UTF-8; for a GB18030 file give "
              + "--encoding GB18030"), true);
    }
  }

  private TableRow parseRow(long startLine) throws IOException {
    int c = read();
    if (c < 0) {
      done = true;
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;     // inside a quoted cell
    boolean closed = false;     // after the closing quote of this cell
    boolean started = false;    // this cell has content (or an opening quote)
    String broken = null;
    long bytes = 0;
    boolean tooLarge = false;
    while (true) {
      if (c < 0) {
        if (quoted && broken == null) {
          broken = "引号未闭合|unclosed quote";
        }
        done = true;
        break;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          if (peek() == '"') {
            read();
            append(cell, '"', tooLarge);
          } else {
            quoted = false;
            closed = true;
          }
        } else {
          if (ch == '\n' || ch == '\r' && peek() != '\n') {
            line++;
          }
          append(cell, ch, tooLarge);
        }
        bytes += utf8(ch);
      } else if (ch == ',') {
        cells.add(tooLarge ? "" : cell.toString());
        cell.setLength(0);
        closed = false;
        started = false;
        bytes++;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && peek() == '\n') {
          read();
        }
        line++;
        break;
      } else if (broken != null) {
        bytes += utf8(ch); // skipping the rest of a broken line
      } else if (ch == '"') {
        if (!started) {
          quoted = true;
          started = true;
        } else {
          broken = closed ? "闭合引号后有多余字符|text after a closing quote"
              : "未加引号的单元格中出现引号|a quote inside an unquoted cell";
        }
        bytes++;
      } else {
        if (closed) {
          broken = "闭合引号后有多余字符|text after a closing quote";
        }
        started = true;
        append(cell, ch, tooLarge);
        bytes += utf8(ch);
      }
      if (!tooLarge && bytes > MAX_ROW_BYTES) {
        tooLarge = true;
        cell.setLength(0);
        cells.clear();
      }
      c = read();
    }
    cells.add(tooLarge ? "" : cell.toString());
    row++;
    if (tooLarge) {
      return new TableRow(row, startLine, List.of(), Problem.of(ProblemCode.TOO_LARGE, "", null,
          "第 " + row + " 行超过 1 MiB", "row " + row + " is over 1 MiB"), false);
    }
    if (broken != null) {
      String[] why = broken.split("\\|");
      return new TableRow(row, startLine, List.of(), Problem.of(ProblemCode.CSV_ROW, "", null,
          "第 " + row + " 行：" + why[0], "row " + row + ": " + why[1]), false);
    }
    return new TableRow(row, startLine, cells, null, false);
  }

  private static void append(StringBuilder cell, char ch, boolean tooLarge) {
    if (!tooLarge) {
      cell.append(ch);
    }
  }

  /** UTF-8 bytes of one UTF-16 unit (a surrogate pair counts 2 + 2). */
  private static int utf8(char ch) {
    return ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
