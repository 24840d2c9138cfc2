package org.logokit.render;

import java.awt.geom.Dimension2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.ParsedURL;

/**
 * Batik's user agent for untrusted masters: loads no script and no external resource but
 * {@code data:} URLs (Batik's default allows same-origin {@code file:} loads), lays the document
 * out in its intrinsic size, and keeps Batik's non-fatal complaints instead of printing them.
 */
final class LockedUserAgent extends UserAgentAdapter {
  private final Dimension2D viewport;
  private final FontFamilyResolver fonts;
  private final List<String> warnings = new ArrayList<>();

  LockedUserAgent(Dimension2D viewport, KitFonts fonts) {
    this.viewport = viewport;
    this.fonts = fonts.resolver();
  }

  @Override
  public FontFamilyResolver getFontFamilyResolver() {
    return fonts;
  }

  @Override
  public Dimension2D getViewportSize() {
    return viewport;
  }

  @Override
  public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
    return new NoLoadScriptSecurity(type);
  }

  @Override
  public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
    return new EmbededExternalResourceSecurity(resource);
  }

  @Override
  public boolean isXMLParserValidating() {
    return false; // validating makes Batik fetch the DTD
  }

  @Override
  public String getMedia() {
    return "screen";
  }

  @Override
  public void displayError(String message) {
    warnings.add(message);
  }

  @Override
  public void displayError(Exception e) {
    warnings.add(String.valueOf(e.getMessage()));
  }

  @Override
  public void displayMessage(String message) {
    // Batik's informational messages are of no use to a batch run.
  }

  List<String> warnings() {
    return warnings;
  }
}
