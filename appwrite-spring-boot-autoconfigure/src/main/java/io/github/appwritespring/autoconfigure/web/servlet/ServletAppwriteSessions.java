package io.github.appwritespring.autoconfigure.web.servlet;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * Reads the session client of a servlet request, once per request (kept in a request
 * attribute). With Spring Security, the session filter puts the client of the signed-in
 * user there first.
 *
 * @since 0.1.0
 */
public final class ServletAppwriteSessions {

	static final String ATTRIBUTE = AppwriteSessionClient.class.getName();

	private ServletAppwriteSessions() {
	}

	/**
	 * Makes a client the request's session client.
	 * @param request the request
	 * @param client its session client
	 */
	public static void remember(HttpServletRequest request, AppwriteSessionClient client) {
		request.setAttribute(ATTRIBUTE, client);
	}

	/**
	 * Returns every value the request carries for the cookie, in order.
	 * @param request a request
	 * @param name a cookie name
	 * @return every value the request carries for the cookie, in order
	 */
	public static List<String> cookieValues(HttpServletRequest request, String name) {
		List<String> values = new ArrayList<>(1);
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					values.add(cookie.getValue());
				}
			}
		}
		return values;
	}

	static AppwriteSessionClient resolve(AppwriteSessionClientFactory factory, HttpServletRequest request) {
		Object cached = request.getAttribute(ATTRIBUTE);
		if (cached instanceof AppwriteSessionClient client) {
			return client;
		}
		AppwriteSessionClient client = factory.create(cookieValues(request, factory.getCookieName()),
				request.getHeader(HttpHeaders.USER_AGENT));
		request.setAttribute(ATTRIBUTE, client);
		return client;
	}

}
