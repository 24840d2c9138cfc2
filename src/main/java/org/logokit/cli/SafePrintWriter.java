package org.logokit.cli;

import java.io.PrintWriter;
import org.logokit.text.Shown;

/**
 * A command's stdout or stderr, where every character written goes through {@link Shown}: a
 * name from the repository cannot start a line of its own or form a GitHub workflow command,
 * whatever message it lands in. Line breaks come only from {@code println}. Formats that escape
 * for themselves (JSON, GitHub annotations, a terminal's redraw) write to {@link #raw()}.
 */
final class SafePrintWriter extends PrintWriter {
  private final PrintWriter raw;
  private char last = '\n';

  private SafePrintWriter(PrintWriter raw) {
    super(raw, true); // println flushes through, as the writers picocli holds do
    this.raw = raw;
  }

  /** {@code w} itself when it already is one. */
  static SafePrintWriter of(PrintWriter w) {
    return w instanceof SafePrintWriter s ? s : new SafePrintWriter(w);
  }

  /** The writer underneath, for text already escaped for where it goes. */
  PrintWriter raw() {
    flush();
    return raw;
  }

  @Override
  public void write(String s, int off, int len) {
    if (len == 0) {
      return;
    }
    String piece = Shown.of(s.substring(off, off + len));
    // A colon after a colon (across writes too) or first on a line could begin a command.
    if (piece.charAt(0) == ':' && (last == ':' || last == '\n')) {
      piece = "\\x3a" + piece.substring(1);
    }
    last = piece.charAt(piece.length() - 1);
    super.write(piece, 0, piece.length());
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void println() {
    super.println();
    last = '\n';
  }
}
