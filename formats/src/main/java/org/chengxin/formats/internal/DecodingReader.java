package org.chengxin.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream strictly (SPEC §6): a UTF-8 BOM means UTF-8 (and is skipped); otherwise the given
 * charset. Bytes that are not valid in the charset are never replaced: every character before them is
 * delivered first, and the next read throws {@link MalformedInputException}, so the caller knows the exact row
 * of the first bad byte. Reads in 64 KiB blocks; never holds the whole input.
 */
public final class DecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private boolean eof;
  private boolean flushed;
  private MalformedInputException pending;
  private final Charset charset;

  /** A reader of {@code in}; a leading UTF-8 BOM switches to UTF-8 whatever {@code charset} says. */
  public DecodingReader(InputStream in, Charset charset) throws IOException {
    this.in = in;
    bytes.limit(0);
    fill();
    Charset cs = charset;
    if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
        && (bytes.get(2) & 0xFF) == 0xBF) {
      bytes.position(3);
      cs = StandardCharsets.UTF_8;
    }
    this.charset = cs;
    this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The charset in use (UTF-8 after a BOM). */
  public Charset charset() {
    return charset;
  }

  /** Reads more bytes after those not yet decoded; sets {@link #eof} at the end. */
  private void fill() throws IOException {
    bytes.compact();
    while (bytes.hasRemaining()) {
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
        break;
      }
      bytes.position(bytes.position() + n);
      if (n > 0 && bytes.position() > 0) {
        break;
      }
    }
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult cr = decoder.decode(bytes, out, eof);
      if (cr.isError()) {
        pending = new MalformedInputException(cr.length());
        if (out.position() > off) {
          return out.position() - off;
        }
        throw pending;
      }
      if (cr.isOverflow() || out.position() > off && !cr.isUnderflow()) {
        return out.position() - off;
      }
      // Underflow: more bytes needed.
      if (eof) {
        if (!flushed) {
          CoderResult f = decoder.flush(out);
          if (f.isOverflow()) {
            return out.position() - off;
          }
          flushed = true;
        }
        return out.position() > off ? out.position() - off : -1;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      fill();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
