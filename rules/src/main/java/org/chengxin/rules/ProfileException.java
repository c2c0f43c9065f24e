package org.chengxin.rules;

import java.util.Optional;
import org.chengxin.core.ChengxinException;

/**
 * A profile document could not be loaded: its message names the file and the JSON key path of the problem and
 * quotes the bad value, e.g.
 * {@code zhashui-2021.json: categories.ADMINISTRATIVE_PENALTY.eras[1].from: eras must be sorted by 'from'}.
 */
public class ProfileException extends ChengxinException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;

  /**
   * A problem in {@code file} at the key {@code path} (empty for the whole document).
   *
   * @param file the document, e.g. its URL
   * @param path the key path, e.g. {@code measures[org-rectification].duration}
   * @param detail what is wrong, quoting the bad value
   */
  public ProfileException(String file, String path, String detail) {
    super(file + ": " + (path.isEmpty() ? "" : path + ": ") + detail);
    this.file = file;
    this.path = path;
  }

  /** As {@link #ProfileException(String, String, String)}, with the underlying cause. */
  public ProfileException(String file, String path, String detail, Throwable cause) {
    super(file + ": " + (path.isEmpty() ? "" : path + ": ") + detail, cause);
    this.file = file;
    this.path = path;
  }

  /** The document the problem is in. */
  public String file() {
    return file;
  }

  /** The JSON key path of the problem, empty when it concerns the whole document. */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
