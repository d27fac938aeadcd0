package io.github.appwritespring.sample.http;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The sample over plain HTTP, for what a browser does not show (status codes, headers)
 * and for the app started from its AOT-generated code. It keeps cookies itself (the JDK's
 * cookie manager would not send the {@code Secure} session cookie over
 * {@code http://127.0.0.1}) and never follows redirects.
 */
public final class SampleHttp {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * Creates a client of the app at a base URL.
	 * @param base the app's base URL, e.g. {@code http://127.0.0.1:8080}
	 */
	public SampleHttp(String base) {
		this.base = base;
	}

	/**
	 * Sends a cookie from now on, e.g. a session made for the test.
	 * @param name the cookie's name
	 * @param value its value
	 * @return this client
	 */
	public SampleHttp withCookie(String name, String value) {
		this.cookies.put(name, value);
		return this;
	}

	/**
	 * Returns the cookies this client holds, by name.
	 * @return the cookies this client holds, by name
	 */
	public Map<String, String> cookies() {
		return this.cookies;
	}

	/**
	 * Starts a request to a path of the app.
	 * @param path the path
	 * @return the request, to finish and {@link #send}
	 */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	/**
	 * Gets a page, as a browser navigates to it.
	 * @param path the page's path
	 * @return the answer
	 */
	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html"));
	}

	/**
	 * Posts a form with the CSRF token of the page given, as the page's own form would.
	 * @param formPage the page holding the form
	 * @param path where the form posts to
	 * @param fields the form's fields, without the token
	 * @return the answer
	 */
	public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields) {
		Matcher token = CSRF_FIELD.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " has no CSRF field");
		}
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

	/**
	 * Sends a request with the cookies held, and keeps the cookies the answer sets (an
	 * empty value deletes one).
	 * @param request the request
	 * @return the answer
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
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
			throw new UncheckedIOException(ex);
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
