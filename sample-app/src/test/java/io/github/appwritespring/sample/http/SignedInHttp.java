package io.github.appwritespring.sample.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in user over plain HTTP, to check status codes a browser does not show. It
 * keeps cookies itself: the JDK's cookie manager would not send the {@code Secure}
 * session cookie over {@code http://localhost}.
 */
final class SignedInHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	SignedInHttp(String base, String sessionCookie, String session) {
		this.base = base;
		this.cookies.put(sessionCookie, session);
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/**
	 * Posts a form with the CSRF token of the page given, as the page's own form would.
	 */
	HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " has no CSRF field");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", token.group(1));
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.client.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach((header) -> {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				this.cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
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
