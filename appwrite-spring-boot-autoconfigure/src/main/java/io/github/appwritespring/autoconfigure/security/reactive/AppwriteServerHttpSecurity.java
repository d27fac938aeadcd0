package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClientFactory;
import io.github.appwritespring.autoconfigure.AppwriteSessionCookie;
import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticator;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteSessionResolver;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;

/**
 * Appwrite sign-in for a WebFlux {@code SecurityWebFilterChain}. Spring Security's
 * reactive {@link ServerHttpSecurity} has no {@code with(...)} configurers, so this
 * auto-configured bean applies itself:
 *
 * <pre>{@code
 * &#64;Bean
 * SecurityWebFilterChain app(ServerHttpSecurity http, AppwriteServerHttpSecurity appwrite) {
 *     return appwrite.loginPage("/sign-in")
 *         .configure(http)
 *         .authorizeExchange((exchanges) -> exchanges
 *             .pathMatchers("/sign-in", "/signup").permitAll()
 *             .pathMatchers("/admin/**").hasRole("ADMIN")
 *             .anyExchange().authenticated())
 *         .build();
 * }
 * }</pre>
 *
 * It is deliberately not a {@code Customizer<ServerHttpSecurity>}: Spring Security
 * applies every such bean to every chain, which would add the endpoints twice to a chain
 * that also calls {@link #configure}. The bean is immutable: the methods that override a
 * setting return a new instance, so chains can differ.
 * <p>
 * It makes the chain stateless (no web session: the Appwrite session lives in its cookie,
 * read by {@link AppwriteServerSecurityContextRepository}; the saved request and the CSRF
 * token live in cookies of their own), adds the sign-in, sign-up, sign-out, OAuth2 and
 * CSRF-token endpoints, CSRF protection on every unsafe method (sign-in included)
 * accepting the masked form field {@code _csrf} and the raw header {@code X-XSRF-TOKEN},
 * the sign-in page as entry point (401 JSON for JSON clients), the signed-in user's
 * {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient} for controllers,
 * and 503 answers when Appwrite is unavailable. It replaces Spring Security's logout (its
 * endpoint is the integration's). Settings come from {@code appwrite.security.*}; the
 * methods here override them.
 *
 * @since 0.1.0
 */
public final class AppwriteServerHttpSecurity {

	private final AppwriteSecurityProperties properties;

	private final AppwriteAuthenticator authenticator;

	private final AppwriteSessionCookie sessionCookie;

	private final AppwriteSessionResolver resolver;

	private final AppwriteSessionClientFactory sessionClients;

	private final @Nullable TrustedDevices devices;

	private final SignInPages pages;

	/**
	 * Creates a new {@code AppwriteServerHttpSecurity}.
	 * @param properties the security properties
	 * @param authenticator signs in with Appwrite
	 * @param sessionCookie the session cookie
	 * @param resolver resolves sessions
	 * @param sessionClients makes the per-request session clients
	 * @param devices issues trusted-device cookies, or {@code null} when they are off
	 */
	public AppwriteServerHttpSecurity(AppwriteSecurityProperties properties, AppwriteAuthenticator authenticator,
			AppwriteSessionCookie sessionCookie, AppwriteSessionResolver resolver,
			AppwriteSessionClientFactory sessionClients, @Nullable TrustedDevices devices) {
		this(properties, authenticator, sessionCookie, resolver, sessionClients, devices, SignInPages.of(properties));
	}

	private AppwriteServerHttpSecurity(AppwriteSecurityProperties properties, AppwriteAuthenticator authenticator,
			AppwriteSessionCookie sessionCookie, AppwriteSessionResolver resolver,
			AppwriteSessionClientFactory sessionClients, @Nullable TrustedDevices devices, SignInPages pages) {
		this.properties = properties;
		this.devices = devices;
		this.authenticator = authenticator;
		this.sessionCookie = sessionCookie;
		this.resolver = resolver;
		this.sessionClients = sessionClients;
		this.pages = pages;
	}

	/**
	 * Returns a configurer with that sign-in page.
	 * @param loginPage the sign-in page (overrides {@code appwrite.security.login-page})
	 * @return a configurer with that sign-in page
	 */
	public AppwriteServerHttpSecurity loginPage(String loginPage) {
		return with(new SignInPages(loginPage, this.pages.signupPage(), this.pages.successUrl(),
				this.pages.logoutSuccessUrl(), this.pages.redirectParameter()));
	}

	/**
	 * Returns a configurer with that sign-up page.
	 * @param signupPage the sign-up page (overrides
	 * {@code appwrite.security.signup-page})
	 * @return a configurer with that sign-up page
	 */
	public AppwriteServerHttpSecurity signupPage(String signupPage) {
		return with(new SignInPages(this.pages.loginPage(), signupPage, this.pages.successUrl(),
				this.pages.logoutSuccessUrl(), this.pages.redirectParameter()));
	}

	/**
	 * Returns a configurer with that URL.
	 * @param successUrl the default after signing in (overrides
	 * {@code appwrite.security.success-url})
	 * @return a configurer with that URL
	 */
	public AppwriteServerHttpSecurity successUrl(String successUrl) {
		return with(new SignInPages(this.pages.loginPage(), this.pages.signupPage(), successUrl,
				this.pages.logoutSuccessUrl(), this.pages.redirectParameter()));
	}

	/**
	 * Returns a configurer with that URL.
	 * @param logoutSuccessUrl the default after signing out (overrides
	 * {@code appwrite.security.logout-success-url})
	 * @return a configurer with that URL
	 */
	public AppwriteServerHttpSecurity logoutSuccessUrl(String logoutSuccessUrl) {
		return with(new SignInPages(this.pages.loginPage(), this.pages.signupPage(), this.pages.successUrl(),
				logoutSuccessUrl, this.pages.redirectParameter()));
	}

	private AppwriteServerHttpSecurity with(SignInPages pages) {
		return new AppwriteServerHttpSecurity(this.properties, this.authenticator, this.sessionCookie, this.resolver,
				this.sessionClients, this.devices, pages);
	}

	/**
	 * Applies Appwrite sign-in to a chain.
	 * @param http the chain's builder
	 * @return the builder, to go on configuring it
	 */
	public ServerHttpSecurity configure(ServerHttpSecurity http) {
		AppwriteSecurityProperties.Endpoints endpoints = this.properties.getEndpoints();
		ReactiveCsrf csrf = new ReactiveCsrf(this.sessionCookie.isSecure());
		AppwriteServerSecurityContextRepository contextRepository = new AppwriteServerSecurityContextRepository(
				this.sessionCookie, this.resolver);
		CookieServerRequestCache requestCache = new CookieServerRequestCache();
		requestCache.setSaveRequestMatcher(AppwriteServerHttpSecurity::isPageRequest);
		ReactiveSignIns signIns = new ReactiveSignIns(this.sessionCookie,
				new OAuth2StateCookie(this.properties.getOauth2().getStateCookieName(),
						this.properties.getOauth2().getStateLifetime(), endpoints.getOauth2Callback(),
						this.sessionCookie.isSecure()),
				new TrustedDeviceCookie(this.properties.getThrottle().getTrustedDevice().getCookieName(),
						endpoints.getLogin(), this.sessionCookie.isSecure()),
				this.resolver, contextRepository, csrf, SignInDetailsReader.of(this.properties), this.devices);
		boolean emailPassword = this.properties.getEmailPassword().isEnabled();
		@Nullable ServerWebExchangeMatcher login = emailPassword ? post(endpoints.getLogin()) : null;
		@Nullable ServerWebExchangeMatcher signup = (emailPassword && this.properties.getSignup().isEnabled())
				? post(endpoints.getSignup()) : null;
		return http.securityContextRepository(contextRepository)
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((config) -> config.csrfTokenRepository(csrf.repository())
				.csrfTokenRequestHandler(csrf.requestHandler()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					new AppwriteServerAuthenticationEntryPoint(this.pages.loginPage(), requestCache)))
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.addFilterAt(new AppwriteUnavailableWebFilter(), SecurityWebFiltersOrder.FIRST)
			.addFilterAfter(new AppwriteSessionClientWebFilter(this.sessionClients),
					SecurityWebFiltersOrder.REACTOR_CONTEXT)
			.addFilterAt(
					new AppwriteCsrfTokenWebFilter(
							ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, endpoints.getCsrf())),
					SecurityWebFiltersOrder.HTTP_BASIC)
			.addFilterAt(new AppwriteOAuth2WebFilter(this.authenticator, signIns, this.properties, this.pages),
					SecurityWebFiltersOrder.FORM_LOGIN)
			.addFilterAt(
					new AppwriteSignInWebFilter(this.authenticator, signIns, requestCache, login, signup, this.pages),
					SecurityWebFiltersOrder.FORM_LOGIN)
			.addFilterAt(
					new AppwriteSignOutWebFilter(this.authenticator, signIns, post(endpoints.getLogout()), this.pages),
					SecurityWebFiltersOrder.LOGOUT);
	}

	private static ServerWebExchangeMatcher post(String path) {
		return ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, path);
	}

	/** Only page navigations are worth coming back to after signing in. */
	private static Mono<MatchResult> isPageRequest(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		boolean page = request.getMethod() == HttpMethod.GET && !ReactiveExchange.wantsJson(request)
				&& !"XMLHttpRequest".equals(request.getHeaders().getFirst("X-Requested-With"))
				&& !request.getPath().pathWithinApplication().value().startsWith("/favicon.");
		return page ? MatchResult.match() : MatchResult.notMatch();
	}

}
