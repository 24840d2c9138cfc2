package org.logokit.adopt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import org.logokit.kit.Target;
import org.logokit.format.png.PngCodec;
import org.logokit.plan.IntrinsicSize;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.text.KeepPatterns;
import org.logokit.text.PathRules;
import org.logokit.write.OutputFolder;

/**
 * {@code logokit import}: the kit config that reproduces a folder's exports from its masters.
 *
 * <pre>{@code
 * Adoption a = Importer.adopt(OutputFolder.open(Path.of("brand"), false));
 * }</pre>
 *
 * <p>The masters' and exports' folders are found by vote ({@link Roots}); each export is paired
 * with its master ({@link Pairing}) and given every target whose pixels and pHYs are its own
 * ({@link TargetInference}); of those, the one most exports of the kit share is taken, so the
 * config is the kit's matrix, not one explanation per file. It is named by the template most
 * exports fit ({@link NamingInference}). The config is then loaded and planned like any other,
 * and every export it claims to place is checked against the plan (path, size, pHYs): what the
 * plan does not reproduce is reported, never written in silently.
 */
public final class Importer {
  private Importer() {}

  public static Adoption adopt(OutputFolder dir) throws IOException {
    Limits limits = Limits.DEFAULT; // the config import writes sets no limits: the defaults hold
    KitTree tree = KitTree.scan(dir, limits);
    List<Adoption.Reported> reported = new ArrayList<>();
    List<KitTree.Problem> unreadableMasters = new ArrayList<>();
    for (KitTree.Problem p : tree.unreadable()) {
      boolean master = p.reason().startsWith("master ");
      if (master) {
        unreadableMasters.add(p);
      }
      reported.add(new Adoption.Reported(p.path(), master ? "master cannot be read"
          : "cannot be read", p.reason()));
    }
    List<String> masterPaths = new ArrayList<>();
    tree.masters().forEach(m -> masterPaths.add(m.path()));
    unreadableMasters.forEach(p -> masterPaths.add(p.path()));
    Layouts layouts = Layouts.vote(tree.exports(), masterPaths);
    Roots roots = layouts.base();
    List<KitTree.Master> masters = new ArrayList<>();
    for (KitTree.Master m : tree.masters()) {
      if (!roots.holdsMaster(m.path())) {
        continue; // not in the assets folder: only its exports are named, if any
      }
      String problem = PathRules.nameProblem(m.stem());
      if (problem == null) {
        // Output rules: with {dir} the master's folders become the outputs' folders.
        problem = PathRules.relativePathProblem(roots.master(m.path()), true);
      }
      if (problem != null) {
        reported.add(new Adoption.Reported(m.path(), "master cannot name outputs",
            "master cannot name outputs: its name " + problem));
      } else {
        masters.add(m);
      }
    }
    List<KitTree.Problem> unreadableHere = unreadableMasters.stream()
        .filter(p -> roots.holdsMaster(p.path())).toList();
    List<Choice> choices = new ArrayList<>();
    for (KitTree.Export e : tree.exports()) {
      Roots layout = layouts.of(e);
      if (layout == null) {
        Roots own = layouts.proposed().get(e.path());
        reported.add(new Adoption.Reported(e.path(), "outside the exports' folders",
            "laid out as no other export of its master's folder is (masters in "
            + shownRoot(own.masters()) + ", exports in " + shownRoot(own.exports()) + ")"));
        continue;
      }
      if (!roots.holdsExport(e.path())) {
        reported.add(new Adoption.Reported(e.path(), "outside the exports' folder",
            "outside " + (roots.exports().isEmpty() ? "the folder" : roots.exports())
            + ", where the other exports are, and " + (roots.masters().isEmpty()
            ? "the masters" : roots.masters()) + " has the masters: a kit has one output "
            + "folder"));
        continue;
      }
      String unsafe = PathRules.relativePathProblem(roots.export(e.path()), true);
      if (unsafe != null) {
        reported.add(new Adoption.Reported(e.path(), "a path logokit cannot write",
            "logokit cannot write this path: it " + unsafe));
        continue;
      }
      Pairing.Pair pair = Pairing.find(e, masters, unreadableHere, layout);
      if (pair.master() == null) {
        reported.add(new Adoption.Reported(e.path(), pair.cause(), pair.problem()));
        continue;
      }
      if (e.facts().format().equals("tiff") && !e.path().endsWith(".tiff")) {
        reported.add(new Adoption.Reported(e.path(), "TIFF named otherwise",
            "logokit names TIFFs .tiff"));
        continue;
      }
      long pixels = (long) e.facts().width() * e.facts().height();
      if (pixels > limits.maxPixelsPerOutput()) {
        // Placed, it would be a target that fails its master on every render.
        reported.add(new Adoption.Reported(e.path(), "over the pixel budget", "it is "
            + e.facts().width() + "x" + e.facts().height() + ", over the pixel budget of "
            + limits.maxPixelsPerOutput() + " pixels an output may have (maxPixelsPerOutput): "
            + "no render could make it"));
        continue;
      }
      TargetInference.Result r = TargetInference.infer(pair.master().size(), e.facts(),
          pair.suffix(), () -> artBounds(dir, e.path()));
      if (r.targets().isEmpty()) {
        reported.add(new Adoption.Reported(e.path(), r.cause(), r.problem()));
        continue;
      }
      choices.add(new Choice(e, pair.master(), r.targets(), pair.suffix(),
          new NamingInference.Named(layout.export(e.path()),
              KitTree.folder(layout.master(pair.master().path())), pair.master().stem()),
          layouts.key(layout)));
    }
    List<Candidate> candidates = matrix(choices);
    Map<String, String> namings = namings(layouts, candidates, masters);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      String naming = namings.get(c.layout());
      String own = layouts.prefix(layouts.chosen().get(c.layout()));
      if (c.named().templates().stream().anyMatch(t -> naming.equals(own + t)
          || naming.equals(own + t.replace("{dir}", "")))) {
        kept.add(c);
      } else {
        reported.add(new Adoption.Reported(c.export().path(), "named by another pattern",
            "named by another pattern (" + own + c.named().templates().get(0) + ") than most "
            + "files (" + naming + ")" + (naming.contains("{dir}") ? ": its master "
            + c.master().path() + " is in another folder" : "")));
      }
    }
    kept = oneMasterPerName(kept, namings, reported);
    kept = oneFilePerPath(kept, roots, reported);
    return finish(dir, tree, roots, namings, kept, masters, reported);
  }

  /**
   * The config's {@code naming} and {@code namingByFolder} for the files it places: only the
   * layouts that place one (a folder the loader would find no master in is an error). The
   * assets folder's layout names with {@code naming}; without one, the layout with the most
   * files does, and keeps its folder's entry only where it needs it ({@code {dir}} in its
   * naming, or a shorter folder of the map that would otherwise claim its masters).
   */
  private static Naming naming(Map<String, String> namings, List<Candidate> placed) {
    Map<String, String> used = new TreeMap<>();
    placed.forEach(c -> used.put(c.layout(), namings.get(c.layout())));
    if (used.isEmpty()) {
      return new Naming(null, Map.of());
    }
    String main = used.containsKey("") ? "" : largest(placed);
    String naming = used.get(main);
    Map<String, String> byFolder = new TreeMap<>(used);
    byFolder.remove("");
    boolean claimed = byFolder.keySet().stream()
        .anyMatch(k -> !k.equals(main) && main.startsWith(k));
    if (!main.isEmpty() && !naming.contains("{dir}") && !claimed) {
      byFolder.remove(main); // the kit's naming names them: {dir} plays no part
    }
    return new Naming(naming, byFolder);
  }

  private record Naming(String naming, Map<String, String> byFolder) {}

  /**
   * Each layout's naming: the template most of its exports fit, after the folder its exports
   * start from under the output folder; without {@code {dir}} when every master of the layout
   * lies directly in its root.
   */
  private static Map<String, String> namings(Layouts layouts, List<Candidate> candidates,
      List<KitTree.Master> masters) {
    Map<String, List<NamingInference.Named>> byLayout = new TreeMap<>();
    candidates.forEach(c -> byLayout.computeIfAbsent(c.layout(), k -> new ArrayList<>())
        .add(c.named()));
    Map<String, String> out = new TreeMap<>();
    byLayout.forEach((key, named) -> {
      Roots layout = layouts.chosen().get(key);
      String naming = NamingInference.choose(named);
      boolean nested = masters.stream().anyMatch(m -> layout.holdsMaster(m.path())
          && !KitTree.folder(layout.master(m.path())).isEmpty());
      out.put(key, layouts.prefix(layout) + (nested ? naming : naming.replace("{dir}", "")));
    });
    return out;
  }

  /** The layout most candidates are in. */
  private static String largest(List<Candidate> candidates) {
    Map<String, Integer> counts = new TreeMap<>();
    candidates.forEach(c -> counts.merge(c.layout(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static String shownRoot(String root) {
    return root.isEmpty() ? "the folder itself" : root;
  }

  /** Where the art is on an export's canvas; {@code null} when its pixels do not decode. */
  private static ArtBounds artBounds(OutputFolder dir, String path) {
    try {
      return ArtBounds.of(org.logokit.format.ImageFiles.decodeAll(dir.read(path,
          org.logokit.verify.Verifier.MAX_FILE_BYTES)).get(0));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Each export's target: of those that make it, one named as the file is (its own suffix)
   * before a renamed one, then the one most exports of the kit could have, so that masters
   * share targets ({@code own} rather than {@code 200px} for every 200 px master); and among
   * pixel sizes, the rounding and fixed DPI most files of the master's folder have, so that a
   * kit {@code rsvg-convert -w} made is {@code round: up} throughout, not only where nearest
   * fails.
   */
  private static List<Candidate> matrix(List<Choice> choices) {
    Map<String, Integer> votes = new HashMap<>();
    for (Choice c : choices) {
      c.targets().stream().map(Importer::shape).distinct()
          .forEach(k -> votes.merge(k, 1, Integer::sum));
      c.targets().stream().map(t -> habit(c.master(), t)).filter(k -> k != null).distinct()
          .forEach(k -> votes.merge(k, 1, Integer::sum));
    }
    List<Candidate> out = new ArrayList<>();
    for (Choice c : choices) {
      Target best = c.targets().stream().min(Comparator
          .<Target>comparingInt(t -> !c.suffix().equals(t.suffix()) ? 2 : renamed(t) ? 1 : 0)
          .thenComparingInt(t -> -votes.getOrDefault(shape(t), 0))
          .thenComparingInt(t -> habit(c.master(), t) == null ? Integer.MIN_VALUE
              : -votes.get(habit(c.master(), t)))
          .thenComparingInt(c.targets()::indexOf)).orElseThrow();
      out.add(new Candidate(c.export(), c.master(), best, c.named(), c.layout()));
    }
    return out;
  }

  /** A size under another name only: {@code 240px} beats {@code {size: 192dpi, suffix: -240px}}. */
  private static boolean renamed(Target t) {
    return t instanceof Target.Placed p && p.box() == null && p.padding().isZero()
        && p.background() == 0;
  }

  /**
   * How a pixel size is made ({@code px dpi=72 round=up}), the size left out, in the master's
   * folder: an exporter's habits are a folder's (a kit rsvg-convert made under rsvg/, another
   * exported by hand under brand/), not the whole repository's. Null for other targets.
   */
  private static String habit(KitTree.Master master, Target t) {
    Target size = t instanceof Target.Placed p ? p.size() : t;
    return size instanceof Target.Pixels px ? master.folder() + "\0px dpi=" + px.dpi()
        + " round=" + px.round().id() : null;
  }

  /** A target without the name a placement gives it: what exports of a kit have in common. */
  private static String shape(Target t) {
    if (t instanceof Target.Placed p) {
      return p.box() == null && p.padding().isZero() && p.background() == 0 ? p.size().spec()
          : p.spec().substring(0, p.spec().lastIndexOf(" suffix="));
    }
    return t.spec();
  }

  /**
   * A master's name names its outputs, so two masters may not share one (in any case; in one
   * folder when the naming has {@code {dir}}): the one most exports were made from keeps it,
   * the other's exports are reported.
   */
  private static List<Candidate> oneMasterPerName(List<Candidate> candidates,
      Map<String, String> namings, List<Adoption.Reported> reported) {
    Map<String, Map<String, Integer>> byName = new HashMap<>();
    for (Candidate c : candidates) {
      byName.computeIfAbsent(nameKey(c, namings), k -> new TreeMap<>())
          .merge(c.master().path(), 1, Integer::sum);
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Integer> masters = byName.get(nameKey(c, namings));
      String winner = masters.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow().getKey();
      if (winner.equals(c.master().path())) {
        kept.add(c);
      } else {
        reported.add(new Adoption.Reported(c.export().path(), "two masters of one name",
            "its master " + c.master().path() + " has the name of " + winner + ", which more "
            + "files were made from; logokit names outputs by master name"));
      }
    }
    return kept;
  }

  /** A name is one per layout, or per folder when the layout's naming has {@code {dir}}. */
  private static String nameKey(Candidate c, Map<String, String> namings) {
    return PathRules.collisionKey(c.layout() + "\0" + (namings.get(c.layout())
        .contains("{dir}") ? KitTree.folder(c.master().path()) : "") + c.master().stem());
  }

  /**
   * Two exports whose paths differ only in case or Unicode form ({@code logo-A.png} and
   * {@code logo-a.png}, NFC and NFD) are one file on macOS and Windows, so a kit config may not
   * name both (the loader refuses it): each of them is reported, the others placed.
   */
  private static List<Candidate> oneFilePerPath(List<Candidate> candidates, Roots roots,
      List<Adoption.Reported> reported) {
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      byKey.computeIfAbsent(PathRules.collisionKey(roots.export(c.export().path())),
          k -> new ArrayList<>()).add(c);
    }
    List<Candidate> kept = new ArrayList<>();
    for (List<Candidate> same : byKey.values()) {
      if (same.size() == 1) {
        kept.add(same.get(0));
        continue;
      }
      for (Candidate c : same) {
        String others = same.stream().filter(o -> o != c).map(o -> o.export().path())
            .collect(java.util.stream.Collectors.joining(", "));
        reported.add(new Adoption.Reported(c.export().path(), "one file on macOS and Windows",
            "its path differs from " + others + " only in case or Unicode form (NFC/NFD): one "
            + "file on macOS and Windows, which a kit cannot make twice; rename one of them"));
      }
    }
    // X.png, and x.png/y.png: one path a file and a folder on macOS and Windows, which a kit
    // config may not make either (the loader refuses it): the one inside is reported.
    Set<String> files = new java.util.HashSet<>();
    kept.forEach(c -> files.add(PathRules.collisionKey(roots.export(c.export().path()))));
    List<Candidate> outside = new ArrayList<>();
    for (Candidate c : kept) {
      String path = roots.export(c.export().path());
      String inside = null;
      for (int slash = path.indexOf('/'); slash > 0 && inside == null;
          slash = path.indexOf('/', slash + 1)) {
        if (files.contains(PathRules.collisionKey(path.substring(0, slash)))) {
          inside = path.substring(0, slash);
        }
      }
      if (inside == null) {
        outside.add(c);
      } else {
        reported.add(new Adoption.Reported(c.export().path(), "one file on macOS and Windows",
            "it is inside a folder whose path is another export's (" + inside + ") in case or "
            + "Unicode form: one path cannot be a file and a folder; rename one of them"));
      }
    }
    return outside;
  }

  /** Writes the config, plans it, and keeps only what the plan reproduces exactly. */
  private static Adoption finish(OutputFolder dir, KitTree tree, Roots roots,
      Map<String, String> namings, List<Candidate> kept, List<KitTree.Master> masters,
      List<Adoption.Reported> reported) throws IOException {
    String config = null;
    List<Candidate> placed = kept;
    for (int round = 0; round < 4 && !placed.isEmpty(); round++) {
      Naming naming = naming(namings, placed);
      config = yaml(roots, naming.naming(), naming.byFolder(), placed, masters.size(),
          keep(dir, tree, roots, placed, reported));
      Map<String, OutputJob> plan = plan(dir, roots, config, masters);
      List<Candidate> reproduced = new ArrayList<>();
      for (Candidate c : placed) {
        OutputJob job = plan.get(roots.export(c.export().path()));
        ImageFacts f = c.export().facts();
        boolean same = job != null && job.width() == f.width() && job.height() == f.height()
            && (f.pixelsPerMeter() < 0 || c.target() instanceof Target.Icon
                || PngCodec.sameResolution(job.pixelsPerMeter(), f.pixelsPerMeter()));
        if (same) {
          reproduced.add(c);
        } else {
          reported.add(new Adoption.Reported(c.export().path(), "the config would not "
              + "reproduce it", "the config would not reproduce it (" + (job == null
              ? "another path" : job.width() + "x" + job.height()) + ")"));
        }
      }
      if (reproduced.size() == placed.size()) {
        break;
      }
      placed = reproduced;
      config = null;
    }
    if (placed.isEmpty()) {
      config = null;
    }
    List<String> used = placed.stream().map(c -> c.master().path()).distinct().toList();
    List<Adoption.Reported> notes = new ArrayList<>();
    for (Candidate c : placed) {
      if (c.export().facts().pixelsPerMeter() < 0 && !(c.target() instanceof Target.Icon)) {
        notes.add(new Adoption.Reported(c.export().path(), "no pHYs", "placed by its size "
            + "alone: it has no pHYs, and the render will write one (" + c.target().spec()
            + ")"));
      }
    }
    reported.sort(Comparator.comparing(Adoption.Reported::path));
    return new Adoption(config, roots.masters(), roots.exports(), placed.stream()
        .map(c -> new Adoption.Placement(c.export().path(), c.master().path(),
            c.target().spec()))
        .sorted(Comparator.comparing(Adoption.Placement::export)).toList(),
        List.copyOf(reported), masters.stream().map(KitTree.Master::path)
            .filter(m -> !used.contains(m)).toList(), notes, tree.unread());
  }

  /**
   * {@code keep:} globs for the files in the output folder that are a person's: every image
   * or artwork file there that no target makes (strays, other formats, masters the config does
   * not name), so that {@code check} on the adopted folder is green without a glob that covers
   * every PNG. A folder's files of one extension become {@code folder/*.ext} when none of them
   * is placed; a name with glob characters has them as {@code ?}.
   */
  static List<String> keep(OutputFolder dir, KitTree tree, Roots roots,
      List<Candidate> placed, List<Adoption.Reported> reported) {
    // A file misnamed by mistake is to be renamed, not kept: check goes on naming it.
    Set<String> mistakes = new TreeSet<>();
    reported.stream().filter(r -> r.cause().equals(TargetInference.MISNAMED))
        .forEach(r -> mistakes.add(r.path()));
    Set<String> placedPaths = new TreeSet<>();
    placed.forEach(c -> placedPaths.add(roots.export(c.export().path())));
    Set<String> configMasters = new TreeSet<>();
    boolean sameFolder = roots.masters().equals(roots.exports());
    placed.forEach(c -> configMasters.add(roots.export(c.master().path())));
    Map<String, List<String>> byFolderAndExt = new TreeMap<>();
    Map<String, Boolean> clean = new HashMap<>();
    for (String path : tree.files()) {
      if (!roots.holdsExport(path)) {
        continue;
      }
      String rel = roots.export(path);
      if (!KeepPatterns.looksLikeOutput(rel) || rel.startsWith(".") || !dir.isFile(path)
          || mistakes.contains(path)) {
        continue; // a link is never a person's file to keep: check reports it whatever
      }
      String key = KitTree.folder(rel) + "*." + extension(rel);
      boolean mine = placedPaths.contains(rel) || (sameFolder && configMasters.contains(rel))
          || rel.equals("manifest.json") || rel.equals("index.html");
      clean.merge(key, !mine, Boolean::logicalAnd);
      if (!mine) {
        byFolderAndExt.computeIfAbsent(key, k -> new ArrayList<>()).add(rel);
      }
    }
    List<String> globs = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byFolderAndExt.entrySet()) {
      if (clean.get(e.getKey()) && e.getValue().size() > 1 && globSafe(e.getKey())
          && placedPaths.stream().noneMatch(p -> KeepPatterns.covers(List.of(e.getKey()), p))) {
        globs.add(e.getKey());
      } else {
        e.getValue().forEach(p -> globs.add(literal(p)));
      }
    }
    // A glob may not cover an output the kit plans (the loader refuses it): none does.
    return globs.stream().filter(g -> KeepPatterns.problem(g) == null)
        .filter(g -> placedPaths.stream().noneMatch(p -> KeepPatterns.covers(List.of(g), p)))
        .distinct().toList();
  }

  private static String extension(String path) {
    return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean globSafe(String glob) {
    String folder = glob.substring(0, glob.length() - glob.substring(glob.lastIndexOf('/') + 1)
        .length());
    return folder.chars().noneMatch(ch -> "*?[]{}\\".indexOf(ch) >= 0);
  }

  /** A path as a glob that matches it: characters globs give a meaning to become {@code ?}. */
  private static String literal(String path) {
    StringBuilder sb = new StringBuilder();
    for (char ch : path.toCharArray()) {
      sb.append("*?[]{}\\".indexOf(ch) >= 0 ? '?' : ch);
    }
    return sb.toString();
  }

  private static String yaml(Roots roots, String naming, Map<String, String> byFolder,
      List<Candidate> placed, int masterCount, List<String> keep) {
    Map<String, List<Target>> byMaster = new TreeMap<>();
    for (Candidate c : placed) {
      byMaster.computeIfAbsent(roots.master(c.master().path()), k -> new ArrayList<>())
          .add(c.target());
    }
    Map<String, List<Target>> sorted = new LinkedHashMap<>();
    byMaster.forEach((m, t) -> sorted.put(m, t.stream().distinct().sorted(ConfigYaml.ORDER)
        .toList()));
    return ConfigYaml.write(naming, byFolder, sorted, keep, List.of(
        "Written by logokit import: reproduces " + placed.size() + " exported files from "
            + sorted.size() + " of " + masterCount + " masters.",
        "Master paths are relative to the assets folder, output paths to the output folder;",
        "logokit import prints which folders those are. Every key: docs/config.md."));
  }

  /** The config's plan, by output path; the config is validated as any other would be. */
  private static Map<String, OutputJob> plan(OutputFolder dir, Roots roots, String config,
      List<KitTree.Master> masters) throws IOException {
    Kit kit;
    try {
      kit = KitLoader.parse(config, "logokit.yaml", dir.root().resolve(roots.masters().isEmpty()
          ? "." : roots.masters()));
    } catch (KitException e) {
      // Everything in it was checked before it was written: this is logokit's own mistake.
      throw new IllegalStateException("import wrote a config that does not load: "
          + e.getMessage(), e);
    }
    Map<String, IntrinsicSize> sizes = new HashMap<>();
    masters.forEach(m -> sizes.put(roots.master(m.path()), m.size()));
    Map<String, OutputJob> byPath = new HashMap<>();
    Planner.plan(kit, sizes).forEach(j -> byPath.put(j.path(), j));
    return byPath;
  }

  /** An export, its master and every target that makes it, best first. */
  private record Choice(KitTree.Export export, KitTree.Master master, List<Target> targets,
      String suffix, NamingInference.Named named, String layout) {}

  /**
   * @param layout the key of its layout ({@link Layouts#key}): "" for the assets folder's
   */
  record Candidate(KitTree.Export export, KitTree.Master master, Target target,
      NamingInference.Named named, String layout) {}
}
