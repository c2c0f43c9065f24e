package org.chengxin.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chengxin.core.Record;
import org.chengxin.formats.CanonicalJson;

/**
 * A seeded generator of invalid records (无效记录生成器), each with the problem it must produce: a valid record from
 * {@link RecordGenerator} broken by one entry of the mutation table {@link RecordMutation}. For import tools and
 * validators: every generated record must be rejected with exactly its expected ERROR.
 *
 * <pre>{@code
 * InvalidRecordGenerator gen = new InvalidRecordGenerator(42);
 * for (InvalidRecord bad : gen.everyMutation("BAD-")) {   // one per mutation, in table order
 *   assertThat(myValidator.errorsOf(bad.json())).containsExactlyElementsOf(bad.expected());
 * }
 * InvalidRecord any = gen.next("BAD-X");                    // a random mutation
 * }</pre>
 */
public final class InvalidRecordGenerator {

  private final SplittableRandom rnd;
  private final RecordGenerator records;

  /** A generator for {@code seed}. */
  public InvalidRecordGenerator(long seed) {
    this.rnd = new SplittableRandom(seed);
    this.records = new RecordGenerator(rnd.nextLong());
  }

  /** One invalid record, with a mutation picked at random. */
  public InvalidRecord next(String recordId) {
    RecordMutation[] all = RecordMutation.values();
    return next(recordId, all[rnd.nextInt(all.length)]);
  }

  /** One invalid record broken by {@code mutation}. */
  public InvalidRecord next(String recordId, RecordMutation mutation) {
    Record base = mutation.requiredCategory().isPresent()
        ? records.next(recordId, mutation.requiredCategory().get())
        : records.next(recordId);
    ObjectNode tree = (ObjectNode) CanonicalJson.toTree(base);
    mutation.apply(tree, base.decision().decidedOn());
    return InvalidRecord.builder().recordId(recordId).mutation(mutation).json(tree.toString()).build();
  }

  /** One invalid record per mutation, in table order, with IDs {@code prefix + mutation name}. */
  public List<InvalidRecord> everyMutation(String prefix) {
    List<InvalidRecord> out = new ArrayList<>();
    for (RecordMutation mutation : RecordMutation.values()) {
      out.add(next(prefix + mutation.name(), mutation));
    }
    return out;
  }
}
