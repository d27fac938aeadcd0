package io.github.appwritespring.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/** A small loopback HTTP client for tests, on the JDK's {@link HttpClient}. */
public final class TestHttp {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String endpoint;

	private final List<String> headers = new ArrayList<>();

	private TestHttp(String endpoint) {
		this.endpoint = endpoint;
	}

	/** A client for the emulator's project, no credentials. */
	public static TestHttp guest(AppwriteEmulator emulator) {
		return new TestHttp(emulator.endpoint()).with("X-Appwrite-Project", emulator.projectId());
	}

	/** A client for the emulator's project with its API key. */
	public static TestHttp key(AppwriteEmulator emulator) {
		return guest(emulator).with("X-Appwrite-Key", emulator.apiKey());
	}

	/** A raw client without any header. */
	public static TestHttp raw(String endpoint) {
		return new TestHttp(endpoint);
	}

	/** A copy with one more header. */
	public TestHttp with(String name, String value) {
		TestHttp copy = new TestHttp(this.endpoint);
		copy.headers.addAll(this.headers);
		copy.headers.add(name);
		copy.headers.add(value);
		return copy;
	}

	public Result get(String path) {
		return send("GET", path, null, null);
	}

	public Result delete(String path) {
		return send("DELETE", path, null, null);
	}

	public Result post(String path, String json) {
		return send("POST", path, "application/json", json);
	}

	public Result put(String path, String json) {
		return send("PUT", path, "application/json", json);
	}

	public Result patch(String path, String json) {
		return send("PATCH", path, "application/json", json);
	}

	/** Sends any method with an optional body of the given content type. */
	public Result send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.endpoint + path))
			.timeout(Duration.ofSeconds(20));
		for (int i = 0; i < this.headers.size(); i += 2) {
			request.header(this.headers.get(i), this.headers.get(i + 1));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Result(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends {@code count} requests at once (all released together) and answers their
	 * statuses, in the order of the indexes given to {@code request}.
	 */
	public static List<Integer> race(int count, IntFunction<Result> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<Integer> call = () -> {
					go.await();
					return request.apply(index).status();
				};
				futures.add(pool.submit(call));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Asserts an Appwrite error body with the given status and type. */
	public static void assertError(TestHttp.Result result, int status, String type) {
		assertThat(result.status()).as(result.response().body()).isEqualTo(status);
		JsonNode body = result.json();
		assertThat(body.path("type").asString()).isEqualTo(type);
		assertThat(body.path("code").isNumber()).isTrue();
		assertThat(body.path("code").asInt()).isEqualTo(status);
		assertThat(body.path("version").asString()).isEqualTo("1.8.1");
		assertThat(body.path("message").asString()).isNotBlank();
	}

	/** A response with its body parsed as JSON when possible. */
	public record Result(int status, HttpResponse<String> response) {

		public JsonNode json() {
			return Json.MAPPER.readTree(this.response.body());
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public List<String> headers(String name) {
			return this.response.headers().allValues(name);
		}

	}

}
