package org.logokit.kit;

import java.util.List;

/**
 * A validated kit: the masters, their targets and the output naming.
 *
 * @param source the config file's path as given, or {@code null} for the default kit
 * @param naming the output path template, with {@code {name}}, {@code {suffix}}, optionally
 *     {@code {dir}} (the master's folder), and, when a master renders more than one scheme,
 *     {@code {scheme}}
 * @param masters in config order
 * @param limits the budgets every master renders within
 * @param optimize encode PNGs as small as logokit can (slower), instead of fast
 * @param configSha256 of the config's meaning ({@link #canonical()}), so that a comment or a
 *     re-indented line changes nothing; {@code null} for the default kit
 * @param keep globs of files in the output folder that are a person's, not logokit's: never
 *     findings, never touched
 * @param fonts font files in the assets folder that text may use ({@link FontList})
 * @param namingByFolder a masters' folder (relative to the assets folder, with a trailing '/')
 *     to the naming of the outputs of the masters under it, where a kit keeps several layouts
 *     ({@code brand/SVG/} to {@code brand/PNG/{name}{suffix}.png}); the longest folder that
 *     holds a master applies, and its {@code {dir}} is the master's folder below that one
 */
public record Kit(String source, String naming, List<MasterSpec> masters, Limits limits,
    boolean optimize, String configSha256, List<String> keep, List<String> fonts,
    java.util.Map<String, String> namingByFolder) {
  public static final String DEFAULT_NAMING = "{name}/{name}{scheme}{suffix}.png";

  public Kit {
    masters = List.copyOf(masters);
    keep = keep == null ? List.of() : List.copyOf(keep);
    fonts = fonts == null ? List.of() : List.copyOf(fonts);
    namingByFolder = namingByFolder == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namingByFolder));
  }

  public Kit(String source, String naming, List<MasterSpec> masters, Limits limits,
      boolean optimize, String configSha256, List<String> keep, List<String> fonts) {
    this(source, naming, masters, limits, optimize, configSha256, keep, fonts, null);
  }

  public Kit(String source, String naming, List<MasterSpec> masters, Limits limits) {
    this(source, naming, masters, limits, false, null, List.of(), List.of());
  }

  /**
   * Everything of the kit that decides its outputs, one value per line in a fixed order: what
   * the config hash is taken of. Comments, key order, spacing and line numbers are not in it.
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder("naming=").append(naming).append('\n')
        .append("optimize=").append(optimize).append('\n')
        .append("limits=").append(limits.byName()).append('\n')
        .append("keep=").append(keep).append('\n')
        .append("fonts=").append(fonts).append('\n');
    if (!namingByFolder.isEmpty()) {
      // Only when given, so the hash of every kit without it is what it was.
      sb.append("namingByFolder=").append(new java.util.TreeMap<>(namingByFolder)).append('\n');
    }
    for (MasterSpec m : masters) {
      sb.append("master=").append(m.file()).append('|').append(m.name()).append('|')
          .append(m.title()).append('|')
          .append(m.targets().stream().map(Target::spec).toList()).append('|')
          .append(m.schemes().stream().map(Scheme::id).toList()).append('\n');
    }
    return sb.toString();
  }

  /** The same kit, its config hash taken of {@link #canonical()}. */
  public Kit withCanonicalHash() {
    return new Kit(source, naming, masters, limits, optimize, org.logokit.text.Sha256.hex(
        canonical().getBytes(java.nio.charset.StandardCharsets.UTF_8)), keep, fonts,
        namingByFolder);
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
    if (target instanceof Target.SetFile f) {
      // A set's folder is where the naming puts a file of the set's suffix, less the extension:
      // {name}/{name}{scheme}{suffix}.png gives logo/logo-web/favicon.ico.
      String png = outputPath(master, f.set(), scheme);
      return png.substring(0, png.length() - 1) + "/" + f.file();
    }
    // {dir} last, so nothing in the master's folder name is substituted again.
    String layout = layoutOf(master.file());
    String path = namingOf(master).replace("{name}", master.name())
        .replace("{scheme}", scheme.suffix()).replace("{suffix}", target.suffix())
        .replace("{dir}", folderOf(master.file()).substring(layout.length()));
    // The naming ends in .png (validated); an icon takes its own extension.
    return path.endsWith(".png") ? path.substring(0, path.length() - 3) + target.extension()
        : path + "." + target.extension();
  }

  /**
   * The folder of a master relative to the assets folder, with a trailing '/', or empty for a
   * master directly in it: the {@code {dir}} of a naming that keeps exports beside their masters
   * ({@code {dir}{name}{suffix}.png}, as Illustrator kits are laid out).
   */
  public static String folderOf(String masterFile) {
    int slash = masterFile.lastIndexOf('/');
    return slash < 0 ? "" : masterFile.substring(0, slash + 1);
  }

  /**
   * The folder of {@link #namingByFolder} that holds a master: the longest that is a start of
   * its path, or "" (the assets folder, whose naming is {@link #naming}).
   */
  public String layoutOf(String masterFile) {
    return layoutOf(namingByFolder, masterFile);
  }

  static String layoutOf(java.util.Map<String, String> namingByFolder, String masterFile) {
    String best = "";
    for (String folder : namingByFolder.keySet()) {
      if (masterFile.startsWith(folder) && folder.length() > best.length()) {
        best = folder;
      }
    }
    return best;
  }

  /** The naming template of a master's outputs: its folder's, or the kit's. */
  public String namingOf(MasterSpec master) {
    return namingByFolder.getOrDefault(layoutOf(master.file()), naming);
  }

  /** Every naming template the kit uses: the kit's, then each folder's. */
  public List<String> namings() {
    List<String> all = new java.util.ArrayList<>(List.of(naming));
    all.addAll(namingByFolder.values());
    return all;
  }

  /** The same kit with every master's targets replaced (the CLI's {@code --sizes}). */
  public Kit withTargets(List<Target> targets) {
    return new Kit(
        source,
        naming,
        masters.stream().map(m -> m.withTargets(targets)).toList(),
        limits, optimize, configSha256, keep, fonts, namingByFolder);
  }

  /** The same kit with every master rendered in these schemes (the CLI's {@code --scheme}). */
  public Kit withSchemes(List<Scheme> schemes) {
    return new Kit(source, naming, masters.stream().map(m -> m.withSchemes(schemes)).toList(),
        limits, optimize, configSha256, keep, fonts, namingByFolder);
  }
}
