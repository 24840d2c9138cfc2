package org.logokit.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that counts connections, so a test can prove that no request left the
 * renderer.
 */
final class Loopback implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  Loopback() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    socket.setSoTimeout(100);
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          socket.accept().close();
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // poll again
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
  }

  /** Connections so far, after giving a late one a moment to arrive. */
  int connections() throws InterruptedException {
    Thread.sleep(250);
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
