package org.logokit.format;

/** The PNG encoder's library is missing or is not the one the render version names. */
public final class EncoderUnavailableException extends RuntimeException {
  public EncoderUnavailableException(String message) {
    super(message);
  }
}
