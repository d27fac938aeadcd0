package io.github.appwritespring.autoconfigure.security.reactive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DelegatingReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
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
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.autoconfigure.security.throttle.TrustedDevices;
import io.github.appwritespring.client.AppwriteClient;

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
 * the sign-in page as entry point (401 JSON for JSON clients, scripts and assets), the
 * signed-in user's {@link io.github.appwritespring.autoconfigure.AppwriteSessionClient}
 * for controllers, 503 answers when Appwrite is unavailable, and Appwrite's webhook when
 * {@code appwrite.security.events.signature-key} is set. It replaces Spring Security's
 * logout (its endpoint is the integration's). Sign-in, sign-up and OAuth2 completion run
 * through Spring Security's {@code AuthenticationWebFilter}: a
 * {@link ReactiveAuthenticationManager} that publishes authentication events through the
 * application's {@link AuthenticationEventPublisher} and is observed as Spring Security
 * observes its own, then replaceable success and failure handlers. With
 * {@code appwrite.security.require-verified-email}, a {@link VerifiedEmailWebFilter}
 * right after the session's resolution keeps signed-in users with an unverified email to
 * the permitted pages and what verifies the email, ahead of this chain's own rules.
 * Settings come from {@code appwrite.security.*}; the methods here override them.
 *
 * @since 0.1.0
 */
public final class AppwriteServerHttpSecurity {

	private final Parts parts;

	private final SignInPages pages;

	private final @Nullable ServerAuthenticationSuccessHandler successHandler;

	private final @Nullable ServerAuthenticationFailureHandler failureHandler;

	AppwriteServerHttpSecurity(Parts parts) {
		this(parts, SignInPages.of(parts.properties()), null, null);
	}

	private AppwriteServerHttpSecurity(Parts parts, SignInPages pages,
			@Nullable ServerAuthenticationSuccessHandler successHandler,
			@Nullable ServerAuthenticationFailureHandler failureHandler) {
		this.parts = parts;
		this.pages = pages;
		this.successHandler = successHandler;
		this.failureHandler = failureHandler;
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

	/**
	 * Returns a configurer whose successful sign-ins, sign-ups and OAuth2 completions
	 * that handler answers, once the browser is signed in (its cookies are set by then).
	 * By default: JSON clients get {@code 200 {"user": ...}}, browsers a redirect to the
	 * requested target, the saved request or the success URL, and the OAuth2 callback a
	 * same-site bounce page. Tell the endpoints apart by the request's path.
	 * @param successHandler what answers a successful sign-in
	 * @return a configurer with that handler
	 */
	public AppwriteServerHttpSecurity successHandler(ServerAuthenticationSuccessHandler successHandler) {
		return new AppwriteServerHttpSecurity(this.parts, this.pages, successHandler, this.failureHandler);
	}

	/**
	 * Returns a configurer whose failed sign-ins, sign-ups and OAuth2 completions that
	 * handler answers (the exception is an
	 * {@link io.github.appwritespring.autoconfigure.security.AppwriteSignInException}
	 * with the reason). By default: the sign-in or sign-up page with {@code ?error=code},
	 * a 429 page with {@code Retry-After} when throttled, and JSON errors for JSON
	 * clients.
	 * @param failureHandler what answers a failed sign-in
	 * @return a configurer with that handler
	 */
	public AppwriteServerHttpSecurity failureHandler(ServerAuthenticationFailureHandler failureHandler) {
		return new AppwriteServerHttpSecurity(this.parts, this.pages, this.successHandler, failureHandler);
	}

	private AppwriteServerHttpSecurity with(SignInPages pages) {
		return new AppwriteServerHttpSecurity(this.parts, pages, this.successHandler, this.failureHandler);
	}

	/**
	 * Applies Appwrite sign-in to a chain.
	 * @param http the chain's builder
	 * @return the builder, to go on configuring it
	 */
	public ServerHttpSecurity configure(ServerHttpSecurity http) {
		AppwriteSecurityProperties properties = this.parts.properties();
		AppwriteSecurityProperties.Endpoints endpoints = properties.getEndpoints();
		AppwriteSessionCookie sessionCookie = this.parts.sessionCookie();
		AppwriteJwts jwts = AppwriteJwts.of(properties.getJwt().getPaths());
		ServerWebExchangeMatcher jwtPaths = (exchange) -> (jwts != null
				&& jwts.matches(exchange.getRequest().getPath().pathWithinApplication().value())) ? MatchResult.match()
						: MatchResult.notMatch();
		ReactiveCsrf csrf = new ReactiveCsrf(sessionCookie.isSecure(), jwtPaths);
		ReactiveSignIns signIns = new ReactiveSignIns(this.parts.authenticator(), sessionCookie,
				new OAuth2StateCookie(properties.getOauth2().getStateCookieName(),
						properties.getOauth2().getStateLifetime(), endpoints.getOauth2Callback(),
						sessionCookie.isSecure()),
				new TrustedDeviceCookie(properties.getThrottle().getTrustedDevice().getCookieName(),
						endpoints.getLogin(), sessionCookie.isSecure()),
				this.parts.resolver(), csrf, SignInDetailsReader.of(properties), this.parts.devices());
		AppwriteServerSecurityContextRepository contextRepository = new AppwriteServerSecurityContextRepository(signIns,
				jwts);
		CookieServerRequestCache requestCache = new StatelessAwareRequestCache();
		requestCache
			.setSaveRequestMatcher((exchange) -> (ReactiveExchange.browserRequest(exchange.getRequest()).isWorthSaving()
					&& exchange.getAttribute(AppwriteJwts.ATTRIBUTE) == null) ? MatchResult.match()
							: MatchResult.notMatch());
		boolean emailPassword = properties.getEmailPassword().isEnabled();
		@Nullable ServerWebExchangeMatcher login = emailPassword ? post(endpoints.getLogin()) : null;
		@Nullable ServerWebExchangeMatcher signup = (emailPassword && properties.getSignup().isEnabled())
				? post(endpoints.getSignup()) : null;
		boolean mfa = properties.getMfa().isEnabled();
		ReactiveAuthenticationManager authenticationManager = authenticationManager(login, signup, mfa);
		ServerAuthenticationSuccessHandler successHandler = (this.successHandler != null) ? this.successHandler
				: new ServerSignInSuccessHandler(requestCache, this.pages);
		ServerAuthenticationFailureHandler failureHandler = (this.failureHandler != null) ? this.failureHandler
				: new ServerSignInFailureHandler(this.pages, mfa ? properties.getMfaPage() : null);
		AppwriteOAuth2WebFilter oauth2 = new AppwriteOAuth2WebFilter(authenticationManager, signIns, properties,
				this.pages);
		answer(oauth2, contextRepository, successHandler, failureHandler);
		http.securityContextRepository(contextRepository)
			.requestCache((cache) -> cache.requestCache(requestCache))
			// on the JWT paths the cookie is never read: nothing for a forged request to
			// use
			.csrf((config) -> config.csrfTokenRepository(csrf.repository())
				.csrfTokenRequestHandler(csrf.requestHandler())
				.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
						new NegatedServerWebExchangeMatcher(jwtPaths))))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new AppwriteServerAuthenticationEntryPoint(this.pages.loginPage(),
						properties.getMfa().isEnabled() ? properties.getMfaPage() : null, requestCache)))
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.addFilterAt(new AppwriteUnavailableWebFilter(), SecurityWebFiltersOrder.FIRST)
			.addFilterAfter(new NewSessionsWebFilter(signIns), SecurityWebFiltersOrder.REACTOR_CONTEXT)
			.addFilterAfter(new AppwriteSessionClientWebFilter(this.parts.sessionClients()),
					SecurityWebFiltersOrder.REACTOR_CONTEXT)
			.addFilterAt(
					new AppwriteCsrfTokenWebFilter(
							ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, endpoints.getCsrf())),
					SecurityWebFiltersOrder.HTTP_BASIC)
			.addFilterAt(oauth2, SecurityWebFiltersOrder.FORM_LOGIN)
			.addFilterAt(new AppwriteSignOutWebFilter(signIns, contextRepository, this.parts.events(),
					post(endpoints.getLogout()), this.pages, new SignOuts(this.parts.admin(), this.parts.resolver())),
					SecurityWebFiltersOrder.LOGOUT);
		if (jwts != null) {
			// before the verified-email gate and authorization
			http.addFilterBefore(new AppwriteJwtWebFilter(jwts, signIns), SecurityWebFiltersOrder.HTTP_BASIC);
		}
		VerifiedEmailGate verifiedEmail = VerifiedEmailGate.of(properties, this.pages);
		if (verifiedEmail != null) {
			// after CSRF and the security context, before every endpoint and
			// authorization
			http.addFilterAt(new VerifiedEmailWebFilter(verifiedEmail), SecurityWebFiltersOrder.HTTP_BASIC);
		}
		EmailOtpCookie emailOtpCookie = TokenSignIn.cookie(properties, sessionCookie.isSecure(), Clock.systemUTC());
		for (TokenSignIn tokenSignIn : TokenSignIn.of(properties, emailOtpCookie)) {
			AppwriteTokenSignInWebFilter filter = new AppwriteTokenSignInWebFilter(authenticationManager, signIns,
					tokenSignIn);
			answer(filter, contextRepository, successHandler, failureHandler);
			http.addFilterAt(filter, SecurityWebFiltersOrder.FORM_LOGIN);
		}
		MfaChallengeCookie challengeCookie = new MfaChallengeCookie(properties.getMfa().getChallengeCookieName(),
				properties.getMfa().getChallengeLifetime(), endpoints.getMfa(), sessionCookie.isSecure());
		AccountEndpoints accountEndpoints = AccountEndpoints
			.of(properties, this.parts.admin(), this.parts.throttle(), this.pages, emailOtpCookie,
					this.parts.resolver())
			.and(MfaEndpoints.of(properties, this.parts.admin(), this.parts.throttle(), challengeCookie, this.pages));
		if (!accountEndpoints.all().isEmpty()) {
			http.addFilterAt(new AppwriteAccountWebFilter(accountEndpoints, signIns, this.pages),
					SecurityWebFiltersOrder.FORM_LOGIN);
		}
		if (mfa) {
			AppwriteMfaWebFilter verify = new AppwriteMfaWebFilter(authenticationManager, signIns,
					endpoints.getMfa() + "/verify", challengeCookie, this.pages.redirectParameter());
			answer(verify, contextRepository, successHandler, failureHandler);
			http.addFilterAt(verify, SecurityWebFiltersOrder.FORM_LOGIN);
		}
		if (login != null || signup != null) {
			AppwriteSignInWebFilter signIn = new AppwriteSignInWebFilter(authenticationManager, signIns, login, signup,
					this.pages.redirectParameter());
			answer(signIn, contextRepository, successHandler, failureHandler);
			http.addFilterAt(signIn, SecurityWebFiltersOrder.FORM_LOGIN);
		}
		AppwriteWebhookReceiver webhook = this.parts.webhook();
		if (webhook != null) {
			http.addFilterBefore(new AppwriteWebhookWebFilter(post(endpoints.getEvents()), webhook),
					SecurityWebFiltersOrder.CSRF);
		}
		return http;
	}

	private static void answer(AuthenticationWebFilter filter, ServerSecurityContextRepository contextRepository,
			ServerAuthenticationSuccessHandler successHandler, ServerAuthenticationFailureHandler failureHandler) {
		filter.setSecurityContextRepository(contextRepository);
		filter.setAuthenticationSuccessHandler(successHandler);
		filter.setAuthenticationFailureHandler(failureHandler);
	}

	/**
	 * The endpoints' authentication manager: the enabled flows' managers, publishing
	 * events through the application's {@link AuthenticationEventPublisher}, and observed
	 * as Spring Security observes its own (its
	 * {@code ObjectPostProcessor<ReactiveAuthenticationManager>} wraps it in an
	 * {@code ObservationReactiveAuthenticationManager} when an
	 * {@code ObservationRegistry} is there).
	 */
	private ReactiveAuthenticationManager authenticationManager(@Nullable ServerWebExchangeMatcher login,
			@Nullable ServerWebExchangeMatcher signup, boolean mfa) {
		AppwriteAuthenticator authenticator = this.parts.authenticator();
		List<ReactiveAuthenticationManager> managers = new ArrayList<>();
		if (login != null) {
			managers.add(new AppwriteReactiveAuthenticationManager(authenticator));
		}
		if (signup != null) {
			managers.add(new AppwriteSignUpReactiveAuthenticationManager(authenticator));
		}
		managers.add(new AppwriteOAuth2ReactiveAuthenticationManager(authenticator));
		managers.add(new AppwriteTokenReactiveAuthenticationManager(authenticator));
		if (mfa) {
			managers.add(new AppwriteMfaReactiveAuthenticationManager(authenticator));
		}
		return this.parts.managerPostProcessor()
			.postProcess(new PublishingReactiveAuthenticationManager(
					new DelegatingReactiveAuthenticationManager(managers), this.parts.authenticationEvents()));
	}

	private static ServerWebExchangeMatcher post(String path) {
		return ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, path);
	}

	/**
	 * The beans every chain's integration is made of.
	 *
	 * @param properties the security properties
	 * @param authenticator signs in with Appwrite
	 * @param sessionCookie the session cookie
	 * @param resolver resolves sessions
	 * @param sessionClients makes the per-request session clients
	 * @param events publishes the sign-out events
	 * @param authenticationEvents publishes the authentication events
	 * @param managerPostProcessor Spring Security's post-processor of authentication
	 * managers (observations)
	 * @param devices issues trusted-device cookies, or {@code null} when they are off
	 * @param admin the admin client
	 * @param throttle the login throttle
	 * @param webhook receives Appwrite's webhook, or {@code null} when it is off
	 */
	record Parts(AppwriteSecurityProperties properties, AppwriteAuthenticator authenticator,
			AppwriteSessionCookie sessionCookie, AppwriteSessionResolver resolver,
			AppwriteSessionClientFactory sessionClients, ApplicationEventPublisher events,
			AuthenticationEventPublisher authenticationEvents,
			ObjectPostProcessor<ReactiveAuthenticationManager> managerPostProcessor, @Nullable TrustedDevices devices,
			AppwriteClient admin, LoginThrottle throttle, @Nullable AppwriteWebhookReceiver webhook) {

	}

	/**
	 * The cookie request cache, except that a request on a JWT path neither saves nor
	 * clears a saved request: no cookie is set there.
	 */
	private static final class StatelessAwareRequestCache extends CookieServerRequestCache {

		@Override
		public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
			return (exchange.getAttribute(AppwriteJwts.ATTRIBUTE) != null) ? Mono.empty()
					: super.removeMatchingRequest(exchange);
		}

	}

}
