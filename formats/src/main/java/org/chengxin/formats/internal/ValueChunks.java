package org.chengxin.formats.internal;

import java.io.IOException;

/**
 * Cuts a JSON text into record values: the elements of a top-level array, or else the top-level values one
 * after another (a single object, or concatenated objects). Tracks brackets and strings only; each value is
 * then parsed on its own, so a syntax error inside one element stays in that element. An error in the array
 * structure itself (a missing comma, an unbalanced bracket, a truncated file) leaves the rest unreadable: it is
 * reported as one invalid record and reading stops.
 */
public final class ValueChunks implements ChunkSource {
  private static final int MAX_DEPTH = 4096;

  private final ByteSource src;
  private final Chunk chunk = Chunk.create();
  private final byte[] stack = new byte[MAX_DEPTH];
  private long line = 1;
  /** Byte column of the last consumed byte (0 before the first byte of a line). */
  private int col;
  private boolean started;
  private boolean array;
  private boolean done;
  private boolean pendingError;
  private long errLine;
  private int errCol;
  private String errZh;
  private String errEn;

  public ValueChunks(ByteSource src) {
    this.src = src;
  }

  @Override
  public Chunk next() throws IOException {
    if (pendingError) {
      pendingError = false;
      done = true;
      chunk.reset(errLine, errCol);
      chunk.syntax = SyntaxProblems.at(errLine, errCol, errZh, errEn);
      chunk.last = true;
      return chunk;
    }
    if (done) {
      return null;
    }
    int c = skipWhitespace();
    if (!started) {
      started = true;
      if (c == '[') {
        array = true;
        consume();
        c = skipWhitespace();
        if (c == ']') {
          consume();
          trailing();
          return next();
        }
      }
    }
    if (c < 0) {
      if (array) {
        fail(line, col + 1, "输入意外结束，缺少 ]", "unexpected end of input: missing ]");
        return next();
      }
      done = true;
      return null;
    }
    if (c == ',' || c == ']' || c == '}') {
      fail(line, col + 1, "此处应为一个 JSON 值，实际为 '" + (char) c + "'",
          "expected a JSON value, found '" + (char) c + "'");
      return next();
    }
    value(c);
    if (chunk.last) {
      done = true;
      return chunk;
    }
    if (array) {
      afterElement();
    }
    return chunk;
  }

  private void afterElement() throws IOException {
    int c = skipWhitespace();
    if (c == ',') {
      consume();
      int d = skipWhitespace();
      if (d == ']') {
        fail(line, col + 1, "数组末尾多余的逗号", "trailing comma before ]");
      } else if (d < 0) {
        fail(line, col + 1, "输入意外结束，缺少 ]", "unexpected end of input: missing ]");
      }
    } else if (c == ']') {
      consume();
      trailing();
    } else if (c < 0) {
      fail(line, col + 1, "输入意外结束，缺少 ]", "unexpected end of input: missing ]");
    } else {
      fail(line, col + 1, "数组元素之间应为 , 或 ]，实际为 '" + (char) c + "'",
          "expected , or ] after an array element, found '" + (char) c + "'");
    }
  }

  private void trailing() throws IOException {
    int c = skipWhitespace();
    if (c >= 0) {
      fail(line, col + 1, "数组结束后还有内容", "content after the end of the array");
    } else {
      done = true;
    }
  }

  private void fail(long l, int column, String zh, String en) {
    pendingError = true;
    errLine = l;
    errCol = column;
    errZh = zh;
    errEn = en;
  }

  /** Cuts one value starting with byte {@code first} (not yet consumed). */
  private void value(int first) throws IOException {
    chunk.reset(line, col + 1);
    if (first != '{' && first != '[' && first != '"') {
      scalar();
      chunk.finish();
      return;
    }
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    while (src.fill()) {
      byte[] buf = src.buf;
      int start = src.pos;
      int lim = src.lim;
      int i = start;
      boolean end = false;
      for (; i < lim; i++) {
        byte b = buf[i];
        if (b == '\n') {
          line++;
          col = 0;
        } else {
          col++;
        }
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
            if (depth == 0) {
              end = true;
              break;
            }
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          if (depth == MAX_DEPTH) {
            chunk.last = true;
            end = true;
            break;
          }
          stack[depth++] = b;
        } else if (b == '}' || b == ']') {
          byte open = depth == 0 ? 0 : stack[--depth];
          if ((b == '}' && open != '{') || (b == ']' && open != '[')) {
            chunk.last = true;
            end = true;
            break;
          }
          if (depth == 0) {
            end = true;
            break;
          }
        }
      }
      if (end) {
        chunk.append(buf, start, i + 1 - start);
        src.pos = i + 1;
        chunk.finish();
        return;
      }
      chunk.append(buf, start, lim - start);
      src.pos = lim;
    }
    // The input ended inside the value: the parser will say where.
    chunk.last = true;
    chunk.finish();
  }

  private void scalar() throws IOException {
    while (src.fill()) {
      byte b = src.buf[src.pos];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == ']' || b == '}') {
        return;
      }
      chunk.append(src.buf, src.pos, 1);
      src.pos++;
      col++;
    }
  }

  private int skipWhitespace() throws IOException {
    while (src.fill()) {
      byte b = src.buf[src.pos];
      if (b == '\n') {
        line++;
        col = 0;
      } else if (b == ' ' || b == '\t' || b == '\r') {
        col++;
      } else {
        return b & 0xFF;
      }
      src.pos++;
    }
    return -1;
  }

  private void consume() {
    src.pos++;
    col++;
  }
}
