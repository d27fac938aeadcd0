package io.github.appwritespring.test;

import org.jspecify.annotations.Nullable;
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

	private volatile @Nullable String jwt;

	AppwriteJwtRequestPostProcessor(AppwriteTestSessions.Source source) {
		this.source = source;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		ApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + jwt(context));
		return request;
	}

	private String jwt(@Nullable ApplicationContext context) {
		String value = this.jwt;
		if (value == null) {
			synchronized (this) {
				value = this.jwt;
				if (value == null) {
					value = this.source.session(context);
					this.jwt = value;
				}
			}
		}
		return value;
	}

	@Override
	public String toString() {
		return "AppwriteJwtRequestPostProcessor";
	}

}
