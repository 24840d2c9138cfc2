package org.logokit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The listener the no-network tests rely on counts every connection, and only those. */
class LoopbackTest {
  @Test
  void countsNothingWhenNoOneConnects() throws Exception {
    try (Loopback net = new Loopback()) {
      assertEquals(0, net.connections());
      assertEquals(0, net.connections(), "its own check is never counted");
    }
  }

  @Test
  void countsEachConnectionMadeBeforeTheCheckAndAnswersNone() throws Exception {
    try (Loopback net = new Loopback()) {
      URI url = URI.create(net.url("x"));
      for (int i = 0; i < 3; i++) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), url.getPort());
            InputStream in = s.getInputStream()) {
          assertEquals(-1, in.read(), "closed at once: a client is not left waiting");
        }
      }
      assertEquals(3, net.connections());
      new Socket(InetAddress.getLoopbackAddress(), url.getPort()).close();
      assertEquals(4, net.connections());
    }
  }
}
