package io.github.appwritespring.autoconfigure.security.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;

/**
 * How an account endpoint answers, written the same way on both stacks: a redirect to a
 * path of the application when {@code redirect} is set (with {@code status} 302 or 303),
 * else a JSON body when {@code json} is set, else the application's error page for the
 * status with the message. A redirect with {@code status} 200 is made by the same-site
 * bounce page the OAuth2 callback answers with (for links that arrive cross-site from a
 * mail client, whose {@code SameSite=Strict} session cookie a redirect would not carry).
 * Cookies are set first; {@code signsOut} also expires the session cookie (the session is
 * gone in Appwrite).
 *
 * @param status the status
 * @param redirect the path to redirect to (relative to the application), or {@code null}
 * @param json the JSON body, or {@code null}
 * @param message the message for people
 * @param retryAfter the {@code Retry-After}, or {@code null}
 * @param cookies cookies to set
 * @param signsOut whether the browser's session ended
 * @since 0.1.0
 */
public record AccountAnswer(int status, @Nullable String redirect, byte @Nullable [] json, String message,
		@Nullable Duration retryAfter, List<ResponseCookie> cookies, boolean signsOut) {

	/**
	 * Returns the answer to an endpoint that did what was asked: a browser goes to the
	 * page with {@code notice=}<em>notice</em> in its query (303, so that a refresh does
	 * not post again), a JSON client gets {@code 200} and the fields.
	 * @param request the request
	 * @param page where the browser goes
	 * @param notice what the page may tell the user, e.g. {@code recovery_sent}
	 * @param json the JSON client's fields
	 * @return the answer
	 */
	public static AccountAnswer done(AccountRequest request, String page, String notice, Map<String, ?> json) {
		if (request.wantsJson()) {
			return new AccountAnswer(200, null, SecurityJson.object(json), notice, null, List.of(), false);
		}
		return new AccountAnswer(303, withParameter(page, "notice", notice), null, notice, null, List.of(), false);
	}

	/**
	 * Returns the answer to an endpoint that did what was asked: a browser goes to the
	 * page as it is (303), a JSON client gets {@code 200} and the fields.
	 * @param request the request
	 * @param page where the browser goes
	 * @param json the JSON client's fields
	 * @return the answer
	 */
	public static AccountAnswer redirect(AccountRequest request, String page, Map<String, ?> json) {
		if (request.wantsJson()) {
			return new AccountAnswer(200, null, SecurityJson.object(json), "", null, List.of(), false);
		}
		return new AccountAnswer(303, page, null, "", null, List.of(), false);
	}

	/**
	 * Returns this answer for a link that arrives cross-site (from a mail client): a
	 * redirect becomes the same-site bounce page, so that the page it leads to gets the
	 * {@code SameSite=Strict} session cookie; other answers stay as they are.
	 * @return this answer, bouncing
	 */
	public AccountAnswer bouncing() {
		if (this.redirect == null) {
			return this;
		}
		return new AccountAnswer(200, this.redirect, null, this.message, this.retryAfter, this.cookies, this.signsOut);
	}

	/**
	 * Returns whether a browser is sent on by the same-site bounce page rather than a
	 * redirect.
	 * @return whether the answer is the bounce page
	 */
	public boolean bounces() {
		return this.redirect != null && this.status == 200;
	}

	/**
	 * Returns the answer to an endpoint that could not do what was asked: a browser goes
	 * back to the page with {@code error=}<em>code</em> (or gets a 429 error page when
	 * throttled), a JSON client gets the problem's status and {@code {"error": code,
	 * "message": ...}}.
	 * @param request the request
	 * @param page the page the form is on
	 * @param problem why
	 * @return the answer
	 */
	public static AccountAnswer failed(AccountRequest request, String page, AccountProblem problem) {
		if (request.wantsJson()) {
			return new AccountAnswer(problem.status(), null, SecurityJson.error(problem.code(), problem.message()),
					problem.message(), null, List.of(), false);
		}
		if (problem == AccountProblem.THROTTLED || problem == AccountProblem.NOT_SENT) {
			return new AccountAnswer(problem.status(), null, null, problem.message(), null, List.of(), false);
		}
		return new AccountAnswer(303, withParameter(page, "error", problem.code()), null, problem.message(), null,
				List.of(), false);
	}

	/**
	 * Returns the answer to a throttled request, with {@code Retry-After}.
	 * @param request the request
	 * @param page the page the form is on
	 * @param retryAfter how long to wait
	 * @return the answer
	 */
	public static AccountAnswer throttled(AccountRequest request, String page, Duration retryAfter) {
		AccountAnswer failed = failed(request, page, AccountProblem.THROTTLED);
		return new AccountAnswer(failed.status, failed.redirect, failed.json, failed.message, retryAfter,
				failed.cookies, failed.signsOut);
	}

	/**
	 * Returns this answer with one more cookie to set.
	 * @param cookie the cookie
	 * @return this answer with the cookie
	 */
	public AccountAnswer withCookie(ResponseCookie cookie) {
		List<ResponseCookie> all = new ArrayList<>(this.cookies);
		all.add(cookie);
		return new AccountAnswer(this.status, this.redirect, this.json, this.message, this.retryAfter, List.copyOf(all),
				this.signsOut);
	}

	/**
	 * Returns this answer, also signing the browser out (its session ended).
	 * @return this answer, signing the browser out
	 */
	public AccountAnswer signingOut() {
		return new AccountAnswer(this.status, this.redirect, this.json, this.message, this.retryAfter, this.cookies,
				true);
	}

	/**
	 * Returns what each stack's writer writes: this answer's redirect, bounce page, JSON
	 * body or error page, with its cookies and {@code Retry-After}.
	 * @return the answer to write
	 */
	public Answer answer() {
		Answer answer;
		if (this.redirect != null) {
			answer = bounces() ? Answer.bounce(this.redirect) : Answer.redirect(this.status, this.redirect);
		}
		else if (this.json != null) {
			answer = Answer.json(this.status, this.json);
		}
		else {
			answer = Answer.error(this.status, this.message);
		}
		return answer.withMessage(this.message).withRetryAfter(this.retryAfter).withCookies(this.cookies);
	}

	/**
	 * Returns the page with one more query parameter (name and value are URL-safe).
	 * @param page a path, possibly with a query
	 * @param name the parameter's name
	 * @param value its value
	 * @return the page with the parameter
	 */
	public static String withParameter(String page, String name, String value) {
		return page + (page.contains("?") ? "&" : "?") + name + "=" + value;
	}

}
