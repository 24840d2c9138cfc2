package org.logokit.kit;

import java.util.List;

/**
 * A validated kit: the masters, their targets and the output naming.
 *
 * @param source the config file's path as given, or {@code null} for the default kit
 * @param naming the output path template, with {@code {name}}, {@code {suffix}} and, when a
 *     master renders more than one scheme, {@code {scheme}}
 * @param masters in config order
 * @param limits the budgets every master renders within
 * @param optimize encode PNGs as small as logokit can (slower), instead of fast
 * @param fonts font files in the assets folder that text may use ({@link FontList})
 */
public record Kit(String source, String naming, List<MasterSpec> masters, Limits limits,
    boolean optimize, List<String> fonts) {
  public static final String DEFAULT_NAMING = "{name}/{name}{scheme}{suffix}.png";

  public Kit {
    masters = List.copyOf(masters);
    fonts = fonts == null ? List.of() : List.copyOf(fonts);
  }

  public Kit(String source, String naming, List<MasterSpec> masters, Limits limits,
      boolean optimize) {
    this(source, naming, masters, limits, optimize, List.of());
  }

  public Kit(String source, String naming, List<MasterSpec> masters, Limits limits) {
    this(source, naming, masters, limits, false);
  }

  /** What the manifest records of how PNGs were compressed: {@code fast} or {@code smallest}. */
  public String encoding() {
    return optimize ? "smallest" : "fast";
  }

  /**
   * The output path of one master at one target in one scheme, relative to the output folder,
   * with '/'.
   */
  public String outputPath(MasterSpec master, Target target, Scheme scheme) {
    String path = naming.replace("{name}", master.name()).replace("{scheme}", scheme.suffix())
        .replace("{suffix}", target.suffix());
    // The naming ends in .png (validated); an icon takes its own extension.
    return path.substring(0, path.length() - 3) + target.extension();
  }

  /** The same kit with every master's targets replaced (the CLI's {@code --sizes}). */
  public Kit withTargets(List<Target> targets) {
    return new Kit(
        source,
        naming,
        masters.stream().map(m -> m.withTargets(targets)).toList(),
        limits, optimize, fonts);
  }

  /** The same kit with every master rendered in these schemes (the CLI's {@code --scheme}). */
  public Kit withSchemes(List<Scheme> schemes) {
    return new Kit(source, naming, masters.stream().map(m -> m.withSchemes(schemes)).toList(),
        limits, optimize, fonts);
  }
}
