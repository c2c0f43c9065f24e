package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The plain streaming factory for reading and writing tokens. Parsers and generators need no data binding, and
 * keeping {@link Json#MAPPER} out of the streaming paths keeps its few hundred classes out of a command's
 * start-up (measured: about 0.1 s of {@code chengxin validate}).
 */
public final class Streaming {

  /** Default features: the same parsers and generators as {@code Json.MAPPER.getFactory()} makes. */
  public static final JsonFactory FACTORY = new JsonFactory();

  private Streaming() {}
}
