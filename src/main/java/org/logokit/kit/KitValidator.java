package org.logokit.kit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.logokit.text.PathRules;
import org.logokit.text.Shown;

/** Checks a kit as a whole and collects every problem before any output is written. */
final class KitValidator {
  static final int VERSION = 1;

  private KitValidator() {}

  /**
   * @param earlier problems the parse already noted (unknown keys, bad targets): reported
   *     together with these, and the values they concern are left out (as nulls)
   */
  static Kit validate(String where, KitFile raw, Path assets, Limits caps,
      List<Diagnostic> earlier) throws KitException {
    List<Diagnostic> problems = new ArrayList<>(earlier);
    raw.targets = withoutNulls(raw.targets);
    raw.schemes = withoutNulls(raw.schemes);
    if (raw.version != null && raw.version != VERSION) {
      problems.add(Diagnostic.of(where, "version " + raw.version + " is not supported (use "
          + VERSION + ")"));
    }
    String naming = raw.naming == null ? Kit.DEFAULT_NAMING : raw.naming;
    checkNaming(where, "'naming'", naming, problems);
    Map<String, String> byFolder = namingByFolder(where, raw.namingByFolder, problems);
    List<Target> defaults = raw.targets == null ? KitLoader.DEFAULT_TARGETS : raw.targets;
    if (defaults.isEmpty() && earlier.isEmpty()) {
      problems.add(Diagnostic.of(where, "'targets' is empty"));
    }
    List<Scheme> defaultSchemes = raw.schemes == null
        || raw.schemes.isEmpty() && !earlier.isEmpty() ? List.of(Scheme.LIGHT) : raw.schemes;
    if (defaultSchemes.isEmpty() && earlier.isEmpty()) {
      problems.add(Diagnostic.of(where, "'schemes' is empty"));
    }
    if (raw.masters == null || raw.masters.isEmpty()) {
      problems.add(Diagnostic.of(where, "'masters' is missing or empty: list the SVG files"));
    }
    List<MasterSpec> masters = new ArrayList<>();
    for (KitFile.Entry e : raw.masters == null ? List.<KitFile.Entry>of() : raw.masters) {
      if (e == null) {
        // An empty item ("- " alone), or one whose problem was noted while reading it.
        if (earlier.isEmpty()) {
          problems.add(Diagnostic.of(where, "an empty item in 'masters'"));
        }
        continue;
      }
      if (e.file() == null || e.file().isBlank()) {
        problems.add(new Diagnostic(where, e.line(), "master without 'file'"));
        continue;
      }
      List<Target> differ = differences(where, e, defaults, problems);
      List<Target> targets = e.targets() == null ? differ : withoutNulls(e.targets());
      if (e.targets() != null && e.targets().isEmpty()) {
        problems.add(new Diagnostic(where, e.line(), "master " + Shown.quoted(e.file())
            + " has an empty 'targets' list"));
      }
      List<Scheme> schemes = e.schemes() == null ? defaultSchemes : withoutNulls(e.schemes());
      if (e.schemes() != null && e.schemes().size() != schemes.size()) {
        schemes = schemes.isEmpty() ? List.of(Scheme.LIGHT) : schemes; // bad one reported
      } else if (schemes.isEmpty() || schemes.size() != schemes.stream().distinct().count()) {
        problems.add(new Diagnostic(where, e.line(), "master " + Shown.quoted(e.file())
            + " needs one or both of light and dark in 'schemes', each once"));
      }
      if (!Scheme.nameable(byFolder.getOrDefault(Kit.layoutOf(byFolder, e.file()), naming),
          schemes)) {
        problems.add(new Diagnostic(where, e.line(), "master " + Shown.quoted(e.file())
            + " renders light and dark: 'naming' must contain {scheme}"));
      }
      String name = e.name() == null ? KitLoader.stem(e.file()) : e.name();
      String nameProblem = PathRules.nameProblem(name);
      if (nameProblem != null) {
        problems.add(new Diagnostic(where, e.line(), (e.name() == null ? "master "
            + Shown.quoted(e.file()) + ": its file name cannot name outputs: the name "
            + Shown.quoted(name) + " " + nameProblem + " (set 'name')" : "'name' "
            + Shown.quoted(name) + " " + nameProblem)
            + "; a name is one plain file-name part"));
        continue;
      }
      if (e.title() != null && (e.title().isBlank() || e.title().length() > 120
          || !Shown.isPlain(e.title()))) {
        problems.add(new Diagnostic(where, e.line(), "'title' of " + Shown.quoted(e.file())
            + " must be one line of plain text, at most 120 characters"));
      }
      for (Target t : targets) {
        if (t instanceof Target.IconSet set && set.platform() == IconSets.Platform.WEB
            && set.options().name() == null && e.title() == null) {
          // A file name is not an app's name: Chromium would install "logo-final".
          problems.add(new Diagnostic(where, e.line(), "the web set of " + Shown.quoted(e.file())
              + " needs the app's name: give the set a 'name' ({set: web, name: Acme}) or the "
              + "master a 'title'"));
        }
      }
      if (Boolean.TRUE.equals(raw.copyMasters)
          && targets.stream().noneMatch(t -> t instanceof Target.Copy)) {
        targets = java.util.stream.Stream.concat(targets.stream(),
            java.util.stream.Stream.of(new Target.Copy())).toList();
      }
      masters.add(new MasterSpec(e.file(), name, targets, schemes, e.line(), e.title()));
    }
    for (String folder : byFolder.keySet()) {
      if (masters.stream().noneMatch(m -> m.file().startsWith(folder))) {
        problems.add(Diagnostic.of(where, "'namingByFolder': no master is in "
            + Shown.quoted(folder)));
      }
    }
    Kit kit = new Kit(where, naming, masters, limits(where, raw.limits, caps, problems),
        Boolean.TRUE.equals(raw.optimize), null, keep(where, raw.keep, problems),
        FontList.validate(where, raw.fonts, assets, problems), byFolder);
    problems.addAll(checkMasters(kit, assets));
    if (!problems.isEmpty()) {
      throw new KitException(problems);
    }
    return kit;
  }

  /**
   * A master's targets given as what differs from the kit's: {@code except} takes targets out,
   * {@code also} adds others, so a master that lacks one size of the matrix says just that.
   */
  private static List<Target> differences(String where, KitFile.Entry e, List<Target> defaults,
      List<Diagnostic> problems) {
    if (e.except() == null && e.also() == null) {
      return defaults;
    }
    String master = "master " + Shown.quoted(e.file());
    if (e.targets() != null) {
      problems.add(new Diagnostic(where, e.line(), master + ": give 'targets', or 'except' and "
          + "'also', not both"));
    }
    List<String> kits = defaults.stream().map(Target::spec).toList();
    List<Target> out = new ArrayList<>(defaults);
    java.util.Set<String> excepted = new java.util.HashSet<>();
    for (Target t : withoutNulls(e.except() == null ? List.of() : e.except())) {
      if (!excepted.add(t.spec())) {
        problems.add(new Diagnostic(where, e.line(), master + ": 'except' names "
            + Shown.quoted(t.spec()) + " twice"));
      } else if (!out.removeIf(d -> d.spec().equals(t.spec()))) {
        problems.add(new Diagnostic(where, e.line(), master + ": 'except' names "
            + Shown.quoted(t.spec()) + ", which is not one of the kit's targets " + kits));
      }
    }
    for (Target t : withoutNulls(e.also() == null ? List.of() : e.also())) {
      if (out.stream().anyMatch(d -> d.spec().equals(t.spec()))) {
        problems.add(new Diagnostic(where, e.line(), master + ": 'also' names "
            + Shown.quoted(t.spec()) + ", which it has already"));
      } else {
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      problems.add(new Diagnostic(where, e.line(), master + ": 'except' leaves no target"));
    }
    return out;
  }

  private static <T> List<T> withoutNulls(List<T> list) {
    return list == null ? null : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** The default kit: its names come from file names, which must be safe too. */
  static Kit validate(Kit kit, Path assets) throws KitException {
    List<Diagnostic> problems = checkMasters(kit, assets);
    if (!problems.isEmpty()) {
      throw new KitException(problems);
    }
    return kit;
  }

  private static List<String> keep(String where, List<String> globs, List<Diagnostic> problems) {
    if (globs == null) {
      return List.of();
    }
    List<String> valid = new ArrayList<>();
    for (String g : globs) {
      String p = org.logokit.text.KeepPatterns.problem(g);
      if (p != null) {
        problems.add(Diagnostic.of(where, "'keep' pattern " + Shown.quoted(g) + " " + p));
      } else {
        valid.add(g);
      }
    }
    return valid;
  }

  /** The config's budgets: each at most the cap in force, never above it. */
  private static Limits limits(String where, KitFile.LimitFields f, Limits caps,
      List<Diagnostic> problems) {
    if (f == null) {
      return caps;
    }
    Map<String, Long> given = new LinkedHashMap<>();
    put(given, "maxInputBytes", f.maxInputBytes);
    put(given, "maxPixelsPerOutput", f.maxPixelsPerOutput);
    put(given, "maxSecondsPerMaster", f.maxSecondsPerMaster == null ? null
        : (long) f.maxSecondsPerMaster);
    put(given, "maxElements", f.maxElements == null ? null : (long) f.maxElements);
    put(given, "maxDepth", f.maxDepth == null ? null : (long) f.maxDepth);
    Map<String, Long> cap = caps.byName();
    boolean ok = true;
    for (Map.Entry<String, Long> e : given.entrySet()) {
      long v = e.getValue();
      long max = cap.get(e.getKey());
      if (v < 1) {
        problems.add(Diagnostic.of(where, "'limits." + e.getKey() + "' must be positive"));
        ok = false;
      } else if (v > max) {
        problems.add(Diagnostic.of(where, "'limits." + e.getKey() + "': " + v + " is over the "
            + "cap of " + max + "; the config may only lower a limit (a trusted run raises the "
            + "cap with --raise-limit " + e.getKey() + "=" + v + ")"));
        ok = false;
      }
    }
    return ok ? caps.with(given) : caps;
  }

  private static void put(Map<String, Long> m, String key, Long value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /**
   * {@code namingByFolder}: each folder a plain relative path (given with or without its
   * trailing '/'), each naming as valid as the kit's.
   */
  private static Map<String, String> namingByFolder(String where, Map<String, String> given,
      List<Diagnostic> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (given == null) {
      return out;
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      String folder = e.getKey() == null ? "" : e.getKey();
      String bare = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
      String problem = bare.isEmpty() || bare.equals(".") ? "is the assets folder itself, "
          + "whose naming is 'naming'" : PathRules.relativePathProblem(bare, false);
      if (problem != null) {
        problems.add(Diagnostic.of(where, "'namingByFolder': the folder " + Shown.quoted(folder)
            + " " + problem));
        continue;
      }
      if (e.getValue() == null) {
        problems.add(Diagnostic.of(where, "'namingByFolder': the folder " + Shown.quoted(folder)
            + " has no naming"));
        continue;
      }
      if (out.put(bare + "/", e.getValue()) != null) {
        problems.add(Diagnostic.of(where, "'namingByFolder': the folder " + Shown.quoted(bare
            + "/") + " is given twice"));
      }
      checkNaming(where, "'namingByFolder' of " + Shown.quoted(bare + "/"), e.getValue(),
          problems);
    }
    return out;
  }

  private static void checkNaming(String where, String key, String naming,
      List<Diagnostic> problems) {
    String shown = Shown.quoted(naming);
    if (!naming.contains("{name}") || !naming.contains("{suffix}")) {
      problems.add(Diagnostic.of(where, key + " must contain {name} and {suffix}: " + shown));
    }
    if (!naming.endsWith(".png")) {
      problems.add(Diagnostic.of(where, key + " must end with .png: " + shown));
    }
    // With every placeholder taken out, what is left must be a plain path: the placeholders'
    // values are checked on their own, and each whole output path again after substitution.
    String bare = naming.replace("{name}", "n").replace("{suffix}", "").replace("{scheme}", "")
        .replace("{dir}", "");
    String problem = PathRules.relativePathProblem(bare, true);
    if (problem != null) {
      problems.add(Diagnostic.of(where, key + " must be a relative path inside the output "
          + "folder, with no placeholder but {name}, {dir}, {scheme} and {suffix}: " + shown + " "
          + problem));
    }
  }

  /** Masters exist inside the assets folder; names and output paths are unique and safe. */
  private static List<Diagnostic> checkMasters(Kit kit, Path assets) {
    String where = kit.source() == null ? Shown.of(assets.toString()) : kit.source();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, MasterSpec> names = new HashMap<>();
    Map<String, String> paths = new HashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>(); // each output path, with its line
    for (MasterSpec m : kit.masters()) {
      String fileProblem = PathRules.relativePathProblem(m.file(), false);
      if (fileProblem != null) {
        problems.add(new Diagnostic(where, m.line(), "master " + Shown.quoted(m.file())
            + " must be a path inside the assets folder: it " + fileProblem));
        continue;
      } else if (!Files.exists(assets.resolve(m.file()), LinkOption.NOFOLLOW_LINKS)) {
        problems.add(new Diagnostic(where, m.line(), "master " + Shown.quoted(m.file())
            + " not found in " + Shown.of(assets.toString())));
      }
      String nameProblem = PathRules.nameProblem(m.name());
      if (nameProblem != null) {
        problems.add(new Diagnostic(where, m.line(), "master " + Shown.quoted(m.file())
            + (kit.source() == null ? ": its file name cannot name outputs" : "")
            + ": the name " + Shown.quoted(m.name()) + " " + nameProblem
            + (kit.source() == null ? " (rename it, or set 'name' in a logokit.yaml)" : "")));
        continue;
      }
      // With {dir} in the naming, a name need only be unique in its folder: logo/blue/x.svg
      // and logo/white/x.svg name logo/blue/x.png and logo/white/x.png. Outputs that would
      // still be one file are refused below, path by path.
      String naming = kit.namingOf(m);
      String scope = naming.contains("{dir}") ? Kit.folderOf(m.file()) : kit.layoutOf(m.file());
      MasterSpec clash = names.putIfAbsent(PathRules.collisionKey(scope + m.name()), m);
      if (clash != null) {
        problems.add(new Diagnostic(where, m.line(), "name " + Shown.quoted(m.name())
            + " is used twice (also line " + clash.line() + ")"));
        continue;
      }
      if (!Scheme.nameable(naming, m.schemes())
          || !naming.endsWith(".png") || !naming.contains("{name}")) {
        continue; // reported once, as the naming's problem, not once per output
      }
      for (MasterSpec.Output o : m.outputs()) {
        Target t = o.target();
        Scheme s = o.scheme();
        String path = kit.outputPath(m, t, s);
        String what = Shown.of(m.file()) + " " + Shown.of(t.spec()) + " " + s.id();
        String unsafe = PathRules.relativePathProblem(path, true);
        if (unsafe != null) {
          problems.add(new Diagnostic(where, m.line(), "output " + Shown.quoted(path)
              + " of " + what + " " + unsafe + ": outputs stay inside the output folder"));
          continue;
        }
        String other = paths.putIfAbsent(PathRules.collisionKey(path), what);
        lines.putIfAbsent(path, m.line());
        if (other != null) {
          problems.add(new Diagnostic(where, m.line(), "output " + Shown.quoted(path) + " of "
              + what + " is also the output of " + other + " (names that differ only in case "
              + "are one file on macOS and Windows)"));
        }
        String kept = org.logokit.text.KeepPatterns.coveredBy(kit.keep(), path);
        if (kept != null) {
          problems.add(new Diagnostic(where, m.line(), "output " + Shown.quoted(path) + " of "
              + what + " is covered by the 'keep' pattern " + Shown.quoted(kept) + ": a kept "
              + "file is a person's, and logokit never writes over it"
              + (t instanceof Target.SetFile ? "; a set's files are logokit's: set what they "
                  + "say in the set's options (docs/icon-sets.md), not by editing them" : "")));
        }
      }
    }
    // A file where another output needs a folder (x.png, and x.png/y.png) would fail whichever
    // master renders second: refused here, whatever the order.
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      String path = e.getKey();
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        String file = paths.get(PathRules.collisionKey(path.substring(0, slash)));
        if (file != null) {
          problems.add(new Diagnostic(where, e.getValue(), "output " + Shown.quoted(path)
              + " is inside " + Shown.quoted(path.substring(0, slash)) + ", which is the output "
              + "of " + file + ": one path cannot be a file and a folder"));
          break;
        }
      }
    }
    return problems;
  }
}
