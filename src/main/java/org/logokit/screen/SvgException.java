package org.logokit.screen;

/** A master cannot be rendered; the message is one sentence for the user, without the path. */
public final class SvgException extends Exception {
  public SvgException(String message) {
    super(message);
  }

  public SvgException(String message, Throwable cause) {
    super(message, cause);
  }
}
