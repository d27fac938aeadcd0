package io.github.appwritespring.autoconfigure.security.reactive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser keeps its connection and sends its next request as soon as it has read an
 * answer, often before the server has finished the previous exchange (the last frame of a
 * WebFlux answer is often written from another thread: the WebClient's, after a call to
 * Appwrite, or Spring Security's CSRF token generation). Reactor Netty up to 1.3.7 then
 * buffers that request, and when a buffered request completes at once it drains the queue
 * without asking the socket for more: the connection is never read again and the
 * browser's next request (a sign-in after fetching the CSRF token) gets no answer
 * (reactor/reactor-netty#4361, fixed in 1.3.8). This replays that sequence byte for byte
 * on one socket.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
@TestPropertySource(locations = "classpath:security-e2e.properties")
class ReactiveKeepAliveTests {

	@LocalServerPort
	int port;

	@Test
	void aKeepAliveConnectionIsStillReadAfterARequestThatArrivedBeforeThePreviousAnswerFinished() throws Exception {
		String token = new Browser(this.port).csrfToken();
		for (int i = 0; i < 5; i++) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(5000);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				// the first answer is finished off the event loop (a new CSRF token), the
				// second one at once
				out.write((request("/auth/csrf", null) + request("/auth/csrf", token))
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				assertThat(readStatus(in)).isEqualTo(200);
				assertThat(readStatus(in)).isEqualTo(200);
				out.write(request("/login", token).getBytes(StandardCharsets.US_ASCII));
				out.flush();
				try {
					assertThat(readStatus(in)).as("the third request on the connection is answered").isEqualTo(200);
				}
				catch (SocketTimeoutException ex) {
					throw new AssertionError("No answer to the third request on a kept-alive connection", ex);
				}
			}
		}
	}

	private static String request(String path, String csrfCookie) {
		return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
				+ ((csrfCookie != null) ? "Cookie: XSRF-TOKEN=" + csrfCookie + "\r\n" : "") + "\r\n";
	}

	/** Reads one answer with a Content-Length (or none) and returns its status. */
	private static int readStatus(InputStream in) throws IOException {
		String head = readHead(in);
		int status = Integer.parseInt(head.substring(9, 12));
		long length = 0;
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Long.parseLong(line.substring(15).trim());
			}
			assertThat(line.toLowerCase(Locale.ROOT)).as("no chunked answers here")
				.doesNotStartWith("transfer-encoding: chunked");
		}
		for (long read = 0; read < length; read++) {
			if (in.read() < 0) {
				throw new IOException("Connection closed in a body");
			}
		}
		return status;
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Connection closed before an answer: " + head);
			}
			head.write(b);
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

}
