package io.github.appwritespring.test;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.Assert;
import org.springframework.web.context.support.WebApplicationContextUtils;

import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Adds a real Appwrite session cookie to a MockMvc request; made by
 * {@link AppwriteMockMvc}. The session is created on first use and reused on every
 * request this instance is applied to, as a browser would.
 *
 * @since 0.1.0
 */
public final class AppwriteSessionRequestPostProcessor implements RequestPostProcessor {

	private final AppwriteTestSessions.Source source;

	private final @Nullable AppwriteEmulator emulator;

	private @Nullable String cookieName;

	AppwriteSessionRequestPostProcessor(AppwriteTestSessions.Source source, @Nullable AppwriteEmulator emulator) {
		this.source = AppwriteTestSessions.once(source);
		this.emulator = emulator;
	}

	/**
	 * Sets the session cookie's name, when the application's cannot be found (e.g. a
	 * standalone MockMvc set-up without an application context).
	 * @param cookieName the session cookie's name, when the application's cannot be found
	 * (e.g. a standalone MockMvc set-up without an application context)
	 * @return this post-processor
	 */
	public AppwriteSessionRequestPostProcessor cookieName(String cookieName) {
		Assert.hasText(cookieName, "cookieName must not be empty");
		this.cookieName = cookieName;
		return this;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		ApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
		String name = (this.cookieName != null) ? this.cookieName
				: AppwriteTestSessions.cookieName(context, this.emulator);
		Cookie[] existing = request.getCookies();
		Cookie[] cookies = (existing != null) ? Arrays.copyOf(existing, existing.length + 1) : new Cookie[1];
		cookies[cookies.length - 1] = new Cookie(name, this.source.session(context));
		request.setCookies(cookies);
		return request;
	}

}
