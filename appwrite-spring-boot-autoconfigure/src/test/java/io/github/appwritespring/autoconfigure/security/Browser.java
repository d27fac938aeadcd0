package io.github.appwritespring.autoconfigure.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over real HTTP with the JDK's client, for the security end-to-end tests of
 * both stacks: it never follows redirects and keeps cookies by hand, so every
 * {@code Set-Cookie} and {@code Location} is seen as sent on the wire.
 */
public final class Browser {

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String userAgent = "SecurityEndToEndTest/1.0";

	/**
	 * @param port the application's port
	 */
	public Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * @return the application's base URL
	 */
	public String base() {
		return this.base;
	}

	/**
	 * @return the cookies the browser holds, by name
	 */
	public Map<String, String> cookies() {
		return this.cookies;
	}

	/**
	 * @param name a cookie name
	 * @param value its value (sent as is)
	 */
	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/**
	 * @param name a cookie name
	 */
	public void dropCookie(String name) {
		this.cookies.remove(name);
	}

	/**
	 * @param userAgent the {@code User-Agent} to send from now on
	 * @return this browser
	 */
	public Browser userAgent(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	/**
	 * A page navigation ({@code Accept: text/html}).
	 * @param url a path or URL
	 * @return the answer
	 */
	public Answer getPage(String url) throws Exception {
		return get(url, Map.of("Accept", "text/html"));
	}

	/**
	 * A JavaScript client's call ({@code Accept: application/json}).
	 * @param url a path or URL
	 * @return the answer
	 */
	public Answer getJson(String url) throws Exception {
		return get(url, Map.of("Accept", "application/json"));
	}

	/**
	 * @param url a path of the application or an absolute URL
	 * @return the answer
	 */
	public Answer get(String url) throws Exception {
		return send(request(url).GET(), Map.of());
	}

	/**
	 * @param url a path or URL
	 * @param headers extra headers
	 * @return the answer
	 */
	public Answer get(String url, Map<String, String> headers) throws Exception {
		return send(request(url).GET(), headers);
	}

	/**
	 * @param url a path or URL
	 * @param fields form fields, in order
	 * @return the answer
	 */
	public Answer postForm(String url, Map<String, String> fields) throws Exception {
		return postForm(url, fields, Map.of());
	}

	/**
	 * @param url a path or URL
	 * @param fields form fields
	 * @param headers extra headers
	 * @return the answer
	 */
	public Answer postForm(String url, Map<String, String> fields, Map<String, String> headers) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())), headers);
	}

	/**
	 * @param url a path or URL
	 * @param json a JSON body
	 * @param headers extra headers (e.g. the CSRF header)
	 * @return the answer
	 */
	public Answer postJson(String url, String json, Map<String, String> headers) throws Exception {
		return send(request(url).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), headers);
	}

	/**
	 * @param url a path or URL
	 * @param headers extra headers (e.g. the CSRF header)
	 * @return the answer
	 */
	public Answer delete(String url, Map<String, String> headers) throws Exception {
		return send(request(url).DELETE(), headers);
	}

	/**
	 * Asks the CSRF endpoint for a token, as a JavaScript client would.
	 * @return the raw token (for the {@code X-XSRF-TOKEN} header)
	 */
	public String csrfToken() throws Exception {
		Answer answer = get("/auth/csrf", Map.of("Accept", "application/json"));
		Matcher matcher = TOKEN.matcher(answer.body());
		if (answer.status() != 200 || !matcher.find()) {
			throw new IllegalStateException("No CSRF token: " + answer.status() + " " + answer.body());
		}
		return matcher.group(1);
	}

	/**
	 * @return the current token masked as Spring Security renders it into a form's
	 * {@code _csrf} field
	 */
	public String csrfFormField() throws Exception {
		String raw = this.cookies.containsKey("XSRF-TOKEN") ? this.cookies.get("XSRF-TOKEN") : csrfToken();
		return mask(raw);
	}

	/**
	 * @param raw a raw CSRF token
	 * @return the token XOR-masked with fresh random bytes, as Spring Security renders it
	 * into pages
	 */
	public static String mask(String raw) {
		byte[] token = raw.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[token.length];
		new SecureRandom().nextBytes(random);
		byte[] combined = new byte[token.length * 2];
		System.arraycopy(random, 0, combined, 0, random.length);
		for (int i = 0; i < token.length; i++) {
			combined[random.length + i] = (byte) (token[i] ^ random[i]);
		}
		return Base64.getUrlEncoder().encodeToString(combined);
	}

	private HttpRequest.Builder request(String url) {
		URI uri = URI.create(url.startsWith("http") ? url : this.base + url);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(java.time.Duration.ofSeconds(20))
			.header("User-Agent", this.userAgent);
		if (uri.toString().startsWith(this.base) && !this.cookies.isEmpty()) {
			StringBuilder header = new StringBuilder();
			this.cookies.forEach((name,
					value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
			request.header("Cookie", header.toString());
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request, Map<String, String> headers) throws Exception {
		headers.forEach(request::header);
		HttpRequest built = request.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw new IllegalStateException("No answer to " + built.method() + " " + built.uri(), ex);
		}
		Answer answer = new Answer(response);
		if (response.uri().toString().startsWith(this.base)) {
			for (SetCookie cookie : answer.setCookies()) {
				if (cookie.maxAge().filter((age) -> age <= 0).isPresent() || cookie.value().isEmpty()) {
					this.cookies.remove(cookie.name());
				}
				else {
					this.cookies.put(cookie.name(), cookie.value());
				}
			}
		}
		return answer;
	}

	/** An HTTP answer. */
	public record Answer(HttpResponse<String> response) {

		/**
		 * @return the status
		 */
		public int status() {
			return this.response.statusCode();
		}

		/**
		 * @return the body
		 */
		public String body() {
			return this.response.body();
		}

		/**
		 * @param name a header
		 * @return its first value, or {@code null}
		 */
		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		/**
		 * @return the {@code Location} header, or {@code null}
		 */
		public String location() {
			return header("Location");
		}

		/**
		 * @return every {@code Set-Cookie}, parsed
		 */
		public List<SetCookie> setCookies() {
			List<SetCookie> cookies = new ArrayList<>();
			for (String header : this.response.headers().allValues("Set-Cookie")) {
				cookies.add(SetCookie.parse(header));
			}
			return cookies;
		}

		/**
		 * @param name a cookie name
		 * @return the last {@code Set-Cookie} of that name, if any
		 */
		public Optional<SetCookie> setCookie(String name) {
			SetCookie found = null;
			for (SetCookie cookie : setCookies()) {
				if (cookie.name().equals(name)) {
					found = cookie;
				}
			}
			return Optional.ofNullable(found);
		}

	}

	/**
	 * A {@code Set-Cookie} header as sent.
	 *
	 * @param raw the header's value
	 * @param name the cookie's name
	 * @param value its value
	 * @param attributes its attributes, names lower-cased (flags map to an empty string)
	 */
	public record SetCookie(String raw, String name, String value, Map<String, String> attributes) {

		static SetCookie parse(String header) {
			String[] parts = header.split(";");
			String[] pair = parts[0].split("=", 2);
			Map<String, String> attributes = new LinkedHashMap<>();
			for (int i = 1; i < parts.length; i++) {
				String[] attribute = parts[i].trim().split("=", 2);
				attributes.put(attribute[0].toLowerCase(Locale.ROOT), (attribute.length > 1) ? attribute[1] : "");
			}
			return new SetCookie(header, pair[0].trim(), (pair.length > 1) ? pair[1].trim() : "", attributes);
		}

		/**
		 * @return the {@code Max-Age}, if any
		 */
		public Optional<Long> maxAge() {
			return Optional.ofNullable(this.attributes.get("max-age")).map(Long::parseLong);
		}

		/**
		 * @param attribute an attribute name, any case
		 * @return whether the cookie has it
		 */
		public boolean has(String attribute) {
			return this.attributes.containsKey(attribute.toLowerCase(Locale.ROOT));
		}

		/**
		 * @param attribute an attribute name, any case
		 * @return its value, or {@code null}
		 */
		public String get(String attribute) {
			return this.attributes.get(attribute.toLowerCase(Locale.ROOT));
		}

	}

}
