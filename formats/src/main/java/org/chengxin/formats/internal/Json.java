package org.chengxin.formats.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for reading records. */
public final class Json {

  /**
   * Duplicate keys are a syntax error (a silently dropped value would be data loss; detected while building
   * the tree, which costs nothing, rather than by the parser, which costs a hash set per object); trailing
   * tokens after the value are a syntax error; floats stay exact.
   */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private Json() {}
}
