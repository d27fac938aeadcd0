package io.github.appwritespring.autoconfigure.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test helper that starts Redis moves on to another port when the one it was offered
 * has been taken, and is ready only once Redis itself listens.
 */
class RedisServerTests {

	@Test
	void aPortTakenInTheMeantimeIsPassedOverForAnother() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			AtomicBoolean first = new AtomicBoolean(true);
			IntSupplier ports = () -> first.getAndSet(false) ? taken.getLocalPort() : RedisServer.portFreeNow();
			try (RedisServer redis = RedisServer.start(ports)) {
				assertThat(first).as("the taken port was offered").isFalse();
				assertThat(redis.port()).isNotEqualTo(taken.getLocalPort());
				assertThat(ping(redis.port())).isEqualTo("+PONG");
			}
		}
	}

	private static String ping(int port) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int read = in.read(); read != -1 && read != '\r'; read = in.read()) {
				line.append((char) read);
			}
			return line.toString();
		}
	}

}
