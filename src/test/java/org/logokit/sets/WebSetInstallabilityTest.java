package org.logokit.sets;

import org.logokit.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * Issue 19, item 1: each web set, served on 127.0.0.1 at its base (the root, or
 * {@code /project/} as a GitHub Pages project site is) with its {@code head.html} pasted into a
 * page's head, is what Debian's headless Chromium installs: {@code Page.getInstallabilityErrors}
 * returns none, the manifest parses without error, and every icon the links and the manifest
 * name is served with 200 and its type, and decodes in the browser at its declared size; the
 * maskable icon among them. The server answers 404 outside the base, and nothing the browser
 * asked for, itself or for the page, is a 404.
 */
class WebSetInstallabilityTest {
  /** A set, the base it is made for (its config's {@code base}), and the page's title. */
  record Site(String set, String base) {}

  static final List<Site> SITES = List.of(new Site("square/square-web/", "/"),
      new Site("mastodon/mastodon-web/", "/"), new Site("wide/wide-web/", "/"),
      new Site("github/github-web/", "/"), new Site("logo/logo-web/", "/project/"));

  static final Map<String, String> TYPES = Map.of("png", "image/png", "ico", "image/x-icon",
      "svg", "image/svg+xml", "webmanifest", "application/manifest+json", "html",
      "text/html; charset=utf-8");

  /**
   * Run in the page: every icon its links and its manifest name, fetched (status, type) and
   * decoded by an {@code <img>} (natural size), with what the link or manifest declares.
   */
  static final String ICONS_JS = """
      (async () => {
        const icons = [];
        const check = async (from, href, type, sizes, purpose) => {
          const r = await fetch(href, {cache: 'no-store'});
          const bytes = (await r.arrayBuffer()).byteLength;
          const img = new Image();
          img.src = href;
          let decoded = true;
          try { await img.decode(); } catch (e) { decoded = false; }
          icons.push({from, href, type, sizes, purpose, status: r.status,
              contentType: r.headers.get('content-type'), bytes, decoded,
              width: img.naturalWidth, height: img.naturalHeight});
        };
        const links = 'link[rel~="icon"], link[rel="apple-touch-icon"]';
        for (const l of document.querySelectorAll(links)) {
          await check(l.rel, l.href, l.getAttribute('type'), l.getAttribute('sizes'), null);
        }
        const link = document.querySelector('link[rel="manifest"]');
        const r = await fetch(link.href, {cache: 'no-store'});
        const manifest = await r.json();
        for (const i of manifest.icons) {
          await check('manifest', new URL(i.src, r.url).href, i.type ?? null, i.sizes ?? null,
              i.purpose ?? 'any');
        }
        return {manifest: {href: link.href, status: r.status,
            contentType: r.headers.get('content-type')}, icons};
      })()
      """;

  @TempDir Path dir;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void needsChromium() {
    assumeTrue(HeadlessChromium.installed(), "Debian's Chromium is not installed at "
        + HeadlessChromium.BINARY + " (apt-get install chromium; .ci/run installs it)");
  }

  /** The set's folder served under {@code base}, every request logged as "status path". */
  static final class SetServer implements AutoCloseable {
    final HttpServer server;
    final List<String> served = Collections.synchronizedList(new ArrayList<>());
    final Path root;
    final String base;
    final byte[] page;

    SetServer(Path root, String base, String title) throws IOException {
      this.root = root.toAbsolutePath().normalize();
      this.base = base;
      // A site owner's page: head.html pasted into its head, as docs/icon-sets.md says.
      this.page = ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          + "<title>" + title + "</title>\n" + Files.readString(root.resolve("head.html"))
          + "</head>\n<body>\n<h1>" + title + "</h1>\n</body>\n</html>\n")
          .getBytes(StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + base;
    }

    private void handle(HttpExchange x) throws IOException {
      String path = x.getRequestURI().getPath();
      byte[] body = null;
      String type = null;
      if (path.equals(base)) {
        body = page;
        type = TYPES.get("html");
      } else if (path.startsWith(base)) {
        Path file = root.resolve(path.substring(base.length())).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file)) {
          body = Files.readAllBytes(file);
          String name = file.getFileName().toString();
          type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
              "application/octet-stream");
        }
      }
      int status = body == null ? 404 : 200;
      served.add(status + " " + path);
      if (body == null) {
        body = "not found".getBytes(StandardCharsets.UTF_8);
        type = "text/plain";
      }
      x.getResponseHeaders().set("Content-Type", type);
      x.getResponseHeaders().set("Cache-Control", "no-store");
      x.sendResponseHeaders(status, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** The ICO's entry sizes, from its directory: 16, 32, 48. */
  static Set<Integer> icoSizes(Path ico) throws IOException {
    byte[] b = Files.readAllBytes(ico);
    Set<Integer> sizes = new TreeSet<>();
    int count = (b[4] & 255) | (b[5] & 255) << 8;
    for (int i = 0; i < count; i++) {
      int w = b[6 + 16 * i] & 255;
      sizes.add(w == 0 ? 256 : w);
    }
    return sizes;
  }

  /** What Chromium makes of one set served at its base. */
  record Visit(String url, JsonNode installabilityErrors, JsonNode manifest, JsonNode checked,
      List<String> served) {}

  Visit visit(HeadlessChromium chromium, Site site, Path folder) throws Exception {
    try (SetServer server = new SetServer(folder, site.base(), site.set())) {
      String session = chromium.open(server.url());
      JsonNode errors = chromium.send(session, "Page.getInstallabilityErrors", Map.of())
          .get("installabilityErrors");
      JsonNode manifest = chromium.send(session, "Page.getAppManifest", Map.of());
      JsonNode checked = chromium.send(session, "Runtime.evaluate", Map.of("expression",
          ICONS_JS, "awaitPromise", true, "returnByValue", true));
      assertFalse(checked.has("exceptionDetails"), site + ": " + checked);
      Visit v = new Visit(server.url(), errors, manifest, checked.path("result").path("value"),
          List.copyOf(server.served));
      System.out.println(site + " in " + chromium.version() + ": installability errors "
          + errors + "; served " + v.served());
      return v;
    }
  }

  @Test
  void chromiumInstallsEveryWebSetAtItsBaseAndLoadsEachIconAtItsTypeAndSize() throws Exception {
    IconSetKit kit = IconSetKit.get();
    try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
      for (Site site : SITES) {
        Path folder = kit.file(site.set());
        Visit v = visit(chromium, site, folder);
        assertEquals(0, v.installabilityErrors().size(), site + ": " + v.installabilityErrors());

        assertEquals(v.url() + "manifest.webmanifest", v.manifest().get("url").asText(), site
            + ": the manifest link is under the base");
        assertEquals(0, v.manifest().get("errors").size(), site + ": " + v.manifest());
        JsonNode parsed = v.manifest().get("manifest");
        assertEquals(v.url(), parsed.get("startUrl").asText(), site + ": start_url");
        assertEquals(v.url(), parsed.get("id").asText(), site + ": id");
        // Chromium names the display mode by its enum: kStandalone.
        assertEquals("kStandalone", parsed.get("display").asText(), site + ": display");
        assertEquals(3, parsed.get("icons").size(), site + ": " + parsed);

        JsonNode fetched = v.checked().get("manifest");
        assertEquals(200, fetched.get("status").asInt(), site + ": " + fetched);
        assertEquals(TYPES.get("webmanifest"), fetched.get("contentType").asText());

        JsonNode icons = v.checked().get("icons");
        assertEquals(3 + 3, icons.size(), site + ": 3 icon links and 3 manifest icons: " + icons);
        boolean maskable = false;
        for (JsonNode icon : icons) {
          String href = icon.get("href").asText();
          String what = site + " " + icon.get("from").asText() + " " + href + ": " + icon;
          assertTrue(href.startsWith(v.url()), what + " is under the base");
          assertEquals(200, icon.get("status").asInt(), what);
          assertTrue(icon.get("decoded").asBoolean() && icon.get("width").asInt() > 0, what);
          String file = href.substring(v.url().length());
          String ext = file.substring(file.lastIndexOf('.') + 1);
          assertEquals(TYPES.get(ext), icon.get("contentType").asText(), what);
          assertEquals(Files.size(folder.resolve(file)), icon.get("bytes").asLong(), what);
          if (icon.hasNonNull("type")) {
            assertEquals(icon.get("contentType").asText(), icon.get("type").asText(), what
                + ": the type declared is the type served");
          }
          String sizes = icon.path("sizes").asText("");
          if (ext.equals("png")) {
            assertEquals(sizes.isEmpty() ? "180x180" : sizes, icon.get("width").asInt() + "x"
                + icon.get("height").asInt(), what + ": decoded at its declared size");
          } else if (ext.equals("ico")) {
            Set<Integer> entries = icoSizes(folder.resolve(file));
            assertTrue(entries.contains(Integer.parseInt(sizes.replaceFirst("x.*", ""))), what
                + ": the declared size is an entry of " + entries);
            assertTrue(entries.contains(icon.get("width").asInt()), what);
          }
          maskable |= icon.get("from").asText().equals("manifest")
              && icon.get("purpose").asText().equals("maskable")
              && icon.get("width").asInt() == 512;
        }
        assertTrue(maskable, site + ": the maskable icon, 512 px, is in the manifest and loads");
        assertEquals(List.of(), v.served().stream().filter(s -> !s.startsWith("200 ")).toList(),
            site + ": nothing Chromium asked for is missing; served " + v.served());
        assertTrue(v.served().contains("200 " + site.base() + "manifest.webmanifest"), site
            + ": " + v.served());
      }
    }
  }

  /**
   * What broke: the set's manifest had no {@code id}, {@code start_url}, {@code display} or
   * colours, and Chromium reported the site not installable. The same set served with its
   * manifest so edited gets the two errors again: this test sees them when they are
   * there.
   */
  @Test
  void aManifestWithoutStartUrlAndDisplayIsNotInstallable() throws Exception {
    Path folder = TestFiles.copyTree(IconSetKit.get().file("square/square-web/"),
        dir.resolve("old"));
    Path webmanifest = folder.resolve("manifest.webmanifest");
    ObjectNode m = (ObjectNode) json.readTree(webmanifest.toFile());
    m.remove(List.of("id", "start_url", "display", "theme_color", "background_color"));
    json.writeValue(webmanifest.toFile(), m);
    try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
      Visit v = visit(chromium, new Site("square/square-web/", "/"), folder);
      List<String> ids = new ArrayList<>();
      v.installabilityErrors().forEach(e -> ids.add(e.get("errorId").asText()));
      assertEquals(List.of("start-url-not-valid", "manifest-display-not-supported"), ids);
    }
  }
}
