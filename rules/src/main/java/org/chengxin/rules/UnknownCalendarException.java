package org.chengxin.rules;

import org.chengxin.core.ChengxinException;

/** No calendar has the requested id; the message names it and the known ids. */
public final class UnknownCalendarException extends ChengxinException {
  private static final long serialVersionUID = 1L;
  private final String calendarId;

  /** A calendar id nobody supplies. */
  public UnknownCalendarException(String calendarId, Iterable<String> known) {
    super("unknown calendar '" + calendarId + "'; known: " + String.join(", ", known));
    this.calendarId = calendarId;
  }

  /** The requested id. */
  public String calendarId() {
    return calendarId;
  }
}
