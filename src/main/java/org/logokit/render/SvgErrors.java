package org.logokit.render;

import org.apache.batik.bridge.BridgeException;
import org.xml.sax.SAXParseException;

/** Unwraps Batik's and the XML parser's exceptions into a sentence a user understands. */
final class SvgErrors {
  private SvgErrors() {}

  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SAXParseException p) {
        return "not well-formed XML (line " + p.getLineNumber() + ", column "
            + p.getColumnNumber() + "): " + org.logokit.text.Shown.of(p.getMessage());
      }
    }
    if (e instanceof BridgeException b) {
      String msg = b.getMessage();
      return msg == null ? b.getCode() : oneLine(msg);
    }
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : oneLine(msg);
  }

  private static String oneLine(String s) {
    // Batik prefixes "file:///path/logo.svg:-1 "; the caller names the file already.
    return s.strip().replaceAll("\\s*\\R\\s*", " ")
        .replaceFirst("^(?:file|jar|data|https?):\\S*?:-?\\d+ ", "");
  }
}
