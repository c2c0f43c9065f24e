package org.chengxin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.chengxin.core.ChengxinException;

/**
 * Writes items on a thread of its own, in the order they are added, so that producing the next items (assessing
 * records) and writing the last ones overlap on separate processors; or, built without a thread, at once on the
 * caller's thread (for a machine with too few processors to overlap them). Memory stays bounded: at most a few batches
 * wait. A write failure is rethrown to the producer (on its next {@link #add} or on {@link #close}).
 *
 * @param <T> what is written
 */
final class LineWriter<T> implements AutoCloseable {

  /** Writes one item (on the writer's thread). */
  interface Sink<T> {
    void write(T item) throws IOException;
  }

  private static final int BATCH = 256;
  private static final List<Object> END = new ArrayList<>();

  private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(8);
  /** The writer's thread, or null when items are written at once on the caller's thread. */
  private final Thread thread;
  private final Sink<T> sink;
  private volatile Throwable failure;
  private List<T> batch = new ArrayList<>(BATCH);

  /** A writer with a thread of its own when {@code ownThread}, else one writing on the caller's thread. */
  LineWriter(Sink<T> sink, boolean ownThread) {
    this.sink = sink;
    if (ownThread) {
      this.thread = new Thread(new Drain(), "chengxin-writer");
      thread.setDaemon(true);
      thread.start();
    } else {
      this.thread = null;
    }
  }

  /** Queues an item (writes it at once without a thread of its own). */
  void add(T item) {
    if (thread == null) {
      try {
        sink.write(item);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    batch.add(item);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Writes what is queued, stops the thread, and rethrows a write failure. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(0);
    }
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChengxinException("interrupted while writing", e);
    }
    rethrow();
  }

  private void put(List<?> items) {
    rethrow();
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChengxinException("interrupted while writing", e);
    }
  }

  /** The writer thread's body (a class, not a lambda: no class spun at run time on the start-up path). */
  private final class Drain implements Runnable {
    @Override
    public void run() {
      drain(sink);
    }
  }

  @SuppressWarnings("unchecked")
  private void drain(Sink<T> sink) {
    while (true) {
      List<?> items;
      try {
        items = queue.take();
      } catch (InterruptedException e) {
        failure = e;
        return;
      }
      if (items == END) {
        return;
      }
      if (failure != null) {
        continue; // keep taking, so that the producer never blocks; it sees the failure
      }
      try {
        for (Object item : items) {
          sink.write((T) item);
        }
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }
  }

  private void rethrow() {
    Throwable f = failure;
    if (f instanceof IOException) {
      throw new UncheckedIOException((IOException) f);
    } else if (f instanceof RuntimeException) {
      throw (RuntimeException) f;
    } else if (f != null) {
      throw new ChengxinException("writing failed: " + f, f);
    }
  }
}
