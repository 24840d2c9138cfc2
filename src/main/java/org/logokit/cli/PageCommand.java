package org.logokit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.logokit.manifest.Manifest;
import org.logokit.report.KitPage;
import org.logokit.verify.ManifestFile;
import org.logokit.text.Shown;
import org.logokit.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code logokit page}: the kit page's logo section, written from the manifest. */
@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    versionProvider = LogokitCommand.Version.class,
    description = "Write the logo section of a kit page (Hugo figure shortcodes or Markdown) "
        + "from the output folder's manifest: to stdout, or into a page between "
        + KitPage.BEGIN + " and " + KitPage.END + ".",
    footerHeading = "%nExamples:%n",
    footer = {
        "  logokit page --prefix /images/logos/ > logos.md",
        "  logokit page --into content/press-kit.md --style hugo",
        "%nExit codes: 0 written, 2 bad usage or no manifest."})
final class PageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
      description = "Folder holding manifest.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--prefix", defaultValue = "", paramLabel = "URL",
      description = "Prepended to each output path in the links, e.g. /images/logos/xmpp/.")
  String prefix;

  @Option(names = "--style", defaultValue = "hugo", paramLabel = "STYLE",
      completionCandidates = Styles.class,
      description = "hugo (figure shortcodes) or markdown (default: ${DEFAULT-VALUE}).")
  String style;

  @Option(names = "--into", paramLabel = "FILE",
      description = "Replace the section between the markers in FILE instead of printing it.")
  Path into;

  /** Completion values of {@code --style}. */
  static final class Styles extends java.util.ArrayList<String> {
    Styles() {
      super(java.util.List.of("hugo", "markdown"));
    }
  }

  @Override
  public Integer call() throws Exception {
    Console io = Console.of(spec);
    var err = io.err();
    KitPage.Style s;
    if (style.equals("hugo") || style.equals("markdown")) {
      s = style.equals("hugo") ? KitPage.Style.HUGO : KitPage.Style.MARKDOWN;
    } else {
      err.println("error: --style: '" + style + "' is not hugo or markdown");
      return LogokitCommand.USAGE;
    }
    Manifest manifest;
    try {
      manifest = ManifestFile.read(OutputFolder.open(out, false)).manifest();
    } catch (NoSuchFileException e) {
      err.println("error: " + Shown.of(out.resolve(Manifest.FILE_NAME).toString())
          + ": missing (run logokit render)");
      return LogokitCommand.USAGE;
    } catch (IOException e) {
      err.println("error: " + Shown.of(out.resolve(Manifest.FILE_NAME).toString()) + ": "
          + e.getMessage());
      return LogokitCommand.USAGE;
    }
    // Escaped for Markdown and Hugo by KitPage, so it goes out as it is.
    String section = KitPage.section(manifest, s, prefix);
    if (into == null) {
      io.out().raw().print(section);
      io.out().raw().flush();
      return LogokitCommand.OK;
    }
    if (!Files.exists(into, LinkOption.NOFOLLOW_LINKS)) {
      err.println("error: " + Shown.of(into.toString()) + ": no such file (--into puts the "
          + "section into an existing page; 'logokit page > FILE' starts a new one)");
      return LogokitCommand.USAGE;
    }
    if (Files.isSymbolicLink(into) || !Files.isRegularFile(into, LinkOption.NOFOLLOW_LINKS)) {
      err.println("error: " + Shown.of(into.toString()) + ": not a regular file (a link is "
          + "not followed)");
      return LogokitCommand.USAGE;
    }
    try {
      String page = org.logokit.verify.PageLinks.text(into);
      Path parent = into.toAbsolutePath().getParent();
      OutputFolder.open(parent, false).write(into.getFileName().toString(),
          KitPage.splice(page, section).getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      err.println("error: " + Shown.of(into.toString()) + ": " + e.getMessage());
      return LogokitCommand.USAGE;
    }
    err.println("page: wrote " + KitPage.figures(manifest).size() + " figures into " + into);
    return LogokitCommand.OK;
  }
}
