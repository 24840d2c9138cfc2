package org.logokit.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterFiles;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.BuildInfo;
import org.logokit.manifest.FontEntry;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.manifest.Sha256;

/**
 * Whether each output is what {@code render} would make now, decided from hashes alone: the
 * masters' bytes, the kit's targets, the render version and the files against the manifest.
 * Renders nothing, so it takes milliseconds; {@code check} reports it, and {@code render} uses it
 * to re-render only what changed.
 */
public final class Freshness {
  /** Why an output is stale. */
  public enum Reason {
    MISSING("missing"),
    MASTER_CHANGED("master changed"),
    MASTER_UNREADABLE("master cannot be read"),
    CONFIG_CHANGED("config changed"),
    FONTS_CHANGED("fonts changed"),
    RENDERER_CHANGED("renderer changed"),
    TOOL_CHANGED("written by another logokit version"),
    FILE_EDITED("file edited"),
    NOT_PLANNED("not planned");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** One output the kit plans, with the manifest entry that is still good for it, if any. */
  public record Planned(MasterSpec master, Target target, Scheme scheme, String path,
      ManifestEntry current) {}

  /**
   * @param planned every output the kit plans, in kit order
   * @param stale every stale or extra output, sorted by path
   * @param masterSha256 each master's current hash, by file name; {@code null} for a master
   *     that cannot be read
   */
  public record Result(List<Planned> planned, List<Finding.Stale> stale,
      Map<String, String> masterSha256) {
    public boolean current() {
      return stale.isEmpty();
    }
  }

  private Freshness() {}

  /**
   * @param manifest the output folder's manifest, or {@code null} when it has none
   * @param configSha256 the kit config's current hash, or {@code null} for the default kit
   */
  public static Result assess(Kit kit, Path assets, Path out, Manifest manifest,
      String configSha256) throws IOException {
    Map<String, ManifestEntry> listed = new HashMap<>();
    if (manifest != null) {
      manifest.outputs().forEach(e -> listed.put(e.path(), e));
    }
    boolean sameRenderer = manifest != null
        && BuildInfo.renderVersion().equals(manifest.renderVersion());
    boolean sameEncoding = manifest != null && kit.encoding().equals(manifest.encoding());
    List<FontEntry> fonts = FontHashes.of(kit, assets);
    boolean sameFonts = manifest != null && fonts.equals(manifest.fonts())
        && fonts.stream().allMatch(f -> f.sha256() != null);
    Map<String, String> shas = new LinkedHashMap<>();
    for (MasterSpec m : kit.masters()) {
      try {
        shas.put(m.file(), Sha256.hex(MasterFiles.read(assets, m.file(),
            kit.limits().maxInputBytes())));
      } catch (IOException e) {
        shas.put(m.file(), null); // render reports why; its outputs cannot be current
      }
    }
    // Hash the files that could still be current on every core first: on a no-op render or a
    // check, that is most of the work. A file with no state here is intact.
    Map<String, Reason> fileStates = new java.util.concurrent.ConcurrentHashMap<>();
    List<ManifestEntry> toHash = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      for (Scheme scheme : m.schemes()) {
        for (Target t : m.targets()) {
          ManifestEntry e = listed.get(kit.outputPath(m, t, scheme));
          if (e != null) {
            toHash.add(e);
          }
        }
      }
    }
    toHash.parallelStream().forEach(e -> {
      Reason r = fileState(out.resolve(e.path()), e);
      if (r != null) {
        fileStates.put(e.path(), r);
      }
    });

    List<Planned> planned = new ArrayList<>();
    List<Finding.Stale> stale = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      for (Scheme scheme : m.schemes()) {
        for (Target t : m.targets()) {
          String path = kit.outputPath(m, t, scheme);
          ManifestEntry e = listed.remove(path);
          String sha = shas.get(m.file());
          Reason why = sha == null ? Reason.MASTER_UNREADABLE
              : e == null ? Reason.MISSING
              : !sameRenderer ? Reason.RENDERER_CHANGED
              : !m.file().equals(e.master()) || !t.spec().equals(e.target())
                  || !scheme.id().equals(e.scheme()) || !sameEncoding ? Reason.CONFIG_CHANGED
              : !sameFonts ? Reason.FONTS_CHANGED
              : !sha.equals(e.masterSha256()) ? Reason.MASTER_CHANGED
              : fileStates.get(path);
          planned.add(new Planned(m, t, scheme, path, why == null ? e : null));
          if (why != null) {
            stale.add(new Finding.Stale(path, why, m.file()));
          }
        }
      }
    }
    for (ManifestEntry e : listed.values()) {
      stale.add(new Finding.Stale(e.path(), Reason.NOT_PLANNED, e.master()));
    }
    if (manifest != null && stale.isEmpty()) {
      // Every output is current, but render would still rewrite a manifest that records another
      // config or logokit version.
      if (!Objects.equals(configSha256, manifest.configSha256())) {
        stale.add(new Finding.Stale(Manifest.FILE_NAME, Reason.CONFIG_CHANGED, null));
      } else if (!BuildInfo.version().equals(manifest.toolVersion())) {
        stale.add(new Finding.Stale(Manifest.FILE_NAME, Reason.TOOL_CHANGED, null));
      }
    }
    stale.sort(Comparator.comparing(Finding::path));
    return new Result(planned, stale, shas);
  }

  /** {@code null} when the file is what the entry says, else why not. */
  private static Reason fileState(Path file, ManifestEntry e) {
    try {
      if (!Files.isRegularFile(file)) {
        return Reason.MISSING;
      }
      return Sha256.hex(Files.readAllBytes(file)).equals(e.sha256()) ? null
          : Reason.FILE_EDITED;
    } catch (IOException ex) {
      return Reason.FILE_EDITED; // unreadable now: render writes it again
    }
  }

  /** The kit config's hash, or {@code null} for the default kit. */
  public static String configSha256(Kit kit) throws IOException {
    return kit.source() == null ? null : Sha256.hex(Files.readAllBytes(Path.of(kit.source())));
  }
}
