package org.chengxin.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.chengxin.core.ChengxinException;
import org.chengxin.core.Problem;
import org.chengxin.core.ProblemCode;
import org.chengxin.core.Record;
import org.chengxin.core.Severity;
import org.chengxin.formats.internal.ByteSource;
import org.chengxin.formats.internal.Chunk;
import org.chengxin.formats.internal.ChunkSource;
import org.chengxin.formats.internal.NdjsonChunks;
import org.chengxin.formats.internal.PointerLocator;
import org.chengxin.formats.internal.RecordBinder;
import org.chengxin.formats.internal.RecordIdIndex;
import org.chengxin.formats.internal.SyntaxProblems;
import org.chengxin.formats.internal.TreeBuilder;
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
 *   <li>Input is UTF-8; a BOM is accepted; a record with bytes that are not UTF-8 is {@code ENCODING}. A record
 *       text over 1 MiB is {@code TOO_LARGE} (and not parsed).
 *   <li>A {@code recordId} seen before in the same input is {@code DUPLICATE_RECORD_ID} on the later record
 *       (unless {@link #withoutDuplicateCheck()}: SPEC §3.1 checks it in {@code validate} and {@code batch create}
 *       only).
 *   <li>Problems carry the record's line; where the record could be parsed they are located at the line and
 *       (byte) column of the offending value, or of its nearest present parent for a missing field.
 *   <li>Speed: a clean record with its fields in canonical order is checked in one pass over its bytes,
 *       without a parser or a tree, and bound in the same pass when records are kept; any other record is built
 *       as a tree and validated in full (same verdict, with every problem).
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
 * <p>I/O errors are thrown as {@link UncheckedIOException}. Not thread-safe; parsing and validation may run on
 * worker threads ({@link #of(InputStream, RecordFormat, RecordValidator, int)}), results always come in input
 * order.
 */
public final class RecordReader implements RecordSource {

  /** Records per parallel batch, and the most bytes a batch holds. */
  private static final int BATCH_RECORDS = 512;
  private static final int BATCH_BYTES = 8 << 20;

  private final InputStream in;
  private final ChunkSource chunks;
  private final RecordValidator validator;
  /** The IDs seen so far, or null when duplicates are not checked. */
  private RecordIdIndex ids = new RecordIdIndex();
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<List<Pending>>> inFlight = new ArrayDeque<>();
  private Iterator<Pending> batch;
  private boolean inputDone;
  private ReadResult next;
  private boolean ended;
  /** False when only problems matter ({@link Validation}): valid records then keep neither tree nor text. */
  private boolean keepRecords = true;

  private RecordReader(InputStream in, RecordFormat format, RecordValidator validator, int threads)
      throws IOException {
    this.in = in;
    this.validator = validator;
    ByteSource src = new ByteSource(in);
    RecordFormat f = format;
    if (f == RecordFormat.AUTO) {
      f = src.peekSignificant() == '[' ? RecordFormat.JSON : RecordFormat.NDJSON;
    }
    this.chunks = f == RecordFormat.JSON ? new ValueChunks(src) : new NdjsonChunks(src);
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, DAEMON) : null;
    this.maxInFlight = threads + 1;
  }

  private static final ThreadFactory DAEMON = r -> {
    Thread t = new Thread(r, "chengxin-record-reader");
    t.setDaemon(true);
    return t;
  };

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
    return of(in, format, validator, 1);
  }

  /**
   * Reads a stream with a given validator, parsing and validating on {@code threads} daemon threads (results
   * still come in input order; memory stays bounded by a few batches of at most 8 MiB). With 1 thread
   * everything happens on the caller's thread. Close the reader to stop the threads.
   */
  public static RecordReader of(InputStream in, RecordFormat format, RecordValidator validator, int threads) {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(validator, "validator");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (format.isTable()) {
      throw new IllegalArgumentException("format " + format + " is a table: read it with TableReader");
    }
    try {
      return new RecordReader(in, format, validator, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Drops what {@link ReadResult#record()} needs (the results then carry no record): for validation only, where
   * records are never bound. Call it before the first {@link #hasNext()}.
   *
   * @return this reader
   */
  public RecordReader problemsOnly() {
    keepRecords = false;
    return this;
  }

  /**
   * {@inheritDoc}
   *
   * @return this reader
   */
  @Override
  public RecordReader withoutDuplicateCheck() {
    ids = null;
    return this;
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

  /** One record between cutting and its result: parsed and validated on any thread, finished in order. */
  private static final class Pending {
    long line;
    int column;
    byte[] data;
    int offset;
    int length;
    Problem early;
    JsonNode tree;
    String id;
    List<Problem> problems;
    /** The record, bound by the fast path or ahead on a worker thread, else null. */
    Record record;
  }

  private ReadResult read() throws IOException {
    if (pool == null) {
      Chunk c = chunks.next();
      if (c == null) {
        return null;
      }
      Pending p = pending(c, false);
      prepare(p, validator, keepRecords);
      return finish(p);
    }
    while (true) {
      if (batch != null && batch.hasNext()) {
        return finish(batch.next());
      }
      while (!inputDone && inFlight.size() < maxInFlight) {
        List<Pending> jobs = cut();
        if (!jobs.isEmpty()) {
          boolean keep = keepRecords;
          inFlight.add(pool.submit(() -> {
            for (Pending p : jobs) {
              prepare(p, validator, keep);
              if (keep) {
                bindAhead(p);
              }
            }
            return jobs;
          }));
        }
      }
      Future<List<Pending>> oldest = inFlight.poll();
      if (oldest == null) {
        return null;
      }
      batch = await(oldest).iterator();
    }
  }

  private List<Pending> cut() throws IOException {
    List<Pending> jobs = new ArrayList<>();
    long bytes = 0;
    while (jobs.size() < BATCH_RECORDS && bytes < BATCH_BYTES) {
      Chunk c = chunks.next();
      if (c == null) {
        inputDone = true;
        break;
      }
      jobs.add(pending(c, true));
      bytes += c.length;
    }
    return jobs;
  }

  private static List<Pending> await(Future<List<Pending>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChengxinException("interrupted while reading records", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new ChengxinException("record validation failed: " + cause, cause);
    }
  }

  /** Takes what a chunk says; copies its bytes when the chunk will be reused before the record is done. */
  private static Pending pending(Chunk c, boolean copy) {
    Pending p = new Pending();
    p.line = c.line;
    p.column = c.column;
    if (c.syntax != null) {
      p.early = c.syntax;
    } else if (c.tooLargeBytes > 0) {
      p.early = SyntaxProblems.tooLarge(c.line, c.tooLargeBytes);
    } else {
      p.data = copy ? Arrays.copyOfRange(c.data, c.offset, c.offset + c.length) : c.data;
      p.offset = copy ? 0 : c.offset;
      p.length = c.length;
    }
    return p;
  }

  /**
   * Parses and validates (any thread): the fast path first (which binds a clean record in the same pass when
   * records are kept), the tree and the full validator if needed.
   */
  private static void prepare(Pending p, RecordValidator validator, boolean keep) {
    if (p.early != null) {
      return;
    }
    if (keep) {
      Record record = validator.fast().bind(p.data, p.offset, p.length);
      if (record != null) {
        p.id = record.recordId();
        p.problems = List.of();
        p.record = record;
        return;
      }
    } else {
      String cleanId = validator.fast().clean(p.data, p.offset, p.length);
      if (cleanId != null) {
        p.id = cleanId;
        p.problems = List.of();
        return;
      }
    }
    JsonNode tree;
    try {
      tree = TreeBuilder.read(p.data, p.offset, p.length);
    } catch (IOException e) {
      p.early = e instanceof JsonProcessingException
          ? SyntaxProblems.of((JsonProcessingException) e, p.line, p.column)
          : SyntaxProblems.at(p.line, p.column, String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
      return;
    }
    if (tree == null || tree.isMissingNode()) {
      p.early = SyntaxProblems.empty().atLine(p.line, p.column);
      return;
    }
    p.problems = validator.validate(tree);
    p.tree = keep ? tree : null;
    JsonNode idNode = tree.isObject() ? tree.get("recordId") : null;
    p.id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
  }

  /**
   * Binds a valid record on the worker thread, so that the reading thread only hands it over: with workers,
   * a consumer of records (as {@code chengxin assess}) gets them bound in parallel.
   */
  private static void bindAhead(Pending p) {
    if (p.early != null || p.record != null || hasError(p.problems)) {
      return;
    }
    p.record = RecordBinder.bind(p.tree);
    p.tree = null;
  }

  private static boolean hasError(List<Problem> problems) {
    for (Problem q : problems) {
      if (q.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Duplicates, locations and the result (the reader's thread, in input order). */
  private ReadResult finish(Pending p) {
    if (p.early != null) {
      return new ReadResult(p.line, null, null, null, List.of(p.early));
    }
    List<Problem> problems = p.problems;
    if (p.id != null && ids != null) {
      long first = ids.firstLine(p.id, p.line);
      if (first != 0) {
        problems = new ArrayList<>(problems);
        problems.add(Problem.of(ProblemCode.DUPLICATE_RECORD_ID, "/recordId", p.id,
            "第 " + first + " 行", "line " + first));
      }
    }
    if (!problems.isEmpty()) {
      problems = locate(problems, p);
    }
    return new ReadResult(p.line, p.id, p.tree, p.record, problems);
  }

  private static List<Problem> locate(List<Problem> problems, Pending c) {
    Set<String> paths = new HashSet<>();
    for (Problem p : problems) {
      paths.add(p.path());
    }
    Map<String, long[]> at = PointerLocator.locate(c.data, c.offset, c.length, paths);
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
      located.add(c.id == null ? q : q.forRecord(c.id));
    }
    return located;
  }

  /** Stops the threads, if any, and closes the input. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
