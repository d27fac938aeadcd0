package io.github.appwritespring.autoconfigure.security.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@code POST} to the sign-in, sign-up and sign-out endpoints, read the
 * same way on both stacks. Credentials ({@code email}, {@code password}, {@code name})
 * come from the body only, a form or a JSON object, never from the query string (which
 * proxies and access logs keep). The {@code redirect} field comes from the body, or else
 * from the query string, so that a link or a form's action can carry it
 * ({@code POST /auth/logout?redirect=/bye}). A field given more than once counts as
 * absent.
 */
public final class SignInFields {

	private final Map<String, String> body;

	private final Map<String, List<String>> query;

	private SignInFields(Map<String, String> body, Map<String, List<String>> query) {
		this.body = body;
		this.query = query;
	}

	/**
	 * Returns the fields of a request.
	 * @param body the body's single-valued fields (form or JSON)
	 * @param rawQuery the request's raw (still encoded) query string, or {@code null}
	 * @return the fields of a request
	 */
	public static SignInFields of(Map<String, String> body, @Nullable String rawQuery) {
		return new SignInFields(body, query(rawQuery));
	}

	/**
	 * Returns the body's fields.
	 * @return the body's single-valued fields
	 */
	public Map<String, String> body() {
		return this.body;
	}

	/**
	 * Returns the email.
	 * @return the email, or {@code null}
	 */
	public @Nullable String email() {
		return this.body.get("email");
	}

	/**
	 * Returns the password.
	 * @return the password, or {@code null}
	 */
	public @Nullable String password() {
		return this.body.get("password");
	}

	/**
	 * Returns the user's name (sign-up).
	 * @return the user's name, or {@code null}
	 */
	public @Nullable String name() {
		return this.body.get("name");
	}

	/**
	 * Returns where to go afterwards, when it is a safe relative path.
	 * @param parameter the field's name ({@code appwrite.security.redirect-parameter})
	 * @return where to go afterwards, or {@code null}
	 */
	public @Nullable String redirect(String parameter) {
		String requested = this.body.get(parameter);
		if (requested == null) {
			List<String> values = this.query.getOrDefault(parameter, List.of());
			requested = (values.size() == 1) ? values.get(0) : null;
		}
		return RedirectTargets.safeRelative(requested);
	}

	/**
	 * Returns the fields given exactly once: a field given more than once counts as
	 * absent, on both stacks and for bodies and queries alike.
	 * @param values every value of each field, in order
	 * @return the single-valued fields
	 */
	public static Map<String, String> singleValued(Map<String, ? extends List<String>> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		values.forEach((name, all) -> {
			if (all.size() == 1) {
				fields.put(name, all.get(0));
			}
		});
		return fields;
	}

	/**
	 * Returns the body's single-valued fields out of parameters that merge a form's
	 * fields with the query string's, the query's first (as the servlet API does): a
	 * field counts as the body's when the body holds exactly one value for it.
	 * @param parameters every parameter's values, the query's first
	 * @param rawQuery the raw query string, or {@code null}
	 * @return the body's single-valued fields
	 */
	public static Map<String, String> bodyFields(Map<String, String[]> parameters, @Nullable String rawQuery) {
		Map<String, List<String>> query = query(rawQuery);
		Map<String, List<String>> body = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			List<String> all = List.of(values);
			body.put(name, all.subList(Math.min(all.size(), query.getOrDefault(name, List.of()).size()), all.size()));
		});
		return singleValued(body);
	}

	/**
	 * Returns the decoded parameters of a query string, as a browser encodes a form
	 * ({@code +} is a space). A parameter that cannot be decoded is left out.
	 * @param rawQuery a raw query string, or {@code null}
	 * @return its parameters, in order
	 */
	public static Map<String, List<String>> query(@Nullable String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			try {
				String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
			}
			catch (IllegalArgumentException ex) {
				// malformed percent-encoding: not a field
			}
		}
		return parameters;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
