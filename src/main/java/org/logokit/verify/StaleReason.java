package org.logokit.verify;

/**
 * Why an output is stale. Each reason's text is also its {@link #id()} in
 * {@code --format json}, which CI consumers read (the GitHub Action keys on
 * {@code master changed}): change one only with the consumers.
 */
public enum StaleReason {
  MISSING("missing"),
  MASTER_CHANGED("master changed"),
  MASTER_UNREADABLE("master cannot be read"),
  MASTER_UNSIZED("master declares no size that can be read"),
  CONFIG_CHANGED("config changed"),
  FONTS_CHANGED("fonts changed"),
  RENDERER_CHANGED("renderer changed"),
  TOOL_CHANGED("written by another logokit version"),
  /** Another encoder made a file that is proved by its bytes alone (a TIFF, a PDF). */
  ENCODER_CHANGED("encoder changed"),
  FILE_EDITED("file edited"),
  RECORD_WRONG("the manifest's record does not match the file"),
  NOT_AS_PLANNED("the manifest's record is not the size or DPI the kit plans"),
  NOT_WHAT_RENDER_WRITES("not the file render writes (a copy of the master or a set's text)"),
  NOT_A_FILE("a link or special file, not an output"),
  NOT_PLANNED("not planned"),
  KEPT("a person's file (keep:), which the manifest claims as an output");

  private final String text;

  StaleReason(String text) {
    this.text = text;
  }

  /** The stable value {@code --format json} writes as a stale finding's {@code reason}. */
  public String id() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
