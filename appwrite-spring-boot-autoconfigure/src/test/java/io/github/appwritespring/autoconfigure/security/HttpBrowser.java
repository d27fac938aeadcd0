package io.github.appwritespring.autoconfigure.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseCookie;

/**
 * A browser as far as the security tests need one, over real HTTP with the JDK's client: it keeps cookies by name
 * (dropping those expired with Max-Age=0), never follows redirects, and sends the CSRF token from the
 * {@code XSRF-TOKEN} cookie as the {@code X-XSRF-TOKEN} header when asked to.
 */
public final class HttpBrowser {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String userAgent = "SecurityTestBrowser/1.0";

	/**
	 * @param base the application's base URL, e.g. {@code http://localhost:8080}
	 */
	public HttpBrowser(String base) {
		this.base = base;
	}

	/** @return the cookies the browser holds */
	public Map<String, String> cookies() {
		return this.cookies;
	}

	/**
	 * @param userAgent the User-Agent to send
	 * @return this browser
	 */
	public HttpBrowser userAgent(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	/** A page navigation. */
	public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
		return send(request(pathOrUrl).header("Accept", "text/html").GET());
	}

	/** A JSON request. */
	public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
		return send(request(path).header("Accept", "application/json").GET());
	}

	/** A form post carrying the given fields (add {@code _csrf} yourself to test the form token). */
	public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields)
			throws IOException, InterruptedException {
		return send(request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
	}

	/** A JSON post with the CSRF header from the XSRF-TOKEN cookie. */
	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		String token = this.cookies.get("XSRF-TOKEN");
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		return send(request);
	}

	/** Sends a request built by the caller, with the browser's cookies. */
	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : response.headers().allValues("Set-Cookie")) {
			ResponseCookie cookie = SetCookies.parse(header);
			if (cookie.getMaxAge().isZero()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		}
		return response;
	}

	private HttpRequest.Builder request(String pathOrUrl) {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		return HttpRequest.newBuilder(uri).header("User-Agent", this.userAgent);
	}

	/** @return the fields URL-encoded */
	public static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * @param response a response
	 * @param name a cookie name
	 * @return the Set-Cookie headers of the response for that cookie
	 */
	public static List<ResponseCookie> setCookies(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SetCookies::parse)
			.filter((cookie) -> cookie.getName().equals(name))
			.toList();
	}

}
