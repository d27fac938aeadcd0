package io.github.appwritespring.sample.aot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import io.github.appwritespring.sample.SampleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample as the build processes it ahead of time ({@code spring-boot:process-aot} in
 * {@code prepare-package}) and started from the generated initializer: failsafe runs this
 * class after {@code package} with {@code -Dspring.aot.enabled=true}, and Spring Boot
 * refuses to start in that mode without the generated code. Over real HTTP the app shows
 * its sign-in page, signs the demo user in with a form and with JSON, and keeps a note
 * through the request-scoped session client on the embedded emulator.
 */
class SampleApplicationAotTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	@Test
	void runsFromTheGeneratedInitializer() {
		assertThat(AotDetector.useGeneratedArtifacts()).as("-Dspring.aot.enabled=true").isTrue();
		assertThat(ClassUtils.isPresent(SampleApplication.class.getName() + "__ApplicationContextInitializer",
				getClass().getClassLoader()))
			.as("the initializer spring-boot:process-aot generates")
			.isTrue();
		try (ConfigurableApplicationContext context = start()) {
			Http http = new Http(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

			HttpResponse<String> page = http.get("/login");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"login-form\"", "action=\"/auth/login\"");

			HttpResponse<String> signIn = http.postForm("/login", "/auth/login",
					Map.of("email", "demo@example.com", "password", "demo-password"));
			assertThat(signIn.statusCode()).isEqualTo(302);
			assertThat(URI.create(location(signIn)).getPath()).isEqualTo("/");
			assertThat(http.cookies).containsKey("a_session_sample");

			HttpResponse<String> notes = http.get("/notes");
			assertThat(notes.statusCode()).isEqualTo(200);
			assertThat(notes.body()).contains("Demo User");

			HttpResponse<String> created = http.postForm("/notes/new", "/notes",
					Map.of("title", "Ahead of time", "body", "three words here"));
			assertThat(created.statusCode()).isEqualTo(302);
			String note = URI.create(location(created)).getPath();
			assertThat(http.get(note).body()).contains("Ahead of time", "three words here");

			HttpResponse<String> counted = http.postForm(note, note + "/word-count", Map.of());
			assertThat(counted.statusCode()).isEqualTo(302);
			URI words = URI.create(location(counted));
			assertThat(http.get(words.getPath() + "?" + words.getQuery()).body()).contains("3 words");
		}
	}

	@Test
	void signsInWithJsonAndTheCsrfEndpoint() {
		try (ConfigurableApplicationContext context = start()) {
			Http http = new Http(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			HttpResponse<String> csrf = http.send(http.request("/auth/csrf").header("Accept", "application/json"));
			Matcher token = CSRF_TOKEN.matcher(csrf.body());
			assertThat(token.find()).as(csrf.body()).isTrue();

			HttpResponse<String> signIn = http.send(http.request("/auth/login")
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("X-XSRF-TOKEN", token.group(1))
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")));
			assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
			assertThat(signIn.body()).contains("\"email\":\"admin@example.com\"", "\"labels\":[\"admin\"]");
			assertThat(http.get("/admin").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refusesToRunOnTheEmulatorOnceAnEndpointIsSet() {
		// processed without appwrite.endpoint, the app was built for the emulator: an
		// endpoint given now must not be ignored
		assertThatException()
			.isThrownBy(() -> start("--appwrite.endpoint=http://127.0.0.1:9/v1", "--appwrite.project-id=sample",
					"--appwrite.api-key=key"))
			.havingRootCause()
			.withMessageContaining("processed ahead of time without appwrite.endpoint")
			.withMessageContaining("appwrite.endpoint is set");
	}

	private static String location(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow();
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--appwrite.emulator.port=0";
		System.arraycopy(args, 0, all, 2, args.length);
		// through main, as the app starts: AOT mode looks for the main class's
		// initializer
		return SpringApplication.from(SampleApplication::main).run(all).getApplicationContext();
	}

	/**
	 * A client that keeps cookies by hand (the JDK's cookie manager would not send the
	 * {@code Secure} session cookie over {@code http://127.0.0.1}) and never follows
	 * redirects.
	 */
	private static final class Http {

		private final HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final String base;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		Http(int port) {
			this.base = "http://127.0.0.1:" + port;
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
		}

		HttpResponse<String> get(String path) {
			return send(request(path).header("Accept", "text/html"));
		}

		/**
		 * Posts a form with the CSRF field of the page given, as the page's form would.
		 */
		HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
			HttpResponse<String> page = get(formPage);
			Matcher token = CSRF_FIELD.matcher(page.body());
			assertThat(token.find()).as(formPage + " has a CSRF field").isTrue();
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", token.group(1));
			String body = form.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(path).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		HttpResponse<String> send(HttpRequest.Builder request) {
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			try {
				HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				response.headers().allValues("Set-Cookie").forEach((header) -> {
					String pair = header.split(";", 2)[0];
					int eq = pair.indexOf('=');
					String value = pair.substring(eq + 1);
					if (value.isEmpty()) {
						this.cookies.remove(pair.substring(0, eq));
					}
					else {
						this.cookies.put(pair.substring(0, eq), value);
					}
				});
				return response;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
