package io.github.appwritespring.autoconfigure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth2 callback's query string holds a token secret: with Tomcat's access log on
 * ({@code server.tomcat.accesslog.*}), the callback's line shows the request with
 * {@code secret=redacted}, and the sign-in, which needs the real secret, completes. A
 * subclass starts the application on Tomcat with its own
 * {@code server.tomcat.accesslog.prefix} (and pattern), and says below which path the
 * application is served. The logs go to a new directory under {@code target}.
 */
@TestPropertySource(properties = { "appwrite.security.oauth2.providers=github", "server.tomcat.accesslog.enabled=true",
		"server.tomcat.accesslog.buffered=false" })
public abstract class TomcatAccessLogTests {

	private static final Path LOGS = newDirectory();

	@LocalServerPort
	private int port;

	@Value("${server.tomcat.accesslog.prefix}")
	String prefix;

	@DynamicPropertySource
	static void accessLogDirectory(DynamicPropertyRegistry registry) {
		registry.add("server.tomcat.accesslog.directory", LOGS::toString);
	}

	/**
	 * @return the path the application is served below ({@code ""}, or e.g. a servlet
	 * context path)
	 */
	protected abstract String basePath();

	@Test
	void theCallbacksLineShowsTheRequestWithTheSecretRedacted() throws Exception {
		Browser browser = new Browser(this.port);
		String callback = OAuth2Consent.callbackUrl(browser, basePath() + "/auth/oauth2/github",
				"access-log@example.com");
		Answer bounce = browser.getPage(callback);
		assertThat(bounce.status()).isEqualTo(200);
		assertThat(bounce.setCookies()).as("the exchange got the real secret")
			.anyMatch((cookie) -> cookie.name().startsWith("a_session_"));
		assertThat(browser.getPage(basePath() + "/me").body()).isEqualTo("access-log@example.com");
		List<String> lines = callbackLines(callback, 1);
		assertThat(lines).singleElement()
			.asString()
			.contains(" " + basePath() + "/auth/oauth2/callback?")
			.contains("state=" + query(callback).getFirst("state"))
			.contains("userId=" + query(callback).getFirst("userId"))
			.contains("secret=redacted")
			.contains(" 200 ");
		assertThat(accessLog()).as("the whole access log")
			.doesNotContain(secret(callback))
			.doesNotContain(URLDecoder.decode(secret(callback), StandardCharsets.UTF_8));
	}

	@Test
	void aRefusedCallbackIsRedactedToo() throws Exception {
		Browser browser = new Browser(this.port);
		String callback = OAuth2Consent.callbackUrl(browser, basePath() + "/auth/oauth2/github",
				"access-log-refused@example.com");
		assertThat(browser.getPage(callback).status()).isEqualTo(200);
		Answer replay = browser.getPage(callback);
		assertThat(replay.status()).as("the state cookie is used up").isEqualTo(302);
		assertThat(callbackLines(callback, 2)).hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains("secret=redacted").doesNotContain(secret(callback)))
			.anySatisfy((line) -> assertThat(line).contains(" 302 "));
		assertThat(accessLog()).doesNotContain(secret(callback));
	}

	/**
	 * Signs a new user in through the OAuth2 callback.
	 * @param email the user's email
	 * @return the callback URL, secret included
	 */
	protected String signInThroughTheCallback(String email) throws Exception {
		Browser browser = new Browser(this.port);
		String callback = OAuth2Consent.callbackUrl(browser, basePath() + "/auth/oauth2/github", email);
		assertThat(browser.getPage(callback).status()).isEqualTo(200);
		return callback;
	}

	/**
	 * Waits for Tomcat to write the callback's lines, which it does once the answer has
	 * been sent.
	 * @param callback the callback URL
	 * @param count how many lines to wait for
	 * @return the access log's lines for that callback (found by its state)
	 */
	protected List<String> callbackLines(String callback, int count) throws InterruptedException {
		String state = "state=" + query(callback).getFirst("state");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> lines = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			lines = accessLog().lines().filter((line) -> line.contains(state)).toList();
			if (lines.size() >= count) {
				break;
			}
			Thread.sleep(20);
		}
		return lines;
	}

	/**
	 * @return everything the access logs of this application's prefix hold
	 */
	protected String accessLog() {
		return accessLog(this.prefix);
	}

	/**
	 * @param prefix an access log's {@code prefix}
	 * @return everything the access logs of that prefix hold, in the directory of this
	 * application's access log
	 */
	protected static String accessLog(String prefix) {
		StringBuilder log = new StringBuilder();
		try (Stream<Path> files = Files.list(LOGS)) {
			for (Path file : files.filter((file) -> file.getFileName().toString().startsWith(prefix + ".")).toList()) {
				log.append(Files.readString(file, StandardCharsets.ISO_8859_1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return log.toString();
	}

	/**
	 * @param callback the callback URL
	 * @return its {@code secret}, as sent (percent-encoded)
	 */
	protected static String secret(String callback) {
		String secret = query(callback).getFirst("secret");
		assertThat(secret).isNotBlank();
		return secret;
	}

	private static MultiValueMap<String, String> query(String url) {
		return UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams();
	}

	private static Path newDirectory() {
		try {
			Path target = Files.createDirectories(Path.of("target", "tomcat-access-logs"));
			return Files.createTempDirectory(target, "run-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
