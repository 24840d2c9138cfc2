package org.logokit.screen;

import org.logokit.kit.Limits;

/**
 * Lifts the JDK's own element-depth limit above logokit's. Java 25 ships {@code
 * jdk.xml.maxElementDepth=100} in {@code conf/jaxp.properties}; logokit screens nesting itself
 * against {@code limits.maxDepth} (200 by default, up to the ceiling), with a message that says
 * which budget was hit, so the JDK's limit must only stop what is past the ceiling. A system
 * property overrides jaxp.properties; one set by the user is left alone.
 */
public final class XmlDepth {
  private static final String PROPERTY = "jdk.xml.maxElementDepth";

  static {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, Integer.toString(Limits.CEILING.maxDepth() + 1));
    }
  }

  private XmlDepth() {}

  /** Makes sure the limit is lifted before a parser is made (the class's initialiser does it). */
  public static void lift() {
    // Nothing: loading this class ran its initialiser.
  }
}
