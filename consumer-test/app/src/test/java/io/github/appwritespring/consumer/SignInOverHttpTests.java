package io.github.appwritespring.consumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.netty.util.Version;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application over real HTTP, as a page's JavaScript uses it: the starter's
 * default security chain, its CSRF endpoint and JSON sign-in, the session cookie, and the
 * session client calling Appwrite (the embedded emulator) as the signed-in user. Cookies
 * are kept by hand: the JDK's cookie manager never sends a {@code Secure} cookie over
 * plain HTTP, which browsers do for localhost.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInOverHttpTests {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private static final String ALICE = "{\"email\":\"alice@example.com\",\"password\":\"alice-password\"}";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	@Test
	void aUserSignsInAndCallsAppwriteAsHerself() throws Exception {
		assertThat(get("/me").statusCode()).isEqualTo(401);
		HttpResponse<String> login = signIn(ALICE, csrfToken());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		assertThat(login.body()).contains("alice@example.com");
		String sessionCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("a_session_emulator="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionCookie).contains("HttpOnly", "Secure", "SameSite=Strict");
		HttpResponse<String> me = get("/me");
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"id\":\"alice\"", "\"email\":\"alice@example.com\"", "\"name\":\"Alice\"");
		HttpResponse<String> users = get("/users/count");
		assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
		assertThat(users.body()).isEqualTo("{\"total\":1}");
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		HttpResponse<String> login = signIn("{\"email\":\"alice@example.com\",\"password\":\"wrong-password\"}",
				csrfToken());
		assertThat(login.statusCode()).isEqualTo(401);
		assertThat(login.body()).contains("\"error\":\"credentials\"");
		assertThat(this.cookies).doesNotContainKey("a_session_emulator");
	}

	@Test
	void noSignInWithoutTheCsrfToken() throws Exception {
		csrfToken();
		HttpResponse<String> login = signIn(ALICE, null);
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(this.cookies).doesNotContainKey("a_session_emulator");
	}

	@Test
	void reactorNettyHasTheKeepAliveFixAndTheReadmesNetty() {
		// Boot 4.1.2 manages Reactor Netty 1.3.8 (reactor/reactor-netty#4361); Netty is
		// the
		// version the README tells applications to pin
		assertThat(reactor.netty.http.client.HttpClient.class.getPackage().getImplementationVersion())
			.isEqualTo("1.3.8");
		assertThat(Version.identify().get("netty-common").artifactVersion()).isEqualTo("4.2.18.Final");
	}

	private String csrfToken() throws Exception {
		HttpResponse<String> answer = get("/auth/csrf");
		Matcher token = TOKEN.matcher(answer.body());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(token.find()).as(answer.body()).isTrue();
		assertThat(this.cookies).containsKey("XSRF-TOKEN");
		return token.group(1);
	}

	private HttpResponse<String> signIn(String json, String csrfToken) throws Exception {
		HttpRequest.Builder request = request("/auth/login").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrfToken != null) {
			request.header("X-XSRF-TOKEN", csrfToken);
		}
		return send(request);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path).GET());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json");
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

}
