package org.logokit;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium, driven over the DevTools protocol (a WebSocket, JSON messages):
 * {@code send} a command and get its result, {@code await} an event. Every wait is bounded by
 * {@link #HANG}, a guard against a hung browser that fails the test with what Chromium printed,
 * never a measure of speed.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start(dir)) {
 *   String session = chromium.open("http://127.0.0.1:8080/");
 *   JsonNode errors = chromium.send(session, "Page.getInstallabilityErrors", Map.of());
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final long HANG_SECONDS = 120;

  private final Process process;
  private final StringBuffer log;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> pending = new LinkedBlockingQueue<>();
  private WebSocket socket;

  private HeadlessChromium(Process process, StringBuffer log) {
    this.process = process;
    this.log = log;
  }

  public static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Starts Chromium with a fresh profile in {@code profile} and connects to it. No sandbox: it
   * loads only pages the test serves on 127.0.0.1, and CI runs as root in a container, where
   * Chromium's sandbox cannot start.
   */
  public static HeadlessChromium start(Path profile) throws Exception {
    Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--disable-sync",
        "--disable-background-networking", "--disable-component-update",
        "--password-store=basic", "--use-mock-keychain", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank").redirectErrorStream(true).start();
    StringBuffer log = new StringBuffer();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          log.append(line).append('\n');
          int at = line.indexOf("DevTools listening on ");
          if (at >= 0) {
            endpoint.complete(line.substring(at + "DevTools listening on ".length()).strip());
          }
        }
      } catch (IOException e) {
        // the browser has gone; its log so far stays for the failure message
      }
      endpoint.complete(null);
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();

    HeadlessChromium chromium = new HeadlessChromium(p, log);
    String ws = null;
    try {
      ws = endpoint.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // reported below
    }
    if (ws == null) {
      chromium.close();
      fail("Chromium printed no DevTools endpoint within " + HANG_SECONDS + " s; its output:\n"
          + log);
    }
    chromium.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(ws), chromium.new Listener())
        .get(HANG_SECONDS, TimeUnit.SECONDS);
    return chromium;
  }

  /** What Chromium printed so far, for failure messages. */
  public String log() {
    return log.toString();
  }

  /** {@code Chrome/156.0.8078.129}. */
  public String version() throws Exception {
    return send(null, "Browser.getVersion", Map.of()).path("product").asText();
  }

  /**
   * A new tab showing {@code url}, with the Page and Network domains on, once its load event
   * has fired; the tab's session id.
   */
  public String open(String url) throws Exception {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank"))
        .get("targetId").asText();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", target,
        "flatten", true)).get("sessionId").asText();
    send(session, "Network.enable", Map.of());
    send(session, "Network.setCacheDisabled", Map.of("cacheDisabled", true));
    send(session, "Page.enable", Map.of());
    JsonNode nav = send(session, "Page.navigate", Map.of("url", url));
    if (nav.hasNonNull("errorText")) {
      fail(url + ": " + nav.get("errorText").asText());
    }
    await(session, "Page.loadEventFired");
    return session;
  }

  /** A command's result; a protocol error fails the test with its message. */
  public JsonNode send(String session, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", json.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(json.writeValueAsString(message), true).get(HANG_SECONDS, TimeUnit.SECONDS);
    JsonNode r;
    try {
      r = reply.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("Chromium did not answer " + method + " within " + HANG_SECONDS
          + " s; its output:\n" + log, e);
    }
    if (r.has("error")) {
      throw new AssertionError(method + ": " + r.get("error"));
    }
    return r.get("result");
  }

  /** The next event {@code method} of the session; the events before it are passed over. */
  public JsonNode await(String session, String method) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
    while (true) {
      JsonNode e = pending.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new AssertionError("no " + method + " within " + HANG_SECONDS + " s; output:\n"
            + log);
      }
      if (e.path("method").asText().equals(method)
          && e.path("sessionId").asText().equals(session)) {
        return e;
      }
    }
  }

  @Override
  public void close() throws Exception {
    if (socket != null) {
      try {
        socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true)
            .get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the browser is gone already: it is ended below either way
      }
    }
    if (!process.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    if (socket != null) {
      socket.abort();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(text.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            pending.add(message);
          }
        } catch (IOException e) {
          log.append("unreadable DevTools message: ").append(e.getMessage()).append('\n');
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
