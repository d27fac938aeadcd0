package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteLimitedSessionException;
import io.github.appwritespring.autoconfigure.security.AppwriteUnavailableException;

/**
 * Signs each request in from its session cookie: the cookie's session is resolved to its
 * Appwrite user, who becomes the request's {@link AppwriteAuthenticationToken}.
 * Resolution is deferred until something asks for the authentication (an
 * {@code authenticated()} rule, a controller's principal), so public pages and static
 * resources cost no Appwrite call, and happens at most once per request, error page
 * included. A malformed cookie counts as no session. A session Appwrite refuses (expired,
 * deleted, blocked user) is signed out and its cookie expired. A limited session (its
 * second factor not completed yet) is anonymous, but keeps its cookie. Appwrite being
 * unavailable is not a sign-out: the cookie stays and the request fails with
 * {@link AppwriteUnavailableException} (answered 503).
 *
 * @since 0.1.0
 */
public class AppwriteSessionFilter extends OncePerRequestFilter {

	/**
	 * The request attribute holding the request's resolution: its security context, or
	 * the {@link AppwriteUnavailableException} that was answered with 503.
	 */
	static final String RESOLUTION = AppwriteSessionFilter.class.getName() + ".RESOLUTION";

	private final ServletSignIns signIns;

	private final SecurityContextRepository contextRepository;

	private final RequestMatcher skip;

	AppwriteSessionFilter(ServletSignIns signIns, SecurityContextRepository contextRepository, RequestMatcher skip) {
		this.signIns = signIns;
		this.contextRepository = contextRepository;
		this.skip = skip;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication existing = this.signIns.contextHolder().getContext().getAuthentication();
		List<String> values = ServletExchange.cookies(request, this.signIns.sessionCookie().name());
		String secret = (existing == null && !values.isEmpty() && !this.skip.matches(request))
				? this.signIns.sessionCookie().read(values) : null;
		if (secret != null) {
			Supplier<SecurityContext> resolved = () -> resolve(request, response, secret);
			this.signIns.contextHolder().setDeferredContext(SingletonSupplier.of(resolved));
		}
		chain.doFilter(request, response);
	}

	private SecurityContext resolve(HttpServletRequest request, HttpServletResponse response, String secret) {
		Object earlier = request.getAttribute(RESOLUTION);
		if (earlier instanceof SecurityContext context) {
			return context;
		}
		if (earlier instanceof AppwriteUnavailableException) {
			// already answered 503; the error page renders without a user instead of
			// failing again
			return this.signIns.contextHolder().createEmptyContext();
		}
		try {
			AppwriteAuthenticationToken token = this.signIns.resolver()
				.resolve(secret, request.getHeader(HttpHeaders.USER_AGENT))
				.block();
			SecurityContext context;
			if (token != null) {
				context = this.signIns.authenticatedContext(request, this.signIns.withPasskeyFactor(request, token));
				this.contextRepository.saveContext(context, request, response);
			}
			else {
				context = this.signIns.sessionRefused(request, response);
			}
			request.setAttribute(RESOLUTION, context);
			return context;
		}
		catch (AppwriteLimitedSessionException ex) {
			SecurityContext context = this.signIns.sessionLimited(request);
			request.setAttribute(RESOLUTION, context);
			return context;
		}
		catch (AppwriteUnavailableException ex) {
			request.setAttribute(RESOLUTION, ex);
			throw ex;
		}
	}

}
