package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.formats.internal.ByteSource;
import org.chengxin.formats.internal.Chunk;
import org.chengxin.formats.internal.ChunkSource;
import org.chengxin.formats.internal.Json;
import org.chengxin.formats.internal.NdjsonChunks;
import org.chengxin.formats.internal.PointerLocator;
import org.chengxin.formats.internal.RecordIdIndex;
import org.chengxin.formats.internal.SyntaxProblems;
import org.chengxin.formats.internal.ValueChunks;

/**
 * 流式读取 — reads records one by one from UTF-8 NDJSON or a JSON array in constant memory, validating each
 * and never stopping at a bad one (SPEC §3, §6, §8).
 *
 * <ul>
 *   <li>NDJSON: one record per line; empty lines are skipped; a line that is not JSON is one invalid record
 *       ({@code JSON_SYNTAX} with line and column) and the next line is read as usual.
 *   <li>JSON: the elements of a top-level array (or top-level values one after another). A syntax error inside
 *       an element is that element's {@code JSON_SYNTAX}; an error in the array's own structure (missing comma,
 *       unbalanced bracket, truncated file) makes the rest unreadable: it is reported as one more invalid
 *       record and reading stops.
 *   <li>A UTF-8 BOM is accepted. A record text over 1 MiB is {@code TOO_LARGE} (and not parsed).
 *   <li>A {@code recordId} seen before in the same input is {@code DUPLICATE_RECORD_ID} on the later record.
 *   <li>Problems carry the record's line; where the record could be parsed they are located at the line and
 *       (byte) column of the offending value, or of its nearest present parent for a missing field.
 * </ul>
 *
 * <pre>{@code
 * try (RecordReader reader = RecordReader.open(path, RecordFormat.AUTO)) {
 *   while (reader.hasNext()) {
 *     ReadResult r = reader.next();
 *     r.record().ifPresent(...);
 *   }
 * }
 * }</pre>
 *
 * <p>I/O errors are thrown as {@link UncheckedIOException}. Not thread-safe.
 */
public final class RecordReader implements Iterator<ReadResult>, Closeable {

  private final InputStream in;
  private final ChunkSource chunks;
  private final RecordValidator validator;
  private final RecordIdIndex ids = new RecordIdIndex();
  private ReadResult next;
  private boolean ended;

  private RecordReader(InputStream in, RecordFormat format, RecordValidator validator) throws IOException {
    this.in = in;
    this.validator = validator;
    ByteSource src = new ByteSource(in);
    RecordFormat f = format;
    if (f == RecordFormat.AUTO) {
      f = src.peekSignificant() == '[' ? RecordFormat.JSON : RecordFormat.NDJSON;
    }
    this.chunks = f == RecordFormat.JSON ? new ValueChunks(src) : new NdjsonChunks(src);
  }

  /**
   * Opens a file.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RecordReader open(Path file, RecordFormat format) {
    requireNonNull(file, "file");
    requireNonNull(format, "format");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return of(in, format, RecordValidator.standard());
  }

  /** Reads a stream with the standard validator; closing the reader closes the stream. */
  public static RecordReader of(InputStream in, RecordFormat format) {
    return of(in, format, RecordValidator.standard());
  }

  /** Reads a stream with a given validator; closing the reader closes the stream. */
  public static RecordReader of(InputStream in, RecordFormat format, RecordValidator validator) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(validator, "validator");
    try {
      return new RecordReader(in, format, validator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  private ReadResult read() throws IOException {
    Chunk c = chunks.next();
    if (c == null) {
      return null;
    }
    if (c.syntax != null) {
      return new ReadResult(c.line, null, null, List.of(c.syntax));
    }
    if (c.tooLargeBytes > 0) {
      return new ReadResult(c.line, null, null, List.of(SyntaxProblems.tooLarge(c.line, c.tooLargeBytes)));
    }
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(c.data, 0, c.length);
    } catch (JsonProcessingException e) {
      return new ReadResult(c.line, null, null, List.of(SyntaxProblems.of(e, c.line, c.column)));
    }
    if (tree == null || tree.isMissingNode()) {
      return new ReadResult(c.line, null, null, List.of(SyntaxProblems.empty().atLine(c.line, c.column)));
    }
    List<Problem> problems = validator.validate(tree);
    JsonNode idNode = tree.isObject() ? tree.get("recordId") : null;
    String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
    if (id != null) {
      long first = ids.firstLine(id, c.line);
      if (first != 0) {
        problems = new ArrayList<>(problems);
        problems.add(Problem.of(ProblemCode.DUPLICATE_RECORD_ID, "/recordId", id,
            "第 " + first + " 行", "line " + first));
      }
    }
    if (!problems.isEmpty()) {
      problems = locate(problems, c, id);
    }
    return new ReadResult(c.line, id, tree, problems);
  }

  private static List<Problem> locate(List<Problem> problems, Chunk c, String id) {
    Set<String> paths = new HashSet<>();
    for (Problem p : problems) {
      paths.add(p.path());
    }
    Map<String, long[]> at = PointerLocator.locate(c.data, c.length, paths);
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      long[] rel = at.get(p.path());
      long line = c.line;
      Integer column = null;
      if (rel != null && rel[0] > 0) {
        line = c.line + rel[0] - 1;
        column = rel[0] == 1 ? c.column + (int) rel[1] - 1 : (int) rel[1];
      }
      Problem q = p.atLine(line, column);
      located.add(id == null ? q : q.forRecord(id));
    }
    return located;
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
