package org.logokit.kit;

import java.util.List;

/**
 * One master as the kit declares it.
 *
 * @param file the SVG's file name, relative to the assets folder
 * @param name the variant name used in output paths (the file name without {@code .svg} unless
 *     the config says otherwise)
 * @param targets the sizes to render, never empty
 * @param schemes the colour schemes to render each target in, never empty
 * @param line the config line that declares it, 0 when the kit was not read from a file
 * @param title how a page names the variant ({@code XMPP Logo}), or {@code null} to derive it
 *     from the name
 */
public record MasterSpec(String file, String name, List<Target> targets, List<Scheme> schemes,
    int line, String title) {
  public MasterSpec {
    targets = List.copyOf(targets);
    schemes = List.copyOf(schemes);
  }

  public MasterSpec(String file, String name, List<Target> targets, List<Scheme> schemes,
      int line) {
    this(file, name, targets, schemes, line, null);
  }

  /** One output of a master: a target in a scheme. */
  public record Output(Scheme scheme, Target target) {}

  /**
   * Every output of this master, scheme by scheme, each in target order: the one enumeration
   * that planning, validation and freshness share. A copy of the master is made once, in the
   * first scheme: the SVG is one file whatever the scheme. An icon set stands for its files,
   * in every scheme (a set's folder is per scheme).
   */
  public List<Output> outputs() {
    List<Output> out = new java.util.ArrayList<>();
    for (Scheme s : schemes) {
      for (Target t : targets) {
        if (t instanceof Target.IconSet set) {
          set.files().forEach(f -> out.add(new Output(s, f))); // a set is its files
        } else if (!(t instanceof Target.Copy) || s == schemes.get(0)) {
          out.add(new Output(s, t));
        }
      }
    }
    return out;
  }

  /** The same master with other targets (an incremental render's stale ones, or --sizes). */
  public MasterSpec withTargets(List<Target> other) {
    return new MasterSpec(file, name, other, schemes, line, title);
  }

  /** The same master in other schemes (--scheme, or the stale ones of an incremental render). */
  public MasterSpec withSchemes(List<Scheme> other) {
    return new MasterSpec(file, name, targets, other, line, title);
  }
}
