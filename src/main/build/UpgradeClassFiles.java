import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run by {@code mvn package} on the shaded jar before the start-up cache is
 * trained: rewrites the class files older than Java 6 (major version 50) to Java 8's (52),
 * bytecode unchanged but for the stack map frames the newer verifier needs.
 *
 * <p>Why: Java 25's ahead-of-time cache cannot hold a class file older than version 50 ("Old
 * class has been linked"), nor any class that implements or extends one. picocli 4.7.7 (Java 5
 * class files), xml-apis-ext's {@code org.w3c.dom.svg} and {@code org.w3c.css.sac} (Java 1.1)
 * and the Batik classes built on them were loaded, verified and linked on every run instead of
 * coming mapped from the cache.
 *
 * <p>Only the version and the frames change: the class's methods, fields, constants and
 * attributes are copied as ASM reads them. Classes in packages the JDK's own modules hold (xml-apis'
 * copies of {@code javax.xml}, {@code org.w3c.dom}, {@code org.xml.sax}) are left alone: the JVM
 * never loads them from the class path. Then every rewritten class is loaded and linked from the
 * new jar in a class loader of its own, so a class the verifier would refuse fails the build,
 * not a run.
 *
 * <pre>java -cp asm.jar src/main/build/UpgradeClassFiles.java target/logokit.jar</pre>
 */
public final class UpgradeClassFiles {
  private static final int OLDEST_KEPT = Opcodes.V1_6 & 0xFFFF; // 50
  private static final int TARGET = Opcodes.V1_8;

  private UpgradeClassFiles() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: UpgradeClassFiles JAR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Set<String> jdkPackages = new HashSet<>();
    ModuleLayer.boot().modules().forEach(m -> m.getPackages().forEach(p ->
        jdkPackages.add(p.replace('.', '/'))));

    Map<String, byte[]> entries = new LinkedHashMap<>();
    Map<String, ZipEntry> meta = new HashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        entries.put(e.getName(), e.isDirectory() ? null : zip.getInputStream(e).readAllBytes());
        meta.put(e.getName(), e);
      }
    }
    Hierarchy hierarchy = new Hierarchy(entries);
    List<String> upgraded = new ArrayList<>();
    int skippedJdk = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String name = e.getKey();
      byte[] bytes = e.getValue();
      if (bytes == null || !name.endsWith(".class") || name.startsWith("META-INF/")
          || major(bytes) >= OLDEST_KEPT) {
        continue;
      }
      int slash = name.lastIndexOf('/');
      if (slash > 0 && jdkPackages.contains(name.substring(0, slash))) {
        skippedJdk++;
        continue;
      }
      e.setValue(upgrade(bytes, hierarchy));
      upgraded.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
    }
    if (upgraded.isEmpty()) {
      System.out.println("UpgradeClassFiles: no class file older than version 50 in " + jar);
      return;
    }

    Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
    try (OutputStream file = Files.newOutputStream(tmp);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry old = meta.get(e.getKey());
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(old.getTime());
        out.putNextEntry(entry);
        if (e.getValue() != null) {
          out.write(e.getValue());
        }
        out.closeEntry();
      }
    }
    linkAll(tmp, upgraded);
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("UpgradeClassFiles: " + upgraded.size() + " class files rewritten to "
        + "version 52 (" + skippedJdk + " older ones left alone: their packages are the JDK's)");
  }

  private static int major(byte[] b) {
    return b.length < 8 ? Integer.MAX_VALUE : ((b[6] & 0xFF) << 8) | (b[7] & 0xFF);
  }

  /** The class with version 52 and frames computed; everything else as it was. */
  private static byte[] upgrade(byte[] bytes, Hierarchy hierarchy) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return hierarchy.common(a, b);
      }
    };
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(TARGET, access, name, signature, superName, interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /**
   * Loads and links (verifies) each rewritten class from the new jar, and initialises it; a
   * verifier's refusal fails the build. Other linkage errors (an optional class the jar does
   * not carry) are the class's own, as before.
   */
  private static void linkAll(Path jar, List<String> names) throws IOException {
    List<String> refused = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class.forName(name, true, loader);
        } catch (VerifyError | ClassFormatError e) {
          refused.add(name + ": " + e);
        } catch (LinkageError | ClassNotFoundException | RuntimeException e) {
          // not ours to judge: the class failed the same way before
        }
      }
    }
    if (!refused.isEmpty()) {
      Files.deleteIfExists(jar);
      throw new IllegalStateException("rewritten classes the verifier refuses: " + refused);
    }
  }

  /** Superclasses from the jar's own class files, else from the JDK. */
  private static final class Hierarchy {
    private final Map<String, String> supers = new HashMap<>();
    private final Set<String> interfaces = new HashSet<>();

    Hierarchy(Map<String, byte[]> entries) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getValue() != null && e.getKey().endsWith(".class")
            && !e.getKey().startsWith("META-INF/")) {
          ClassReader r = new ClassReader(e.getValue());
          supers.putIfAbsent(r.getClassName(), r.getSuperName());
          if ((r.getAccess() & Opcodes.ACC_INTERFACE) != 0) {
            interfaces.add(r.getClassName());
          }
        }
      }
    }

    String common(String a, String b) {
      if (isInterface(a) || isInterface(b)) {
        return "java/lang/Object";
      }
      Set<String> ofA = new HashSet<>();
      for (String c = a; c != null; c = superOf(c)) {
        ofA.add(c);
      }
      for (String c = b; c != null; c = superOf(c)) {
        if (ofA.contains(c)) {
          return c;
        }
      }
      return "java/lang/Object";
    }

    private boolean isInterface(String name) {
      if (supers.containsKey(name)) {
        return interfaces.contains(name);
      }
      return jdk(name).isInterface();
    }

    private String superOf(String name) {
      if (supers.containsKey(name)) {
        return supers.get(name);
      }
      Class<?> s = jdk(name).getSuperclass();
      return s == null ? null : s.getName().replace('.', '/');
    }

    private static Class<?> jdk(String name) {
      try {
        return Class.forName(name.replace('/', '.'), false,
            ClassLoader.getPlatformClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no class " + name + " in the jar or the JDK", e);
      }
    }
  }
}
