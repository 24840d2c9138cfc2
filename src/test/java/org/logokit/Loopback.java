package org.logokit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A listener on 127.0.0.1 that counts connections, so a test can prove that no request left the
 * renderer. Each connection is accepted and closed at once, so a client that does connect is not
 * left waiting for an answer.
 *
 * <p>{@link #connections} waits for no clock: it connects once itself and counts what the
 * listener accepted before that connection. The OS completes a connection before the client's
 * {@code connect} returns and queues them in order, so every connection made before the call
 * is counted, and none is missed because it was slow to be accepted.
 */
public final class Loopback implements AutoCloseable {
  private final ServerSocket socket;
  /** The client ports of the connections accepted, in order. */
  private final BlockingQueue<Integer> accepted = new LinkedBlockingQueue<>();
  private int connections;

  public Loopback() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          accepted.add(s.getPort());
        } catch (IOException e) {
          return; // closed
        }
      }
    }, "loopback-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
  }

  /** Connections made so far by anyone but this listener's own check. */
  public int connections() throws IOException, InterruptedException {
    try (Socket marker = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort())) {
      int port = marker.getLocalPort();
      for (int p = accepted.take(); p != port; p = accepted.take()) {
        connections++;
      }
    }
    return connections;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
