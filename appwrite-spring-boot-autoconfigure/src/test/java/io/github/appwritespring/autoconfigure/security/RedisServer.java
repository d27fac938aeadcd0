package io.github.appwritespring.autoconfigure.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, in memory only,
 * for tests. Fails with a clear message when the binary is missing: {@code .ci/run}
 * installs it.
 */
public final class RedisServer implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/bin/redis-server");

	private final Process process;

	private final int port;

	private RedisServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * @return a started server
	 */
	public static RedisServer start() {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException("These tests need a real Redis at " + BINARY
					+ ": install it with 'apt-get install -y redis-server' (bash .ci/run does)");
		}
		int port = freePort();
		try {
			Process process = new ProcessBuilder(BINARY.toString(), "--port", Integer.toString(port), "--bind",
					"127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			RedisServer server = new RedisServer(process, port);
			server.awaitReady();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + BINARY, ex);
		}
	}

	/**
	 * @return the port it listens on
	 */
	public int port() {
		return this.port;
	}

	private void awaitReady() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("redis-server exited with " + this.process.exitValue());
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(interrupted);
				}
			}
		}
		close();
		throw new IllegalStateException("redis-server did not listen on port " + this.port + " within 10s");
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
