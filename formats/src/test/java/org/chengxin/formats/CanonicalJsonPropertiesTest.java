package org.chengxin.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.chengxin.core.Record;
import org.chengxin.formats.internal.Json;
import org.junit.jupiter.api.Test;

/** JSON → model → JSON is the identity on valid canonical records (SPEC §3), over generated records. */
class CanonicalJsonPropertiesTest {

  private static final long SEED = 0xC4E9_0001L;

  @Test
  void identityOver2000GeneratedRecords_seed0xC4E90001() throws Exception {
    ValidRecords gen = new ValidRecords(SEED);
    for (Record r : gen.records(2000)) {
      String text = CanonicalJson.write(r);
      Record back = CanonicalJson.read(text);
      assertThat(back).as(text).isEqualTo(r);
      assertThat(CanonicalJson.write(back)).isEqualTo(text);
      JsonNode tree = CanonicalJson.toTree(r);
      assertThat(tree).isEqualTo(Json.MAPPER.readTree(text));
      assertThat(CanonicalJson.fromTree(tree)).isEqualTo(r);
    }
  }
}
