package io.github.appwritespring.client.transport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.type.TypeReference;

import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.internal.Require;

/**
 * One call to Appwrite's REST API: method, path below the endpoint, query parameters,
 * body and extra headers. Built by the services; executed by {@link AppwriteTransport}.
 */
public final class ApiRequest {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final HttpMethod method;

	private final String path;

	private final List<String[]> query = new ArrayList<>(4);

	private final Map<String, String> headers = new LinkedHashMap<>(2);

	private @Nullable Object jsonBody;

	private @Nullable MultiValueMap<String, HttpEntity<?>> multipartBody;

	private String accept = "application/json";

	private ApiRequest(HttpMethod method, String... segments) {
		this.method = method;
		StringBuilder path = new StringBuilder(32);
		for (String segment : segments) {
			path.append('/').append(UriUtils.encodePathSegment(checkedSegment(segment), StandardCharsets.UTF_8));
		}
		this.path = path.toString();
	}

	/**
	 * Encoding keeps {@code .} and {@code ..} as they are, and a server or proxy would
	 * read them as "this" or "the parent" directory: an ID like {@code ..} could then
	 * reach another route. No Appwrite ID can be either.
	 */
	private static String checkedSegment(String segment) {
		Require.nonBlank("path segment", segment);
		if (segment.equals(".") || segment.equals("..")) {
			throw new IllegalArgumentException("'" + segment + "' cannot be used as an ID in a request path");
		}
		return segment;
	}

	/**
	 * Returns a GET request.
	 * @param segments the path below the endpoint, one segment per argument (encoded
	 * here)
	 * @return a GET request
	 */
	public static ApiRequest get(String... segments) {
		return new ApiRequest(HttpMethod.GET, segments);
	}

	/**
	 * Returns a POST request.
	 * @param segments the path below the endpoint
	 * @return a POST request
	 */
	public static ApiRequest post(String... segments) {
		return new ApiRequest(HttpMethod.POST, segments);
	}

	/**
	 * Returns a PUT request.
	 * @param segments the path below the endpoint
	 * @return a PUT request
	 */
	public static ApiRequest put(String... segments) {
		return new ApiRequest(HttpMethod.PUT, segments);
	}

	/**
	 * Returns a PATCH request.
	 * @param segments the path below the endpoint
	 * @return a PATCH request
	 */
	public static ApiRequest patch(String... segments) {
		return new ApiRequest(HttpMethod.PATCH, segments);
	}

	/**
	 * Returns a DELETE request.
	 * @param segments the path below the endpoint
	 * @return a DELETE request
	 */
	public static ApiRequest delete(String... segments) {
		return new ApiRequest(HttpMethod.DELETE, segments);
	}

	/**
	 * Adds a query parameter unless the value is {@code null}.
	 * @param name the parameter name
	 * @param value its value
	 * @return this request
	 */
	public ApiRequest query(String name, @Nullable Object value) {
		if (value != null) {
			this.query.add(new String[] { name, String.valueOf(value) });
		}
		return this;
	}

	/**
	 * Adds an array parameter as repeated {@code name[]=value} pairs.
	 * @param name the parameter name without brackets
	 * @param values its values, or {@code null} for none
	 * @return this request
	 */
	public ApiRequest queryArray(String name, @Nullable List<String> values) {
		if (values != null) {
			for (String value : values) {
				this.query.add(new String[] { name + "[]", value });
			}
		}
		return this;
	}

	/**
	 * Adds the non-{@code null} components of an options record as query parameters, each
	 * under its component's name: lists as repeated {@code name[]}, maps as
	 * {@code name[key]}.
	 * @param options a record of optional parameters named as Appwrite names them
	 * @return this request
	 */
	public ApiRequest queryAll(Object options) {
		Map<String, Object> values = Json.mapper().convertValue(options, OBJECT);
		values.forEach((name, value) -> {
			if (value instanceof List<?> list) {
				list.forEach((item) -> this.query.add(new String[] { name + "[]", String.valueOf(item) }));
			}
			else if (value instanceof Map<?, ?> map) {
				map.forEach(
						(key, item) -> this.query.add(new String[] { name + "[" + key + "]", String.valueOf(item) }));
			}
			else {
				query(name, value);
			}
		});
		return this;
	}

	/**
	 * Sets the JSON body (a map or a record); {@code null} fields are left out.
	 * @param body the JSON body (a map or a record); {@code null} fields are left out
	 * @return this request
	 */
	public ApiRequest json(Object body) {
		this.jsonBody = body;
		return this;
	}

	/**
	 * Sets the multipart body.
	 * @param body the multipart body
	 * @return this request
	 */
	public ApiRequest multipart(MultiValueMap<String, HttpEntity<?>> body) {
		this.multipartBody = body;
		return this;
	}

	/**
	 * Sets a header name.
	 * @param name a header name
	 * @param value its value
	 * @return this request
	 */
	public ApiRequest header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * Sets the {@code Accept} header, {@code application/json} unless set.
	 * @param accept the {@code Accept} header, {@code application/json} unless set
	 * @return this request
	 */
	public ApiRequest accept(String accept) {
		this.accept = accept;
		return this;
	}

	/**
	 * Returns the HTTP method.
	 * @return the HTTP method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Returns the encoded path below the endpoint, without the query string.
	 * @return the encoded path below the endpoint, without the query string
	 */
	public String path() {
		return this.path;
	}

	String pathAndQuery() {
		if (this.query.isEmpty()) {
			return this.path;
		}
		StringBuilder uri = new StringBuilder(this.path.length() + 64 * this.query.size()).append(this.path);
		char separator = '?';
		for (String[] pair : this.query) {
			uri.append(separator)
				.append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
			separator = '&';
		}
		return uri.toString();
	}

	@Nullable Object jsonBody() {
		return this.jsonBody;
	}

	@Nullable MultiValueMap<String, HttpEntity<?>> multipartBody() {
		return this.multipartBody;
	}

	Map<String, String> headers() {
		return this.headers;
	}

	String accept() {
		return this.accept;
	}

	@Override
	public String toString() {
		return this.method.name() + " " + this.path;
	}

}
