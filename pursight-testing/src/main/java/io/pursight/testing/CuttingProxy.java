package io.pursight.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of a real server that can drop its connections after a number of bytes
 * from the server: a network failure in the middle of a conversation, on demand.
 */
public final class CuttingProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int targetPort;
	private final AtomicLong cutAfterBytes = new AtomicLong(Long.MAX_VALUE);

	public CuttingProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::accept);
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** New and running connections are dropped once the server has sent this many bytes on them. */
	public void cutAfter(long bytes) {
		cutAfterBytes.set(bytes);
	}

	public void heal() {
		cutAfterBytes.set(Long.MAX_VALUE);
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				Thread.ofVirtual().start(() -> pump(client, server, false));
				Thread.ofVirtual().start(() -> pump(server, client, true));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromServer) {
		byte[] buffer = new byte[8192];
		long sent = 0;
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				if (fromServer && sent + n > cutAfterBytes.get()) {
					out.write(buffer, 0, (int) Math.max(0, cutAfterBytes.get() - sent));
					break;
				}
				out.write(buffer, 0, n);
				out.flush();
				sent += n;
			}
		}
		catch (IOException ignored) {
			// one side went away: close both below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}
}
