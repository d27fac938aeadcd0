package io.github.appwritespring.autoconfigure.security.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * What the starter answers to a request it handles itself (a sign-in, a sign-up, a
 * sign-out, an account endpoint, a request that needs a signed-in user), decided the same
 * way on both stacks and written by one writer per stack.
 * <p>
 * htmx: a request with {@code HX-Request: true} follows a 302 inside the page and swaps
 * the page it leads to into a fragment, so {@link #forHtmx(boolean)} turns every redirect
 * (and the same-site bounce page) into {@code 200} with {@code HX-Redirect}, which makes
 * htmx load the whole page. Not {@code HX-Location}: the pages it leads to follow a
 * sign-in or a sign-out, whose new CSRF token only a whole page load brings. Other
 * answers (an error page, JSON, a 429) stay what a form post gets; {@code HX-Retarget}
 * and {@code HX-Reswap} are left to the application.
 *
 * @param kind how it is written
 * @param status the status
 * @param target the path of the application a redirect leads to (without the context
 * path), or {@code null}
 * @param json the JSON body, or {@code null}
 * @param message the message for people (an error page's)
 * @param retryAfter the {@code Retry-After}, or {@code null}
 * @param cookies the cookies to set first
 * @param headers other headers to set, by name
 */
public record Answer(Kind kind, int status, @Nullable String target, byte @Nullable [] json, String message,
		@Nullable Duration retryAfter, List<ResponseCookie> cookies, Map<String, String> headers) {

	/** The header htmx sends on each of its requests. */
	public static final String HX_REQUEST = "HX-Request";

	/** The header that makes htmx load another page in full. */
	public static final String HX_REDIRECT = "HX-Redirect";

	/**
	 * Returns a redirect to a path of the application.
	 * @param status 302 or 303
	 * @param path the path, without the context path
	 * @return the answer
	 */
	public static Answer redirect(int status, String path) {
		return new Answer(Kind.REDIRECT, status, path, null, "", null, List.of(), Map.of());
	}

	/**
	 * Returns the same-site bounce page that moves on to a path of the application (for a
	 * link that arrives cross-site, whose {@code SameSite=Strict} cookie a redirect would
	 * not carry).
	 * @param path the path, without the context path
	 * @return the answer
	 */
	public static Answer bounce(String path) {
		return new Answer(Kind.BOUNCE, 200, path, null, "", null, List.of(), Map.of());
	}

	/**
	 * Returns a JSON answer.
	 * @param status the status
	 * @param json the body
	 * @return the answer
	 */
	public static Answer json(int status, byte[] json) {
		return new Answer(Kind.JSON, status, null, json, "", null, List.of(), Map.of());
	}

	/**
	 * Returns an answer without a body.
	 * @param status the status
	 * @return the answer
	 */
	public static Answer empty(int status) {
		return new Answer(Kind.EMPTY, status, null, null, "", null, List.of(), Map.of());
	}

	/**
	 * Returns the application's error page for a status.
	 * @param status the status
	 * @param message the message for people
	 * @return the answer
	 */
	public static Answer error(int status, String message) {
		return new Answer(Kind.ERROR, status, null, null, message, null, List.of(), Map.of());
	}

	/**
	 * Returns a failure as a JSON client or a browser gets it: {@code {"error": code,
	 * "message": ...}} with the status, or the application's error page for the status.
	 * @param wantsJson whether the client sent or asked for JSON
	 * @param status the status
	 * @param code the error code
	 * @param message the message for people
	 * @return the answer
	 */
	public static Answer failure(boolean wantsJson, int status, String code, String message) {
		return wantsJson ? json(status, SecurityJson.error(code, message)).withMessage(message)
				: error(status, message);
	}

	/**
	 * Returns this answer with a message for people.
	 * @param message the message
	 * @return this answer with the message
	 */
	public Answer withMessage(String message) {
		return new Answer(this.kind, this.status, this.target, this.json, message, this.retryAfter, this.cookies,
				this.headers);
	}

	/**
	 * Returns this answer with a {@code Retry-After}.
	 * @param retryAfter how long to wait, or {@code null} for no header
	 * @return this answer with the header
	 */
	public Answer withRetryAfter(@Nullable Duration retryAfter) {
		return new Answer(this.kind, this.status, this.target, this.json, this.message, retryAfter, this.cookies,
				this.headers);
	}

	/**
	 * Returns this answer with cookies to set.
	 * @param cookies the cookies
	 * @return this answer with the cookies
	 */
	public Answer withCookies(List<ResponseCookie> cookies) {
		return new Answer(this.kind, this.status, this.target, this.json, this.message, this.retryAfter,
				List.copyOf(cookies), this.headers);
	}

	/**
	 * Returns this answer with one more header.
	 * @param name the header's name
	 * @param value its value
	 * @return this answer with the header
	 */
	public Answer withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new Answer(this.kind, this.status, this.target, this.json, this.message, this.retryAfter, this.cookies,
				Collections.unmodifiableMap(all));
	}

	/**
	 * Returns the answer for the request: for an htmx request, a redirect or bounce page
	 * becomes {@code 200} with {@code HX-Redirect}; everything else stays as it is.
	 * @param htmx whether the request came from htmx ({@link #isHtmx(String)})
	 * @return the answer to write
	 */
	public Answer forHtmx(boolean htmx) {
		if (!htmx || (this.kind != Kind.REDIRECT && this.kind != Kind.BOUNCE)) {
			return this;
		}
		return new Answer(Kind.HTMX_REDIRECT, 200, this.target, null, this.message, this.retryAfter, this.cookies,
				this.headers);
	}

	/**
	 * Returns whether a request came from htmx.
	 * @param hxRequest the request's {@code HX-Request} header, or {@code null}
	 * @return whether it is {@code true}
	 */
	public static boolean isHtmx(@Nullable String hxRequest) {
		return "true".equalsIgnoreCase(hxRequest);
	}

	@Override
	public String toString() {
		return "Answer[" + this.kind + " " + this.status + "]";
	}

	/** How an answer is written. */
	public enum Kind {

		/** A redirect ({@code Location}, relative to the application). */
		REDIRECT,

		/** The same-site bounce page. */
		BOUNCE,

		/** {@code 200} with {@code HX-Redirect} for htmx. */
		HTMX_REDIRECT,

		/** A JSON body. */
		JSON,

		/** No body. */
		EMPTY,

		/** The application's error page. */
		ERROR

	}

}
