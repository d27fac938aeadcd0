package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;

import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.Answer;
import io.github.appwritespring.autoconfigure.security.internal.BouncePage;
import io.github.appwritespring.autoconfigure.security.internal.BrowserRequest;
import io.github.appwritespring.autoconfigure.security.internal.RetryAfter;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInFields;
import io.github.appwritespring.autoconfigure.web.servlet.ServletAppwriteSessions;

/**
 * What the servlet filters read from requests and write to responses: form or JSON
 * fields, cookies, whether the client wants JSON, JSON answers.
 */
final class ServletExchange {

	private ServletExchange() {
	}

	/**
	 * Returns whether the client sent or asked for JSON rather than a page.
	 * @param request a request
	 * @return whether the client sent or asked for JSON rather than a page
	 */
	static boolean wantsJson(HttpServletRequest request) {
		return SecurityJson.wanted(request.getContentType(), request.getHeader(HttpHeaders.ACCEPT));
	}

	/**
	 * Returns what decides how the request is answered without a signed-in user.
	 * @param request a request
	 * @return what decides how the request is answered without a signed-in user
	 */
	static BrowserRequest browserRequest(HttpServletRequest request) {
		return new BrowserRequest(request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()), request.getContentType(),
				request.getHeader(HttpHeaders.ACCEPT), request.getHeader("X-Requested-With"),
				request.getHeader("Sec-Fetch-Dest"), request.getHeader(Answer.HX_REQUEST));
	}

	/**
	 * Returns the fields of a sign-in, sign-up or sign-out request, or {@code null} when
	 * a JSON body is not a JSON object or is too large.
	 * @param request a POST with form or JSON fields
	 * @return its fields, or {@code null} when a JSON body is not a JSON object or is too
	 * large
	 */
	static @Nullable SignInFields signInFields(HttpServletRequest request) throws IOException {
		Map<String, String> body = fields(request);
		return (body != null) ? SignInFields.of(body, request.getQueryString()) : null;
	}

	/**
	 * Returns the fields of an authentication request; fails with
	 * {@link AppwriteSignInException} ({@link Reason#REQUEST}) when the body is
	 * unreadable, a JSON body not a JSON object or too large.
	 * @param request a POST with form or JSON fields
	 * @return its fields
	 */
	static SignInFields authenticationFields(HttpServletRequest request) {
		SignInFields fields;
		try {
			fields = signInFields(request);
		}
		catch (IOException ex) {
			fields = null;
		}
		if (fields == null) {
			throw new AppwriteSignInException(Reason.REQUEST);
		}
		return fields;
	}

	/**
	 * Returns the body's single-valued fields, or {@code null} when a JSON body is not a
	 * JSON object or is too large. The servlet API merges a form's fields with the query
	 * string's parameters, the query's first: a field counts as the body's when the body
	 * holds exactly one value for it.
	 */
	private static @Nullable Map<String, String> fields(HttpServletRequest request) throws IOException {
		if (SecurityJson.isJson(request.getContentType())) {
			if (request.getContentLengthLong() > SecurityJson.MAX_BODY) {
				return null;
			}
			try (InputStream body = request.getInputStream()) {
				byte[] bytes = body.readNBytes(SecurityJson.MAX_BODY + 1);
				return (bytes.length > SecurityJson.MAX_BODY) ? null : SecurityJson.fields(bytes);
			}
		}
		return SignInFields.bodyFields(request.getParameterMap(), request.getQueryString());
	}

	/**
	 * Returns the single-valued parameters of a GET link, read as parameters rather than
	 * from the query string, which reads with its {@code secret} redacted on the links
	 * {@link OAuth2CallbackRedactingFilter} covers.
	 * @param request a GET request
	 * @return the parameters given exactly once
	 */
	static Map<String, String> linkFields(HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return SignInFields.singleValued(parameters);
	}

	/**
	 * Returns the value of the cookie, or {@code null} when absent or given twice with
	 * different values.
	 * @param request a request
	 * @param name a cookie name
	 * @return the value of the cookie, or {@code null} when absent or given twice with
	 * different values
	 */
	static @Nullable String cookie(HttpServletRequest request, String name) {
		return AppwriteSessionCookie.unambiguous(cookies(request, name));
	}

	/**
	 * Returns every value the request carries for the cookie.
	 * @param request a request
	 * @param name a cookie name
	 * @return every value the request carries for the cookie
	 */
	static List<String> cookies(HttpServletRequest request, String name) {
		return ServletAppwriteSessions.cookieValues(request, name);
	}

	/**
	 * Returns the request as the server received it, below every wrapper (such as
	 * Spring's {@code ForwardedHeaderFilter}, which replaces the remote address and hides
	 * the forwarded headers).
	 * @param request a request, possibly wrapped
	 * @return the innermost request
	 */
	static HttpServletRequest asArrived(HttpServletRequest request) {
		ServletRequest current = request;
		while (current instanceof ServletRequestWrapper wrapper) {
			current = wrapper.getRequest();
		}
		return (current instanceof HttpServletRequest arrived) ? arrived : request;
	}

	/**
	 * Writes an answer, the one way the servlet side writes the starter's redirects,
	 * bounce pages, JSON bodies and error pages: its cookies and {@code Retry-After}
	 * first, then the answer as the request needs it (an htmx request gets
	 * {@code HX-Redirect} rather than a redirect).
	 * @param request the request
	 * @param response the response
	 * @param decided the answer
	 */
	static void answer(HttpServletRequest request, HttpServletResponse response, Answer decided) throws IOException {
		Answer answer = decided.forHtmx(Answer.isHtmx(request.getHeader(Answer.HX_REQUEST)));
		answer.cookies().forEach((cookie) -> addCookie(response, cookie));
		answer.headers().forEach(response::setHeader);
		Duration retryAfter = answer.retryAfter();
		if (retryAfter != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(retryAfter));
		}
		String target = request.getContextPath() + answer.target();
		byte[] json = answer.json();
		switch (answer.kind()) {
			case BOUNCE -> bounce(response, target);
			case REDIRECT -> {
				response.setStatus(answer.status());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setHeader(HttpHeaders.LOCATION, target);
			}
			case HTMX_REDIRECT -> {
				response.setStatus(answer.status());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setHeader(Answer.HX_REDIRECT, target);
			}
			case JSON -> json(response, answer.status(), (json != null) ? json : new byte[0]);
			case EMPTY -> {
				response.setStatus(answer.status());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			case ERROR -> response.sendError(answer.status(), answer.message());
		}
	}

	/**
	 * Answers the same-site bounce page that moves on to a URL of the application.
	 */
	private static void bounce(HttpServletResponse response, String url) throws IOException {
		byte[] page = BouncePage.html(url);
		response.setStatus(200);
		response.setHeader(HttpHeaders.CACHE_CONTROL, BouncePage.CACHE_CONTROL);
		response.setHeader("Referrer-Policy", BouncePage.REFERRER_POLICY);
		response.setHeader("Content-Security-Policy", BouncePage.CONTENT_SECURITY_POLICY);
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	static void addCookie(HttpServletResponse response, ResponseCookie cookie) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	static void json(HttpServletResponse response, int status, byte[] body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * A 302 with a relative {@code Location}, so no Host header can turn it into another
	 * origin ({@code HX-Redirect} for htmx).
	 */
	static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		answer(request, response, Answer.redirect(HttpServletResponse.SC_FOUND, path));
	}

}
