package org.logokit.kit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a kit as a whole and collects every problem before any output is written. */
final class KitValidator {
  static final int VERSION = 1;

  private KitValidator() {}

  static Kit validate(String where, KitFile raw, Path assets) throws KitException {
    List<Diagnostic> problems = new ArrayList<>();
    if (raw.version != null && raw.version != VERSION) {
      problems.add(Diagnostic.of(where, "version " + raw.version + " is not supported (use "
          + VERSION + ")"));
    }
    String naming = raw.naming == null ? Kit.DEFAULT_NAMING : raw.naming;
    checkNaming(where, naming, problems);
    List<Target> defaults = raw.targets == null ? KitLoader.DEFAULT_TARGETS : raw.targets;
    if (defaults.isEmpty()) {
      problems.add(Diagnostic.of(where, "'targets' is empty"));
    }
    List<Scheme> defaultSchemes = raw.schemes == null ? List.of(Scheme.LIGHT) : raw.schemes;
    if (defaultSchemes.isEmpty()) {
      problems.add(Diagnostic.of(where, "'schemes' is empty"));
    }
    if (raw.masters == null || raw.masters.isEmpty()) {
      problems.add(Diagnostic.of(where, "'masters' is missing or empty: list the SVG files"));
    }
    List<MasterSpec> masters = new ArrayList<>();
    for (KitFile.Entry e : raw.masters == null ? List.<KitFile.Entry>of() : raw.masters) {
      if (e.file() == null || e.file().isBlank()) {
        problems.add(new Diagnostic(where, e.line(), "master without 'file'"));
        continue;
      }
      List<Target> targets = e.targets() == null ? defaults : e.targets();
      if (targets.isEmpty()) {
        problems.add(new Diagnostic(where, e.line(), "master '" + e.file()
            + "' has an empty 'targets' list"));
      }
      List<Scheme> schemes = e.schemes() == null ? defaultSchemes : e.schemes();
      if (schemes.isEmpty() || schemes.size() != schemes.stream().distinct().count()) {
        problems.add(new Diagnostic(where, e.line(), "master '" + e.file()
            + "' needs one or both of light and dark in 'schemes', each once"));
      }
      if (schemes.size() > 1 && !naming.contains("{scheme}")) {
        problems.add(new Diagnostic(where, e.line(), "master '" + e.file() + "' renders "
            + "light and dark: 'naming' must contain {scheme}"));
      }
      String name = e.name() == null ? KitLoader.stem(e.file()) : e.name();
      masters.add(new MasterSpec(e.file(), name, targets, schemes, e.line()));
    }
    Kit kit = new Kit(where, naming, masters, limits(where, raw.limits, problems),
        Boolean.TRUE.equals(raw.optimize), FontList.validate(where, raw.fonts, assets, problems));
    problems.addAll(checkMasters(kit, assets));
    if (!problems.isEmpty()) {
      throw new KitException(problems);
    }
    return kit;
  }

  static Kit validate(Kit kit, Path assets) throws KitException {
    List<Diagnostic> problems = checkMasters(kit, assets);
    if (!problems.isEmpty()) {
      throw new KitException(problems);
    }
    return kit;
  }

  private static Limits limits(String where, KitFile.LimitFields f, List<Diagnostic> problems) {
    Limits d = Limits.DEFAULT;
    if (f == null) {
      return d;
    }
    try {
      return new Limits(
          f.maxInputBytes == null ? d.maxInputBytes() : f.maxInputBytes,
          f.maxPixelsPerOutput == null ? d.maxPixelsPerOutput() : f.maxPixelsPerOutput,
          f.maxSecondsPerMaster == null ? d.maxSecondsPerMaster() : f.maxSecondsPerMaster,
          f.maxElements == null ? d.maxElements() : f.maxElements,
          f.maxDepth == null ? d.maxDepth() : f.maxDepth);
    } catch (IllegalArgumentException e) {
      problems.add(Diagnostic.of(where, "'limits': every limit must be positive"));
      return d;
    }
  }

  private static void checkNaming(String where, String naming, List<Diagnostic> problems) {
    if (!naming.contains("{name}") || !naming.contains("{suffix}")) {
      problems.add(Diagnostic.of(where, "'naming' must contain {name} and {suffix}: '"
          + naming + "'"));
    }
    if (!naming.endsWith(".png")) {
      problems.add(Diagnostic.of(where, "'naming' must end with .png: '" + naming + "'"));
    }
    if (!isSafeRelative(naming)) {
      problems.add(Diagnostic.of(where, "'naming' must be a relative path inside the output "
          + "folder: '" + naming + "'"));
    }
  }

  /** Masters exist inside the assets folder; names and output paths are unique and safe. */
  private static List<Diagnostic> checkMasters(Kit kit, Path assets) {
    String where = kit.source() == null ? assets.toString() : kit.source();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, MasterSpec> names = new HashMap<>();
    Map<String, String> paths = new HashMap<>();
    for (MasterSpec m : kit.masters()) {
      if (!isSafeRelative(m.file())) {
        problems.add(new Diagnostic(where, m.line(), "master '" + m.file()
            + "' must be a path inside the assets folder"));
      } else if (!Files.exists(assets.resolve(m.file()), LinkOption.NOFOLLOW_LINKS)) {
        problems.add(new Diagnostic(where, m.line(), "master '" + m.file() + "' not found in "
            + assets));
      }
      if (m.name().isBlank() || m.name().contains("/") || m.name().contains("\\")
          || m.name().startsWith(".")) {
        problems.add(new Diagnostic(where, m.line(), "bad name '" + m.name()
            + "': no slashes, not empty, not starting with '.'"));
      }
      MasterSpec clash = names.putIfAbsent(m.name(), m);
      if (clash != null) {
        problems.add(new Diagnostic(where, m.line(), "name '" + m.name()
            + "' is used twice (also line " + clash.line() + ")"));
        continue;
      }
      if (m.schemes().size() > 1 && !kit.naming().contains("{scheme}")) {
        continue; // reported once, as the missing {scheme}, not once per clashing output
      }
      for (Scheme s : m.schemes()) {
        for (Target t : m.targets()) {
          String path = kit.outputPath(m, t, s);
          String what = m.file() + " " + t.spec() + " " + s.id();
          String other = paths.putIfAbsent(path, what);
          if (other != null) {
            problems.add(new Diagnostic(where, m.line(), "output '" + path + "' of " + what
                + " is also the output of " + other));
          }
        }
      }
    }
    return problems;
  }

  private static boolean isSafeRelative(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\")
        || path.matches("[A-Za-z]:.*")) {
      return false;
    }
    for (String part : path.split("[/\\\\]")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
