package org.logokit.kit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.logokit.text.Shown;

/**
 * Reads a kit from a config file, or makes the default kit for a folder of SVGs.
 *
 * <pre>{@code
 * Kit kit = KitLoader.load(Path.of("assets"), null); // assets/logokit.yaml, or the default kit
 * }</pre>
 */
public final class KitLoader {
  /** Config names looked for in the assets folder, first found wins. */
  public static final List<String> CONFIG_NAMES =
      List.of("logokit.yaml", "logokit.yml", "logokit.json");

  /** The matrix of the XMPP press kit, used for every master when there is no config. */
  public static final List<Target> DEFAULT_TARGETS =
      List.of("own", "300dpi", "600dpi", "16px", "32px", "64px", "128px", "256px", "512px",
              "768px", "1024px").stream().map(Target::parse).toList();

  private KitLoader() {}

  /**
   * Loads {@code config}, or the config found in {@code assets}, or the default kit when there is
   * none.
   */
  public static Kit load(Path assets, Path config) throws KitException {
    return load(assets, config, Limits.DEFAULT);
  }

  /**
   * @param caps the highest budgets the config may set (the command line's; the config itself
   *     may only lower them)
   */
  public static Kit load(Path assets, Path config, Limits caps) throws KitException {
    String shown = Shown.of(assets.toString());
    Path link = LinkCheck.firstLink(assets);
    if (link != null) {
      throw new KitException(List.of(Diagnostic.of(shown, Shown.of(link.toString())
          + " is a link; logokit reads masters only through real folders")));
    }
    if (!Files.isDirectory(assets)) {
      throw new KitException(List.of(Diagnostic.of(shown, Files.exists(assets)
          ? "not a folder" : "no such folder (run logokit from the kit's folder, or name it "
              + "with --assets DIR)")));
    }
    if (config != null) {
      return parse(ConfigFile.readNamed(config), Shown.of(config.toString()), assets, caps);
    }
    String name = findConfig(assets);
    if (name == null) {
      return defaultKit(assets);
    }
    return parse(ConfigFile.readInAssets(assets, name), Shown.of(assets.resolve(name)
        .toString()), assets, caps);
  }

  /** The first config name present in {@code assets}, as a link or a file: it is read or refused. */
  static String findConfig(Path assets) {
    return CONFIG_NAMES.stream()
        .filter(n -> Files.exists(assets.resolve(n), java.nio.file.LinkOption.NOFOLLOW_LINKS))
        .findFirst().orElse(null);
  }

  /**
   * Every {@code *.svg} and {@code *.svgz} directly in {@code assets}, sorted, with the default
   * targets.
   */
  public static Kit defaultKit(Path assets) throws KitException {
    List<MasterSpec> masters = new ArrayList<>();
    try (DirectoryStream<Path> svgs = Files.newDirectoryStream(assets, "*.{svg,svgz}")) {
      for (Path svg : svgs) {
        String file = svg.getFileName().toString();
        if (Files.isDirectory(svg, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue; // a folder named *.svg is not a master
        }
        masters.add(new MasterSpec(file, stem(file), DEFAULT_TARGETS, List.of(Scheme.LIGHT), 0));
      }
    } catch (IOException e) {
      throw new KitException(List.of(Diagnostic.of(Shown.of(assets.toString()), "cannot list: "
          + Shown.of(e.getMessage()))));
    }
    if (masters.isEmpty()) {
      throw new KitException(
          List.of(Diagnostic.of(Shown.of(assets.toString()),
              "no logokit.yaml and no *.svg masters")));
    }
    masters.sort((a, b) -> a.file().compareTo(b.file()));
    return KitValidator.validate(new Kit(null, Kit.DEFAULT_NAMING, masters, Limits.DEFAULT),
        assets);
  }

  /**
   * A config given as text (one {@code import} has just written), validated against
   * {@code assets} as a file there would be.
   *
   * @param where how the config is named in diagnostics; its extension picks YAML or JSON
   */
  public static Kit parse(String text, String where, Path assets) throws KitException {
    return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), where, assets,
        Limits.DEFAULT);
  }

  /** Parses config bytes read once; the hash recorded is of what they mean. */
  static Kit parse(byte[] bytes, String where, Path assets, Limits caps) throws KitException {
    ObjectMapper mapper = new ObjectMapper(where.endsWith(".json") ? new JsonFactory()
        : new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.addHandler(new ConfigProblems.UnknownKeys());
    ConfigProblems problems = new ConfigProblems(where);
    KitFile raw;
    try {
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        throw new KitException(List.of(Diagnostic.of(where, "the config is empty")));
      }
      raw = mapper.readerFor(KitFile.class).withAttribute(ConfigProblems.KEY, problems)
          .readValue(bytes);
    } catch (JsonProcessingException e) {
      List<Diagnostic> all = new ArrayList<>(problems.found());
      all.add(describe(where, e));
      throw new KitException(all);
    } catch (IOException e) {
      throw new KitException(List.of(Diagnostic.of(where, "cannot read: "
          + Shown.of(e.getMessage()))));
    }
    if (raw == null) {
      throw new KitException(List.of(Diagnostic.of(where, "the config is empty")));
    }
    return KitValidator.validate(where, raw, assets, caps, problems.found())
        .withCanonicalHash();
  }

  /** Turns Jackson's exception into one line naming the key and line. */
  static Diagnostic describe(String file, JsonProcessingException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    org.yaml.snakeyaml.error.MarkedYAMLException y = yamlSyntax(e);
    if (y != null) {
      // The YAML parser's own words and the line of the problem, not of where Jackson stood.
      return new Diagnostic(file, y.getProblemMark().getLine() + 1, "YAML syntax: "
          + Shown.of(y.getProblem()) + (y.getContext() == null ? ""
              : " (" + Shown.of(y.getContext()) + ")"));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? ""
          : u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ", " (known keys: ", ")"));
      String parent = path(u).replaceAll("\\.?[^.\\[]+$", "");
      String at = parent.isEmpty() ? "" : " in " + Shown.quoted(parent);
      return new Diagnostic(file, line, "unknown key " + Shown.quoted(u.getPropertyName()) + at
          + known);
    }
    String key = e instanceof JsonMappingException m ? path(m) : "";
    String reason = rootMessage(e);
    return new Diagnostic(file, line, key.isEmpty() ? reason : "bad value for '" + key + "': "
        + reason);
  }

  /**
   * The YAML parser's own error anywhere in the chain: inside a nested value (a tab in a
   * master's entry) Jackson wraps it in a mapping error about the value it was reading.
   */
  private static org.yaml.snakeyaml.error.MarkedYAMLException yamlSyntax(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException y
          && y.getProblemMark() != null) {
        return y;
      }
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof IllegalArgumentException) {
      return t.getMessage();
    }
    String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    // Jackson's messages end with a source excerpt and hints that name Java types, and may
    // quote the value they choke on: keep the gist, never the config's content.
    String gist = JavaNames.scrub(msg.lines().findFirst().orElse(msg)
        .replaceAll(" \\(for .*", "")
        .replaceAll("\\s*\\(['\"].*", ""));
    return Shown.of(gist.length() > 160 ? gist.substring(0, 160) + "..." : gist);
  }

  static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.replaceFirst("\\.svgz?$", "");
  }
}
