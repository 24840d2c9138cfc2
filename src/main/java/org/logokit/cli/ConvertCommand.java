package org.logokit.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.logokit.format.Format;
import org.logokit.pipeline.Converter;
import org.logokit.kit.Limits;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.screen.SvgException;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit convert}: one SVG to one PNG, ICO, ICNS or TIFF. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Convert one SVG into one file: PNG, ICO, ICNS or TIFF by the output's "
        + "extension. Writes that file alone (no manifest, no contact sheet), atomically, with "
        + "the same safety and budgets as render.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit convert logo.svg                   logo.png at the SVG's own size",
        "  logokit convert logo.svg -o logo-256.png --size 256",
        "  logokit convert logo.svg -o print.tiff --dpi 300",
        "  logokit convert logo.svg -o favicon.ico    16 to 256 px entries",
        "  logokit convert logo.svg --width 1200 --background '#ffffff' --scheme dark",
        "%nExit codes: 0 written, 1 the SVG could not be rendered or written, 2 bad usage."})
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN.svg", description = "The SVG to convert.")
  Path in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write; its extension picks the format (.png, .ico, .icns, "
          + ".tiff). Default: IN with .png, beside it.")
  Path output;

  @ArgGroup(exclusive = true)
  Size size;

  static final class Size {
    @Option(names = "--width", paramLabel = "N", description = "Width in pixels.")
    Integer width;

    @Option(names = "--height", paramLabel = "N", description = "Height in pixels.")
    Integer height;

    @Option(names = "--size", paramLabel = "N", description = "Longest side in pixels.")
    Integer size;

    @Option(names = "--dpi", paramLabel = "D",
        description = "The SVG's own size at D DPI (its CSS pixels are 1/96 in).")
    Integer dpi;
  }

  @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "light",
      completionCandidates = SchemeCandidates.class,
      description = "light or dark: the branch of prefers-color-scheme rules (default: "
          + "${DEFAULT-VALUE}).")
  String scheme;

  @Option(names = "--background", paramLabel = "COLOR",
      description = "A colour behind the logo: #rgb, #rrggbb or #rrggbbaa (PNG only).")
  String background;

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    Path out = output != null ? output : defaultOutput(in);
    Target target;
    Format format;
    Scheme s;
    int bg;
    try {
      format = Converter.formatOf(out.getFileName().toString());
      target = size == null ? new Target.OwnSize()
          : Converter.target(size.width, size.height, size.size, size.dpi);
      s = Scheme.parse(scheme);
      bg = background == null ? 0 : Target.colour(background);
    } catch (IllegalArgumentException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    byte[] bytes;
    try {
      bytes = Converter.convert(in, target, format, s, bg, Limits.DEFAULT);
    } catch (SvgException e) {
      io.err().println("error: " + Shown.of(in.toString()) + ": " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    } catch (org.logokit.format.EncoderUnavailableException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    } catch (IllegalArgumentException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    Path parent = out.toAbsolutePath().getParent();
    try {
      OutputFolder.open(parent, false).write(out.getFileName().toString(), bytes);
    } catch (NoSuchFileException e) {
      io.err().println("error: " + Shown.of(parent.toString()) + ": no such folder");
      return LogokitCommand.PROBLEMS;
    } catch (IOException e) {
      io.err().println("error: " + e.getMessage());
      return LogokitCommand.PROBLEMS;
    }
    io.err().println("convert: wrote " + out + " (" + bytes.length + " bytes)");
    return LogokitCommand.OK;
  }

  private static Path defaultOutput(Path in) {
    String name = in.getFileName().toString().replaceFirst("(?i)\\.svgz?$", "");
    return in.resolveSibling(name + ".png");
  }

  /** Completion values of {@code --scheme}. */
  static final class SchemeCandidates extends java.util.ArrayList<String> {
    SchemeCandidates() {
      super(java.util.List.of("light", "dark"));
    }
  }
}
