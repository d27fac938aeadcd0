package io.github.appwritespring.autoconfigure.web.servlet;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;

/**
 * Lets a Spring MVC controller method take the current user's
 * {@link AppwriteSessionClient} as an argument.
 *
 * @since 0.1.0
 */
public class AppwriteSessionClientArgumentResolver implements HandlerMethodArgumentResolver {

	private final AppwriteSessionClientFactory factory;

	/**
	 * Creates a new {@code AppwriteSessionClientArgumentResolver}.
	 * @param factory makes the session client from the request
	 */
	public AppwriteSessionClientArgumentResolver(AppwriteSessionClientFactory factory) {
		this.factory = factory;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AppwriteSessionClient.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null) {
			throw new IllegalStateException("AppwriteSessionClient arguments need a servlet request");
		}
		return ServletAppwriteSessions.resolve(this.factory, request);
	}

}
