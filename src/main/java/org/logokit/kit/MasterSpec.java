package org.logokit.kit;

import java.util.List;

/**
 * One master as the kit declares it.
 *
 * @param file the SVG's file name, relative to the assets folder
 * @param name the variant name used in output paths (the file name without {@code .svg} unless
 *     the config says otherwise)
 * @param targets the sizes to render, never empty
 * @param line the config line that declares it, 0 when the kit was not read from a file
 */
public record MasterSpec(String file, String name, List<Target> targets, int line) {
  public MasterSpec {
    targets = List.copyOf(targets);
  }
}
