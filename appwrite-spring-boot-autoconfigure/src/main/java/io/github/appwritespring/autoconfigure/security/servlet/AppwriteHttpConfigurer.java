package io.github.appwritespring.autoconfigure.security.servlet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
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
import io.github.appwritespring.autoconfigure.security.AppwriteSignInFailureEvent;
import io.github.appwritespring.autoconfigure.security.account.AccountEndpoints;
import io.github.appwritespring.autoconfigure.security.account.MfaEndpoints;
import io.github.appwritespring.autoconfigure.security.events.AppwriteWebhookReceiver;
import io.github.appwritespring.autoconfigure.security.internal.AppwriteJwts;
import io.github.appwritespring.autoconfigure.security.internal.EmailOtpCookie;
import io.github.appwritespring.autoconfigure.security.internal.MfaChallengeCookie;
import io.github.appwritespring.autoconfigure.security.internal.OAuth2StateCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInDetailsReader;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.internal.SignOuts;
import io.github.appwritespring.autoconfigure.security.internal.TokenSignIn;
import io.github.appwritespring.autoconfigure.security.internal.TrustedDeviceCookie;
import io.github.appwritespring.autoconfigure.security.internal.VerifiedEmailGate;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyFactorCookie;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.client.AppwriteClient;

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
 * sign-in page as entry point (401 JSON for JSON clients, scripts and assets), 503
 * answers when Appwrite is unavailable, and Appwrite's webhook when
 * {@code appwrite.security.events.signature-key} is set. Sign-in, sign-up and OAuth2
 * completion run through Spring Security's authentication pipeline: a
 * {@code ProviderManager} of the integration's providers that publishes events through
 * the application's {@code AuthenticationEventPublisher} and is observed as Spring
 * Security observes its own, the chain's {@link AppwriteSecurityContextRepository} (which
 * sets the cookies), then replaceable success and failure handlers. A session made during
 * a request and never saved to the browser is deleted at its end. With
 * {@code appwrite.security.require-verified-email}, a {@link VerifiedEmailFilter} right
 * after the session's resolution keeps signed-in users with an unverified email to the
 * permitted pages and what verifies the email, ahead of this chain's own rules. Settings
 * come from {@code appwrite.security.*}; the methods here override them for this chain.
 *
 * @since 0.1.0
 */
public final class AppwriteHttpConfigurer extends AbstractHttpConfigurer<AppwriteHttpConfigurer, HttpSecurity> {

	private @Nullable String loginPage;

	private @Nullable String signupPage;

	private @Nullable String successUrl;

	private @Nullable String logoutSuccessUrl;

	private @Nullable AuthenticationSuccessHandler successHandler;

	private @Nullable AuthenticationFailureHandler failureHandler;

	private @Nullable ServletSignIns signIns;

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

	/**
	 * Sets what answers a successful sign-in, sign-up or OAuth2 completion, once the
	 * browser is signed in (its cookies are set by then). By default: JSON clients get
	 * {@code 200 {"user": ...}}, browsers a redirect to the requested target, the saved
	 * request or the success URL, and the OAuth2 callback a same-site bounce page. Tell
	 * the endpoints apart by the request's path.
	 * @param successHandler what answers a successful sign-in
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer successHandler(AuthenticationSuccessHandler successHandler) {
		this.successHandler = successHandler;
		return this;
	}

	/**
	 * Sets what answers a failed sign-in, sign-up or OAuth2 completion (the exception is
	 * an {@link io.github.appwritespring.autoconfigure.security.AppwriteSignInException}
	 * with the reason). By default: the sign-in or sign-up page with {@code ?error=code},
	 * a 429 page with {@code Retry-After} when throttled, and JSON errors for JSON
	 * clients.
	 * @param failureHandler what answers a failed sign-in
	 * @return this configurer
	 */
	public AppwriteHttpConfigurer failureHandler(AuthenticationFailureHandler failureHandler) {
		this.failureHandler = failureHandler;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		AppwriteSecurityProperties properties = bean(http, AppwriteSecurityProperties.class);
		AppwriteSessionCookie sessionCookie = bean(http, AppwriteSessionCookie.class);
		AppwriteJwts jwts = AppwriteJwts.of(properties.getJwt().getPaths());
		RequestMatcher jwtPaths = (jwts != null) ? jwtPaths(jwts) : (request) -> false;
		ServletCsrf csrf = new ServletCsrf(sessionCookie.isSecure(), jwtPaths);
		ServletSignIns signIns = new ServletSignIns(bean(http, AppwriteAuthenticator.class), sessionCookie,
				new OAuth2StateCookie(properties.getOauth2().getStateCookieName(),
						properties.getOauth2().getStateLifetime(), properties.getEndpoints().getOauth2Callback(),
						sessionCookie.isSecure()),
				new TrustedDeviceCookie(properties.getThrottle().getTrustedDevice().getCookieName(),
						properties.getEndpoints().getLogin(), sessionCookie.isSecure()),
				bean(http, AppwriteSessionResolver.class), bean(http, AppwriteSessionClientFactory.class), csrf,
				getSecurityContextHolderStrategy(), SignInDetailsReader.of(properties),
				context(http).getBeanProvider(TrustedDevices.class).getIfAvailable(),
				context(http).getBeanProvider(PasskeyFactorCookie.class).getIfAvailable());
		AppwriteSecurityContextRepository contextRepository = new AppwriteSecurityContextRepository(signIns);
		CookieRequestCache requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher(
				(request) -> ServletExchange.browserRequest(request).isWorthSaving() && !jwtPaths.matches(request));
		this.signIns = signIns;
		this.requestCache = requestCache;
		// No HTTP session. Not sessionManagement(STATELESS): HttpSecurity applies its
		// session-management configurer before this one, so it has already chosen an
		// HttpSession repository when this init runs; setting a policy now would not make
		// it stateless, it would only make it add a SessionManagementFilter that saves
		// each authenticated request's context in a new HttpSession (a JSESSIONID on
		// every answer to a client that does not send it back, kept by the server for its
		// whole timeout) and renews the CSRF token. The configurer is removed instead;
		// its
		// DisableEncodeUrlFilter is added back in configure().
		http.setSharedObject(SessionCreationPolicy.class, SessionCreationPolicy.STATELESS);
		http.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext((context) -> context.securityContextRepository(contextRepository))
			.requestCache((cache) -> cache.requestCache(requestCache))
			// on the JWT paths the cookie is never read: nothing for a forged request to
			// use
			.csrf((config) -> config.spa().csrfTokenRepository(csrf.repository()).ignoringRequestMatchers(jwtPaths))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new AppwriteAuthenticationEntryPoint(
					pages(properties).loginPage(), properties.getMfa().isEnabled() ? properties.getMfaPage() : null)))
			.logout((logout) -> logout.disable());
	}

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = context(http);
		AppwriteSecurityProperties properties = bean(http, AppwriteSecurityProperties.class);
		ServletSignIns signIns = this.signIns;
		RequestCache requestCache = this.requestCache;
		if (signIns == null || requestCache == null) {
			throw new IllegalStateException("AppwriteHttpConfigurer was configured without being initialized");
		}
		SignInPages pages = pages(properties);
		SecurityContextRepository contextRepository = http.getSharedObject(SecurityContextRepository.class);
		if (contextRepository == null) {
			contextRepository = new AppwriteSecurityContextRepository(signIns);
		}
		AppwriteSecurityProperties.Endpoints endpoints = properties.getEndpoints();
		AppwriteJwts jwts = AppwriteJwts.of(properties.getJwt().getPaths());
		boolean emailPassword = properties.getEmailPassword().isEnabled();
		RequestMatcher login = emailPassword ? post(endpoints.getLogin()) : null;
		RequestMatcher signup = (emailPassword && properties.getSignup().isEnabled()) ? post(endpoints.getSignup())
				: null;
		boolean mfa = properties.getMfa().isEnabled();
		String mfaVerify = endpoints.getMfa() + "/verify";
		EmailOtpCookie emailOtpCookie = TokenSignIn.cookie(properties, signIns.sessionCookie().isSecure(),
				Clock.systemUTC());
		List<TokenSignIn> tokenSignIns = TokenSignIn.of(properties, emailOtpCookie);
		List<RequestMatcher> own = new ArrayList<>(List.of(post(endpoints.getLogin()), post(endpoints.getSignup()),
				post(mfaVerify), PathPatternRequestMatcher.withDefaults().matcher(endpoints.getOauth2() + "/**")));
		tokenSignIns.forEach((tokenSignIn) -> own.add((request) -> tokenSignIn.matches(request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()))));
		PasskeyEndpoints passkeys = PasskeyEndpoints.of(context, properties, signIns.sessionCookie().isSecure());
		if (passkeys != null) {
			own.add(post(AppwritePasskeySignInFilter.PATH));
		}
		RequestMatcher ownEndpoints = new OrRequestMatcher(own);
		AuthenticationManager authenticationManager = authenticationManager(context, signIns.authenticator(), login,
				signup, mfa, (passkeys != null) ? passkeys.provider(signIns.authenticator()) : null);
		AuthenticationSuccessHandler successHandler = (this.successHandler != null) ? this.successHandler
				: new SignInSuccessHandler(requestCache, pages);
		AuthenticationFailureHandler failureHandler = (this.failureHandler != null) ? this.failureHandler
				: new SignInFailureHandler(pages, mfa ? properties.getMfaPage() : null);
		AppwriteOAuth2Filter oauth2 = new AppwriteOAuth2Filter(authenticationManager, signIns, properties, pages);
		answer(oauth2, context, contextRepository, successHandler, failureHandler);
		http.addFilter(postProcess(new DisableEncodeUrlFilter()))
			.addFilterBefore(postProcess(new AppwriteUnavailableFilter()), SecurityContextHolderFilter.class)
			.addFilterBefore(postProcess(new NewSessionsFilter(signIns)), SecurityContextHolderFilter.class)
			.addFilterAfter(
					postProcess(new AppwriteCsrfTokenFilter(
							PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, endpoints.getCsrf()))),
					CsrfFilter.class)
			.addFilterBefore(
					postProcess(new AppwriteSessionFilter(signIns, contextRepository,
							(jwts != null) ? new OrRequestMatcher(ownEndpoints, jwtPaths(jwts)) : ownEndpoints)),
					LogoutFilter.class)
			.addFilterAt(
					postProcess(
							new AppwriteSignOutFilter(signIns, contextRepository, context, post(endpoints.getLogout()),
									pages, new SignOuts(bean(http, AppwriteClient.class), signIns.resolver()))),
					LogoutFilter.class)
			.addFilterBefore(postProcess(oauth2), UsernamePasswordAuthenticationFilter.class);
		if (jwts != null) {
			// after the session filter, which was added before LogoutFilter first
			http.addFilterBefore(postProcess(new AppwriteJwtFilter(jwts, signIns)), LogoutFilter.class);
		}
		VerifiedEmailGate verifiedEmail = VerifiedEmailGate.of(properties, pages);
		if (verifiedEmail != null) {
			// after the session filter, which was added before LogoutFilter first
			http.addFilterBefore(
					postProcess(new VerifiedEmailFilter(verifiedEmail, getSecurityContextHolderStrategy())),
					LogoutFilter.class);
		}
		for (TokenSignIn tokenSignIn : tokenSignIns) {
			AppwriteTokenSignInFilter filter = new AppwriteTokenSignInFilter(authenticationManager, signIns,
					tokenSignIn);
			answer(filter, context, contextRepository, successHandler, failureHandler);
			http.addFilterBefore(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
		}
		MfaChallengeCookie challengeCookie = new MfaChallengeCookie(properties.getMfa().getChallengeCookieName(),
				properties.getMfa().getChallengeLifetime(), endpoints.getMfa(), signIns.sessionCookie().isSecure());
		AccountEndpoints accountEndpoints = AccountEndpoints
			.of(properties, bean(http, AppwriteClient.class), bean(http, LoginThrottle.class), pages, emailOtpCookie,
					signIns.resolver())
			.and(MfaEndpoints.of(properties, bean(http, AppwriteClient.class), bean(http, LoginThrottle.class),
					challengeCookie, pages));
		if (!accountEndpoints.all().isEmpty()) {
			http.addFilterBefore(postProcess(new AppwriteAccountFilter(accountEndpoints, signIns, pages)),
					UsernamePasswordAuthenticationFilter.class);
		}
		if (mfa) {
			AppwriteMfaFilter verify = new AppwriteMfaFilter(authenticationManager, signIns, mfaVerify, challengeCookie,
					pages.redirectParameter());
			answer(verify, context, contextRepository, successHandler, failureHandler);
			http.addFilterBefore(postProcess(verify), UsernamePasswordAuthenticationFilter.class);
		}
		if (passkeys != null) {
			AppwritePasskeySignInFilter passkeySignIn = passkeys.signInFilter(authenticationManager, signIns,
					pages.redirectParameter());
			answer(passkeySignIn, context, contextRepository, successHandler, failureHandler);
			http.addFilterBefore(postProcess(passkeySignIn), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(postProcess(passkeys.endpointsFilter(getSecurityContextHolderStrategy(), pages)),
						UsernamePasswordAuthenticationFilter.class);
		}
		if (login != null || signup != null) {
			AppwriteSignInFilter signIn = new AppwriteSignInFilter(authenticationManager, signIns, login, signup,
					pages.redirectParameter());
			answer(signIn, context, contextRepository, successHandler, failureHandler);
			http.addFilterAt(postProcess(signIn), UsernamePasswordAuthenticationFilter.class);
		}
		AppwriteWebhookReceiver webhook = context.getBeanProvider(AppwriteWebhookReceiver.class).getIfAvailable();
		if (webhook != null) {
			http.addFilterBefore(postProcess(new AppwriteWebhookFilter(post(endpoints.getEvents()), webhook)),
					SecurityContextHolderFilter.class);
		}
	}

	private static RequestMatcher jwtPaths(AppwriteJwts jwts) {
		return (request) -> jwts.matches(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private void answer(AbstractAuthenticationProcessingFilter filter, ApplicationContext context,
			SecurityContextRepository contextRepository, AuthenticationSuccessHandler successHandler,
			AuthenticationFailureHandler failureHandler) {
		filter.setSecurityContextRepository(contextRepository);
		filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
		filter.setAuthenticationSuccessHandler(successHandler);
		filter.setAuthenticationFailureHandler(failureHandler);
		filter.setApplicationEventPublisher(context);
		filter.setAllowSessionCreation(false);
	}

	/**
	 * The endpoints' authentication manager: a {@link ProviderManager} of the enabled
	 * flows' providers, publishing events through the application's
	 * {@link AuthenticationEventPublisher}, and observed as Spring Security observes its
	 * own (its {@code ObjectPostProcessor<AuthenticationManager>} wraps it in an
	 * {@code ObservationAuthenticationManager} when an {@code ObservationRegistry} is
	 * there).
	 */
	private static AuthenticationManager authenticationManager(ApplicationContext context,
			AppwriteAuthenticator authenticator, @Nullable RequestMatcher login, @Nullable RequestMatcher signup,
			boolean mfa, @Nullable AuthenticationProvider passkeys) {
		List<AuthenticationProvider> providers = new ArrayList<>();
		if (login != null) {
			providers.add(new AppwriteEmailPasswordAuthenticationProvider(authenticator));
		}
		if (signup != null) {
			providers.add(new AppwriteSignUpAuthenticationProvider(authenticator));
		}
		providers.add(new AppwriteOAuth2AuthenticationProvider(authenticator));
		providers.add(new AppwriteTokenAuthenticationProvider(authenticator));
		if (mfa) {
			providers.add(new AppwriteMfaAuthenticationProvider(authenticator));
		}
		if (passkeys != null) {
			providers.add(passkeys);
		}
		ProviderManager manager = new ProviderManager(providers);
		manager.setAuthenticationEventPublisher(context.getBeanProvider(AuthenticationEventPublisher.class)
			.getIfUnique(() -> AppwriteSignInFailureEvent.mapped(new DefaultAuthenticationEventPublisher(context))));
		ObjectProvider<ObjectPostProcessor<AuthenticationManager>> postProcessors = context.getBeanProvider(
				ResolvableType.forClassWithGenerics(ObjectPostProcessor.class, AuthenticationManager.class));
		return postProcessors.getIfUnique(ObjectPostProcessor::identity).postProcess(manager);
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
