package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;

/**
 * Many requests at once, as an attacker sends them: each on a thread of its own, all
 * released together, carrying the cookies a {@link Browser} holds (its CSRF token, and
 * whatever else it was given).
 */
public final class Crowd {

	private final Browser browser;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/**
	 * @param browser the browser whose cookies every request carries
	 */
	public Crowd(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Posts forms at once.
	 * @param path the path
	 * @param count how many
	 * @param fields the form fields of the i-th request
	 * @param headers the extra headers of the i-th request
	 * @return the answers, in order
	 */
	public List<Answer> postForms(String path, int count, IntFunction<Map<String, String>> fields,
			IntFunction<Map<String, String>> headers) throws Exception {
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder body = new StringBuilder();
			fields.apply(i)
				.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			HttpRequest.Builder request = request(path, headers.apply(i))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
			requests.add(request.build());
		}
		return sendAtOnce(requests);
	}

	/**
	 * Sends GET requests at once.
	 * @param path the path
	 * @param count how many
	 * @param headers the extra headers of the i-th request
	 * @return the answers, in order
	 */
	public List<Answer> gets(String path, int count, IntFunction<Map<String, String>> headers) throws Exception {
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			requests.add(request(path, headers.apply(i)).GET().build());
		}
		return sendAtOnce(requests);
	}

	private HttpRequest.Builder request(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.browser.base() + path))
			.timeout(Duration.ofSeconds(60))
			.header("User-Agent", "Crowd/1.0");
		StringBuilder cookies = new StringBuilder();
		this.browser.cookies()
			.forEach((name,
					value) -> cookies.append(cookies.isEmpty() ? "" : "; ").append(name).append('=').append(value));
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.toString());
		}
		headers.forEach(request::header);
		return request;
	}

	private List<Answer> sendAtOnce(List<HttpRequest> requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Answer>> answers = new ArrayList<>();
			for (HttpRequest request : requests) {
				Callable<Answer> send = () -> {
					start.await();
					return new Answer(this.http.send(request, HttpResponse.BodyHandlers.ofString()));
				};
				answers.add(threads.submit(send));
			}
			start.countDown();
			List<Answer> results = new ArrayList<>();
			for (Future<Answer> answer : answers) {
				results.add(answer.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
