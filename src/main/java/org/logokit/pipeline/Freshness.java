package org.logokit.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.logokit.format.png.PngCodec;
import org.logokit.format.png.PngHeader;
import org.logokit.verify.Verifier;
import org.logokit.verify.FontHashes;
import org.logokit.verify.Finding;
import org.logokit.verify.StaleReason;
import org.logokit.kit.Kit;
import org.logokit.kit.MasterFiles;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.manifest.BuildInfo;
import org.logokit.manifest.FontEntry;
import org.logokit.manifest.Manifest;
import org.logokit.manifest.ManifestEntry;
import org.logokit.plan.IntrinsicSize;
import org.logokit.screen.DeclaredSize;
import org.logokit.screen.SvgException;
import org.logokit.sets.SetTexts;
import org.logokit.plan.OutputJob;
import org.logokit.plan.Planner;
import org.logokit.text.KeepPatterns;
import org.logokit.text.Sha256;
import org.logokit.write.OutputFolder;

/**
 * Whether each output is what {@code render} would make now, decided from hashes alone: the
 * masters' bytes, the kit's targets, each record's renderer and the files against the manifest.
 * Renders nothing, so it takes milliseconds; {@code check} reports it, and {@code render} uses it
 * to re-render only what changed.
 *
 * <p>An output whose record names another encoder than this build's, all else current, is not
 * stale: its pixels are what render makes, only its bytes would differ (a new deflater, say).
 * It is listed in {@link Result#bytesOnly()}; {@code render --reencode} rewrites it, and
 * {@code check --pixels} proves its pixels.
 */
public final class Freshness {
  /**
   * One output the kit plans, with the manifest entry that is still good for it, if any.
   *
   * @param bytesOnly {@code current} was made by another encoder: the same pixels, other bytes
   */
  public record Planned(MasterSpec master, Target target, Scheme scheme, String path,
      ManifestEntry current, boolean bytesOnly) {}

  /**
   * A current output whose bytes another encoder made.
   *
   * @param recorded the encoder its record names; {@code current} this build's
   */
  public record BytesOnly(String path, String master, String recorded, String current) {}

  /**
   * @param planned every output the kit plans, in kit order
   * @param stale every stale or extra output, sorted by path
   * @param bytesOnly the current outputs another encoder made, sorted by path
   * @param masterSha256 each master's current hash, by file name; {@code null} for a master
   *     that cannot be read
   */
  public record Result(List<Planned> planned, List<Finding.Stale> stale,
      List<BytesOnly> bytesOnly, Map<String, String> masterSha256) {
    public boolean current() {
      return stale.isEmpty();
    }
  }

  private Freshness() {}

  /**
   * @param manifest the output folder's manifest, or {@code null} when it has none
   */
  public static Result assess(Kit kit, Path assets, OutputFolder out, Manifest manifest)
      throws IOException {
    Map<String, ManifestEntry> listed = new HashMap<>();
    if (manifest != null) {
      manifest.outputs().forEach(e -> listed.put(e.path(), e));
    }
    boolean sameEncoding = manifest != null && kit.encoding().equals(manifest.encoding());
    List<FontEntry> fonts = FontHashes.of(kit, assets);
    boolean sameFonts = manifest != null && fonts.equals(manifest.fonts())
        && fonts.stream().allMatch(f -> f.sha256() != null);
    Map<String, String> shas = new LinkedHashMap<>();
    Map<String, OutputJob> plans = new HashMap<>();
    Map<String, String> expected = new HashMap<>(); // hashes of the outputs without pixels
    Set<String> unsized = new HashSet<>();
    for (MasterSpec m : kit.masters()) {
      byte[] svg;
      try {
        svg = MasterFiles.read(assets, m.file(), kit.limits().maxInputBytes());
      } catch (IOException e) {
        shas.put(m.file(), null); // render reports why; its outputs cannot be current
        continue;
      }
      shas.put(m.file(), Sha256.hex(svg));
      IntrinsicSize size = declaredSize(kit, svg);
      if (size == null) {
        unsized.add(m.file());
      } else {
        Planner.plan(kit, m, size).forEach(job -> plans.put(job.path(), job));
      }
      for (MasterSpec.Output o : m.outputs()) {
        byte[] bytes = bytesWithoutPixels(m, o.target(), o.scheme(), svg);
        if (bytes != null) {
          expected.put(kit.outputPath(m, o.target(), o.scheme()), Sha256.hex(bytes));
        }
      }
    }
    // Hash the files that could still be current on every core first: on a no-op render or a
    // check, that is most of the work. A file with no state here is intact.
    Map<String, StaleReason> fileStates = new java.util.concurrent.ConcurrentHashMap<>();
    List<ManifestEntry> toHash = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      for (MasterSpec.Output o : m.outputs()) {
        ManifestEntry e = listed.get(kit.outputPath(m, o.target(), o.scheme()));
        if (e != null) {
          toHash.add(e);
        }
      }
    }
    toHash.parallelStream().forEach(e -> {
      StaleReason r = fileState(out, e);
      if (r != null) {
        fileStates.put(e.path(), r);
      }
    });

    List<Planned> planned = new ArrayList<>();
    List<Finding.Stale> stale = new ArrayList<>();
    List<BytesOnly> bytesOnly = new ArrayList<>();
    for (MasterSpec m : kit.masters()) {
      for (MasterSpec.Output o : m.outputs()) {
        Scheme scheme = o.scheme();
        Target t = o.target();
        String path = kit.outputPath(m, t, scheme);
        ManifestEntry e = listed.remove(path);
        String sha = shas.get(m.file());
        StaleReason why = sha == null ? StaleReason.MASTER_UNREADABLE
            : unsized.contains(m.file()) ? StaleReason.MASTER_UNSIZED
            : e == null ? StaleReason.MISSING
            : !BuildInfo.renderer(t.format(), t instanceof Target.SetFile).equals(e.renderer()) ? StaleReason.RENDERER_CHANGED
            : !m.file().equals(e.master()) || !t.spec().equals(e.target())
                || !scheme.id().equals(e.scheme()) || !sameEncoding
                || !Objects.equals(m.title(), e.title()) ? StaleReason.CONFIG_CHANGED
            : !sameFonts ? StaleReason.FONTS_CHANGED
            : !sha.equals(e.masterSha256()) ? StaleReason.MASTER_CHANGED
            : !claimsFit(e, t) ? StaleReason.RECORD_WRONG
            : !asPlanned(e, plans.get(path)) ? StaleReason.NOT_AS_PLANNED
            : expected.containsKey(path) && !expected.get(path).equals(e.sha256())
                ? StaleReason.NOT_WHAT_RENDER_WRITES
            : fileStates.get(path);
        String encoder = BuildInfo.encoder(t.format(), kit.encoding());
        if (why == null && !encoder.equals(e.encoder()) && t.format().codec() != null
            && !t.format().codec().provesOtherEncoders()) {
          why = StaleReason.ENCODER_CHANGED; // bytes-only is for what check --pixels proves
        }
        boolean otherBytes = why == null && !encoder.equals(e.encoder());
        planned.add(new Planned(m, t, scheme, path, why == null ? e : null, otherBytes));
        if (why != null) {
          stale.add(new Finding.Stale(path, why, m.file()));
        } else if (otherBytes) {
          bytesOnly.add(new BytesOnly(path, m.file(), e.encoder(), encoder));
        }
      }
    }
    for (ManifestEntry e : listed.values()) {
      stale.add(new Finding.Stale(e.path(), KeepPatterns.covers(kit.keep(), e.path())
          ? StaleReason.KEPT : StaleReason.NOT_PLANNED, e.master()));
    }
    if (manifest != null && stale.isEmpty()) {
      // Every output is current, but render would still rewrite a manifest that records another
      // config or logokit version.
      if (!Objects.equals(kit.configSha256(), manifest.configSha256())) {
        stale.add(new Finding.Stale(Manifest.FILE_NAME, StaleReason.CONFIG_CHANGED, null));
      } else if (!BuildInfo.version().equals(manifest.toolVersion())) {
        stale.add(new Finding.Stale(Manifest.FILE_NAME, StaleReason.TOOL_CHANGED, null));
      }
    }
    stale.sort(Comparator.comparing(Finding::path));
    bytesOnly.sort(Comparator.comparing(BytesOnly::path));
    return new Result(planned, stale, bytesOnly, shas);
  }

  /**
   * A master's size as render reads it, from its root element alone; {@code null} when it
   * declares none that can be read (its outputs then have no plan, and are stale). Every record
   * is compared with the plan, not only with its file: a file and record forged together to
   * another DPI are stale.
   */
  private static IntrinsicSize declaredSize(Kit kit, byte[] svg) {
    try {
      return DeclaredSize.of(svg, kit.limits());
    } catch (SvgException e) {
      return null;
    }
  }

  /**
   * The very bytes render writes for an output made without pixels (a copy of the master, an
   * icon set's text file), made without rendering; {@code null} for any other output. A copy or
   * text file forged with its record is then stale.
   */
  private static byte[] bytesWithoutPixels(MasterSpec master, Target target, Scheme scheme,
      byte[] svg) {
    if (target.drawn() instanceof Target.Copy) {
      return svg;
    }
    return target instanceof Target.SetFile f && f.kind() == Target.SetFile.Kind.TEXT
        ? SetTexts.bytes(f, master.withSchemes(List.of(scheme))) : null;
  }

  /**
   * Whether a record's pixels and DPI are the plan's, exactly as render records them: the file
   * is then checked against the record, so the two cannot be forged together to another DPI.
   */
  private static boolean asPlanned(ManifestEntry e, OutputJob job) {
    return job != null && e.width() == job.width() && e.height() == job.height()
        && Double.compare(e.dpi(), job.dpi()) == 0;
  }

  /** Whether what a record says of its format and icon entries is what the target makes. */
  private static boolean claimsFit(ManifestEntry e, Target t) {
    Target made = t.drawn();
    List<Integer> sizes = made instanceof Target.Icon icon ? icon.sizes() : null;
    return t.extension().equals(e.format()) && Objects.equals(sizes, e.entries());
  }

  /**
   * {@code null} when the file is what the record says, else why not. The hash proves the file
   * is the one recorded; its header is read too (a PNG's first bytes, an icon or TIFF whole), so
   * a record that lies about size or DPI is caught without decoding any pixels.
   */
  private static StaleReason fileState(OutputFolder out, ManifestEntry e) {
    OutputFolder.Digest d;
    try {
      if (!out.isFile(e.path())) {
        return out.exists(e.path()) ? StaleReason.NOT_A_FILE : StaleReason.MISSING;
      }
      d = out.digest(e.path(), Verifier.MAX_FILE_BYTES, 4096);
    } catch (IOException ex) {
      return StaleReason.FILE_EDITED; // unreadable now: render writes it again
    }
    if (!d.sha256().equals(e.sha256())) {
      return StaleReason.FILE_EDITED;
    }
    if (d.bytes() != e.bytes()) {
      return StaleReason.RECORD_WRONG;
    }
    if (e.isPng()) {
      PngHeader h = PngHeader.parse(d.head());
      // As the recorded encoder wrote it: png-1 truncated, so its 3779 is still 96 DPI.
      return h != null && h.width() == e.width() && h.height() == e.height()
          && PngCodec.writtenAs(e.dpi(), e.encoder(), h.pixelsPerMeterX(),
              h.pixelsPerMeterY()) ? null
          : StaleReason.RECORD_WRONG;
    }
    try {
      return Verifier.checkFile(e, out.read(e.path(), Verifier.MAX_FILE_BYTES)).isEmpty() ? null
          : StaleReason.RECORD_WRONG;
    } catch (IOException ex) {
      return StaleReason.FILE_EDITED;
    }
  }
}
