package io.github.appwritespring.autoconfigure.security;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * A real {@code redis-server} on a loopback port, in memory only, for tests. The binary
 * is {@code -Dtest.redis-server=...} when given, else {@code redis-server} on the
 * {@code PATH}; without it the tests fail with a message saying what to install
 * ({@code ./run-tests} installs Debian's package).
 * <p>
 * Redis cannot be told to bind a port of the system's choosing (its {@code --port 0}
 * means "no TCP"), so a port that is free now is given to it, and its own log says
 * whether it got it: "Ready to accept connections" only once it listens there (Redis
 * never shares a listening port), "Address already in use" when another process took the
 * port in the meantime, in which case it starts again on another. Readiness is never
 * judged by a connection succeeding, which another process on the port would also allow.
 */
public final class RedisServer implements AutoCloseable {

	/** The system property naming the {@code redis-server} binary. */
	public static final String BINARY_PROPERTY = "test.redis-server";

	private static final int ATTEMPTS = 5;

	private static final Duration STARTUP = Duration.ofSeconds(10);

	private final Process process;

	private final int port;

	private final Path log;

	private RedisServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts a server.
	 * @return a started server
	 */
	public static RedisServer start() {
		return start(RedisServer::portFreeNow);
	}

	/**
	 * Starts a server on the first port of those offered that it can bind.
	 * @param ports offers a port for each attempt
	 * @return a started server
	 */
	static RedisServer start(IntSupplier ports) {
		Path binary = binary();
		for (int attempt = 1;; attempt++) {
			int port = ports.getAsInt();
			Path log = null;
			Process process = null;
			try {
				log = Files.createTempFile("redis-server-", ".log");
				process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
						"--save", "", "--appendonly", "no", "--protected-mode", "yes")
					.redirectErrorStream(true)
					.redirectOutput(log.toFile())
					.start();
				if (awaitListening(process, log, port)) {
					return new RedisServer(process, port, log);
				}
				deleteQuietly(log);
				if (attempt == ATTEMPTS) {
					throw new IllegalStateException(
							"redis-server found each of " + ATTEMPTS + " ports taken before it could bind it");
				}
			}
			catch (IOException ex) {
				if (process != null) {
					process.destroyForcibly();
				}
				if (log != null) {
					deleteQuietly(log);
				}
				throw new IllegalStateException("Could not start " + binary, ex);
			}
		}
	}

	/**
	 * Returns the port it listens on.
	 * @return the port it listens on
	 */
	public int port() {
		return this.port;
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
		deleteQuietly(this.log);
	}

	/**
	 * Waits for Redis to say whether it listens on the port.
	 * @return {@code true} when it listens, {@code false} when the port was taken (the
	 * process has then exited)
	 */
	private static boolean awaitListening(Process process, Path log, int port) throws IOException {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			String output = Files.readString(log, StandardCharsets.UTF_8);
			if (output.contains("Ready to accept connections")) {
				return true;
			}
			if (!process.isAlive()) {
				output = Files.readString(log, StandardCharsets.UTF_8);
				if (output.contains("Address already in use")) {
					return false;
				}
				throw new IllegalStateException(
						"redis-server exited with " + process.exitValue() + " on port " + port + ":\n" + output);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("redis-server did not listen on port " + port + " within " + STARTUP + ":\n"
				+ Files.readString(log, StandardCharsets.UTF_8));
	}

	private static Path binary() {
		String configured = System.getProperty(BINARY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException("-D" + BINARY_PROPERTY + "=" + configured + " is not an executable");
			}
			return path;
		}
		return onPath("redis-server").orElseThrow(() -> new IllegalStateException(
				"These tests need a real Redis, but there is no redis-server on the PATH (" + System.getenv("PATH")
						+ "): install it (Debian: apt-get install redis-server; ./run-tests does) or point -D"
						+ BINARY_PROPERTY + "=... at it"));
	}

	private static Optional<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String directory : path.split(Pattern.quote(File.pathSeparator))) {
			if (!directory.isEmpty()) {
				Path candidate = Path.of(directory, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns a loopback port that is free now (it may be taken again by the time Redis
	 * binds it).
	 * @return a loopback port that is free now
	 */
	static int portFreeNow() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a log left in the temporary directory is harmless
		}
	}

}
