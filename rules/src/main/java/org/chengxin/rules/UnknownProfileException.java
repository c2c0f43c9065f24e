package org.chengxin.rules;

import java.util.List;
import org.chengxin.core.ChengxinException;

/** {@link ProfileRegistry#get} was asked for a profile id it does not know; the message lists the known ids. */
public class UnknownProfileException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /**
   * @param id the unknown id
   * @param known the ids the registry knows, sorted
   */
  public UnknownProfileException(String id, List<String> known) {
    super("unknown profile '" + id + "'; known profiles: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    this.id = id;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }
}
