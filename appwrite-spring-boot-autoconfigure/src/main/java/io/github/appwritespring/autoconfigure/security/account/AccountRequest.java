package io.github.appwritespring.autoconfigure.security.account;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInDetails;

/**
 * What an account endpoint learns from its request, read the same way on both stacks.
 *
 * @param fields the fields: a POST's body (form or one JSON object; never its query), a
 * GET's query parameters; a field given more than once is absent
 * @param redirect where the browser asked to go afterwards, a safe relative path, or
 * {@code null}
 * @param user the signed-in user, or {@code null} (read only for endpoints whose
 * {@link AccountEndpoint#access()} needs one, which costs the session's resolution)
 * @param sessionSecret the value of the session cookie, or {@code null}; set even when
 * the session is not (yet) a full sign-in, e.g. waiting for its second factor
 * @param details the client address, user agent and trusted-device cookie
 * @param wantsJson whether the client sent or asked for JSON rather than a page
 * @param applicationUrl the application's absolute URL as the browser reaches it (behind
 * its proxies), context path included, without a trailing slash: links in emails are
 * built on it
 * @param cookies the request's cookies by name (a cookie given twice with different
 * values is absent)
 * @since 0.1.0
 */
public record AccountRequest(Map<String, String> fields, @Nullable String redirect,
		@Nullable AppwriteAuthenticationToken user, @Nullable String sessionSecret, AppwriteSignInDetails details,
		boolean wantsJson, String applicationUrl, Function<String, @Nullable String> cookies) {

	/** The longest field value read; longer ones count as missing. */
	public static final int MAX_FIELD = 1024;

	/**
	 * Returns a field, trimmed, or {@code null} when it is missing, blank or too long.
	 * @param name the field's name
	 * @return the field, trimmed, or {@code null}
	 */
	public @Nullable String field(String name) {
		String value = this.fields.get(name);
		if (value == null || value.length() > MAX_FIELD) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Returns a secret field (a password or code) as typed, not trimmed, or {@code null}
	 * when it is missing, empty or longer than 256 characters.
	 * @param name the field's name
	 * @return the field, or {@code null}
	 */
	public @Nullable String secretField(String name) {
		String value = this.fields.get(name);
		return (value == null || value.isEmpty() || value.length() > 256) ? null : value;
	}

	/**
	 * Returns a cookie's value.
	 * @param name the cookie's name
	 * @return its value, or {@code null}
	 */
	public @Nullable String cookie(String name) {
		return this.cookies.apply(name);
	}

	/**
	 * Returns the absolute URL of a path of the application.
	 * @param path a path starting with {@code /}
	 * @return the absolute URL
	 */
	public String url(String path) {
		return this.applicationUrl + path;
	}

	/**
	 * Returns the application's context path (servlet) or base path (WebFlux), {@code ""}
	 * for none: the path of cookies set below it starts with it.
	 * @return the context path
	 */
	public String contextPath() {
		String path = URI.create(this.applicationUrl).getRawPath();
		return (path != null) ? path : "";
	}

	@Override
	public String toString() {
		return "AccountRequest[fields=" + this.fields.keySet() + ", user="
				+ ((this.user != null) ? this.user.getName() : null) + "]";
	}

}
