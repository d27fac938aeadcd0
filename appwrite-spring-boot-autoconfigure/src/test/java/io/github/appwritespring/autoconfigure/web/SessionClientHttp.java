package io.github.appwritespring.autoconfigure.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.appwritespring.client.AppwriteClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives an application over real HTTP with the JDK's client, as a browser with a session
 * cookie would, and the checks both stacks share.
 */
final class SessionClientHttp {

	static final String ALICE = "alice@example.com";

	static final String BOB = "bob@example.com";

	/** The password of both users in session-client-e2e.properties. */
	static final String PASSWORD = "a-long-password";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final AppwriteClient admin;

	SessionClientHttp(int port, AppwriteClient admin) {
		this.port = port;
		this.admin = admin;
	}

	String signIn(String email) {
		return this.admin.account().createEmailPasswordSession(email, PASSWORD).secret();
	}

	HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("User-Agent", "EndToEndTest/1.0");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	String cookie(String secret) {
		return "a_session_" + this.admin.getProjectId() + "=" + secret;
	}

	void eachUserSeesOnlyThemselvesUnderConcurrency(String path) throws Exception {
		String alice = cookie(signIn(ALICE));
		String bob = cookie(signIn(BOB));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				boolean asAlice = i % 2 == 0;
				Callable<Boolean> call = () -> {
					HttpResponse<String> response = get(path, asAlice ? alice : bob);
					return response.statusCode() == 200 && response.body().equals(asAlice ? ALICE : BOB);
				};
				answers.add(pool.submit(call));
			}
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).as("every request answered with its own user's identity").isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	void requestsWithoutAValidSessionAreUnauthorized(String path) throws Exception {
		HttpResponse<String> none = get(path, null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.body()).doesNotContain("Exception").doesNotContain("at io.github");
		assertThat(get(path, cookie("not-base64!")).statusCode()).isEqualTo(401);
		String stale = java.util.Base64.getEncoder().encodeToString("{\"id\":\"x\",\"secret\":\"y\"}".getBytes());
		HttpResponse<String> unknown = get(path, cookie(stale));
		assertThat(unknown.statusCode()).as("a well-formed but unknown session is refused by Appwrite").isEqualTo(401);
		assertThat(unknown.body()).doesNotContain(stale);
	}

}
