package org.logokit.adopt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.logokit.kit.Kit;
import org.logokit.kit.KitException;
import org.logokit.kit.KitLoader;
import org.logokit.kit.Limits;
import org.logokit.kit.Target;
import org.logokit.plan.IntrinsicSize;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.text.PathRules;
import org.logokit.write.OutputFolder;

/**
 * {@code logokit import}: the kit config that reproduces a folder's exports from its masters.
 *
 * <pre>{@code
 * Adoption a = Importer.adopt(OutputFolder.open(Path.of("brand"), false));
 * }</pre>
 *
 * <p>Each export is paired with its master ({@link Pairing}), given the target whose pixels and
 * pHYs are its own ({@link TargetInference}), and named by the template most exports fit
 * ({@link NamingInference}). The config is then loaded and planned like any other, and every
 * export it claims to place is checked against the plan (path, size, pHYs): what the plan does
 * not reproduce is reported, never written in silently.
 */
public final class Importer {
  private Importer() {}

  public static Adoption adopt(OutputFolder dir) throws IOException {
    Limits limits = Limits.DEFAULT; // the config import writes sets no limits: the defaults hold
    KitTree tree = KitTree.scan(dir, limits);
    List<Adoption.Reported> reported = new ArrayList<>();
    tree.unreadable().forEach(p -> reported.add(new Adoption.Reported(p.path(), p.reason())));
    Roots roots = Roots.of(tree.masters().stream().map(KitTree.Master::path).toList(),
        tree.exports().stream().map(KitTree.Export::path).toList());
    List<KitTree.Master> masters = new ArrayList<>();
    for (KitTree.Master m : tree.masters()) {
      String problem = PathRules.nameProblem(m.stem());
      if (problem == null) {
        // Output rules: with {dir} the master's folders become the outputs' folders.
        problem = PathRules.relativePathProblem(roots.master(m.path()), true);
      }
      if (problem != null) {
        reported.add(new Adoption.Reported(m.path(), "master cannot name outputs: its name "
            + problem));
      } else {
        masters.add(m);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (KitTree.Export e : tree.exports()) {
      String unsafe = PathRules.relativePathProblem(roots.export(e.path()), true);
      if (unsafe != null) {
        reported.add(new Adoption.Reported(e.path(), "logokit cannot write this path: it "
            + unsafe));
        continue;
      }
      Pairing.Pair pair = Pairing.find(e, masters, roots);
      if (pair.master() == null) {
        reported.add(new Adoption.Reported(e.path(), pair.problem()));
        continue;
      }
      if (e.facts().format().equals("tiff") && !e.path().endsWith(".tiff")) {
        reported.add(new Adoption.Reported(e.path(), "logokit names TIFFs .tiff"));
        continue;
      }
      long pixels = (long) e.facts().width() * e.facts().height();
      if (pixels > limits.maxPixelsPerOutput()) {
        // Placed, it would be a target that fails its master on every render.
        reported.add(new Adoption.Reported(e.path(), "it is " + e.facts().width() + "x"
            + e.facts().height() + ", over the pixel budget of " + limits.maxPixelsPerOutput()
            + " pixels an output may have (maxPixelsPerOutput): no render could make it"));
        continue;
      }
      TargetInference.Result r = TargetInference.infer(pair.master().size(), e.facts(),
          pair.suffix());
      if (r.target() == null) {
        reported.add(new Adoption.Reported(e.path(), r.problem()));
        continue;
      }
      candidates.add(new Candidate(e, pair.master(), r.target(), new NamingInference.Named(
          roots.export(e.path()), KitTree.folder(roots.master(pair.master().path())),
          pair.master().stem())));
    }
    candidates = oneMasterPerName(candidates, reported);
    String naming = NamingInference.choose(candidates.stream().map(Candidate::named).toList());
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.named().templates().contains(naming)) {
        kept.add(c);
      } else {
        reported.add(new Adoption.Reported(c.export().path(), "named by another pattern ("
            + c.named().templates().get(0) + ") than most files (" + naming + ")"));
      }
    }
    kept = oneFilePerPath(kept, roots, reported);
    if (naming != null && masters.stream().noneMatch(m -> !KitTree.folder(
        roots.master(m.path())).isEmpty())) {
      naming = naming.replace("{dir}", ""); // every master is at the root: {dir} is empty
    }
    return finish(dir, roots, naming, kept, masters, reported);
  }

  /**
   * A master's name names its outputs, so two masters may not share one (in any folder, in any
   * case): the one most exports were made from keeps it, the other's exports are reported.
   */
  private static List<Candidate> oneMasterPerName(List<Candidate> candidates,
      List<Adoption.Reported> reported) {
    Map<String, Map<String, Integer>> byName = new HashMap<>();
    for (Candidate c : candidates) {
      byName.computeIfAbsent(PathRules.collisionKey(c.master().stem()), k -> new TreeMap<>())
          .merge(c.master().path(), 1, Integer::sum);
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Integer> masters = byName.get(PathRules.collisionKey(c.master().stem()));
      String winner = masters.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow().getKey();
      if (winner.equals(c.master().path())) {
        kept.add(c);
      } else {
        reported.add(new Adoption.Reported(c.export().path(), "its master " + c.master().path()
            + " has the name of " + winner + ", which more files were made from; logokit "
            + "names outputs by master name"));
      }
    }
    return kept;
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
        reported.add(new Adoption.Reported(c.export().path(), "its path differs from "
            + others + " only in case or Unicode form (NFC/NFD): one file on macOS and "
            + "Windows, which a kit cannot make twice; rename one of them"));
      }
    }
    return kept;
  }

  /** Writes the config, plans it, and keeps only what the plan reproduces exactly. */
  private static Adoption finish(OutputFolder dir, Roots roots, String naming,
      List<Candidate> kept, List<KitTree.Master> masters, List<Adoption.Reported> reported)
      throws IOException {
    String config = null;
    List<Candidate> placed = kept;
    for (int round = 0; round < 2 && !placed.isEmpty(); round++) {
      config = yaml(roots, naming, placed, masters.size());
      Map<String, OutputJob> plan = plan(dir, roots, config, masters);
      List<Candidate> reproduced = new ArrayList<>();
      for (Candidate c : placed) {
        OutputJob job = plan.get(roots.export(c.export().path()));
        boolean same = job != null && job.width() == c.export().facts().width()
            && job.height() == c.export().facts().height()
            && (c.export().facts().pixelsPerMeter() < 0 || c.target() instanceof Target.Icon
                || job.pixelsPerMeter() == c.export().facts().pixelsPerMeter());
        if (same) {
          reproduced.add(c);
        } else {
          reported.add(new Adoption.Reported(c.export().path(), "the config would not "
              + "reproduce it (" + (job == null ? "another path" : job.width() + "x"
              + job.height()) + ")"));
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
        notes.add(new Adoption.Reported(c.export().path(), "placed by its size alone: it has "
            + "no pHYs, and the render will write one (" + c.target().spec() + ")"));
      }
    }
    reported.sort(Comparator.comparing(Adoption.Reported::path));
    return new Adoption(config, roots.masters(), roots.exports(), placed.stream()
        .map(c -> new Adoption.Placement(c.export().path(), c.master().path(),
            c.target().spec()))
        .sorted(Comparator.comparing(Adoption.Placement::export)).toList(),
        List.copyOf(reported), masters.stream().map(KitTree.Master::path)
            .filter(m -> !used.contains(m)).toList(), notes);
  }

  private static String yaml(Roots roots, String naming, List<Candidate> placed,
      int masterCount) {
    Map<String, List<Target>> byMaster = new TreeMap<>();
    for (Candidate c : placed) {
      byMaster.computeIfAbsent(roots.master(c.master().path()), k -> new ArrayList<>())
          .add(c.target());
    }
    Map<String, List<Target>> sorted = new LinkedHashMap<>();
    byMaster.forEach((m, t) -> sorted.put(m, t.stream().distinct().sorted(ConfigYaml.ORDER)
        .toList()));
    return ConfigYaml.write(naming, sorted, List.of(
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

  private record Candidate(KitTree.Export export, KitTree.Master master, Target target,
      NamingInference.Named named) {}
}
