package org.logokit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.logokit.kit.Diagnostic;
import org.logokit.verify.Finding;
import org.logokit.pipeline.Freshness;
import org.logokit.text.Shown;
import org.logokit.text.StableJson;

/**
 * Prints a command's findings (and masters that could not be rendered) to stdout in the chosen
 * {@link ReportFormat}. File names are as the user gave the folders, so that GitHub can place
 * an annotation when they are relative to the repository.
 */
final class FindingsPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Names in the JSON are the repository's: ':' and '#' escaped keep "::cmd::" and "##["
    // from forming in a CI log, and non-ASCII escaped keeps bidi and line separators out.
    JSON.getFactory().setCharacterEscapes(new CiSafeEscapes());
    JSON.getFactory().configure(
        com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
  }

  /** JSON escapes that also cover ':' and '#'. */
  private static final class CiSafeEscapes extends CharacterEscapes {
    private final int[] table = standardAsciiEscapesForJSON();

    CiSafeEscapes() {
      table[':'] = ESCAPE_STANDARD;
      table['#'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  private final String command;
  private final Path assets;
  private final Path out;

  /** @param assets the assets folder, or {@code null} for commands that do not read it */
  FindingsPrinter(String command, Path assets, Path out) {
    this.command = command;
    this.assets = assets;
    this.out = out;
  }

  /** @param summary the closing line, or {@code null} to print none ({@code --quiet}) */
  void print(ReportFormat format, List<Finding> findings, List<Diagnostic> failures,
      String summary, SafePrintWriter stdout) {
    print(format, findings, failures, List.of(), summary, stdout);
  }

  /**
   * @param bytesOnly current outputs another encoder made: listed in JSON, counted in the
   *     summary, never annotated
   * @param summary the closing line, or {@code null} to print none ({@code --quiet})
   */
  void print(ReportFormat format, List<Finding> findings, List<Diagnostic> failures,
      List<Freshness.BytesOnly> bytesOnly, String summary, SafePrintWriter stdout) {
    switch (format) {
      case TEXT -> {
        FindingGroups.of(findings, assets, out).forEach(g -> stdout.println(g.line(out)));
        failures.forEach(d -> stdout.println(d + " (could not render)"));
        if (summary != null) {
          stdout.println(summary);
        }
      }
      case GITHUB -> {
        // The commands themselves go out raw; each value is escaped as GitHub asks, after
        // Shown has taken out what could start another line or command.
        PrintWriter raw = stdout.raw();
        for (FindingGroups.Group g : FindingGroups.of(findings, assets, out)) {
          raw.println("::error file=" + property(g.file()) + ",title=" + property("logokit "
              + command) + "::" + data(g.line(out)));
        }
        for (Diagnostic d : failures) {
          raw.println("::error file=" + property(d.file()) + (d.line() > 0 ? ",line="
              + d.line() : "") + ",title=" + property("logokit " + command) + "::"
              + data(d.message()));
        }
        raw.flush();
        if (summary != null) {
          stdout.println(summary);
        }
      }
      case JSON -> stdout.raw().println(json(findings, failures, bytesOnly));
    }
    stdout.flush();
    stdout.raw().flush();
  }


  private String json(List<Finding> findings, List<Diagnostic> failures,
      List<Freshness.BytesOnly> bytesOnly) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("command", command);
    doc.put("ok", findings.isEmpty() && failures.isEmpty());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", f.path());
      item.put("file", FindingGroups.file(f, assets, out));
      item.put("kind", f.kind());
      if (f instanceof Finding.Stale s) {
        item.put("reason", s.reason().id());
      }
      if (f instanceof Finding.PixelsChanged p) {
        item.put("max", p.max() < 0 ? null : p.max());
        item.put("mean", Double.isNaN(p.mean()) ? null : p.mean());
        item.put("changedPixels", p.changedPixels() < 0 ? null : p.changedPixels());
      }
      item.put("message", f.message());
      items.add(item);
    }
    doc.put("findings", items);
    doc.put("failures", failures.stream().map(d -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", d.file());
      item.put("line", d.line());
      item.put("message", d.message());
      return item;
    }).toList());
    if (!bytesOnly.isEmpty()) {
      doc.put("bytesOnly", bytesOnly.stream().map(b -> {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("path", b.path());
        item.put("file", out.resolve(b.path()).toString());
        item.put("recordedEncoder", b.recorded());
        item.put("encoder", b.current());
        return item;
      }).toList());
    }
    return StableJson.text(StableJson.writer(JSON), doc).stripTrailing();
  }

  // Escaping of GitHub workflow commands: data and property values.
  private static String data(String s) {
    return Shown.of(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
