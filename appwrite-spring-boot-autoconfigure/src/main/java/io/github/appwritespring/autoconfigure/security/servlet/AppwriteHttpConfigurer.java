package io.github.appwritespring.autoconfigure.security.servlet;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
 * Appwrite sign-in for a servlet {@code SecurityFilterChain}:
 *
 * <pre>{@code
 * &#64;Bean
 * SecurityFilterChain app(HttpSecurity http) throws Exception {
 *     http.authorizeHttpRequests((requests) -> requests
 *             .requestMatchers("/login", "/signup", "/error").permitAll()
 *             .requestMatchers("/admin/**").hasRole("ADMIN")
 *             .anyRequest().authenticated())
 *         .with(AppwriteHttpConfigurer.appwrite(), (appwrite) -> appwrite.loginPage("/sign-in"));
 *     return http.build();
 * }
 * }</pre>
 *
 * It makes the chain stateless (no HTTP session: the Appwrite session lives in its
 * cookie, the saved request and CSRF token in cookies of their own), resolves each
 * request's session cookie to its user, adds the sign-in, sign-up, sign-out, OAuth2 and
 * CSRF-token endpoints, CSRF protection on every unsafe method (sign-in included), the
 * sign-in page as entry point, and 503 answers when Appwrite is unavailable. Settings
 * come from {@code appwrite.security.*}; the methods here override them for this chain.
 *
 * @since 0.1.0
 */
public final class AppwriteHttpConfigurer extends AbstractHttpConfigurer<AppwriteHttpConfigurer, HttpSecurity> {

	private @Nullable String loginPage;

	private @Nullable String signupPage;

	private @Nullable String successUrl;

	private @Nullable String logoutSuccessUrl;

	private @Nullable ServletCsrf csrf;

	private @Nullable RequestCache requestCache;

	/**
	 * Returns a configurer for {@code http.with(...)}.
	 * @return a configurer for {@code http.with(...)}
	 */
	public static AppwriteHttpConfigurer appwrite() {
		return new AppwriteHttpConfigurer();
	}

	/**
	 * Sets the sign-in page (overrides {@code appwrite.security.login-page}).
	 * @param loginPage the sign-in page (overrides {@code appwrite.security.login-page})
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer loginPage(String loginPage) {
		this.loginPage = loginPage;
		return this;
	}

	/**
	 * Sets the sign-up page (overrides {@code appwrite.security.signup-page}).
	 * @param signupPage the sign-up page (overrides
	 * {@code appwrite.security.signup-page})
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer signupPage(String signupPage) {
		this.signupPage = signupPage;
		return this;
	}

	/**
	 * Sets the default after signing in (overrides
	 * {@code appwrite.security.success-url}).
	 * @param successUrl the default after signing in (overrides
	 * {@code appwrite.security.success-url})
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer successUrl(String successUrl) {
		this.successUrl = successUrl;
		return this;
	}

	/**
	 * Sets the default after signing out (overrides
	 * {@code appwrite.security.logout-success-url}).
	 * @param logoutSuccessUrl the default after signing out (overrides
	 * {@code appwrite.security.logout-success-url})
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer logoutSuccessUrl(String logoutSuccessUrl) {
		this.logoutSuccessUrl = logoutSuccessUrl;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		AppwriteSecurityProperties properties = bean(http, AppwriteSecurityProperties.class);
		SignInPages pages = pages(properties);
		ServletCsrf csrf = new ServletCsrf(bean(http, AppwriteSessionCookie.class).isSecure());
		CookieRequestCache requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher(AppwriteHttpConfigurer::isPageRequest);
		this.csrf = csrf;
		this.requestCache = requestCache;
		// No HTTP session. Not sessionManagement(STATELESS): HttpSecurity applies its
		// session-management configurer
		// before this one, so it has already chosen an HttpSession repository when this
		// init runs; setting a policy
		// now would not make it stateless, it would only make it add a
		// SessionManagementFilter that saves each
		// authenticated request's context in a new HttpSession (a JSESSIONID on every
		// answer to a client that does
		// not send it back, kept by the server for its whole timeout) and renews the CSRF
		// token. The configurer is
		// removed instead; its DisableEncodeUrlFilter is added back in configure().
		http.setSharedObject(SessionCreationPolicy.class, SessionCreationPolicy.STATELESS);
		http.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((config) -> config.spa().csrfTokenRepository(csrf.repository()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new AppwriteAuthenticationEntryPoint(pages.loginPage())))
			.logout((logout) -> logout.disable());
	}

	@Override
	public void configure(HttpSecurity http) {
		AppwriteSecurityProperties properties = bean(http, AppwriteSecurityProperties.class);
		AppwriteAuthenticator authenticator = bean(http, AppwriteAuthenticator.class);
		SignInPages pages = pages(properties);
		SecurityContextRepository contextRepository = http.getSharedObject(SecurityContextRepository.class);
		if (contextRepository == null) {
			contextRepository = new RequestAttributeSecurityContextRepository();
		}
		AppwriteSessionCookie sessionCookie = bean(http, AppwriteSessionCookie.class);
		ServletSignIns signIns = new ServletSignIns(sessionCookie,
				new OAuth2StateCookie(properties.getOauth2().getStateCookieName(),
						properties.getOauth2().getStateLifetime(), properties.getEndpoints().getOauth2Callback(),
						sessionCookie.isSecure()),
				new TrustedDeviceCookie(properties.getThrottle().getTrustedDevice().getCookieName(),
						properties.getEndpoints().getLogin(), sessionCookie.isSecure()),
				bean(http, AppwriteSessionResolver.class), bean(http, AppwriteSessionClientFactory.class),
				getSecurityContextHolderStrategy(), contextRepository, SignInDetailsReader.of(properties),
				context(http).getBeanProvider(TrustedDevices.class).getIfAvailable());
		AppwriteSecurityProperties.Endpoints endpoints = properties.getEndpoints();
		boolean emailPassword = properties.getEmailPassword().isEnabled();
		RequestMatcher login = emailPassword ? post(endpoints.getLogin()) : null;
		RequestMatcher signup = (emailPassword && properties.getSignup().isEnabled()) ? post(endpoints.getSignup())
				: null;
		RequestMatcher ownEndpoints = new OrRequestMatcher(post(endpoints.getLogin()), post(endpoints.getSignup()),
				PathPatternRequestMatcher.withDefaults().matcher(endpoints.getOauth2() + "/**"));
		ServletCsrf csrf = (this.csrf != null) ? this.csrf : new ServletCsrf(sessionCookie.isSecure());
		RequestCache requestCache = (this.requestCache != null) ? this.requestCache : new CookieRequestCache();
		http.addFilter(postProcess(new DisableEncodeUrlFilter()))
			.addFilterBefore(postProcess(new AppwriteUnavailableFilter()), SecurityContextHolderFilter.class)
			.addFilterAfter(
					postProcess(new AppwriteCsrfTokenFilter(
							PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, endpoints.getCsrf()))),
					CsrfFilter.class)
			.addFilterBefore(postProcess(new AppwriteSessionFilter(signIns, ownEndpoints)), LogoutFilter.class)
			.addFilterAt(postProcess(
					new AppwriteSignOutFilter(authenticator, signIns, csrf, post(endpoints.getLogout()), pages)),
					LogoutFilter.class)
			.addFilterBefore(postProcess(new AppwriteOAuth2Filter(authenticator, signIns, csrf, properties, pages)),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAt(
					postProcess(
							new AppwriteSignInFilter(authenticator, signIns, requestCache, csrf, login, signup, pages)),
					UsernamePasswordAuthenticationFilter.class);
	}

	private SignInPages pages(AppwriteSecurityProperties properties) {
		SignInPages defaults = SignInPages.of(properties);
		return new SignInPages((this.loginPage != null) ? this.loginPage : defaults.loginPage(),
				(this.signupPage != null) ? this.signupPage : defaults.signupPage(),
				(this.successUrl != null) ? this.successUrl : defaults.successUrl(),
				(this.logoutSuccessUrl != null) ? this.logoutSuccessUrl : defaults.logoutSuccessUrl(),
				defaults.redirectParameter());
	}

	private static RequestMatcher post(String path) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path);
	}

	/** Only page navigations are worth coming back to after signing in. */
	private static boolean isPageRequest(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && !ServletExchange.wantsJson(request)
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
	}

	private static <T> T bean(HttpSecurity http, Class<T> type) {
		return context(http).getBean(type);
	}

	private static ApplicationContext context(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		if (context == null) {
			throw new IllegalStateException("AppwriteHttpConfigurer needs the application context");
		}
		return context;
	}

}
