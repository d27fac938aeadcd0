package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.CsrfCookie;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;

/**
 * CSRF protection without a web session: Spring Security's cookie token repository
 * ({@code XSRF-TOKEN}, readable by the page's JavaScript, {@code Secure} and
 * {@code SameSite=Strict}, {@code Path=/}). A request may carry the token in the form
 * field {@code _csrf}, masked as Spring Security renders it into pages (e.g. Thymeleaf
 * forms), or raw in the {@code X-XSRF-TOKEN} header, as a JavaScript client reads it from
 * the cookie. The token is renewed whenever a user signs in or out.
 */
final class ReactiveCsrf {

	/**
	 * The raw token of the exchange (the request attribute Spring Security sets holds the
	 * masked one).
	 */
	static final String RAW_TOKEN = ReactiveCsrf.class.getName() + ".rawToken";

	private final CookieServerCsrfTokenRepository repository;

	private final ServerCsrfTokenRequestHandler requestHandler = new HeaderOrMaskedFieldHandler();

	private final ServerWebExchangeMatcher stateless;

	/**
	 * Creates the CSRF protection.
	 * @param secure whether the cookie is {@code Secure}
	 * @param stateless the exchanges that never get a token cookie (the JWT paths, where
	 * no cookie is read or set)
	 */
	ReactiveCsrf(boolean secure, ServerWebExchangeMatcher stateless) {
		this.repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		this.repository.setCookieCustomizer(CsrfCookie.attributes(secure));
		this.stateless = stateless;
	}

	ServerCsrfTokenRepository repository() {
		return new ServerCsrfTokenRepository() {

			@Override
			public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
				return ReactiveCsrf.this.repository.generateToken(exchange);
			}

			@Override
			public Mono<Void> saveToken(ServerWebExchange exchange, @Nullable CsrfToken token) {
				return ReactiveCsrf.this.stateless.matches(exchange)
					.flatMap((match) -> match.isMatch() ? Mono.empty()
							: ReactiveCsrf.this.repository.saveToken(exchange, token));
			}

			@Override
			public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
				return ReactiveCsrf.this.repository.loadToken(exchange);
			}

		};
	}

	ServerCsrfTokenRequestHandler requestHandler() {
		return this.requestHandler;
	}

	/**
	 * After a sign-in or sign-out: a new token, so one learnt before cannot be used
	 * after.
	 * @param exchange the exchange
	 * @return completion, once the new token's cookie is in the response
	 */
	Mono<Void> renew(ServerWebExchange exchange) {
		return this.repository.generateToken(exchange).flatMap((token) -> this.repository.saveToken(exchange, token));
	}

	/**
	 * Returns the JSON answer of the CSRF endpoint: the raw token (for the header) and
	 * the names to send it under; empty when the chain has no CSRF protection.
	 * @param exchange an exchange that passed Spring Security's CSRF filter
	 * @return the JSON answer of the CSRF endpoint: the raw token (for the header) and
	 * the names to send it under; empty when the chain has no CSRF protection
	 */
	static Mono<byte[]> tokenJson(ServerWebExchange exchange) {
		Mono<CsrfToken> raw = exchange.getAttribute(RAW_TOKEN);
		if (raw == null) {
			return Mono.empty();
		}
		return raw
			.map((token) -> SecurityJson.csrfToken(token.getToken(), token.getHeaderName(), token.getParameterName()));
	}

	/**
	 * Accepts the raw token in the header, or the masked token in the form field; makes
	 * the masked token the request attribute that page templates render, and keeps the
	 * raw one for the CSRF endpoint.
	 */
	private static final class HeaderOrMaskedFieldHandler extends ServerCsrfTokenRequestAttributeHandler {

		private final XorServerCsrfTokenRequestAttributeHandler masked = new XorServerCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
			Mono<CsrfToken> once = csrfToken.cache();
			exchange.getAttributes().put(RAW_TOKEN, once);
			this.masked.handle(exchange, once);
		}

		@Override
		public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
			String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
			return StringUtils.hasText(header) ? Mono.just(header)
					: this.masked.resolveCsrfTokenValue(exchange, csrfToken);
		}

	}

}
