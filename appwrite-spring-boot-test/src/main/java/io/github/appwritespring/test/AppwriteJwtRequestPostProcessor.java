package io.github.appwritespring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Adds a real Appwrite JWT to a MockMvc request as {@code Authorization: Bearer <jwt>};
 * made by {@link AppwriteMockMvc#appwriteJwt(String)}. The JWT is made on first use and
 * reused on every request this instance is applied to, as an API client would (it lives
 * 15 minutes, longer than a test).
 *
 * @since 0.1.0
 */
public final class AppwriteJwtRequestPostProcessor implements RequestPostProcessor {

	private final AppwriteTestSessions.Source source;

	AppwriteJwtRequestPostProcessor(AppwriteTestSessions.Source source) {
		this.source = AppwriteTestSessions.once(source);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		ApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.source.session(context));
		return request;
	}

	@Override
	public String toString() {
		return "AppwriteJwtRequestPostProcessor";
	}

}
