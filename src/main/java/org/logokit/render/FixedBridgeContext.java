package org.logokit.render;

import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.UserAgent;

/**
 * Batik's bridge context with logokit's corrected bridges in place of Batik's own. Batik
 * registers its bridges when the document is set, so a bridge put in earlier would be replaced:
 * they are swapped in right after.
 */
final class FixedBridgeContext extends BridgeContext {
  FixedBridgeContext(UserAgent agent) {
    super(agent, new DocumentLoader(agent));
  }

  @Override
  public void registerSVGBridges() {
    super.registerSVGBridges();
    putBridge(new ClipPathBridge());
  }
}
