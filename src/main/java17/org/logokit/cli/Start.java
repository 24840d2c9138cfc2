package org.logokit.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's entry point, compiled for Java 17 (pom.xml) so that {@code java -jar} on an older
 * JDK than 25 says what is needed instead of an UnsupportedClassVersionError. {@link Main} is
 * reached by name: this class must not link against Java 25 classes.
 */
public final class Start {
  private static final int JAVA = 25;

  private Start() {}

  public static void main(String[] args) throws Throwable {
    if (Runtime.version().feature() < JAVA) {
      System.err.println("error: logokit needs Java " + JAVA + " or newer; this is Java "
          + Runtime.version().feature() + " (" + System.getProperty("java.home") + "): run"
          + " the logokit launcher (bin/logokit, target/logokit), which looks for a Java " + JAVA
          + ", or java -jar of a JDK " + JAVA);
      System.exit(2); // LogokitCommand.USAGE, not linked: see above
    }
    MethodHandles.lookup().findStatic(Class.forName("org.logokit.cli.Main"), "main",
        MethodType.methodType(void.class, String[].class)).invokeExact(args);
  }
}
