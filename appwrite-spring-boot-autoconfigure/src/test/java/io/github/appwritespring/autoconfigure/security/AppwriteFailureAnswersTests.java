package io.github.appwritespring.autoconfigure.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of failing Appwrite answer does to a signed-in browser (D10): only
 * Appwrite refusing the session (401) signs it out; a 5xx, a timeout or an answer that is
 * not Appwrite's keep the cookie and answer 503. The Appwrite here is a loopback HTTP
 * server standing in for a broken one; a subclass starts the application with its stack
 * and a {@code GET /me} page.
 */
@TestPropertySource(properties = { "appwrite.connect-timeout=1s", "appwrite.response-timeout=1s" })
@Import(AppwriteFailureAnswersTests.BrokenAppwriteConnection.class)
public abstract class AppwriteFailureAnswersTests {

	/**
	 * One per subclass's context: the first context's {@code @AfterAll} must not stop the
	 * next one's.
	 */
	private static BrokenAppwrite appwrite;

	@LocalServerPort
	int port;

	Browser browser;

	/** A session of its own per test: a refused one is remembered for a while. */
	String session;

	@BeforeEach
	void signedIn() {
		this.session = newSession();
		this.browser = new Browser(this.port);
		this.browser.setCookie("a_session_broken", this.session);
	}

	private static String newSession() {
		return Base64.getEncoder()
			.encodeToString(("{\"id\":\"s" + System.nanoTime() + "\",\"secret\":\"0123456789abcdef\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

	@AfterAll
	static synchronized void stop() {
		if (appwrite != null) {
			appwrite.close();
			appwrite = null;
		}
	}

	private static synchronized BrokenAppwrite running() {
		if (appwrite == null) {
			appwrite = BrokenAppwrite.start();
		}
		return appwrite;
	}

	@ParameterizedTest
	@EnumSource(value = Failure.class, names = { "SERVER_ERROR", "TIMEOUT", "NOT_APPWRITE", "PROXY_FORBIDDEN",
			"PROJECT_NOT_FOUND", "PROJECT_PAUSED" })
	void anUnavailableAppwriteAnswers503AndKeepsTheCookie(Failure failure) throws Exception {
		running().failure = failure;
		Answer page = this.browser.getPage("/me");
		assertThat(running().requests.get()).as("Appwrite was asked").isPositive();
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.header("Retry-After")).isNotNull();
		assertThat(page.setCookie("a_session_broken")).as("the cookie is kept").isEmpty();
		assertThat(page.body()).doesNotContain(this.session).doesNotContain("Exception");
		Answer json = this.browser.getJson("/me");
		assertThat(json.status()).isEqualTo(503);
		assertThat(json.body()).contains("\"error\":\"appwrite_unavailable\"");
	}

	@ParameterizedTest
	@EnumSource(value = Failure.class, names = "SESSION_REFUSED")
	void onlyAppwriteRefusingTheSessionSignsOut(Failure failure) throws Exception {
		running().failure = failure;
		Answer page = this.browser.getPage("/me");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.setCookie("a_session_broken"))
			.hasValueSatisfying((expired) -> assertThat(expired.maxAge()).hasValue(0L));
	}

	@Test
	void aRefusedCookieSentAgainCostsOneAppwriteCall() throws Exception {
		running().failure = Failure.SESSION_REFUSED;
		long before = resolutionCalls();
		Browser first = new Browser(this.port);
		first.setCookie("a_session_broken", this.session);
		assertThat(first.getPage("/me").status()).isEqualTo(302);
		long afterOne = resolutionCalls();
		// the user and the session's factors are read at once; the first refusal may
		// cancel the other call before it is sent
		assertThat(afterOne - before).as("one resolution").isBetween(1L, 2L);
		for (int i = 0; i < 4; i++) {
			Browser replay = new Browser(this.port);
			replay.setCookie("a_session_broken", this.session);
			assertThat(replay.getPage("/me").status()).isEqualTo(302);
		}
		assertThat(resolutionCalls()).as("Appwrite asked once for five requests").isEqualTo(afterOne);
		String other = newSession();
		Browser fresh = new Browser(this.port);
		fresh.setCookie("a_session_broken", other);
		fresh.getPage("/me");
		assertThat(resolutionCalls()).as("another cookie is asked about").isGreaterThan(afterOne);
	}

	/**
	 * The calls a resolution makes: the user, and the session's factors alongside.
	 */
	private long resolutionCalls() {
		return running().calls.stream()
			.filter((call) -> "GET /v1/account".equals(call) || "GET /v1/account/sessions/current".equals(call))
			.count();
	}

	@Test
	void aSecondFactorWhoseFactorsCannotBeReadIsAClearAnswerAndLeavesNoSession() throws Exception {
		running().failure = Failure.SECOND_FACTOR;
		running().calls.clear();
		Browser visitor = new Browser(this.port);
		Answer form = visitor.postForm("/auth/login",
				Map.of("email", "mfa@example.com", "password", "right-password", "_csrf", visitor.csrfFormField()));
		assertThat(form.status()).isEqualTo(302);
		assertThat(form.location()).isEqualTo("/login?error=mfa_required");
		assertThat(form.setCookie("a_session_broken")).isEmpty();
		Answer json = visitor.postJson("/auth/login", "{\"email\":\"mfa@example.com\",\"password\":\"right-password\"}",
				Map.of("X-XSRF-TOKEN", visitor.csrfToken()));
		assertThat(json.status()).isEqualTo(401);
		assertThat(json.body()).contains("\"error\":\"mfa_required\"")
			.contains("second factor")
			.doesNotContain("limited-secret");
		assertThat(running().calls).as("each half-made session is deleted")
			.filteredOn((call) -> call.equals("DELETE /v1/users/u1/sessions/s1"))
			.hasSize(2);
	}

	/** How the stand-in answers {@code GET /v1/account}. */
	enum Failure {

		/** 500 with Appwrite's error body. */
		SERVER_ERROR,

		/** Nothing within the response timeout. */
		TIMEOUT,

		/**
		 * 200 with a page that is not Appwrite's JSON (e.g. a captive portal or a
		 * misrouted proxy).
		 */
		NOT_APPWRITE,

		/** 401: the session is not valid. */
		SESSION_REFUSED,

		/** 403 from a proxy in front of Appwrite, not about the session. */
		PROXY_FORBIDDEN,

		/**
		 * 404 {@code project_not_found}: a misconfigured project ID, not a bad session.
		 */
		PROJECT_NOT_FOUND,

		/** 403 {@code project_paused}: the project is paused, the session may be fine. */
		PROJECT_PAUSED,

		/**
		 * A user with MFA: the password creates a session that only a second factor
		 * completes, so {@code GET /account} answers 401
		 * {@code user_more_factors_required}.
		 */
		SECOND_FACTOR

	}

	static final class BrokenAppwrite implements AutoCloseable {

		private final HttpServer server;

		volatile Failure failure = Failure.SERVER_ERROR;

		final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

		/** The method and path of every request, in order. */
		final java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

		private BrokenAppwrite(HttpServer server) {
			this.server = server;
		}

		static BrokenAppwrite start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				BrokenAppwrite appwrite = new BrokenAppwrite(server);
				server.createContext("/v1/", appwrite::answer);
				server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
				server.start();
				return appwrite;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String endpoint() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
		}

		private void answer(HttpExchange exchange) throws IOException {
			this.requests.incrementAndGet();
			this.calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
			try (exchange) {
				switch (this.failure) {
					case SECOND_FACTOR -> secondFactor(exchange);
					case SERVER_ERROR -> send(exchange, 500, "application/json",
							"{\"message\":\"Server Error\",\"code\":500,\"type\":\"general_unknown\"}");
					case TIMEOUT -> {
						sleep(2500);
						send(exchange, 200, "application/json", "{}");
					}
					case NOT_APPWRITE ->
						send(exchange, 200, "text/html", "<html><body>Sign in to the Wi-Fi</body></html>");
					case SESSION_REFUSED -> send(exchange, 401, "application/json",
							"{\"message\":\"The current user is not authorized.\",\"code\":401,"
									+ "\"type\":\"user_unauthorized\"}");
					case PROXY_FORBIDDEN -> send(exchange, 403, "text/html", "<html><body>Forbidden</body></html>");
					case PROJECT_NOT_FOUND -> send(exchange, 404, "application/json",
							"{\"message\":\"Project with the requested ID could not be found.\",\"code\":404,"
									+ "\"type\":\"project_not_found\"}");
					case PROJECT_PAUSED -> send(exchange, 403, "application/json",
							"{\"message\":\"The project is paused.\",\"code\":403,\"type\":\"project_paused\"}");
				}
			}
		}

		private static void secondFactor(HttpExchange exchange) throws IOException {
			String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
			if (call.equals("POST /v1/account/sessions/email")) {
				send(exchange, 201, "application/json",
						"{\"$id\":\"s1\",\"userId\":\"u1\",\"secret\":\"limited-secret\","
								+ "\"expire\":\"2099-01-01T00:00:00.000+00:00\",\"factors\":[\"password\"],\"current\":true}");
			}
			else if (call.equals("DELETE /v1/users/u1/sessions/s1")) {
				exchange.sendResponseHeaders(204, -1);
			}
			else {
				send(exchange, 401, "application/json", "{\"message\":\"More factors are required to complete the "
						+ "sign in process.\",\"code\":401,\"type\":\"user_more_factors_required\"}");
			}
		}

		private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", type);
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BrokenAppwriteConnection {

		@Bean
		AppwriteConnectionDetails brokenAppwrite() {
			return new FixedConnection(running().endpoint(), "broken", "standard_key_for_a_broken_appwrite");
		}

	}

}
