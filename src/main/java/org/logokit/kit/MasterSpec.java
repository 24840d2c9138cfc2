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
 */
public record MasterSpec(String file, String name, List<Target> targets, List<Scheme> schemes,
    int line) {
  public MasterSpec {
    targets = List.copyOf(targets);
    schemes = List.copyOf(schemes);
  }

  /** The same master with other targets (an incremental render's stale ones, or --sizes). */
  public MasterSpec withTargets(List<Target> other) {
    return new MasterSpec(file, name, other, schemes, line);
  }

  /** The same master in other schemes (--scheme, or the stale ones of an incremental render). */
  public MasterSpec withSchemes(List<Scheme> other) {
    return new MasterSpec(file, name, targets, other, line);
  }
}
