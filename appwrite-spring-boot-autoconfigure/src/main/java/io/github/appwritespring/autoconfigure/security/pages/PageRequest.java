package io.github.appwritespring.autoconfigure.security.pages;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a default page shows from its request.
 *
 * @param contextPath the application's context path ({@code ""} at the root)
 * @param query the query's single-valued parameters ({@code error}, {@code notice},
 * {@code userId}, {@code secret}, {@code redirect}, ...)
 * @param csrfParameter the CSRF form field's name, or {@code null} when there is no token
 * @param csrfToken the CSRF token for the form field, or {@code null}
 * @since 0.1.0
 */
public record PageRequest(String contextPath, Map<String, String> query, @Nullable String csrfParameter,
		@Nullable String csrfToken) {

	@Override
	public String toString() {
		return "PageRequest[contextPath=" + this.contextPath + ", query=" + this.query.keySet() + "]";
	}

}
